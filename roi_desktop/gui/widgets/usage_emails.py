"""The Usage page's e-mail tab: e-mails sent through the tools by month, automated against one-off, the share
automated and its trend, and the same by tool."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QScrollArea,
    QWidget,
)

from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.usage.audit import UsageAudit
from roi_desktop.gui.charts.monthly_chart import MonthlyChart, Series
from roi_desktop.gui.charts.style import month_label
from roi_desktop.gui.i18n import format_count, format_percent, message_text
from roi_desktop.gui.models.usage_table_model import (
    UsageColumn,
    UsageRow,
    UsageTableModel,
)
from roi_desktop.gui.widgets.usage_parts import (
    fit_height,
    legend,
    note_label,
    scrolling_tab,
    section_title,
    table_view,
    tool_label,
)

COLUMNS = (
    UsageColumn(QT_TRANSLATE_NOOP("UsageTables", "Tool")),
    UsageColumn(QT_TRANSLATE_NOOP("UsageTables", "E-mails sent"), "count"),
    UsageColumn(QT_TRANSLATE_NOOP("UsageTables", "Automated (workflows)"), "count"),
    UsageColumn(QT_TRANSLATE_NOOP("UsageTables", "One-off campaigns"), "count"),
    UsageColumn(QT_TRANSLATE_NOOP("UsageTables", "Share automated"), "ratio"),
)


class UsageEmails(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = scrolling_tab(self)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-size: 15px;")
        layout.addWidget(self.headline)
        self.missing = note_label()
        layout.addWidget(self.missing)
        self.sends_title = section_title()
        layout.addWidget(self.sends_title)
        self.sends_chart = MonthlyChart()
        self.sends_chart.setFixedHeight(240)
        layout.addWidget(self.sends_chart)
        self.share_title = section_title()
        layout.addWidget(self.share_title)
        self.share_chart = MonthlyChart()
        self.share_chart.setFixedHeight(200)
        layout.addWidget(self.share_chart)
        self.tools_title = section_title()
        layout.addWidget(self.tools_title)
        self.tools_model = UsageTableModel(COLUMNS)
        self.tools_view = table_view(self.tools_model, "E-mails sent")
        self.tools_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tools_view.horizontalHeader().setStretchLastSection(False)
        layout.addWidget(self.tools_view)
        layout.addStretch(1)
        self.audit: UsageAudit | None = None
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.sends_title.setText(translate("UsageEmails", "E-mails sent by month") + "&nbsp;&nbsp;&nbsp;" + legend(
            (translate("UsageEmails", "Automated (workflows)"), translate("UsageEmails", "One-off campaigns"))))
        self.share_title.setText(translate("UsageEmails", "Share of e-mails sent by workflows, by month"))
        self.tools_title.setText(translate("UsageEmails", "By tool"))
        self.tools_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.audit is not None:
            self.show_audit(self.audit)

    def show_audit(self, audit: UsageAudit) -> None:
        translate = QCoreApplication.translate
        self.audit = audit
        emails = audit.emails
        if emails is None or emails.reason is not None:
            self.headline.setText(translate("UsageEmails", "No e-mail sent in this period is known."))
            self.missing.setText(html.escape(message_text(emails.reason.message)) if emails and emails.reason else "")
            self.missing.setVisible(True)
            for chart in (self.sends_chart, self.share_chart):
                chart.set_data([], [])
            self.tools_model.set_rows([])
            fit_height(self.tools_view)
            return
        self.missing.setVisible(False)
        total = emails.total
        self.headline.setText(self._headline(audit))
        months = list(emails.by_month)
        self.sends_chart.set_data(months, [
            Series(translate("UsageEmails", "Automated (workflows)"), [c.automated for c in emails.by_month.values()]),
            Series(translate("UsageEmails", "One-off campaigns"), [c.one_off for c in emails.by_month.values()]),
        ])
        self.share_chart.set_data(months, [Series(translate("UsageEmails", "Share automated"),
                                                  [c.share for c in emails.by_month.values()], "ratio", "line")])
        rows = [UsageRow((tool_label(source), c.sent, c.automated, c.one_off, c.share))
                for source, c in sorted(emails.by_source.items(), key=lambda item: -(item[1].sent or 0))]
        rows.append(
            UsageRow(
                (translate("UsageEmails", "All tools"), total.sent, total.automated, total.one_off, total.share),
                marks={0: "quiet"},
            )
        )
        self.tools_model.set_rows(rows)
        self.tools_view.resizeColumnsToContents()
        fit_height(self.tools_view)

    def _headline(self, audit: UsageAudit) -> str:
        translate = QCoreApplication.translate
        emails = audit.emails
        total = emails.total
        text = (
            translate("UsageEmails", "%1 e-mails sent, %2 of them by workflows (%3).")
            .replace("%1", format_count(total.sent))
            .replace("%2", format_count(total.automated))
            .replace("%3", format_percent(total.share))
        )
        trend = emails.trend
        if trend is not None and trend.share_points is not None:
            points = trend.share_points
            if abs(points) < 0.05:
                change = translate("UsageEmails", "the same as")
            else:
                change = (
                    translate("UsageEmails", "%1 pt more than")
                    if points > 0
                    else translate("UsageEmails", "%1 pt less than")
                ).replace("%1", format_percent(abs(points) / 100).replace("\u202f%", ""))
            text += " " + translate(
                "UsageEmails", "From %1 to %2, the share automated was %3, %4 from %5 to %6."
            ).replace("%1", month_label(trend.recent[0], short=False)).replace(
                "%2", month_label(trend.recent[-1], short=False)
            ).replace("%3", format_percent(trend.recent_counts.share)).replace("%4", change).replace(
                "%5", month_label(trend.before[0], short=False)
            ).replace("%6", month_label(trend.before[-1], short=False))
        return text
