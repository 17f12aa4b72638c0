"""The Usage page's workflow tab: the counts that sum the workflows up, and every workflow in a table."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from roi_desktop.core.kpis.result import KpiResult
from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.usage.audit import UsageAudit
from roi_desktop.core.usage.workflows import WorkflowUsage
from roi_desktop.gui.i18n import format_count, format_percent, message_text
from roi_desktop.gui.models.usage_table_model import (
    UsageColumn,
    UsageRow,
    UsageTableModel,
)
from roi_desktop.gui.widgets.usage_parts import (
    check_title,
    note_label,
    table_view,
    tool_label,
)

COLUMNS = (
    UsageColumn(QT_TRANSLATE_NOOP("UsageTables", "Workflow")),
    UsageColumn(QT_TRANSLATE_NOOP("UsageTables", "Tool")),
    UsageColumn(QT_TRANSLATE_NOOP("UsageTables", "Status"), tip=QT_TRANSLATE_NOOP(
        "UsageTables", "The status as your inventory or automation report writes it")),
    UsageColumn(QT_TRANSLATE_NOOP("UsageTables", "Trigger")),
    UsageColumn(QT_TRANSLATE_NOOP("UsageTables", "Goal")),
    UsageColumn(QT_TRANSLATE_NOOP("UsageTables", "E-mails"), "count", QT_TRANSLATE_NOOP(
        "UsageTables", "E-mails configured in the workflow (the inventory's count, else its distinct automated"
                       " e-mails)")),
    UsageColumn(QT_TRANSLATE_NOOP("UsageTables", "Enrolled"), "count", QT_TRANSLATE_NOOP(
        "UsageTables", "Contacts who entered the workflow, as the export counts them")),
    UsageColumn(QT_TRANSLATE_NOOP("UsageTables", "Completion"), "ratio", QT_TRANSLATE_NOOP(
        "UsageTables", "Share of the enrolled contacts who reached the end")),
    UsageColumn(QT_TRANSLATE_NOOP("UsageTables", "Sent"), "count", QT_TRANSLATE_NOOP(
        "UsageTables", "Automated e-mails the workflow sent in the period")),
    UsageColumn(QT_TRANSLATE_NOOP("UsageTables", "Last activity"), "day", QT_TRANSLATE_NOOP(
        "UsageTables", "Its latest automated e-mail or recorded activity, up to the end of the period")),
    UsageColumn(QT_TRANSLATE_NOOP("UsageTables", "Issues"), "count", QT_TRANSLATE_NOOP(
        "UsageTables", "Hygiene checks it fails (see the Hygiene checks tab)")),
)
NAME, TOOL, STATUS, TRIGGER, GOAL, CONFIGURED, ENROLLED, COMPLETION, SENT, LAST, ISSUES = range(11)
CAPS = {TOOL: 105, STATUS: 75, TRIGGER: 130, GOAL: 115, CONFIGURED: 60, ENROLLED: 70, COMPLETION: 85, SENT: 95,
        LAST: 95, ISSUES: 65}


class UsageWorkflows(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        self.model = UsageTableModel(COLUMNS)
        self.view = table_view(self.model, "Workflows", sortable=True, wrap=True)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 1)
        self.hint = note_label()
        layout.addWidget(self.hint)
        self.audit: UsageAudit | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            html.escape(
                QCoreApplication.translate(
                    "UsageWorkflows",
                    "Trigger and goal come from your workflow inventory; “none” means the cell is empty, “unknown”"
                    " that no export says. E-mails sent count the automated e-mails dated in the period.",
                )
            )
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.audit is not None:
            self.show_audit(self.audit)

    def show_audit(self, audit: UsageAudit) -> None:
        self.audit = audit
        self.summary.setText(self._summary(audit))
        self.model.set_rows([self._row(w) for w in audit.workflows], audit.currency)
        self.view.resizeColumnsToContents()
        # Capped so that the table fits a 1280-pixel window; the workflow name takes what is left.
        for column, widest in CAPS.items():
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), widest))

    # ---- Internals

    def _summary(self, audit: UsageAudit) -> str:
        translate = QCoreApplication.translate
        k = audit.workflow_kpis

        def count(key: str) -> int | None:
            result: KpiResult | None = k.get(key)
            return None if result is None or result.value is None else int(result.value)

        total = count("total")
        if total is None and not audit.workflows:
            reason = k.get("total")
            return html.escape(
                translate("UsageWorkflows", "No workflow is known yet.")
                + (" " + message_text(reason.reason.message) if reason is not None and reason.reason else "")
            )
        parts = []
        for key, label in (
            ("total", QT_TRANSLATE_NOOP("UsageWorkflows", "Workflows: %1")),
            ("active", QT_TRANSLATE_NOOP("UsageWorkflows", "active: %1")),
            ("triggers_configured", QT_TRANSLATE_NOOP("UsageWorkflows", "configured triggers: %1")),
            ("without_trigger", QT_TRANSLATE_NOOP("UsageWorkflows", "without trigger: %1")),
            ("without_goal", QT_TRANSLATE_NOOP("UsageWorkflows", "without goal: %1")),
            ("emails_configured", QT_TRANSLATE_NOOP("UsageWorkflows", "e-mails configured: %1")),
            ("enrolled", QT_TRANSLATE_NOOP("UsageWorkflows", "contacts enrolled: %1")),
        ):
            value = len(audit.workflows) if key == "total" and total is None else count(key)
            if value is not None:
                parts.append(
                    html.escape(translate("UsageWorkflows", label)).replace("%1", f"<b>{format_count(value)}</b>")
                )
        rate = k.get("completion_rate")
        if rate is not None and rate.value is not None:
            parts.append(
                html.escape(translate("UsageWorkflows", "completion: %1 (where reported)")).replace(
                    "%1", f"<b>{format_percent(rate.value)}</b>"
                )
            )
        return " · ".join(parts)

    def _row(self, w: WorkflowUsage) -> UsageRow:
        translate = QCoreApplication.translate
        row = UsageRow(
            (
                w.name,
                tool_label(w.source),
                w.status,
                w.trigger,
                w.goal,
                w.emails_configured,
                w.enrolled,
                w.completion_rate,
                w.emails_sent,
                w.last_activity,
                len(w.issues),
            )
        )
        if w.completion_rate is not None and w.completed is not None:
            row.tips[COMPLETION] = (
                translate("UsageWorkflows", "%1 of %2 contacts reached the end")
                .replace("%1", format_count(w.completed))
                .replace("%2", format_count(w.enrolled))
            )
        if w.status is None:
            row.text[STATUS] = translate("UsageWorkflows", "unknown")
            row.marks[STATUS] = "quiet"
        elif w.active is not None:
            row.tips[STATUS] = (
                translate("UsageWorkflows", "Switched on") if w.active else translate("UsageWorkflows", "Switched off")
            )
        for column, value, serious in ((TRIGGER, w.trigger, w.active is True), (GOAL, w.goal, False)):
            if value is None:
                row.text[column] = translate("UsageWorkflows", "unknown")
                row.marks[column] = "quiet"
            elif value == "":
                row.text[column] = translate("UsageWorkflows", "none")
                row.marks[column] = "alert" if serious else "warn"
        if not w.emails_sent and w.undated_sends:
            row.text[SENT] = translate("UsageWorkflows", "%1 (all time)").replace("%1", format_count(w.undated_sends))
            row.tips[SENT] = translate(
                "UsageWorkflows",
                "The automation report gives this total without dates: it cannot be placed in a period.",
            )
            row.values = (*row.values[:SENT], w.undated_sends, *row.values[SENT + 1 :])
        if w.issues:
            row.text[ISSUES] = f"⚠ {format_count(len(w.issues))}"
            row.tips[ISSUES] = "\n".join(check_title(code) for code in w.issues)
            row.marks[ISSUES] = "alert"
        else:
            row.text[ISSUES] = "✓"
        return row
