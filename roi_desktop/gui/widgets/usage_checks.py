"""The Usage page's hygiene tab: each check with its result and what it could not judge, then every issue
found as a plain sentence with what to do."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.usage.audit import UsageAudit
from roi_desktop.core.usage.checks import CRITICAL, LEVELS, NOTICE, WARNING
from roi_desktop.gui.i18n import count_text, message_text
from roi_desktop.gui.models.usage_table_model import (
    UsageColumn,
    UsageRow,
    UsageTableModel,
)
from roi_desktop.gui.widgets.usage_parts import (
    LEVEL_COLOURS,
    check_title,
    note_label,
    section_title,
    table_view,
)

FINDING_COLUMNS = (
    UsageColumn(QT_TRANSLATE_NOOP("UsageTables", "Priority")),
    UsageColumn(QT_TRANSLATE_NOOP("UsageTables", "Check")),
    UsageColumn(QT_TRANSLATE_NOOP("UsageTables", "What we found")),
    UsageColumn(QT_TRANSLATE_NOOP("UsageTables", "What to do")),
)
LEVEL_TEXTS = {
    CRITICAL: QT_TRANSLATE_NOOP("UsageChecks", "Urgent"),
    WARNING: QT_TRANSLATE_NOOP("UsageChecks", "To fix"),
    NOTICE: QT_TRANSLATE_NOOP("UsageChecks", "To tidy up"),
}
LEVEL_MARKS = {CRITICAL: "alert", WARNING: "warn", NOTICE: "info"}


class UsageChecks(QWidget):
    """Attributes:
        findings_model: every issue of the period, most urgent first.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.intro = note_label()
        layout.addWidget(self.intro)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        self.findings_title = section_title()
        layout.addWidget(self.findings_title)
        self.findings_model = UsageTableModel(FINDING_COLUMNS)
        self.findings_view = table_view(self.findings_model, "Checks", sortable=True, wrap=True)
        header = self.findings_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.findings_view, 1)
        self.audit: UsageAudit | None = None
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.intro.setText(
            html.escape(
                translate(
                    "UsageChecks",
                    "Each check looks at every workflow of the period. What a check cannot judge is counted neither as"
                    " fine nor as a problem: it says which export would tell.",
                )
            )
        )
        self.findings_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(FINDING_COLUMNS) - 1)
        if self.audit is not None:
            self.show_audit(self.audit)

    def show_audit(self, audit: UsageAudit) -> None:
        translate = QCoreApplication.translate
        self.audit = audit
        lines = []
        for result in audit.checks:
            if result.findings:
                status = count_text(
                    len(result.findings), translate("UsageChecks", "%1 issue"), translate("UsageChecks", "%1 issues")
                )
                colour = LEVEL_COLOURS[min((f.level for f in result.findings), key=LEVELS.index)]
                mark = f"<span style='color:{colour}'>⚠ {html.escape(status)}</span>"
            elif result.judged:
                ok = translate("UsageChecks", "No issue")
                mark = f"<span style='color:#2e7d32'>✓ {html.escape(ok)}</span>"
            else:
                unknown = translate("UsageChecks", "Cannot be judged")
                mark = f"<span style='color:#6b6b6b'>– {html.escape(unknown)}</span>"
            line = f"<b>{html.escape(check_title(result.check))}</b> — {mark}"
            for note in result.notes:
                line += f"<br><span style='color:#6b6b6b'>&nbsp;&nbsp;&nbsp;ℹ {html.escape(message_text(note))}</span>"
            lines.append(line)
        self.summary.setText("<br>".join(lines))
        findings = sorted(audit.findings, key=lambda f: LEVELS.index(f.level))
        self.findings_model.set_rows(
            [
                UsageRow(
                    (LEVELS.index(f.level), check_title(f.check), message_text(f.message), message_text(f.fix)),
                    marks={0: LEVEL_MARKS[f.level]},
                    text={0: translate("UsageChecks", LEVEL_TEXTS[f.level])},
                )
                for f in findings
            ]
        )
        self.findings_view.setColumnWidth(1, 190)
        self.findings_title.setText(
            count_text(
                len(findings),
                translate("UsageChecks", "%1 issue to look at"),
                translate("UsageChecks", "%1 issues to look at"),
            )
            if findings
            else translate("UsageChecks", "No issue found in this period.")
        )
