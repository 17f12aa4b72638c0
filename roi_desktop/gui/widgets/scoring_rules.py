"""The rules tab of the Scoring & funnel page: the list of rules with add, edit, duplicate, delete, move, the
groups and their caps, undo and redo, and the MQL threshold.

Every change is an undoable edit of the model document (widgets/scoring_undo.py); the keyboard works as in
a spreadsheet: Insert adds, Enter edits, Delete deletes, Ctrl+D duplicates, Alt+Up/Down moves the rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.core.messages import Message
from roi_desktop.core.scoring.rules import Model, Rule
from roi_desktop.core.scoring.service import FieldChoice
from roi_desktop.gui.models.scoring_rules_model import (
    GROUP,
    KIND,
    POINTS,
    REACH,
    RULE,
    ScoringRulesModel,
)
from roi_desktop.gui.widgets.scoring_groups import GroupsDialog
from roi_desktop.gui.widgets.scoring_rule_dialog import RuleDialog
from roi_desktop.gui.widgets.scoring_undo import MERGE_THRESHOLD, ModelDocument
from roi_desktop.gui.widgets.table_actions import install_table_actions

ARROWS = {"up": Qt.ArrowType.UpArrow, "down": Qt.ArrowType.DownArrow}


class ScoringRules(QWidget):
    """The rule list and its commands.

    Signals:
        rule_selected(str): the user clicked a rule (its id): the page lists the contacts it applies to.
    """

    rule_selected = Signal(str)
    """The user clicked the rule with this id."""

    def __init__(self, document: ModelDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.fields: list[FieldChoice] = []
        self.editable = True
        self.model = ScoringRulesModel()
        self.model.enabled_toggled.connect(self._toggle)
        self.view = QTableView()
        self.view.setWordWrap(False)  # one-line rows: wrapping would cut texts at their first space
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(RULE, QHeaderView.ResizeMode.Stretch)  # the rule gets the room left
        for column in (KIND, POINTS, REACH):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GROUP, QHeaderView.ResizeMode.Interactive)  # elided; the tooltip names it
        header.resizeSection(GROUP, 110)
        self.view.doubleClicked.connect(lambda _index: self.edit_current())
        self.view.clicked.connect(self._clicked)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table_actions = install_table_actions(self.view, "Scoring rules")

        self.actions: dict[str, QAction] = {}
        for key, shortcuts, slot in (
            ("add", ["Insert"], self.add_rule),
            ("edit", ["Return", "Enter"], self.edit_current),
            ("duplicate", ["Ctrl+D"], self.duplicate_current),
            ("delete", ["Delete"], self.delete_current),
            ("up", ["Alt+Up"], lambda: self.move_current(-1)),
            ("down", ["Alt+Down"], lambda: self.move_current(1)),
            ("groups", [], self.edit_groups),
        ):
            action = QAction(self)
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # Delete in a spin box stays a key
            action.triggered.connect(slot)
            self.view.addAction(action)
            self.actions[key] = action
        stack = document.stack
        self.undo_action = QAction(self)  # short fixed text on the button; what it undoes is in the tooltip
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.triggered.connect(stack.undo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(stack.redo)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.indexChanged.connect(lambda _i: self._undo_tips())
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        for action in (self.undo_action, self.redo_action):  # the page adds them to itself (whole page)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        bar = QHBoxLayout()
        self.buttons: dict[str, QToolButton] = {}
        for key in ("add", "edit", "duplicate", "delete", "up", "down", "groups"):
            button = QToolButton()
            button.setDefaultAction(self.actions[key])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            if key in ARROWS:  # arrows leave room for the other labels in French; the tooltip says what they do
                button.setArrowType(ARROWS[key])
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)
        for action in (self.undo_action, self.redo_action):
            button = QToolButton()
            button.setDefaultAction(action)
            bar.addWidget(button)

        threshold_row = QHBoxLayout()
        self.threshold_label = QLabel()
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0, 10000)
        self.threshold.setDecimals(1)
        self.threshold.valueChanged.connect(self._threshold_typed)
        self.threshold_after = QLabel()
        threshold_row.addWidget(self.threshold_label)
        threshold_row.addWidget(self.threshold)
        threshold_row.addWidget(self.threshold_after)
        threshold_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(threshold_row)
        self.retranslate()

    # ---- Public API

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        texts = {
            "add": (translate("ScoringPage", "Add…"), translate("ScoringPage", "Add a rule (Insert)")),
            "edit": (translate("ScoringPage", "Edit…"), translate("ScoringPage", "Edit the selected rule (Enter)")),
            "duplicate": (translate("ScoringPage", "Duplicate"),
                          translate("ScoringPage", "Copy the selected rule right below it (Ctrl+D)")),
            "delete": (translate("ScoringPage", "Delete"), translate("ScoringPage", "Delete the selected rule"
                                                                                     " (Delete)")),
            "up": (translate("ScoringPage", "Move up"), translate("ScoringPage", "Move the rule up (Alt+Up)")),
            "down": (translate("ScoringPage", "Move down"), translate("ScoringPage", "Move the rule down"
                                                                                      " (Alt+Down)")),
            "groups": (translate("ScoringPage", "Groups…"),
                       translate("ScoringPage", "Groups of rules sharing a cap, e.g. “E-mail engagement: at most"
                                                " 30 points”")),
        }
        for key, (text, tip) in texts.items():
            self.actions[key].setText(text)
            self.actions[key].setToolTip(tip)
            self.actions[key].setStatusTip(tip.split(" (")[0])  # what the key does, in Help › Keyboard shortcuts
        self.undo_action.setText(translate("ScoringPage", "Undo"))
        self.redo_action.setText(translate("ScoringPage", "Redo"))
        self.undo_action.setStatusTip(translate("ScoringPage", "Undo the last change to the model"))
        self.redo_action.setStatusTip(translate("ScoringPage", "Redo the change undone"))
        self._undo_tips()
        self.threshold_label.setText(translate("ScoringPage", "A contact becomes an MQL from"))
        self.threshold_after.setText(translate("ScoringPage", "points"))
        self.threshold.setToolTip(translate("ScoringPage", "The MQL threshold: the score from which a contact is"
                                                           " a marketing-qualified lead. You can also drag the"
                                                           " line on the score chart."))
        self.table_actions.retranslate()

    def show_model(self, model: Model | None, problems: dict[str, list[tuple[Message, bool]]]) -> None:
        """Show `model`, keeping the current rule selected when it still exists."""
        current = self.current_rule()
        self.model.set_model(model, problems)
        if current is not None:
            self.select_rule(current.id)
        if model is not None:
            self.threshold.blockSignals(True)
            self.threshold.setValue(model.mql_threshold)
            self.threshold.blockSignals(False)
        self._update_actions()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.model.set_editable(editable)
        self.threshold.setEnabled(editable)
        self._update_actions()

    def current_rule(self) -> Rule | None:
        return self.model.rule_at(self.view.currentIndex().row())

    def select_rule(self, rule_id: str) -> None:
        row = self.model.row_of(rule_id)
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, RULE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def add_rule(self, rule: Rule | None = None) -> None:
        """Add `rule`, or ask for one in the dialog, right after the current rule."""
        model = self.document.model
        if model is None or not self.editable:
            return
        if rule is None:
            draft = Rule(model.new_rule_id(), "fit", "job_title", "contains", "", points=10)
            dialog = RuleDialog(draft, model.groups, self.fields, self,
                                title=QCoreApplication.translate("ScoringPage", "Add a rule"))
            if dialog.exec() != RuleDialog.DialogCode.Accepted:
                return
            rule = dialog.rule()
        current = self.view.currentIndex().row()
        self.document.edit(model.with_rule(rule, current + 1 if current >= 0 else None),
                           QCoreApplication.translate("ScoringPage", "Add a rule"))
        self.select_rule(rule.id)

    def edit_current(self) -> None:
        rule, model = self.current_rule(), self.document.model
        if rule is None or model is None or not self.editable:
            return
        dialog = RuleDialog(rule, model.groups, self.fields, self,
                            title=QCoreApplication.translate("ScoringPage", "Edit the rule"))
        if dialog.exec() == RuleDialog.DialogCode.Accepted:
            self.replace_rule(dialog.rule())

    def replace_rule(self, rule: Rule) -> None:
        """Put `rule` in place of the rule of the same id (one undoable step)."""
        model = self.document.model
        if model is not None and self.editable:
            self.document.edit(model.with_rule(rule), QCoreApplication.translate("ScoringPage", "Edit a rule"))

    def duplicate_current(self) -> None:
        rule, model = self.current_rule(), self.document.model
        if rule is None or model is None or not self.editable:
            return
        copied, copy_id = model.duplicated(rule.id)
        self.document.edit(copied, QCoreApplication.translate("ScoringPage", "Duplicate a rule"))
        self.select_rule(copy_id)

    def delete_current(self) -> None:
        rule, model = self.current_rule(), self.document.model
        if rule is None or model is None or not self.editable:
            return
        row = self.view.currentIndex().row()
        self.document.edit(model.without_rule(rule.id), QCoreApplication.translate("ScoringPage", "Delete a rule"))
        if self.model.rowCount():
            self.select_rule(self.model.rules[min(row, self.model.rowCount() - 1)].id)

    def move_current(self, step: int) -> None:
        rule, model = self.current_rule(), self.document.model
        if rule is None or model is None or not self.editable:
            return
        row = self.view.currentIndex().row()
        if not 0 <= row + step < len(model.rules):
            return
        self.document.edit(model.moved(rule.id, row + step), QCoreApplication.translate("ScoringPage", "Move a rule"))
        self.select_rule(rule.id)

    def edit_groups(self) -> None:
        model = self.document.model
        if model is None or not self.editable:
            return
        dialog = GroupsDialog(model, self)
        if dialog.exec() == GroupsDialog.DialogCode.Accepted:
            self.document.edit(dialog.edited(), QCoreApplication.translate("ScoringPage", "Change the groups"))

    def set_threshold(self, value: float) -> None:
        """Change the MQL threshold (one undo step however many times it changes in a row)."""
        model = self.document.model
        if model is not None and self.editable:
            self.document.edit(replace(model, mql_threshold=round(float(value), 1)),
                               QCoreApplication.translate("ScoringPage", "Change the MQL threshold"),
                               merge_id=MERGE_THRESHOLD, key="mql_threshold")

    # ---- Internals

    def _threshold_typed(self, value: float) -> None:
        self.set_threshold(value)

    def _undo_tips(self) -> None:
        translate = QCoreApplication.translate
        stack = self.document.stack
        self.undo_action.setToolTip(translate("ScoringPage", "Undo: %1 (Ctrl+Z)").replace("%1", stack.undoText())
                                    if stack.canUndo() else translate("ScoringPage", "Nothing to undo"))
        self.redo_action.setToolTip(translate("ScoringPage", "Redo: %1 (Ctrl+Shift+Z)").replace("%1", stack.redoText())
                                    if stack.canRedo() else translate("ScoringPage", "Nothing to redo"))

    def _toggle(self, rule_id: str, enabled: bool) -> None:
        model = self.document.model
        if model is None:
            return
        text = QCoreApplication.translate("ScoringPage", "Switch a rule on") if enabled else \
            QCoreApplication.translate("ScoringPage", "Switch a rule off")
        self.document.edit(model.with_rule(replace(model.rule(rule_id), enabled=enabled)), text)

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()

    def _clicked(self, index: QModelIndex) -> None:
        rule = self.model.rule_at(index.row())
        if rule is not None:
            self.rule_selected.emit(rule.id)

    def _update_actions(self) -> None:
        has = self.current_rule() is not None
        row = self.view.currentIndex().row()
        editing = self.editable and self.document.model is not None
        self.actions["add"].setEnabled(editing)
        self.actions["groups"].setEnabled(editing)
        for key in ("edit", "duplicate", "delete"):
            self.actions[key].setEnabled(editing and has)
        self.actions["up"].setEnabled(editing and has and row > 0)
        self.actions["down"].setEnabled(editing and has and row < self.model.rowCount() - 1)

    def set_fields(self, fields: Sequence[FieldChoice]) -> None:
        self.fields = list(fields)
