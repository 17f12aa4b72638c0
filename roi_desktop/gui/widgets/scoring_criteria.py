"""The "MQL & SQL" tab: when an MQL becomes an SQL, and which contacts sales turned down.

The SQL criteria are those the core supports (`SqlCriteria`): a minimum score, a deal linked to the contact,
a stage set by sales in the imported lifecycle data; field conditions of an imported model are kept and
listed. The rejection rule is one field condition (by default: lead status is "Unqualified" or similar).
Each change is an undoable edit of the model document; problems are written under the inputs.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.core.scoring import labels
from roi_desktop.core.scoring.rules import (
    DEFAULT_REJECTED,
    FIT_FIELDS,
    OPERATORS,
    VALUELESS_OPERATORS,
    Condition,
    Model,
)
from roi_desktop.core.scoring.validate import Problem
from roi_desktop.core.stages import STAGES
from roi_desktop.gui.i18n import message_text, tr
from roi_desktop.gui.widgets.hint import hint_label
from roi_desktop.gui.widgets.scoring_undo import MERGE_SETTING, ModelDocument


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
        self.deal = QCheckBox()
        self.stage_on = QCheckBox()
        self.stage = QComboBox()
        for key in STAGES:
            self.stage.addItem(labels.stage_label(key, tr), key)
        self.conditions = hint_label()
        sql_layout = QFormLayout(self.sql_box)
        sql_layout.addRow(self.sql_intro)
        sql_layout.addRow(self.min_on, self.min_score)
        sql_layout.addRow(self.deal)
        sql_layout.addRow(self.stage_on, self.stage)
        sql_layout.addRow(self.conditions)
        self.sql_problems = QLabel()
        self.sql_problems.setWordWrap(True)
        self.sql_problems.setStyleSheet("color: #c62828;")
        sql_layout.addRow(self.sql_problems)

        self.reject_box = QGroupBox()
        self.reject_intro = hint_label()
        self.reject_on = QCheckBox()
        self.reject_field = QComboBox()
        for key in FIT_FIELDS:
            self.reject_field.addItem(labels.field_label(key, tr), key)
        self.reject_operator = QComboBox()
        for key in OPERATORS:
            template = labels.OPERATORS[key]
            self.reject_operator.addItem(tr(template.context, template.text), key)
        self.reject_value = QLineEdit()
        row = QHBoxLayout()
        row.addWidget(self.reject_field, 2)
        row.addWidget(self.reject_operator, 1)
        row.addWidget(self.reject_value, 3)
        self.reject_problems = QLabel()
        self.reject_problems.setWordWrap(True)
        self.reject_problems.setStyleSheet("color: #c62828;")
        reject_layout = QVBoxLayout(self.reject_box)
        reject_layout.addWidget(self.reject_intro)
        reject_layout.addWidget(self.reject_on)
        reject_layout.addLayout(row)
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
        if self.model is not None:
            self.show_model(self.model, [])

    def show_model(self, model: Model | None, problems: list[Problem]) -> None:
        self.model = model
        if model is None:
            return
        translate = QCoreApplication.translate
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
        kept = [f"{labels.field_label(c.field, tr)} {tr(labels.OPERATORS[c.operator].context, labels.OPERATORS[c.operator].text)}"
                f" “{c.value}”" for c in sql.conditions if c.operator in labels.OPERATORS]
        self.conditions.setText(translate("ScoringPage", "Also required (from the imported model): %1")
                                .replace("%1", "; ".join(kept)) if kept else "")
        self.conditions.setVisible(bool(kept))
        rejection = model.rejection
        self.reject_on.setChecked(rejection is not None)
        shown = rejection or Condition("lead_status", "in_list", DEFAULT_REJECTED)
        if self.reject_field.findData(shown.field) < 0:
            self.reject_field.addItem(labels.field_label(shown.field, tr), shown.field)
        self.reject_field.setCurrentIndex(self.reject_field.findData(shown.field))
        self.reject_operator.setCurrentIndex(max(0, self.reject_operator.findData(shown.operator)))
        if self.reject_value.text() != shown.value:
            self.reject_value.setText(shown.value)
        for widget in (self.reject_field, self.reject_operator):
            widget.setEnabled(rejection is not None and self.isEnabled())
        self.reject_value.setEnabled(rejection is not None and shown.operator not in VALUELESS_OPERATORS
                                     and self.isEnabled())
        for widget in widgets:
            widget.blockSignals(False)
        self.sql_problems.setText("<br>".join(message_text(p.message) for p in problems
                                              if p.part in ("sql", "mql_threshold")))
        self.reject_problems.setText("<br>".join(message_text(p.message) for p in problems if p.part == "rejection"))

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
