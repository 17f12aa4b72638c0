"""The KPIs page: one period picker and comparison for every panel, the panels as tabs.

The KPIs of the period and of the comparison period are computed in the background (a period change never
freezes the window); a newer request supersedes one still running.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget

from roi_desktop.core.changes import Changes
from roi_desktop.core.kpis.context import effective_settings
from roi_desktop.core.kpis.period import Period
from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.workspace import Workspace
from roi_desktop.gui.pages.base import Page, PageContext
from roi_desktop.gui.pages.kpi_tabs import TABS, KpiTab
from roi_desktop.gui.pages.kpi_view import KpiView
from roi_desktop.gui.widgets.period_picker import PeriodPicker
from roi_desktop.gui.workers import TaskHandle

COMPARISONS = {
    "previous": QT_TRANSLATE_NOOP("KpiPage", "Compare with the previous period"),
    "last_year": QT_TRANSLATE_NOOP("KpiPage", "Compare with the same period last year"),
    "none": QT_TRANSLATE_NOOP("KpiPage", "No comparison"),
}
LABELS = {"previous": QT_TRANSLATE_NOOP("KpiPage", "vs previous period"),
          "last_year": QT_TRANSLATE_NOOP("KpiPage", "vs last year"), "none": ""}


def compute_view(workspace: Workspace, period: Period | None, comparison: str) -> dict[str, Any]:
    """The work of one refresh (runs in a worker): the period's KPIs, the base period's, their deltas."""
    from roi_desktop.core.kpis import compare

    report = workspace.kpis(period)
    quality = workspace.data_quality(report.period)
    base = None
    if comparison != "none" and report.period is not None:
        base = workspace.kpis(report.period.previous() if comparison == "previous" else report.period.last_year())
    deltas = compare.compare(report, base) if base is not None else {}
    return {"report": report, "base": base, "deltas": deltas, "batches": workspace.batches(include_undone=False),
            "quality": quality, "settings": effective_settings(workspace.settings())}


class KpiPage(Page):
    page_id = "kpis"
    icon_name = "kpis"
    nav_text = QT_TRANSLATE_NOOP("Navigation", "KPIs")
    subtitle_text = QT_TRANSLATE_NOOP(
        "PageSubtitle", "Your figures for the period. Hover over a number to see how it is computed and from what."
    )

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        bar = QHBoxLayout()
        self.period_picker = PeriodPicker()
        self.period_picker.period_changed.connect(lambda _period: self.refresh())
        bar.addWidget(self.period_picker)
        self.comparison = QComboBox()
        for key in COMPARISONS:
            self.comparison.addItem("", key)
        self.comparison.currentIndexChanged.connect(lambda _index: self.refresh())
        bar.addWidget(self.comparison)
        bar.addStretch(1)
        self.status = QLabel()
        bar.addWidget(self.status)
        self.body.addLayout(bar)
        self.tabs = QTabWidget()
        self.panels = [KpiTab(spec) for spec in TABS]
        for panel in self.panels:
            self.tabs.addTab(panel, "")
        self.body.addWidget(self.tabs, 1)
        self.view: KpiView | None = None
        self._task: TaskHandle | None = None
        self._request = 0
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        translate = QCoreApplication.translate
        self.period_picker.retranslate()
        for index, key in enumerate(COMPARISONS):
            self.comparison.setItemText(index, translate("KpiPage", COMPARISONS[key]))
        for index, spec in enumerate(TABS):
            self.tabs.setTabText(index, translate("KpiTabs", spec.title))
        if self.view is not None:
            self._show(self.view)

    def set_workspace(self, workspace: Workspace | None) -> None:
        super().set_workspace(workspace)
        self.period_picker.set_data_span(workspace.default_period() if workspace else None)
        self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if changes.tables or changes.settings or changes.batch_ids:
            self.period_picker.set_data_span(self.workspace.default_period() if self.workspace else None)
            self.refresh()

    def refresh(self) -> None:
        """Recompute for the chosen period and comparison (in the background)."""
        if self.workspace is None:
            return
        if self._task is not None and self._task.running:
            self._task.cancel()
        self._request += 1
        request, workspace, period = self._request, self.workspace, self.period_picker.period
        comparison = self.comparison.currentData()
        self.status.setText(QCoreApplication.translate("KpiPage", "Computing…"))
        self._task = self.context.runner.run(lambda progress, cancel: compute_view(workspace, period, comparison),
                                             on_done=lambda found: self._computed(found, comparison, request))

    def _computed(self, found: dict[str, Any], comparison: str, request: int) -> None:
        if request != self._request:
            return  # a newer period or comparison was asked for meanwhile
        label = QCoreApplication.translate("KpiPage", LABELS[comparison]) if LABELS[comparison] else ""
        self.view = KpiView(found["report"], found["base"], found["deltas"], label, found["batches"], found["quality"],
                            found["settings"])
        self._show(self.view)

    def _show(self, view: KpiView) -> None:
        self.status.setText("")
        for panel in self.panels:
            panel.show_view(view)
