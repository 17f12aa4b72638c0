"""The funnel tab: the stages (switched on or off, renamed, and what defines each) and how the bars count.

Which definitions a stage may follow comes from the core (`funnel.MODEL_STAGES`, `DEAL_STAGES`): MQL and SQL
may follow this scoring model, opportunity and customer the imported deals, every stage the imported
lifecycle data. Each change is an undoable edit of the model document.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.core.scoring import labels
from roi_desktop.core.scoring.funnel import (
    COUNTINGS,
    DEAL_STAGES,
    MODEL_STAGES,
    ORDERS,
    Funnel,
)
from roi_desktop.core.scoring.rules import Model
from roi_desktop.core.scoring.validate import Problem
from roi_desktop.core.stages import STAGES
from roi_desktop.gui.i18n import message_text, tr
from roi_desktop.gui.widgets.hint import hint_label
from roi_desktop.gui.widgets.scoring_undo import MERGE_SETTING, ModelDocument


def allowed_bases(key: str) -> list[str]:
    bases = ["imported"]
    if key in MODEL_STAGES:
        bases.append("model")
    if key in DEAL_STAGES:
        bases.append("deals")
    return bases


class ScoringFunnel(QWidget):
    """Stages and counting semantics of the edited model."""

    def __init__(self, document: ModelDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.intro = hint_label()
        grid = QGridLayout()
        self.headers = [QLabel() for _ in range(3)]
        for column, header in enumerate(self.headers):
            header.setStyleSheet("font-weight: 600;")
            grid.addWidget(header, 0, column)
        self.enabled: dict[str, QCheckBox] = {}
        self.names: dict[str, QLineEdit] = {}
        self.bases: dict[str, QComboBox] = {}
        for row, key in enumerate(STAGES, start=1):
            check, name, basis = QCheckBox(), QLineEdit(), QComboBox()
            check.toggled.connect(lambda on, k=key: self._stage_edit(k, enabled=on))
            name.editingFinished.connect(lambda k=key: self._renamed(k))
            basis.currentIndexChanged.connect(lambda _i, k=key: self._stage_edit(k, basis=self.bases[k].currentData()))
            grid.addWidget(check, row, 0)
            grid.addWidget(name, row, 1)
            grid.addWidget(basis, row, 2)
            self.enabled[key], self.names[key], self.bases[key] = check, name, basis
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.order = QComboBox()
        self.counting = QComboBox()
        self.window = QSpinBox()
        self.window.setRange(1, 3650)
        self.order.currentIndexChanged.connect(lambda _i: self._funnel_edit(order=self.order.currentData()))
        self.counting.currentIndexChanged.connect(lambda _i: self._funnel_edit(counting=self.counting.currentData()))
        self.window.valueChanged.connect(lambda v: self._funnel_edit(window_days=int(v)))
        self.form = QFormLayout()
        self.order_label, self.counting_label, self.window_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.order_label, self.order)
        self.form.addRow(self.counting_label, self.counting)
        self.form.addRow(self.window_label, self.window)
        self.sentences = hint_label()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c62828;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addLayout(self.form)
        layout.addWidget(self.sentences)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        self.model: Model | None = None
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.intro.setText(translate("ScoringPage", "The stages a contact goes through, in order. Rename them as"
                                                    " your team says them, switch off those you do not use, and"
                                                    " choose what tells that a contact reached each."))
        for header, text in zip(self.headers, (translate("ScoringPage", "Shown"), translate("ScoringPage", "Name"),
                                               translate("ScoringPage", "Reached when…")), strict=True):
            header.setText(text)
        for key in STAGES:
            self.names[key].setPlaceholderText(labels.stage_label(key, tr))
            self.names[key].setToolTip(translate("ScoringPage", "Leave empty to use the usual name in your"
                                                                " language."))
            self.bases[key].setToolTip(translate("ScoringPage", "Imported lifecycle data: the “Became a … date” and"
                                                                " lifecycle stage of your exports. This scoring"
                                                                " model: the MQL threshold or the SQL criteria."
                                                                " Imported deals: a deal created (opportunity) or"
                                                                " won (customer)."))
        self.order_label.setText(translate("ScoringPage", "Stage order"))
        self.counting_label.setText(translate("ScoringPage", "What the bars count"))
        self.window_label.setText(translate("ScoringPage", "Conversion window"))
        self.window.setSuffix(translate("ScoringPage", " days"))
        self.order.setToolTip(translate("ScoringPage", "Strict order: a contact counts in a stage only after going"
                                                       " through every earlier stage. Any order: every stage"
                                                       " reached counts."))
        self.counting.setToolTip(translate("ScoringPage", "Snapshot: everyone who had reached the stage by the end"
                                                          " of the data. Period flow: those who entered it during"
                                                          " the period. Cohort: those who entered the first stage"
                                                          " in the period, followed for the conversion window."))
        self.window.setToolTip(translate("ScoringPage", "Cohort counting only: how long after entering the first"
                                                        " stage a contact may still count in a later one."))
        if self.model is not None:
            self.show_model(self.model, [])

    def show_model(self, model: Model | None, problems: list[Problem], sentences: str = "") -> None:
        self.model = model
        if model is None:
            return
        widgets = [*self.enabled.values(), *self.names.values(), *self.bases.values(), self.order, self.counting,
                   self.window]
        for widget in widgets:
            widget.blockSignals(True)
        funnel = model.funnel
        for key in STAGES:
            stage = funnel.stage(key)
            if stage is None:
                continue
            self.enabled[key].setChecked(stage.enabled)
            if not self.names[key].hasFocus():
                self.names[key].setText(stage.name)
            combo = self.bases[key]
            combo.clear()
            for basis in allowed_bases(key):
                template = labels.BASES[basis]
                combo.addItem(tr(template.context, template.text), basis)
            combo.setCurrentIndex(max(0, combo.findData(stage.basis)))
        _fill(self.order, ORDERS, labels.ORDERS, funnel.order)
        _fill(self.counting, COUNTINGS, labels.COUNTINGS, funnel.counting)
        self.window.setValue(funnel.window_days)
        self.window.setEnabled(funnel.counting == "cohort" and self.isEnabled())
        for widget in widgets:
            widget.blockSignals(False)
        if sentences:
            self.sentences.setText(sentences)
        funnel_parts = {"funnel", *STAGES}
        self.problems.setText("<br>".join(message_text(p.message) for p in problems if p.part in funnel_parts))

    def set_sentences(self, text: str) -> None:
        self.sentences.setText(text)

    # ---- Edits

    def _stage_edit(self, key: str, **changes: object) -> None:
        model = self.document.model
        stage = model.funnel.stage(key) if model is not None else None
        if model is None or stage is None:
            return
        funnel = model.funnel.with_stage(replace(stage, **changes))  # type: ignore[arg-type]
        self.document.edit(replace(model, funnel=funnel), QCoreApplication.translate("ScoringPage", "Change a stage"))

    def _renamed(self, key: str) -> None:
        self._stage_edit(key, name=self.names[key].text().strip())

    def _funnel_edit(self, **changes: object) -> None:
        model = self.document.model
        if model is None:
            return
        funnel: Funnel = replace(model.funnel, **changes)  # type: ignore[arg-type]
        key = next(iter(changes))
        self.document.edit(replace(model, funnel=funnel),
                           QCoreApplication.translate("ScoringPage", "Change how the funnel counts"),
                           merge_id=MERGE_SETTING, key=f"funnel.{key}")


def _fill(combo: QComboBox, keys: tuple[str, ...], words: dict, current: str) -> None:
    combo.clear()
    for key in keys:
        combo.addItem(tr(words[key].context, words[key].text), key)
    combo.setCurrentIndex(max(0, combo.findData(current)))
