"""The Usage page: is the automation tool really used? E-mails sent, workflows and their hygiene, contacts
and licences, summed up by a usage score.

The audit of the chosen period is computed in the background (core/usage, through `workspace.usage`); a
newer period supersedes a computation still running, whose result is then ignored. The tabs only lay out
the audit. Exporting the sunset list and saving the audit's settings go through the runner too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QTabWidget

from roi_desktop.core.changes import Changes
from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.usage.audit import UsageAudit
from roi_desktop.core.usage.sunset import COLUMNS as SUNSET_COLUMNS
from roi_desktop.core.usage.sunset import CONTEXT as SUNSET_CONTEXT
from roi_desktop.core.workspace import Workspace
from roi_desktop.gui.i18n import count_text, format_count
from roi_desktop.gui.pages.base import Page, PageContext
from roi_desktop.gui.widgets.empty_state import EmptyState
from roi_desktop.gui.period_memory import PeriodMemory
from roi_desktop.gui.widgets.period_picker import PeriodPicker
from roi_desktop.gui.widgets.usage_checks import UsageChecks
from roi_desktop.gui.widgets.usage_contacts import UsageContacts
from roi_desktop.gui.widgets.usage_emails import UsageEmails
from roi_desktop.gui.widgets.usage_overview import UsageOverview
from roi_desktop.gui.widgets.usage_settings import UsageSettingsDialog
from roi_desktop.gui.widgets.usage_workflows import UsageWorkflows
from roi_desktop.gui.workers import TaskHandle

OVERVIEW, EMAILS, WORKFLOWS, CHECKS, CONTACTS = range(5)


class UsagePage(Page):
    """Attributes:
        audit: the audit shown (None before the first computation ends).
    """

    page_id = "usage"
    icon_name = "usage"
    nav_text = QT_TRANSLATE_NOOP("Navigation", "Usage")
    subtitle_text = QT_TRANSLATE_NOOP(
        "PageSubtitle",
        "Is your automation tool really used? E-mails sent, workflows and their hygiene, and what each engaged"
        " contact costs you.",
    )

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
        self.settings_button = QPushButton()
        self.settings_button.clicked.connect(self.edit_settings)
        bar.addWidget(self.settings_button)
        self.body.addLayout(bar)
        self.empty = EmptyState(self.icon_name)
        self.empty.action_clicked.connect(lambda: self.navigate_requested.emit("import"))
        self.empty.setVisible(False)
        self.body.addWidget(self.empty, 1)
        self.tabs = QTabWidget()
        self.overview = UsageOverview()
        self.overview.checks_requested.connect(lambda: self.tabs.setCurrentIndex(CHECKS))
        self.emails = UsageEmails()
        self.workflows = UsageWorkflows()
        self.checks = UsageChecks()
        self.contacts = UsageContacts()
        self.contacts.sunset_export_requested.connect(self.export_sunset)
        for tab in (self.overview, self.emails, self.workflows, self.checks, self.contacts):
            self.tabs.addTab(tab, "")
        self.body.addWidget(self.tabs, 1)
        self.audit: UsageAudit | None = None
        self._task: TaskHandle | None = None
        self._request = 0
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        translate = QCoreApplication.translate
        self.period_picker.retranslate()
        self.settings_button.setText(translate("UsagePage", "Audit settings…"))
        self.empty.set_texts(
            translate("UsagePage", "Nothing to audit yet"),
            translate(
                "UsagePage",
                "Import your workflow inventory or automation report and your e-mail"
                " reports: this page then shows how well your automation tool is used.",
            ),
            translate("UsagePage", "Go to Import"),
        )
        for tab in (self.overview, self.emails, self.workflows, self.checks, self.contacts):
            tab.retranslate()
        self._tab_titles()

    def _tab_titles(self) -> None:
        translate = QCoreApplication.translate
        issues = len(self.audit.findings) if self.audit is not None else 0
        titles = (
            translate("UsagePage", "Overview"),
            translate("UsagePage", "E-mails sent"),
            translate("UsagePage", "Workflows"),
            translate("UsagePage", "Hygiene checks (%1)").replace("%1", format_count(issues))
            if issues
            else translate("UsagePage", "Hygiene checks"),
            translate("UsagePage", "Contacts and licences"),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)

    # ---- Workspace

    def set_workspace(self, workspace: Workspace | None) -> None:
        super().set_workspace(workspace)
        self.audit = None
        self.settings_button.setEnabled(workspace is not None and not workspace.read_only)
        self.period_memory.restore(workspace)
        self.period_picker.set_data_span(workspace.default_period() if workspace else None)
        self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if changes.tables or changes.settings or changes.batch_ids:
            self.period_picker.set_data_span(self.workspace.default_period() if self.workspace else None)
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.period_memory.catch_up(self.workspace):
            self.refresh()

    def _period_changed(self) -> None:
        self.period_memory.remember(self.workspace)
        self.refresh()

    # ---- Public API (also driven by tests)

    def refresh(self) -> None:
        """Audit the chosen period again, in the background."""
        if self.workspace is None:
            return
        if self._task is not None and self._task.running:
            self._task.cancel()
        self._request += 1
        request, workspace, period = self._request, self.workspace, self.period_picker.period
        self.status.setText(QCoreApplication.translate("UsagePage", "Computing…"))
        self._task = self.context.runner.run(
            lambda progress, cancel: workspace.usage.audit(period, progress=progress, cancel=cancel),
            on_done=lambda audit: self._computed(audit, request),
        )

    def export_sunset(self) -> None:
        """Save the sunset list of the audit shown as a CSV file the user chooses."""
        contacts = self.audit.contacts if self.audit is not None else None
        if self.workspace is None or contacts is None or not contacts.silent:
            return
        translate = QCoreApplication.translate
        target, _ = QFileDialog.getSaveFileName(
            self,
            translate("UsagePage", "Export the sunset list"),
            translate("UsagePage", "sunset-list.csv"),
            "CSV (*.csv)",
        )
        if not target:
            return
        # Headers are translated here, on the GUI thread; the file is written in the background.
        headers = {column: translate(SUNSET_CONTEXT, column) for column in SUNSET_COLUMNS}
        rows, usage, path = list(contacts.silent), self.workspace.usage, Path(target)
        self.context.runner.run(
            lambda progress, cancel: usage.save_sunset(rows, path, lambda _context, text: headers[text]),
            on_done=lambda written: self._exported(written, path),
            label=translate("UsagePage", "Writing the sunset list…"),
        )

    def edit_settings(self) -> None:
        if self.workspace is None or self.workspace.read_only:
            return
        values = UsageSettingsDialog.ask(self.workspace.settings(), self)
        if values is None:
            return
        workspace = self.workspace
        self.context.runner.run(
            lambda progress, cancel: workspace.set_settings(values), on_done=self.context.session.publish, write=True
        )

    # ---- Internals

    def _computed(self, audit: UsageAudit, request: int) -> None:
        if request != self._request:
            return  # a newer period was asked for meanwhile
        self.audit = audit
        self.status.setText("")
        has_data = audit.period is not None and bool(audit.workflows or (audit.emails and audit.emails.reason is None))
        self.empty.setVisible(not has_data)
        self.tabs.setVisible(has_data)
        for tab in (self.overview, self.emails, self.workflows, self.checks, self.contacts):
            tab.show_audit(audit)
        self._tab_titles()

    def _exported(self, written: int, path: Path) -> None:
        translate = QCoreApplication.translate
        self.context.notifier.info(
            count_text(
                written,
                translate("UsagePage", "%1 contact saved in %2."),
                translate("UsagePage", "%1 contacts saved in %2."),
            ).replace("%2", path.name)
        )
