"""The value settings tab: hourly cost, minutes saved, value of a qualified lead, attribution model, half-life,
the day automation started, currency — each with a plain explanation under it (core VALUE_SETTINGS).

Save checks everything in the core and stores all or nothing; a value that cannot be stored is outlined in
red with the reason, the others are kept as typed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.core.costs.ledger import Problem
from roi_desktop.core.costs.value_settings import CHOICE, CURRENCY, DAY, DAYS, MINUTES, MONEY, VALUE_SETTINGS
from roi_desktop.gui.i18n import message_text

UNSET_DAY = QDate(2000, 1, 1)


class RoiSettings(QScrollArea):
    """Signals:
        save_requested(dict): the values to store (VALUE_SETTINGS keys → as typed; "" or None = default).
    """

    save_requested = Signal(dict)
    """Store these value settings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        host = QWidget()
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 4, 8, 4)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.explanations: dict[str, QLabel] = {}
        self.units: dict[str, QLabel] = {}
        for number, setting in enumerate(VALUE_SETTINGS):
            editor = self._editor(setting.kind, setting.choices)
            self.editors[setting.key] = editor
            label = QLabel()
            label.setStyleSheet("font-weight: 600;")
            self.labels[setting.key] = label
            row = QHBoxLayout()
            row.addWidget(editor)
            unit = QLabel()
            self.units[setting.key] = unit
            row.addWidget(unit)
            row.addStretch(1)
            explanation = QLabel()
            explanation.setWordWrap(True)
            explanation.setStyleSheet("color: #5f6368; margin-bottom: 10px;")
            self.explanations[setting.key] = explanation
            grid.addWidget(label, 2 * number, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addLayout(row, 2 * number, 1)
            grid.addWidget(explanation, 2 * number + 1, 1)
        layout.addLayout(grid)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        layout.addWidget(self.problems)
        self.saved = QLabel()
        self.saved.setStyleSheet("color: #2e7d32;")
        layout.addWidget(self.saved)
        buttons = QHBoxLayout()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton()
        self.revert_button.clicked.connect(lambda: self.show_values(self.values, self.currency))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(host)
        self.values: dict[str, Any] = {}
        self.currency = "EUR"
        self.retranslate()

    @staticmethod
    def _editor(kind: str, choices: dict[str, str] | None) -> QWidget:
        if kind == CHOICE:
            combo = QComboBox()
            for key in choices or {}:
                combo.addItem("", key)
            return combo
        if kind == CURRENCY:
            combo = QComboBox()
            combo.setEditable(True)
            for code in ("EUR", "USD", "GBP", "CHF", "CAD"):
                combo.addItem(code)
            return combo
        if kind == DAY:
            edit = QDateEdit(calendarPopup=True)
            edit.setMinimumDate(UNSET_DAY)
            edit.setSpecialValueText("—")
            edit.setDate(UNSET_DAY)
            return edit
        edit = QLineEdit()
        edit.setMaximumWidth(140)
        return edit

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.intro.setText(translate(
            "RoiSettings", "These values turn what your tools report into money. They are saved in the workspace,"
                           " so whoever opens it sees the same figures."))
        for setting in VALUE_SETTINGS:
            self.labels[setting.key].setText(translate("ValueSettings", setting.label))
            self.explanations[setting.key].setText(translate("ValueSettings", setting.explanation))
            editor = self.editors[setting.key]
            if setting.kind == CHOICE and isinstance(editor, QComboBox):
                for index in range(editor.count()):
                    context = "Attribution" if setting.key == "attribution_model" else "ValueSettings"
                    editor.setItemText(index, translate(context, (setting.choices or {})[editor.itemData(index)]))
            if setting.kind == MONEY and isinstance(editor, QLineEdit):
                editor.setPlaceholderText(translate("RoiSettings", "not set"))
        self.save_button.setText(translate("RoiSettings", "Save"))
        self.revert_button.setText(translate("RoiSettings", "Undo my changes"))
        self._units()

    def _units(self) -> None:
        translate = QCoreApplication.translate
        for setting in VALUE_SETTINGS:
            unit = {MONEY: self.currency, MINUTES: translate("RoiSettings", "minutes"),
                    DAYS: translate("RoiSettings", "days")}.get(setting.kind, "")
            if setting.key == "hourly_rate":
                unit = translate("RoiSettings", "%1 per hour").replace("%1", self.currency)
            self.units[setting.key].setText(unit)

    def show_values(self, values: dict[str, Any], currency: str) -> None:
        """Show the settings in effect."""
        self.values, self.currency = dict(values), currency
        locale = QLocale()
        for setting in VALUE_SETTINGS:
            editor, value = self.editors[setting.key], values.get(setting.key)
            editor.setStyleSheet("")
            if isinstance(editor, QDateEdit):
                editor.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else UNSET_DAY)
            elif isinstance(editor, QComboBox) and setting.kind == CHOICE:
                editor.setCurrentIndex(max(editor.findData(value), 0))
            elif isinstance(editor, QComboBox):
                editor.setEditText(str(value or currency))
            elif isinstance(editor, QLineEdit):
                editor.setText("" if value is None else locale.toString(float(value), "g", 10))
        self.problems.setText("")
        self._units()

    def entered(self) -> dict[str, Any]:
        """The values as typed, for the core to check."""
        found: dict[str, Any] = {}
        for setting in VALUE_SETTINGS:
            editor = self.editors[setting.key]
            if isinstance(editor, QDateEdit):
                day = editor.date()
                found[setting.key] = None if day == UNSET_DAY else date(day.year(), day.month(), day.day())
            elif isinstance(editor, QComboBox) and setting.kind == CHOICE:
                found[setting.key] = editor.currentData()
            elif isinstance(editor, QComboBox):
                found[setting.key] = editor.currentText().strip()
            elif isinstance(editor, QLineEdit):
                found[setting.key] = editor.text().strip()
        return found

    def save(self) -> None:
        self.saved.setText("")
        self.save_requested.emit(self.entered())

    def confirm(self) -> None:
        """Say that the values were stored (the figures follow)."""
        self.problems.setText("")
        self.saved.setText(QCoreApplication.translate("RoiSettings", "Saved: every figure now uses these values."))

    def show_problems(self, problems: list[Problem]) -> None:
        """Outline the values that cannot be stored and say why."""
        translate = QCoreApplication.translate
        lines = []
        for problem in problems:
            editor = self.editors.get(problem.field)
            if editor is not None:
                editor.setStyleSheet("border: 1px solid #b00020;")
            name = next((translate("ValueSettings", s.label) for s in VALUE_SETTINGS if s.key == problem.field), "")
            lines.append(f"• {name} — {message_text(problem.message)}")
        self.problems.setText("<br>".join(lines))
