"""Exchange rates of the cost ledger: one rate per currency and month, entered by the user.

A cost in another currency keeps its amount as entered; every figure counts it at the rate of its month.
The panel lists the rates, says which months still lack one (those lines count nowhere until then), and
asks for a rate as "1 USD = 0.92 EUR".
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from roi_desktop.core.costs.ledger import Ledger
from roi_desktop.gui.charts.style import month_label

COMMON_CURRENCIES = ("USD", "GBP", "CHF", "CAD", "EUR")


class CostRates(QGroupBox):
    """Signals:
        rate_requested(str, str, str): currency, month, rate as typed ("" removes the rate).
    """

    rate_requested = Signal(str, str, str)
    """Set (or remove, with an empty rate) the rate of a currency in a month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet("color: #5f6368;")
        layout.addWidget(self.explanation)
        self.listing = QLabel()
        self.listing.setWordWrap(True)
        layout.addWidget(self.listing)
        row = QHBoxLayout()
        self.one = QLabel()
        row.addWidget(self.one)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        row.addWidget(self.currency)
        self.equals = QLabel("=")
        row.addWidget(self.equals)
        self.rate = QLineEdit()
        self.rate.setPlaceholderText(QLocale().toString(0.92, "f", 2))
        self.rate.setMaximumWidth(110)
        row.addWidget(self.rate)
        self.base = QLabel()
        row.addWidget(self.base)
        self.in_label = QLabel()
        row.addWidget(self.in_label)
        self.month = QLineEdit()
        self.month.setPlaceholderText("2025-03")
        self.month.setMaximumWidth(110)
        row.addWidget(self.month)
        self.set_button = QPushButton()
        self.set_button.clicked.connect(lambda: self._request(self.rate.text()))
        row.addWidget(self.set_button)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(lambda: self._request(""))
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.ledger: Ledger | None = None
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.setTitle(translate("CostRates", "Exchange rates"))
        self.explanation.setText(translate(
            "CostRates", "A cost in another currency keeps its amount as entered; every figure counts it at the rate"
                         " you give for its month. Lines without a rate count nowhere until you enter it."))
        self.one.setText(translate("CostRates", "1"))
        self.in_label.setText(translate("CostRates", "in"))
        self.set_button.setText(translate("CostRates", "Set the rate"))
        self.remove_button.setText(translate("CostRates", "Remove"))
        if self.ledger is not None:
            self.set_ledger(self.ledger)

    def set_ledger(self, ledger: Ledger) -> None:
        translate = QCoreApplication.translate
        self.ledger = ledger
        self.base.setText(ledger.currency)
        current = self.currency.currentText()
        used = sorted({line.currency for line in ledger.lines} | set(ledger.monthly_rates))
        self.currency.clear()
        for code in dict.fromkeys([*used, *COMMON_CURRENCIES]):
            if code != ledger.currency:
                self.currency.addItem(code)
        if current:
            self.currency.setEditText(current)
        parts = []
        for code, months in sorted(ledger.monthly_rates.items()):
            rates = ", ".join(f"{html.escape(month_label(month))} = {QLocale().toString(rate, 'g', 6)}"
                              for month, rate in sorted(months.items()))
            title = translate("CostRates", "1 %1 in %2").replace("%1", code).replace("%2", ledger.currency)
            parts.append(f"<b>{html.escape(title)}</b> — {rates}")
        missing: dict[tuple[str, str], int] = {}
        for line in ledger.unconverted():
            missing[(line.currency, line.month)] = missing.get((line.currency, line.month), 0) + 1
        for (code, month), count in sorted(missing.items()):
            parts.append("<span style='color:#b00020'>⚠ " + html.escape(
                translate("CostRates", "No %1 rate for %2: %3 line(s) left out of every figure.")
                .replace("%1", code).replace("%2", month_label(month)).replace("%3", str(count))) + "</span>")
        if not parts:
            parts.append(html.escape(translate("CostRates", "No rate entered: every cost is in %1.")
                                     .replace("%1", ledger.currency)))
        self.listing.setText("<br>".join(parts))

    def _request(self, rate: str) -> None:
        self.rate_requested.emit(self.currency.currentText().strip(), self.month.text().strip(), rate.strip())
