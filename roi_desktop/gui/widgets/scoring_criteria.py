"""The "MQL & SQL" tab: when an MQL becomes an SQL, and which contacts sales turned down.

The SQL criteria are those the core supports (`SqlCriteria`): a minimum score, a deal linked to the contact,
a stage set by sales in the imported lifecycle data, and field conditions ("lead status is Open deal"), added,
edited and removed in the condition dialog a fit rule's inputs come from. The rejection rule is one field
condition (by default: lead status is "Unqualified" or similar). Each change is an undoable edit of the model
document; problems are written under the inputs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.core.scoring import labels
from roi_desktop.core.scoring.rules import (
    DEFAULT_REJECTED,
    OPERATORS,
    VALUELESS_OPERATORS,
    Condition,
    Model,
)
from roi_desktop.core.scoring.service import FieldChoice
from roi_desktop.core.scoring.validate import Problem, condition_problems
from roi_desktop.core.stages import STAGES
from roi_desktop.gui.i18n import message_text, tr
from roi_desktop.gui.widgets.hint import hint_label
from roi_desktop.gui.widgets.scoring_rule_dialog import (
    ConditionDialog,
    default_fields,
    fill_fit_fields,
)
from roi_desktop.gui.widgets.scoring_undo import MERGE_SETTING, ModelDocument


def condition_text(condition: Condition) -> str:
    """A field condition in words: "Lead status is one of “Open deal”"."""
    text = labels.field_label(condition.field, tr)
    template = labels.OPERATORS.get(condition.operator)
    if template is not None:
        text += " " + tr(template.context, template.text)
    if condition.operator not in VALUELESS_OPERATORS and condition.value:
        text += " " + labels.quoted(condition.value, tr)
    return text


class ScoringCriteria(QWidget):
    """SQL criteria and the rejection rule of the edited model."""

    def __init__(self, document: ModelDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.sql_box = QGroupBox()
        self.sql_intro = hint_label()
        self.min_on = QCheckBox()
        self.min_score = QDoubleSpinBox()
        self.min_score.setRange(0, 10000)
        self.min_score.setDecimals(1)
        self.min_score.setMaximumWidth(160)
        self.deal = QCheckBox()
        self.stage_on = QCheckBox()
        self.stage = QComboBox()
        self.stage.setMaximumWidth(220)
        for key in STAGES:
            self.stage.addItem(labels.stage_label(key, tr), key)
        self.conditions_label = QLabel()
        self.conditions = QListWidget()
        self.conditions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conditions.setMaximumHeight(96)
        self.conditions.itemDoubleClicked.connect(lambda _item: self.edit_condition())
        self.conditions.currentRowChanged.connect(lambda _row: self._update_condition_buttons())
        self.condition_buttons = {key: QPushButton() for key in ("add", "edit", "remove")}
        self.condition_buttons["add"].clicked.connect(lambda: self.add_condition())
        self.condition_buttons["edit"].clicked.connect(lambda: self.edit_condition())
        self.condition_buttons["remove"].clicked.connect(lambda: self.remove_condition())
        condition_bar = QHBoxLayout()
        for button in self.condition_buttons.values():
            condition_bar.addWidget(button)
        condition_bar.addStretch(1)
        sql_layout = QFormLayout(self.sql_box)
        sql_layout.addRow(self.sql_intro)
        sql_layout.addRow(self.min_on, self.min_score)
        sql_layout.addRow(self.deal)
        sql_layout.addRow(self.stage_on, self.stage)
        sql_layout.addRow(self.conditions_label)
        sql_layout.addRow(self.conditions)
        sql_layout.addRow(condition_bar)
        self.sql_problems = QLabel()
        self.sql_problems.setWordWrap(True)
        self.sql_problems.setStyleSheet("color: #c62828;")
        sql_layout.addRow(self.sql_problems)

        self.reject_box = QGroupBox()
        self.reject_intro = hint_label()
        self.reject_on = QCheckBox()
        self.reject_field = QComboBox()
        self.reject_field.setMaxVisibleItems(20)
        self.fields: list[FieldChoice] = default_fields(())
        fill_fit_fields(self.reject_field, self.fields, "lead_status")
        self.reject_operator = QComboBox()
        for key in OPERATORS:
            template = labels.OPERATORS[key]
            self.reject_operator.addItem(tr(template.context, template.text), key)
        self.reject_value = QLineEdit()
        row = QHBoxLayout()  # the field and operator, then the values on a line of their own (long lists)
        row.addWidget(self.reject_field, 3)
        row.addWidget(self.reject_operator, 2)
        self.reject_problems = QLabel()
        self.reject_problems.setWordWrap(True)
        self.reject_problems.setStyleSheet("color: #c62828;")
        reject_layout = QVBoxLayout(self.reject_box)
        reject_layout.addWidget(self.reject_intro)
        reject_layout.addWidget(self.reject_on)
        reject_layout.addLayout(row)
        reject_layout.addWidget(self.reject_value)
        reject_layout.addWidget(self.reject_problems)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sql_box)
        layout.addWidget(self.reject_box)
        layout.addStretch(1)

        self.min_on.toggled.connect(lambda _on: self._sql_edit())
        self.min_score.valueChanged.connect(lambda _v: self._sql_edit("min_score"))
        self.deal.toggled.connect(lambda _on: self._sql_edit())
        self.stage_on.toggled.connect(lambda _on: self._sql_edit())
        self.stage.currentIndexChanged.connect(lambda _i: self._sql_edit())
        self.reject_on.toggled.connect(lambda _on: self._rejection_edit())
        self.reject_field.currentIndexChanged.connect(lambda _i: self._rejection_edit())
        self.reject_operator.currentIndexChanged.connect(lambda _i: self._rejection_edit())
        self.reject_value.textEdited.connect(lambda _t: self._rejection_edit("value"))
        self.model: Model | None = None
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.sql_box.setTitle(translate("ScoringPage", "When does an MQL become an SQL?"))
        self.sql_intro.setText(translate("ScoringPage", "A sales-qualified lead meets every criterion ticked below"
                                                        " on the same day."))
        self.min_on.setText(translate("ScoringPage", "Its score reaches"))
        self.min_score.setSuffix(translate("ScoringPage", " points"))
        self.deal.setText(translate("ScoringPage", "A deal linked to the contact was created"))
        self.stage_on.setText(translate("ScoringPage", "Sales set this stage in your tool"))
        self.stage_on.setToolTip(translate("ScoringPage", "Read from the imported lifecycle data, e.g. the"
                                                          " “Became a Sales Qualified Lead date”."))
        self.reject_box.setTitle(translate("ScoringPage", "Contacts turned down by sales"))
        self.reject_intro.setText(translate("ScoringPage", "Contacts matching this rule never become SQL: they"
                                                           " stay MQL, so that the rejection rate counts them."))
        self.reject_on.setText(translate("ScoringPage", "Turn down the contacts whose"))
        self.conditions_label.setText(translate("ScoringPage", "And each of these fields (optional):"))
        self.conditions.setToolTip(translate("ScoringPage", "Field conditions an SQL must also meet, e.g. lead"
                                                            " status is “Open deal”. Double-click one to change"
                                                            " it."))
        for key, text, tip in (
            ("add", translate("ScoringPage", "Add a field…"),
             translate("ScoringPage", "Also require a field value, e.g. lead status is “Open deal”")),
            ("edit", translate("ScoringPage", "Edit…"), translate("ScoringPage", "Change the selected condition")),
            ("remove", translate("ScoringPage", "Remove"), translate("ScoringPage", "Remove the selected"
                                                                                    " condition")),
        ):
            self.condition_buttons[key].setText(text)
            self.condition_buttons[key].setToolTip(tip)
        if self.model is not None:
            self.show_model(self.model, [])

    def show_model(self, model: Model | None, problems: list[Problem]) -> None:
        self.model = model
        if model is None:
            return
        widgets = (self.min_on, self.min_score, self.deal, self.stage_on, self.stage, self.reject_on,
                   self.reject_field, self.reject_operator, self.reject_value)
        for widget in widgets:
            widget.blockSignals(True)
        sql = model.sql
        self.min_on.setChecked(sql.min_score is not None)
        if sql.min_score is not None:
            self.min_score.setValue(sql.min_score)
        self.min_score.setEnabled(sql.min_score is not None and self.isEnabled())
        self.deal.setChecked(sql.deal_exists)
        self.stage_on.setChecked(sql.sales_stage is not None)
        self.stage.setCurrentIndex(max(0, self.stage.findData(sql.sales_stage or "sql")))
        self.stage.setEnabled(sql.sales_stage is not None and self.isEnabled())
        row = self.conditions.currentRow()
        self.conditions.clear()
        for condition in sql.conditions:
            self.conditions.addItem(condition_text(condition))
            item = self.conditions.item(self.conditions.count() - 1)
            wrong = condition_problems(condition)
            item.setToolTip("<br>".join(["⛔ " + message_text(m) for m, _part, _b in wrong]) or item.text())
            if wrong:
                item.setForeground(QBrush(QColor("#c62828")))
                item.setText("⛔ " + item.text())
        if sql.conditions:
            self.conditions.setCurrentRow(min(max(row, 0), len(sql.conditions) - 1))
        self.conditions.setVisible(bool(sql.conditions))
        self._update_condition_buttons()
        rejection = model.rejection
        self.reject_on.setChecked(rejection is not None)
        shown = rejection or Condition("lead_status", "in_list", DEFAULT_REJECTED)
        fill_fit_fields(self.reject_field, self.fields, shown.field)
        self.reject_operator.setCurrentIndex(max(0, self.reject_operator.findData(shown.operator)))
        if self.reject_value.text() != shown.value:
            self.reject_value.setText(shown.value)
            self.reject_value.setCursorPosition(0)
        self.reject_value.setToolTip(shown.value)
        for widget in (self.reject_field, self.reject_operator):
            widget.setEnabled(rejection is not None and self.isEnabled())
        self.reject_value.setEnabled(rejection is not None and shown.operator not in VALUELESS_OPERATORS
                                     and self.isEnabled())
        for widget in widgets:
            widget.blockSignals(False)
        self.sql_problems.setText("<br>".join(message_text(p.message) for p in problems
                                              if p.part in ("sql", "mql_threshold")))
        self.reject_problems.setText("<br>".join(message_text(p.message) for p in problems if p.part == "rejection"))

    def set_fields(self, fields: Sequence[FieldChoice]) -> None:
        """The fields conditions can look at, with how many contacts fill each (read with the data)."""
        self.fields = default_fields(fields)
        current = self.reject_field.currentData() or "lead_status"
        fill_fit_fields(self.reject_field, self.fields, current)

    # ---- SQL field conditions

    def add_condition(self, condition: Condition | None = None) -> None:
        """Add `condition` to the SQL criteria, or ask for one."""
        model = self.document.model
        if model is None or not self.isEnabled():
            return
        if condition is None:
            condition = self._ask(Condition("lead_status", "equals", ""),
                                  QCoreApplication.translate("ScoringPage", "Add an SQL condition"))
            if condition is None:
                return
        self._set_conditions((*model.sql.conditions, condition),
                             QCoreApplication.translate("ScoringPage", "Add an SQL condition"))
        self.conditions.setCurrentRow(len(model.sql.conditions))

    def edit_condition(self, row: int | None = None) -> None:
        """Change the condition at `row` (default: the selected one) in the condition dialog."""
        model = self.document.model
        row = self.conditions.currentRow() if row is None else row
        if model is None or not self.isEnabled() or not 0 <= row < len(model.sql.conditions):
            return
        condition = self._ask(model.sql.conditions[row], QCoreApplication.translate("ScoringPage",
                                                                                    "Edit an SQL condition"))
        if condition is not None:
            self.replace_condition(row, condition)

    def replace_condition(self, row: int, condition: Condition) -> None:
        model = self.document.model
        if model is None or not 0 <= row < len(model.sql.conditions):
            return
        conditions = list(model.sql.conditions)
        conditions[row] = condition
        self._set_conditions(tuple(conditions), QCoreApplication.translate("ScoringPage", "Edit an SQL condition"))

    def remove_condition(self, row: int | None = None) -> None:
        model = self.document.model
        row = self.conditions.currentRow() if row is None else row
        if model is None or not self.isEnabled() or not 0 <= row < len(model.sql.conditions):
            return
        conditions = model.sql.conditions[:row] + model.sql.conditions[row + 1:]
        self._set_conditions(conditions, QCoreApplication.translate("ScoringPage", "Remove an SQL condition"))

    def _ask(self, condition: Condition, title: str) -> Condition | None:
        dialog = ConditionDialog(condition, self.fields, self, title=title, intro=QCoreApplication.translate(
            "ScoringPage", "An SQL must also have this field value, on top of the other criteria ticked."))
        return dialog.condition() if dialog.exec() == ConditionDialog.DialogCode.Accepted else None

    def _set_conditions(self, conditions: tuple[Condition, ...], text: str) -> None:
        model = self.document.model
        if model is not None:
            self.document.edit(replace(model, sql=replace(model.sql, conditions=conditions)), text)

    def _update_condition_buttons(self) -> None:
        chosen = 0 <= self.conditions.currentRow() < self.conditions.count()
        self.condition_buttons["edit"].setEnabled(chosen)
        self.condition_buttons["remove"].setEnabled(chosen)

    # ---- Edits

    def _sql_edit(self, key: str = "") -> None:
        model = self.document.model
        if model is None:
            return
        sql = replace(model.sql, min_score=float(self.min_score.value()) if self.min_on.isChecked() else None,
                      deal_exists=self.deal.isChecked(),
                      sales_stage=self.stage.currentData() if self.stage_on.isChecked() else None)
        self.document.edit(replace(model, sql=sql), QCoreApplication.translate("ScoringPage", "Change the SQL"
                                                                                               " criteria"),
                           merge_id=MERGE_SETTING if key else -1, key=f"sql.{key}" if key else "")

    def _rejection_edit(self, key: str = "") -> None:
        model = self.document.model
        if model is None:
            return
        rejection = Condition(self.reject_field.currentData(), self.reject_operator.currentData(),
                              self.reject_value.text()) if self.reject_on.isChecked() else None
        self.document.edit(replace(model, rejection=rejection),
                           QCoreApplication.translate("ScoringPage", "Change the rejection rule"),
                           merge_id=MERGE_SETTING if key else -1, key=f"rejection.{key}" if key else "")
