"""The dialog that adds or edits one scoring rule: what it looks at, the points, how often, over which period,
and the smaller dialog of one field condition (the SQL criteria's "lead status is …").

Only the inputs that matter for the chosen kind are shown (a fit rule has no frequency, window or decay; an
engagement rule no operator). Problems are checked as the user types by the core (`validate.rule_problems`,
`validate.condition_problems`) and written under the form; a blocking one greys out OK, so an invalid rule or
condition never reaches the model. A fit rule and a field condition share the field, operator and value
inputs (`fill_fit_fields`, `fill_operators`, `value_hint`, `show_problems`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.core.messages import Message
from roi_desktop.core.scoring import labels
from roi_desktop.core.scoring.rules import (
    ACTIVITIES,
    ACTIVITIES_WITH_VALUE,
    FIT_FIELDS,
    OPERATORS,
    VALUELESS_OPERATORS,
    Condition,
    Group,
    Rule,
)
from roi_desktop.core.scoring.service import FieldChoice
from roi_desktop.core.scoring.validate import condition_problems, rule_problems
from roi_desktop.gui.i18n import format_count, message_text, tr
from roi_desktop.gui.widgets.hint import hint_label


def default_fields(fields: Sequence[FieldChoice]) -> list[FieldChoice]:
    """`fields` as given, or the fit fields without their counts (before the data is read)."""
    return list(fields) or [FieldChoice(f, labels.FIELDS[f](), None) for f in FIT_FIELDS]


def fill_fit_fields(combo: QComboBox, fields: Sequence[FieldChoice], current: str) -> None:
    """The fields a fit rule or a condition can look at, each with how many contacts fill it, `current`
    selected (added when it is not offered, e.g. a column of an imported model)."""
    combo.blockSignals(True)
    combo.clear()
    filled = QCoreApplication.translate("ScoringPage", "%1 (%2 contacts)")
    for choice in fields:
        name = message_text(choice.label)
        combo.addItem(filled.replace("%1", name).replace("%2", format_count(choice.contacts))
                      if choice.contacts is not None else name, choice.id)
    if current and combo.findData(current) < 0:
        combo.addItem(labels.field_label(current, tr), current)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


def fill_operators(combo: QComboBox) -> None:
    for key in OPERATORS:
        template = labels.OPERATORS[key]
        combo.addItem(tr(template.context, template.text), key)


def value_hint(operator: str) -> str:
    """What to type as the value of a field condition with `operator`."""
    translate = QCoreApplication.translate
    if operator in ("in_list", "contains"):
        return translate("ScoringPage", "Separate several values with “;”: any of them matches. Case and accents"
                                        " are ignored.")
    if operator in ("greater_than", "less_than"):
        return translate("ScoringPage", "A number, e.g. 50.")
    return ""


def show_problems(label: QLabel, ok: QWidget, found: Sequence[tuple[Message, str, bool]]) -> None:
    """Write `found` (message, part, blocking) under a form; OK is enabled only without a blocking one."""
    lines = [("⛔ " if blocking else "ℹ ") + message_text(message) for message, _part, blocking in found]
    label.setText("<br>".join(lines))
    label.setStyleSheet("color: #c62828;" if any(b for _m, _p, b in found) else "")
    ok.setEnabled(not any(b for _m, _p, b in found))


def _optional(box: QWidget, check: QCheckBox) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(check)
    layout.addWidget(box, 1)
    check.toggled.connect(box.setEnabled)
    box.setEnabled(False)
    return row


class RuleDialog(QDialog):
    """Edit `rule` (its id is kept); `fields` are the fit fields offered with how many contacts fill each."""

    def __init__(self, rule: Rule, groups: Sequence[Group], fields: Sequence[FieldChoice],
                 parent: QWidget | None = None, *, title: str = "") -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.setWindowTitle(title or translate("ScoringPage", "Rule"))
        self.setMinimumWidth(560)
        self.original = rule
        self.fields = default_fields(fields)
        self.kind = QComboBox()
        for key, template in labels.KINDS.items():
            self.kind.addItem(tr(template.context, template.text), key)
        self.field = QComboBox()
        self.field.setMaxVisibleItems(20)
        self.operator = QComboBox()
        fill_operators(self.operator)
        self.value = QLineEdit()
        self.value_hint = hint_label()
        self.points = QDoubleSpinBox()
        self.points.setRange(-1000, 1000)
        self.points.setDecimals(1)
        self.points.setToolTip(translate("ScoringPage", "Points the rule gives; type a negative number to take"
                                                        " points away (e.g. −20 for an unsubscribe)."))
        self.frequency = QComboBox()
        for key, template in labels.FREQUENCIES.items():
            self.frequency.addItem(tr(template.context, template.text), key)
        self.frequency.setToolTip(translate("ScoringPage", "Once: the points are given if it happened at least"
                                                           " once. Each time: the points are given for every"
                                                           " occurrence, up to the cap."))
        self.cap, self.cap_on = QDoubleSpinBox(), QCheckBox(translate("ScoringPage", "At most"))
        self.cap.setRange(0.5, 10000)
        self.cap.setDecimals(1)
        self.cap.setValue(20)
        self.cap_on.setToolTip(translate("ScoringPage", "The most points this rule can give in all, however many"
                                                        " times it happens."))
        self.window, self.window_on = QSpinBox(), QCheckBox(translate("ScoringPage", "Only the last"))
        self.window.setRange(1, 3650)
        self.window.setValue(90)
        self.window.setSuffix(translate("ScoringPage", " days"))
        self.window_on.setToolTip(translate("ScoringPage", "Only what happened in the last N days counts,"
                                                           " measured back from the end of your data."))
        self.half_life, self.half_life_on = QSpinBox(), QCheckBox(translate("ScoringPage", "Halve every"))
        self.half_life.setRange(1, 3650)
        self.half_life.setValue(30)
        self.half_life.setSuffix(translate("ScoringPage", " days"))
        self.half_life_on.setToolTip(translate("ScoringPage", "Decay: points lose half their value every N days,"
                                                              " so that old activity weighs less than recent"
                                                              " activity."))
        self.group = QComboBox()
        self.group.addItem(translate("ScoringPage", "No group"), None)
        for group in groups:
            self.group.addItem(group.name, group.id)
        self.label = QLineEdit()
        self.label.setPlaceholderText(translate("ScoringPage", "Optional: a name of your own for this rule"))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)

        self.form = QFormLayout()
        self.form.addRow(translate("ScoringPage", "Kind of rule"), self.kind)
        self.form.addRow(translate("ScoringPage", "Looks at"), self.field)
        self.form.addRow(translate("ScoringPage", "Condition"), self.operator)
        self.form.addRow(translate("ScoringPage", "Value"), self.value)
        self.form.addRow("", self.value_hint)
        self.form.addRow(translate("ScoringPage", "Points"), self.points)
        self.form.addRow(translate("ScoringPage", "How often"), self.frequency)
        self.cap_row = _optional(self.cap, self.cap_on)
        self.window_row = _optional(self.window, self.window_on)
        self.half_life_row = _optional(self.half_life, self.half_life_on)
        self.form.addRow(translate("ScoringPage", "Cap"), self.cap_row)
        self.form.addRow(translate("ScoringPage", "Time window"), self.window_row)
        self.form.addRow(translate("ScoringPage", "Decay"), self.half_life_row)
        self.form.addRow(translate("ScoringPage", "Group"), self.group)
        self.form.addRow(translate("ScoringPage", "Name"), self.label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        self._load(rule)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (self.field.currentIndexChanged, self.operator.currentIndexChanged, self.value.textChanged,
                       self.points.valueChanged, self.frequency.currentIndexChanged, self.cap_on.toggled,
                       self.cap.valueChanged, self.window_on.toggled, self.window.valueChanged,
                       self.half_life_on.toggled, self.half_life.valueChanged, self.group.currentIndexChanged,
                       self.label.textChanged):
            signal.connect(self._update)
        self._update()

    # ---- Public API

    def rule(self) -> Rule:
        """The rule as the form says (fit rules drop the inputs they do not use)."""
        kind = self.kind.currentData()
        engagement = kind == "engagement"
        frequency = self.frequency.currentData() if engagement else "once"
        return Rule(
            id=self.original.id, kind=kind, field=self.field.currentData() or "",
            operator=self.operator.currentData() if not engagement else self.original.operator,
            value=self.value.text() if self._value_used() else "",
            points=float(self.points.value()), frequency=frequency,
            cap=float(self.cap.value()) if engagement and frequency == "each" and self.cap_on.isChecked() else None,
            window_days=int(self.window.value()) if engagement and self.window_on.isChecked() else None,
            half_life_days=float(self.half_life.value()) if engagement and self.half_life_on.isChecked() else None,
            group=self.group.currentData(), label=self.label.text().strip(), enabled=self.original.enabled)

    def blocking(self) -> list[str]:
        return [message_text(m) for m, _part, blocking in rule_problems(self.rule()) if blocking]

    # ---- Internals

    def _load(self, rule: Rule) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(rule.kind)))
        self._fill_fields(rule.kind, rule.field)
        self.operator.setCurrentIndex(max(0, self.operator.findData(rule.operator)))
        self.value.setText(rule.value)
        self.points.setValue(rule.points)
        self.frequency.setCurrentIndex(max(0, self.frequency.findData(rule.frequency)))
        self.cap_on.setChecked(rule.cap is not None)
        if rule.cap is not None:
            self.cap.setValue(rule.cap)
        self.window_on.setChecked(rule.window_days is not None)
        if rule.window_days is not None:
            self.window.setValue(rule.window_days)
        self.half_life_on.setChecked(rule.half_life_days is not None)
        if rule.half_life_days is not None:
            self.half_life.setValue(round(rule.half_life_days))
        self.group.setCurrentIndex(max(0, self.group.findData(rule.group)))
        self.label.setText(rule.label)

    def _fill_fields(self, kind: str, current: str) -> None:
        if kind == "fit":
            fill_fit_fields(self.field, self.fields, current)
            return
        self.field.blockSignals(True)
        self.field.clear()
        for key in ACTIVITIES:
            template = labels.ACTIVITIES[key]
            self.field.addItem(tr(template.context, template.text), key)
        self.field.setCurrentIndex(max(0, self.field.findData(current)))
        self.field.blockSignals(False)

    def _kind_changed(self) -> None:
        self._fill_fields(self.kind.currentData(), "")
        self._update()

    def _value_used(self) -> bool:
        if self.kind.currentData() == "fit":
            return self.operator.currentData() not in VALUELESS_OPERATORS
        return self.field.currentData() in ACTIVITIES_WITH_VALUE

    def _update(self) -> None:
        """Show the inputs the rule's kind uses, the value's hint, and the problems; OK only when valid."""
        translate = QCoreApplication.translate
        engagement = self.kind.currentData() == "engagement"
        each = engagement and self.frequency.currentData() == "each"
        for widget, shown in ((self.operator, not engagement), (self.frequency, engagement),
                              (self.cap_row, each), (self.window_row, engagement),
                              (self.half_life_row, engagement)):
            self.form.setRowVisible(widget, shown)
        self.value.setEnabled(self._value_used())
        hint = ""
        if engagement:
            template = labels.ACTIVITY_VALUE_HINTS.get(self.field.currentData())
            hint = tr(template.context, template.text) if template else translate(
                "ScoringPage", "This activity needs no value.")
        else:
            hint = value_hint(self.operator.currentData())
        self.value_hint.setText(hint)
        show_problems(self.problems, self.buttons.button(QDialogButtonBox.StandardButton.Ok),
                      rule_problems(self.rule()))


class ConditionDialog(QDialog):
    """Edit one field condition (an SQL criterion such as "Lead status is one of “Open deal”"), with the field,
    operator and value inputs of a fit rule and the same checks."""

    def __init__(self, condition: Condition, fields: Sequence[FieldChoice], parent: QWidget | None = None, *,
                 title: str = "", intro: str = "") -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.setWindowTitle(title or translate("ScoringPage", "Condition"))
        self.setMinimumWidth(520)
        self.field = QComboBox()
        self.field.setMaxVisibleItems(20)
        fill_fit_fields(self.field, default_fields(fields), condition.field)
        self.operator = QComboBox()
        fill_operators(self.operator)
        self.operator.setCurrentIndex(max(0, self.operator.findData(condition.operator)))
        self.value = QLineEdit(condition.value)
        self.value_hint = hint_label()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        form = QFormLayout()
        form.addRow(translate("ScoringPage", "Looks at"), self.field)
        form.addRow(translate("ScoringPage", "Condition"), self.operator)
        form.addRow(translate("ScoringPage", "Value"), self.value)
        form.addRow("", self.value_hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro:
            layout.addWidget(hint_label(intro))
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        for signal in (self.field.currentIndexChanged, self.operator.currentIndexChanged, self.value.textChanged):
            signal.connect(self._update)
        self._update()

    def condition(self) -> Condition:
        operator = self.operator.currentData()
        return Condition(self.field.currentData() or "", operator,
                         "" if operator in VALUELESS_OPERATORS else self.value.text())

    def _update(self) -> None:
        operator = self.operator.currentData()
        self.value.setEnabled(operator not in VALUELESS_OPERATORS)
        self.value_hint.setText(value_hint(operator))
        self.value_hint.setVisible(bool(self.value_hint.text()))
        show_problems(self.problems, self.buttons.button(QDialogButtonBox.StandardButton.Ok),
                      condition_problems(self.condition()))
