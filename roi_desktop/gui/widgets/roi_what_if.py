"""The what-if tab: move an amount of budget from one channel to another and see the expected change in new
leads, customers and revenue, with every step of the arithmetic and each channel's observed economics.

The calculation is the core's `what_if` (pure, instant), recomputed as the user types.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from roi_desktop.core.costs.inputs import parse_amount
from roi_desktop.core.costs.what_if import ChannelEconomics, Effect, WhatIf, what_if
from roi_desktop.gui.i18n import format_money, format_percent, message_text
from roi_desktop.gui.models.roi_view import RoiView

RESULT_COLUMNS = 5


def _signed(text: str, value: float | None) -> str:
    """`text` (the absolute value, formatted) with its sign: +12.5 / −12.5 (never accounting brackets)."""
    if value is None:
        return "—"
    return ("+" if value > 0 else "−" if value < 0 else "") + text.lstrip("-−")


class RoiWhatIf(QScrollArea):
    """Inputs (amount, from, to), the result grid, the arithmetic, the channels' economics."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # texts wrap to the width
        host = QWidget()
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 4, 8, 4)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.move_label, self.from_label, self.to_label = QLabel(), QLabel(), QLabel()
        self.amount = QLineEdit()
        self.amount.setMaximumWidth(120)
        self.currency = QLabel()
        self.source, self.target = QComboBox(), QComboBox()
        for widget in (self.move_label, self.amount, self.currency, self.from_label, self.source, self.to_label,
                       self.target):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.cells: list[list[QLabel]] = []
        for r in range(4):
            cells = []
            for c in range(RESULT_COLUMNS):
                label = QLabel()
                if c:
                    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r in (0, 3):
                    label.setStyleSheet("font-weight: 600;")
                self.grid.addWidget(label, r, c)
                cells.append(label)
            self.cells.append(cells)
        self.grid.setColumnStretch(RESULT_COLUMNS, 1)
        layout.addLayout(self.grid)
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.steps)
        self.caveat = QLabel()
        self.caveat.setWordWrap(True)
        self.caveat.setStyleSheet("color: #5f6368;")
        layout.addWidget(self.caveat)
        self.economics_title = QLabel()
        self.economics_title.setStyleSheet("font-weight: 600; margin-top: 10px;")
        layout.addWidget(self.economics_title)
        self.economics = QLabel()
        self.economics.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.economics)
        self.economics_note = QLabel()
        self.economics_note.setWordWrap(True)
        self.economics_note.setStyleSheet("color: #5f6368;")
        layout.addWidget(self.economics_note)
        self.shared = QLabel()
        self.shared.setWordWrap(True)
        self.shared.setStyleSheet("color: #5f6368;")
        layout.addWidget(self.shared)
        layout.addStretch(1)
        self.setWidget(host)
        self.view: RoiView | None = None
        self.channels: dict[str, ChannelEconomics] = {}
        self.result: WhatIf | None = None
        self.amount.textChanged.connect(lambda _text: self.recompute())
        self.source.currentIndexChanged.connect(lambda _index: self.recompute())
        self.target.currentIndexChanged.connect(lambda _index: self.recompute())
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.intro.setText(translate(
            "RoiWhatIf", "What if you moved budget from one channel to another? The estimate uses each channel's"
                         " observed cost per lead, share of leads that become customers and average deal value over"
                         " the period."))
        self.move_label.setText(translate("RoiWhatIf", "Move"))
        self.from_label.setText(translate("RoiWhatIf", "from"))
        self.to_label.setText(translate("RoiWhatIf", "to"))
        self.caveat.setText(translate(
            "RoiWhatIf", "A straight-line estimate: it assumes each extra euro buys leads at today's average cost. In"
                         " practice returns fall as a channel's budget grows, so treat large moves as an upper"
                         " bound."))
        self.economics_title.setText(translate("RoiWhatIf", "What each channel costs and brings in the period"))
        self.economics_note.setText(translate(
            "RoiWhatIf", "Average deal: revenue of the won deals whose first touch is the channel ÷ their number (*:"
                         " none yet, the average of all channels is used)."))
        headers = ("", translate("RoiWhatIf", "Budget"), translate("RoiWhatIf", "New leads"),
                   translate("RoiWhatIf", "New customers"), translate("RoiWhatIf", "Revenue"))
        for cell, text in zip(self.cells[0], headers, strict=True):
            cell.setText(text)
        self.cells[3][0].setText(translate("RoiWhatIf", "Net change"))
        if self.view is not None:
            self.show_view(self.view)

    def show_view(self, view: RoiView) -> None:
        """New figures: keep the user's choice of channels when they still qualify."""
        self.view = view
        self.channels = view.figures.economics
        self.currency.setText(view.currency)
        chosen = (self.source.currentData(), self.target.currentData())
        ranked = sorted(self.channels.values(), key=lambda c: -c.costs_cents)
        for combo in (self.source, self.target):
            combo.blockSignals(True)
            combo.clear()
            for channel in ranked:
                combo.addItem(view.channel_name(channel.channel), channel.channel)
            combo.blockSignals(False)
        if ranked:
            cheapest = min(ranked, key=lambda c: c.cost_per_lead_cents)
            source = chosen[0] if chosen[0] in self.channels else ranked[0].channel
            target = chosen[1] if chosen[1] in self.channels else (
                cheapest.channel if cheapest.channel != source else ranked[-1].channel)
            self.source.setCurrentIndex(self.source.findData(source))
            self.target.setCurrentIndex(self.target.findData(target))
            if not self.amount.text():
                self.amount.blockSignals(True)
                self.amount.setText(QLocale().toString(_round_amount(ranked[0].costs_cents / 100 / 10)))
                self.amount.blockSignals(False)
        self.economics.setText(self._economics_html(view))
        shared = view.unassigned_note()
        self.shared.setText(shared)
        self.shared.setVisible(bool(shared))
        self.recompute()

    def recompute(self) -> None:
        """Run the core's what-if on the inputs and show it."""
        translate = QCoreApplication.translate
        for row in self.cells[1:]:
            for cell in row:
                cell.setText("")
        self.steps.setText("")
        if self.view is None or not self.channels:
            self.problem.setText(translate("RoiWhatIf", "No channel has both costs and new leads in this period:"
                                                        " there is nothing to move budget between.")
                                 if self.view is not None else "")
            self.result = None
            return
        try:
            cents = parse_amount(self.amount.text(), QLocale().decimalPoint() == ",")
        except ValueError:
            cents = 0
        self.result = what_if(self.channels, self.source.currentData(), self.target.currentData(), cents,
                              self.view.currency)
        self.problem.setText(" ".join(message_text(message) for _field, message in self.result.problems))
        if self.result.problems:
            return
        money = self._money
        for row, effect in ((1, self.result.source), (2, self.result.target)):
            assert effect is not None
            self._fill_row(row, self.view.channel_name(effect.channel), effect.budget_cents / 100, effect.leads,
                           effect.customers, effect.revenue_cents)
        self._fill_row(3, translate("RoiWhatIf", "Net change"), 0.0, self.result.leads, self.result.customers,
                       self.result.revenue_cents)
        self.cells[3][1].setText(money(0))
        self.steps.setText("<br>".join(self._step(effect) for effect in (self.result.source, self.result.target)
                                       if effect is not None))

    # ---- Internals

    def _money(self, value: float | None) -> str:
        return format_money(value, self.view.currency if self.view else "EUR")

    def _fill_row(self, row: int, name: str, budget: float, leads: float | None, customers: float | None,
                  revenue_cents: float | None) -> None:
        locale = QLocale()
        cells = self.cells[row]
        cells[0].setText(name)
        cells[1].setText(_signed(self._money(abs(budget)), budget))
        cells[2].setText(_signed(locale.toString(abs(leads), "f", 1), leads) if leads is not None else "—")
        cells[3].setText(_signed(locale.toString(abs(customers), "f", 2), customers) if customers is not None
                         else "—")
        revenue = revenue_cents / 100 if revenue_cents is not None else None
        cells[4].setText(_signed(self._money(abs(revenue)), revenue) if revenue is not None else "—")

    def _step(self, effect: Effect) -> str:
        """"Paid search: −2 000 € ÷ 71,23 € per lead = −28,1 leads × 3,4 % = −0,94 customer × 14 082 € = …"."""
        translate = QCoreApplication.translate
        locale = QLocale()
        name = self.view.channel_name(effect.channel) if self.view else effect.channel
        text = translate("RoiWhatIf", "%1: %2 ÷ %3 per lead = %4 leads").replace("%1", name).replace(
            "%2", _signed(self._money(abs(effect.budget_cents) / 100), effect.budget_cents)).replace(
            "%3", self._money(effect.cost_per_lead_cents / 100)).replace(
            "%4", _signed(locale.toString(abs(effect.leads), "f", 1), effect.leads))
        if effect.customers is not None:
            text += " " + translate("RoiWhatIf", "× %1 become customers = %2 customers").replace(
                "%1", format_percent(effect.conversion)).replace(
                "%2", _signed(locale.toString(abs(effect.customers), "f", 2), effect.customers))
        if effect.revenue_cents is not None and effect.deal_value_cents is not None:
            text += " " + translate("RoiWhatIf", "× %1 per deal = %2").replace(
                "%1", self._money(effect.deal_value_cents / 100)).replace(
                "%2", _signed(self._money(abs(effect.revenue_cents) / 100), effect.revenue_cents))
            if effect.deal_value_is_average:
                text += " " + translate("RoiWhatIf", "(no deal won from this channel yet: average deal value of all"
                                                     " channels)")
        return html.escape(text)

    def _economics_html(self, view: RoiView) -> str:
        translate = QCoreApplication.translate
        headers = (translate("RoiWhatIf", "Channel"), translate("RoiWhatIf", "Costs"),
                   translate("RoiWhatIf", "New leads"), translate("RoiWhatIf", "Cost per lead"),
                   translate("RoiWhatIf", "Leads → customers"), translate("RoiWhatIf", "Average deal"),
                   translate("RoiWhatIf", "Won deals"))
        rows = ["<tr>" + "".join(f"<th style='padding:2px 6px; text-align:right'>{html.escape(h)}</th>"
                                 for h in headers) + "</tr>"]
        for channel in sorted(self.channels.values(), key=lambda c: -c.costs_cents):
            deal = self._money(channel.deal_value_cents / 100) if channel.deal_value_cents is not None else "—"
            if channel.deal_value_is_average:
                deal += "*"
            cells = (view.channel_name(channel.channel), self._money(channel.costs_cents / 100),
                     QLocale().toString(channel.leads), self._money(channel.cost_per_lead_cents / 100),
                     format_percent(channel.conversion), deal, QLocale().toString(channel.won_deals))
            rows.append("<tr>" + "".join(f"<td style='padding:2px 6px; text-align:right'>{html.escape(c)}</td>"
                                         for c in cells) + "</tr>")
        return "<table>" + "".join(rows) + "</table>"


def _round_amount(value: float) -> int:
    """A round amount to start with (about a tenth of the largest channel's costs)."""
    for step in (10_000, 1_000, 100, 10):
        if value >= step:
            return int(value // step * step)
    return 10
