"""The KPIs page: one period picker, tool and channel filters and comparison for every panel, the panels as tabs.

The KPIs of the period and of the comparison period are computed in the background (a period or filter change
never freezes the window); a newer request supersedes one still running. The comparison period uses the same
filter. The filter is remembered per workspace (AppSettings.kpi_filter) and shown as a "Filtered: …" chip
that clears it in one click. The period and the comparison are the workspace's, shared with the other pages
(gui/period_memory.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.core.changes import Changes
from roi_desktop.core.kpis.context import effective_settings
from roi_desktop.core.kpis.filters import NO_FILTER, KpiFilter
from roi_desktop.core.kpis.period import Period
from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.workspace import Workspace
from roi_desktop.gui.dialogs.ab_test_dialog import AbTestDialog
from roi_desktop.gui.pages.base import Page, PageContext
from roi_desktop.gui.pages.kpi_tabs import TABS, KpiTab
from roi_desktop.gui.pages.kpi_view import KpiView
from roi_desktop.gui.period_memory import PeriodMemory
from roi_desktop.gui.widgets.empty_state import EmptyState
from roi_desktop.gui.widgets.kpi_filter_bar import KpiFilterBar
from roi_desktop.gui.widgets.period_picker import PeriodPicker
from roi_desktop.gui.workers import TaskHandle

COMPARISONS = {
    "previous": QT_TRANSLATE_NOOP("KpiPage", "Compare with the previous period"),
    "last_year": QT_TRANSLATE_NOOP("KpiPage", "Compare with the same period last year"),
    "none": QT_TRANSLATE_NOOP("KpiPage", "No comparison"),
}
LABELS = {"previous": QT_TRANSLATE_NOOP("KpiPage", "vs previous period"),
          "last_year": QT_TRANSLATE_NOOP("KpiPage", "vs last year"), "none": ""}


def compute_view(workspace: Workspace, period: Period | None, comparison: str,
                 kpi_filter: KpiFilter = NO_FILTER) -> dict[str, Any]:
    """The work of one refresh (runs in a worker): the period's KPIs, the base period's (same filter), their
    deltas, and the tools and channels the filters offer."""
    from roi_desktop.core.kpis import compare

    report = workspace.kpis(period, filter=kpi_filter)
    quality = workspace.data_quality(report.period)
    base = None
    if comparison != "none" and report.period is not None:
        base = workspace.kpis(report.period.previous() if comparison == "previous" else report.period.last_year(),
                              filter=kpi_filter)
    deltas = compare.compare(report, base) if base is not None else {}
    return {"report": report, "base": base, "deltas": deltas, "batches": workspace.batches(include_undone=False),
            "quality": quality, "settings": effective_settings(workspace.settings()),
            "choices": workspace.kpi_filter_choices()}


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
        self.period_picker.period_changed.connect(lambda _period: self._view_changed())
        bar.addWidget(self.period_picker)
        self.filters = KpiFilterBar()
        self.filters.filter_changed.connect(self._filter_changed)
        bar.addWidget(self.filters)
        self.comparison = QComboBox()
        for key in COMPARISONS:
            self.comparison.addItem("", key)
        self.comparison.currentIndexChanged.connect(lambda _index: self._view_changed())
        bar.addWidget(self.comparison)
        self.period_memory = PeriodMemory(context.session.settings, self.period_picker, self.comparison)
        bar.addStretch(1)
        self.status = QLabel()
        bar.addWidget(self.status)
        self.ab_button = QPushButton()
        self.ab_button.clicked.connect(self.compare_campaigns)
        bar.addWidget(self.ab_button)
        figures = QWidget()
        figures_layout = QVBoxLayout(figures)
        figures_layout.setContentsMargins(0, 0, 0, 0)
        figures_layout.addLayout(bar)
        self.tabs = QTabWidget()
        self.panels = [KpiTab(spec) for spec in TABS]
        for panel in self.panels:
            self.tabs.addTab(panel, "")
        figures_layout.addWidget(self.tabs, 1)
        self.empty = EmptyState("kpis", help_topic="kpis")
        self.empty.action_clicked.connect(lambda: self.navigate_requested.emit("import"))
        self.stack = QStackedWidget()
        self.stack.addWidget(figures)
        self.stack.addWidget(self.empty)
        self.body.addWidget(self.stack, 1)
        self.view: KpiView | None = None
        self._task: TaskHandle | None = None
        self._request = 0
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        translate = QCoreApplication.translate
        self.period_picker.retranslate()
        self.filters.retranslate()
        for index, key in enumerate(COMPARISONS):
            self.comparison.setItemText(index, translate("KpiPage", COMPARISONS[key]))
        for index, spec in enumerate(TABS):
            self.tabs.setTabText(index, translate("KpiTabs", spec.title))
        self.ab_button.setText(translate("KpiPage", "Compare two campaigns…"))
        self.ab_button.setToolTip(translate("KpiPage", "A/B test: is one e-mail really better than another, or is it"
                                                       " chance?"))
        self.empty.set_texts(
            translate("KpiPage", "No figures yet"),
            translate("KpiPage", "Import the exports of your tools — contacts, e-mail campaigns, deals, costs — and"
                                 " your KPIs appear here, each with how it is computed."),
            translate("KpiPage", "Import your exports"))
        if self.view is not None:
            self._show(self.view)

    def set_workspace(self, workspace: Workspace | None) -> None:
        super().set_workspace(workspace)
        sources, channels = self.context.session.settings.kpi_filter(workspace.path) if workspace else ([], [])
        self.filters.set_filter(KpiFilter.of(sources, channels))
        self.period_memory.restore(workspace)
        self._set_span(workspace.default_period() if workspace else None)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.period_memory.catch_up(self.workspace):
            self.refresh()

    def _view_changed(self) -> None:
        """Remember the period and comparison for this workspace and recompute."""
        self.period_memory.remember(self.workspace)
        self.refresh()

    def _filter_changed(self, kpi_filter: KpiFilter) -> None:
        """Remember the filter for this workspace and recompute."""
        if self.workspace is not None:
            self.context.session.settings.remember_kpi_filter(self.workspace.path, sorted(kpi_filter.sources),
                                                              sorted(kpi_filter.channels))
        self.refresh()

    def compare_campaigns(self) -> None:
        """The A/B test dialog on the open workspace."""
        if self.workspace is not None:
            AbTestDialog(self.workspace, self.context.runner, self).exec()

    def _set_span(self, span: Period | None) -> None:
        """The figures, or the empty state when the workspace holds nothing to compute them from."""
        self.period_picker.set_data_span(span)
        self.stack.setCurrentIndex(0 if span is not None else 1)

    def on_changes(self, changes: Changes) -> None:
        if changes.tables or changes.settings or changes.batch_ids:
            self._set_span(self.workspace.default_period() if self.workspace else None)
            self.refresh()

    def refresh(self) -> None:
        """Recompute for the chosen period and comparison (in the background)."""
        if self.workspace is None or self.stack.currentIndex() == 1:
            return
        if self._task is not None and self._task.running:
            self._task.cancel()
        self._request += 1
        request, workspace, period = self._request, self.workspace, self.period_picker.period
        comparison, kpi_filter = self.comparison.currentData(), self.filters.filter
        self.status.setText(QCoreApplication.translate("KpiPage", "Computing…"))
        self._task = self.context.runner.run(
            lambda progress, cancel: compute_view(workspace, period, comparison, kpi_filter),
            on_done=lambda found: self._computed(found, comparison, request))

    def _computed(self, found: dict[str, Any], comparison: str, request: int) -> None:
        if request != self._request:
            return  # a newer period or comparison was asked for meanwhile
        self.filters.set_choices(found["choices"])
        label = QCoreApplication.translate("KpiPage", LABELS[comparison]) if LABELS[comparison] else ""
        self.view = KpiView(found["report"], found["base"], found["deltas"], label, found["batches"], found["quality"],
                            found["settings"])
        self._show(self.view)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Light ↔ dark: charts redraw their bars and labels in the new colours."""
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "view", None) is not None:
            self._show(self.view)
        super().changeEvent(event)

    def _show(self, view: KpiView) -> None:
        self.status.setText("")
        for panel in self.panels:
            panel.show_view(view)
