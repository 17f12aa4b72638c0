"""Add a cost line — once, or every month up to a month (a licence paid monthly is entered once).

What is typed is checked against the ledger as it is (`Ledger.check`) while the dialog is open; the dialog
closes only on an entry the workspace will accept, and `ask()` returns it (or None).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.core.costs.ledger import CostDraft, Ledger
from roi_desktop.gui.i18n import message_text
from roi_desktop.gui.widgets.cost_delegates import category_items, channel_items, combo_value, fill_combo

COMMON_CURRENCIES = ("EUR", "USD", "GBP", "CHF", "CAD")


class CostLineDialog(QDialog):
    """Attributes:
        draft: the entry as typed (after accept).
    """

    def __init__(self, ledger: Ledger, parent: QWidget | None = None, *, decimal_comma: bool | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.ledger = ledger
        self.decimal_comma = decimal_comma
        self.setWindowTitle(translate("CostLineDialog", "Add a cost"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        last = ledger.span[1] if ledger.span else ledger.today
        self.month = QLineEdit(last)
        self.month.setPlaceholderText("2025-03")
        form.addRow(translate("CostLineDialog", "Month:"), self.month)
        self.category = QComboBox()
        fill_combo(self.category, category_items())
        form.addRow(translate("CostLineDialog", "Category:"), self.category)
        self.item = QLineEdit()
        self.item.setPlaceholderText(translate("CostLineDialog", "e.g. HubSpot Marketing Starter"))
        form.addRow(translate("CostLineDialog", "Item:"), self.item)
        self.channel = QComboBox()
        fill_combo(self.channel, channel_items())
        form.addRow(translate("CostLineDialog", "Channel:"), self.channel)
        amount_row = QHBoxLayout()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(QLocale().toString(1234.5, "f", 2))
        amount_row.addWidget(self.amount, 1)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        used = sorted({line.currency for line in ledger.lines} - {ledger.currency})
        for code in dict.fromkeys([ledger.currency, *used, *COMMON_CURRENCIES]):
            self.currency.addItem(code)
        amount_row.addWidget(self.currency)
        form.addRow(translate("CostLineDialog", "Amount:"), amount_row)
        self.note = QLineEdit()
        form.addRow(translate("CostLineDialog", "Note:"), self.note)
        repeat_row = QHBoxLayout()
        self.repeat = QCheckBox(translate("CostLineDialog", "Repeat every month until"))
        self.until = QLineEdit(last)
        self.until.setEnabled(False)
        self.repeat.toggled.connect(self.until.setEnabled)
        repeat_row.addWidget(self.repeat)
        repeat_row.addWidget(self.until, 1)
        form.addRow("", repeat_row)
        layout.addLayout(form)
        hint = QLabel(translate("CostLineDialog", "A recurring cost becomes one line per month, which you can then"
                                                  " change or delete one by one."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6368;")
        layout.addWidget(hint)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.hide()
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.draft: CostDraft | None = None

    def entry(self) -> CostDraft:
        return CostDraft(month=self.month.text(), category=combo_value(self.category), item=self.item.text(),
                         channel=combo_value(self.channel), amount=self.amount.text(),
                         currency=self.currency.currentText(), note=self.note.text(),
                         repeat_until=self.until.text() if self.repeat.isChecked() else None)

    def accept(self) -> None:
        """Close only when the entry can be saved; otherwise say why, field by field."""
        draft = self.entry()
        checked = self.ledger.check(draft, decimal_comma=self.decimal_comma)
        if checked.problems:
            self.problems.setText("<br>".join(f"• {message_text(p.message)}" for p in checked.problems))
            self.problems.show()
            return
        self.draft = draft
        super().accept()

    @classmethod
    def ask(cls, ledger: Ledger, parent: QWidget | None = None, *, decimal_comma: bool | None = None
            ) -> CostDraft | None:
        dialog = cls(ledger, parent, decimal_comma=decimal_comma)
        return dialog.draft if dialog.exec() == QDialog.DialogCode.Accepted else None
