"""The Usage page's contacts and licences tab: contacts kept against contacts engaged, the cost of each
engaged contact per tool, and the sunset list of contacts silent for a year, with its export."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
)

from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.usage.audit import UsageAudit
from roi_desktop.gui.charts.monthly_chart import MonthlyChart, Series
from roi_desktop.gui.i18n import (
    count_text,
    format_count,
    format_day,
    format_money,
    message_text,
)
from roi_desktop.gui.models.usage_table_model import (
    UsageColumn,
    UsageRow,
    UsageTableModel,
)
from roi_desktop.gui.widgets.kpi_tile import KpiTile
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
    UsageColumn(QT_TRANSLATE_NOOP("UsageTables", "Licence costs"), "money"),
    UsageColumn(QT_TRANSLATE_NOOP("UsageTables", "Engaged contacts"), "count"),
    UsageColumn(QT_TRANSLATE_NOOP("UsageTables", "Cost per engaged contact"), "money"),
)
TILES = ("total", "engaged", "silent", "licence", "cost")


class UsageContacts(QScrollArea):
    """Signals:
        sunset_export_requested(): the user asked to save the sunset list.
    """

    sunset_export_requested = Signal()
    """"Export the sunset list…" was pressed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = scrolling_tab(self)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.tiles = {key: KpiTile(key) for key in TILES}
        for index, tile in enumerate(self.tiles.values()):
            tile.setMinimumWidth(150)
            grid.addWidget(tile, 0, index)
        layout.addLayout(grid)
        self.sunset_title = section_title()
        layout.addWidget(self.sunset_title)
        sunset = QHBoxLayout()
        self.sunset_text = QLabel()
        self.sunset_text.setWordWrap(True)
        self.sunset_text.setTextFormat(Qt.TextFormat.RichText)
        sunset.addWidget(self.sunset_text, 1)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.sunset_export_requested)
        sunset.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(sunset)
        self.tools_title = section_title()
        layout.addWidget(self.tools_title)
        self.tools_model = UsageTableModel(COLUMNS)
        self.tools_view = table_view(self.tools_model, "Licence use")
        header = self.tools_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.tools_view)
        self.tools_note = note_label()
        layout.addWidget(self.tools_note)
        self.chart_title = section_title()
        layout.addWidget(self.chart_title)
        self.chart = MonthlyChart()
        self.chart.setFixedHeight(220)
        layout.addWidget(self.chart)
        layout.addStretch(1)
        self.audit: UsageAudit | None = None
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.sunset_title.setText(translate("UsageContacts", "Sunset list"))
        self.export_button.setText(translate("UsageContacts", "Export the sunset list…"))
        self.tools_title.setText(translate("UsageContacts", "Licences and engaged contacts by tool"))
        self.tools_note.setText(
            html.escape(
                translate(
                    "UsageContacts",
                    "A tool's licence lines are those whose item or channel names it (“Brevo Business”, “Hébergement"
                    " Mautic”). Its engaged contacts clicked one of its e-mails, or its contact export says when they"
                    " last clicked. Licence lines that name no tool count in the total only.",
                )
            )
        )
        self.chart_title.setText(
            translate("UsageContacts", "At the end of each month")
            + "&nbsp;&nbsp;&nbsp;"
            + legend((translate("UsageContacts", "Total contacts"), translate("UsageContacts", "Engaged contacts")))
        )
        self.tools_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.audit is not None:
            self.show_audit(self.audit)

    def show_audit(self, audit: UsageAudit) -> None:
        translate = QCoreApplication.translate
        self.audit = audit
        contacts = audit.contacts
        if contacts is None:
            return
        currency = contacts.currency
        total, engaged = contacts.total, contacts.engaged
        days, months = contacts.window_days, contacts.sunset_months
        silent = contacts.silent

        def reason_of(result: object) -> str:
            reason = getattr(result, "reason", None)
            return html.escape(message_text(reason.message)) if reason is not None else ""

        self.tiles["total"].show_kpi(
            translate("UsageContacts", "Total contacts"),
            format_count(total.value) if total.value is not None else "—",
            "",
            "",
            list(total.breakdowns.get("by_month", {}).values()),
            html.escape(translate("UsageContacts", "People in your contact exports, counted once by e-mail address."))
            + "<br>"
            + reason_of(total),
        )
        self.tiles["engaged"].show_kpi(
            translate("UsageContacts", "Engaged contacts"),
            format_count(engaged.value) if engaged.value is not None else "—",
            "",
            "",
            list(engaged.breakdowns.get("by_month", {}).values()),
            html.escape(
                translate("UsageContacts", "Reachable contacts who clicked in the last %1 days of the period.").replace(
                    "%1", format_count(days)
                )
            )
            + "<br>"
            + reason_of(engaged),
        )
        self.tiles["silent"].show_kpi(
            translate("UsageContacts", "Silent for %1 months").replace("%1", format_count(months)),
            format_count(len(silent)) if silent is not None else "—",
            "",
            "",
            [],
            html.escape(message_text(contacts.silent_reason)) if contacts.silent_reason else "",
        )
        licence = contacts.licence_cents / 100 if contacts.licence_cents is not None else None
        self.tiles["licence"].show_kpi(
            translate("UsageContacts", "Licence costs"),
            format_money(licence, currency) if licence is not None else "—",
            "",
            "",
            [],
            html.escape(
                translate(
                    "UsageContacts", "Tool licences and subscriptions of the period, counted pro rata of its days."
                )
            ),
        )
        cost = contacts.cost_per_engaged
        self.tiles["cost"].show_kpi(
            translate("UsageContacts", "Cost per engaged contact"),
            format_money(cost, currency) if cost is not None else "—",
            "",
            "",
            [],
            html.escape(
                message_text(contacts.cost_reason)
                if contacts.cost_reason
                else translate("UsageContacts", "Licence costs ÷ engaged contacts.")
            ),
        )
        self._sunset(audit)
        rows = []
        for tool in contacts.by_tool:
            row = UsageRow(
                (
                    tool_label(tool.tool),
                    tool.licence_cents / 100 if tool.licence_cents is not None else None,
                    tool.engaged,
                    tool.cost_per_engaged,
                )
            )
            if tool.reason is not None:
                row.tips = {column: message_text(tool.reason) for column in range(len(COLUMNS))}
                row.marks[3] = "quiet"
            rows.append(row)
        rows.append(
            UsageRow((translate("UsageContacts", "All licences"), licence, engaged.value, cost), marks={0: "quiet"})
        )
        self.tools_model.set_rows(rows, currency)
        self.tools_view.resizeColumnsToContents()
        fit_height(self.tools_view)
        months_shown = list(total.breakdowns.get("by_month", {}))
        series = []
        if total.value is not None:
            series.append(
                Series(
                    translate("UsageContacts", "Total contacts"),
                    list(total.breakdowns["by_month"].values()),
                    "count",
                    "line",
                )
            )
        if engaged.value is not None:
            series.append(
                Series(
                    translate("UsageContacts", "Engaged contacts"),
                    [engaged.breakdowns["by_month"].get(m) for m in months_shown],
                    "count",
                    "line",
                )
            )
        self.chart.set_data(months_shown, series)

    def _sunset(self, audit: UsageAudit) -> None:
        translate = QCoreApplication.translate
        contacts = audit.contacts
        silent = contacts.silent
        months = contacts.sunset_months
        if silent is None:
            self.sunset_text.setText(
                html.escape(message_text(contacts.silent_reason)) if contacts.silent_reason else ""
            )
        else:
            text = count_text(
                len(silent),
                translate(
                    "UsageContacts",
                    "<b>%1 reachable contact</b>, known for at least %2 months, neither opened nor clicked an"
                    " e-mail in the %2 months up to %3.",
                ),
                translate(
                    "UsageContacts",
                    "<b>%1 reachable contacts</b>, known for at least %2 months, neither opened nor clicked"
                    " an e-mail in the %2 months up to %3.",
                ),
            )
            advice = translate(
                "UsageContacts",
                "Send them one last re-engagement e-mail, then remove those who stay silent: they"
                " count in your tools' contact-based pricing and drag your open rates down.",
            )
            self.sunset_text.setText(
                text.replace("%2", format_count(months)).replace("%3", format_day(audit.period.last))
                + " "
                + html.escape(advice)
            )
        self.export_button.setEnabled(bool(silent))
