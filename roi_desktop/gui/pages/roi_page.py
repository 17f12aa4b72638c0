"""The ROI page: what marketing costs, what it brings back, and whether automation pays.

Five tabs over one period: the return and its figures (every number explained on hover), the cost ledger
(edited in place, pasted from a spreadsheet, undoable), the six attribution models side by side, the
what-if of a budget move, and the value settings. Figures are computed in the background by the core
(`workspace.costs.figures`); a newer request supersedes one still running, and every edit publishes its
`Changes`, so the figures follow each change of the ledger or of a setting straight away.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget

from roi_desktop.core.changes import Changes
from roi_desktop.core.costs.ledger import CostInputError
from roi_desktop.core.errors import UserError
from roi_desktop.core.kpis.context import effective_settings
from roi_desktop.core.kpis.period import Period
from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.workspace import Workspace
from roi_desktop.gui.i18n import message_text
from roi_desktop.gui.models.roi_view import RoiView
from roi_desktop.gui.pages.base import Page, PageContext
from roi_desktop.gui.widgets.cost_ledger import CostLedger, decimal_comma
from roi_desktop.gui.period_memory import PeriodMemory
from roi_desktop.gui.widgets.period_picker import PeriodPicker
from roi_desktop.gui.widgets.roi_attribution import RoiAttribution
from roi_desktop.gui.widgets.roi_settings import RoiSettings
from roi_desktop.gui.widgets.roi_summary import RoiSummary
from roi_desktop.gui.widgets.roi_what_if import RoiWhatIf
from roi_desktop.gui.workers import TaskHandle

TAB_TITLES = (
    QT_TRANSLATE_NOOP("RoiPage", "Return on investment"),
    QT_TRANSLATE_NOOP("RoiPage", "Cost ledger"),
    QT_TRANSLATE_NOOP("RoiPage", "Attribution"),
    QT_TRANSLATE_NOOP("RoiPage", "What if…"),
    QT_TRANSLATE_NOOP("RoiPage", "Value settings"),
)
RELOAD_ON = {"costs", "deals", "contacts", "stage_history", "email_daily", "campaigns", "workflows", "web_traffic",
             "campaign_stats", "deal_contacts"}


def compute_roi(workspace: Workspace, period: Period | None) -> dict[str, Any]:
    """The work of one refresh (runs in a worker): the figures of the period and the ledger."""
    return {"figures": workspace.costs.figures(period), "ledger": workspace.costs.ledger(),
            "batches": workspace.batches(include_undone=False), "settings": effective_settings(workspace.settings()),
            "read_only": workspace.read_only}


class RoiPage(Page):
    page_id = "roi"
    icon_name = "roi"
    nav_text = QT_TRANSLATE_NOOP("Navigation", "ROI")
    subtitle_text = QT_TRANSLATE_NOOP(
        "PageSubtitle", "What marketing costs, what it brings back, and whether automation pays. Hover over a number"
                        " to see how it is computed and from what.")

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        bar = QHBoxLayout()
        self.period_picker = PeriodPicker()
        self.period_picker.period_changed.connect(lambda _period: self._period_changed())
        bar.addWidget(self.period_picker)
        self.period_memory = PeriodMemory(context.session.settings, self.period_picker)
        bar.addStretch(1)
        self.status = QLabel()
        bar.addWidget(self.status)
        self.body.addLayout(bar)
        self.tabs = QTabWidget()
        self.summary = RoiSummary()
        self.ledger = CostLedger(context, lambda: self.workspace)
        self.ledger.import_requested.connect(lambda: self.navigate_requested.emit("import"))
        self.attribution = RoiAttribution()
        self.attribution.model_chosen.connect(lambda model: self.save_settings({"attribution_model": model}))
        self.what_if = RoiWhatIf()
        self.value_settings = RoiSettings()
        self.value_settings.save_requested.connect(self.save_settings)
        for widget in (self.summary, self.ledger, self.attribution, self.what_if, self.value_settings):
            self.tabs.addTab(widget, "")
        self.body.addWidget(self.tabs, 1)
        self.view: RoiView | None = None
        self._task: TaskHandle | None = None
        self._request = 0
        self._stale = True
        self.retranslate()

    # ---- Page

    def retranslate(self) -> None:
        super().retranslate()
        translate = QCoreApplication.translate
        self.period_picker.retranslate()
        for index, title in enumerate(TAB_TITLES):
            self.tabs.setTabText(index, translate("RoiPage", title))
        for widget in (self.ledger, self.attribution, self.what_if, self.value_settings):
            widget.retranslate()
        if self.view is not None:
            self._show(self.view)

    def set_workspace(self, workspace: Workspace | None) -> None:
        super().set_workspace(workspace)
        self.ledger.reset_history()
        self.view = None
        self._stale = True
        self.period_memory.restore(workspace)
        self.period_picker.set_data_span(workspace.default_period() if workspace else None)
        self.refresh_if_shown()

    def on_changes(self, changes: Changes) -> None:
        if changes.settings or changes.batch_ids or changes.tables & RELOAD_ON:
            self._stale = True
            self.period_picker.set_data_span(self.workspace.default_period() if self.workspace else None)
            self.refresh_if_shown()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.period_memory.catch_up(self.workspace) or self._stale:
            self.refresh()

    # ---- Public API

    def refresh_if_shown(self) -> None:
        """Recompute now if the page is on screen, else when it is shown (every change of the workspace reaches
        every page: a hidden page need not compute figures nobody sees)."""
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Recompute the figures of the chosen period and re-read the ledger (in the background)."""
        if self.workspace is None:
            return
        self._stale = False
        if self._task is not None and self._task.running:
            self._task.cancel()
        self._request += 1
        request, workspace, period = self._request, self.workspace, self.period_picker.period
        self.status.setText(QCoreApplication.translate("RoiPage", "Computing…"))
        self._task = self.context.runner.run(lambda progress, cancel: compute_roi(workspace, period),
                                             on_done=lambda found: self._computed(found, request))

    def save_settings(self, values: dict[str, Any]) -> None:
        """Store value settings in the background; problems are shown beside the fields."""
        workspace = self.workspace
        if workspace is None:
            return
        comma = decimal_comma()
        self.context.runner.run(lambda progress, cancel: workspace.costs.set_value_settings(values,
                                                                                            decimal_comma=comma),
                                on_done=self._settings_saved, on_error=self._settings_refused, write=True)

    # ---- Internals

    def _period_changed(self) -> None:
        self.period_memory.remember(self.workspace)
        self._stale = True
        self.refresh_if_shown()

    def _settings_saved(self, changes: Changes) -> None:
        self.value_settings.confirm()
        self.context.session.publish(changes)

    def _settings_refused(self, error: UserError) -> None:
        if isinstance(error, CostInputError):
            self.value_settings.show_problems(error.problems)
            self.tabs.setCurrentWidget(self.value_settings)
        else:
            self.context.notifier.error(message_text(error.message))

    def _computed(self, found: dict[str, Any], request: int) -> None:
        if request != self._request:
            return  # a newer period or change was asked for meanwhile
        self.ledger.set_ledger(found["ledger"], read_only=found["read_only"])
        figures = found["figures"]
        self.value_settings.show_values(figures.values, figures.currency)
        self.value_settings.save_button.setEnabled(not found["read_only"])
        self.attribution.use_button.setEnabled(not found["read_only"])
        self.view = RoiView(figures, found["batches"], found["settings"])
        self._show(self.view)

    def _show(self, view: RoiView) -> None:
        self.status.setText("")
        self.summary.show_view(view)
        self.attribution.show_view(view)
        self.what_if.show_view(view)
