"""The rules of the model being edited, one row each: what the rule says, its kind, its points, and how many
contacts it touches in your data (from the latest live count).

The model only shows rules; it never changes them. Ticking a rule on or off is reported through
`enabled_toggled`, and the editor turns it into an undoable edit (widgets/scoring_undo.py).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message
from roi_desktop.core.scoring import labels
from roi_desktop.core.scoring.preview import RuleReach
from roi_desktop.core.scoring.rules import Model, Rule
from roi_desktop.gui.i18n import format_count, message_text

RAW_ROLE = Qt.ItemDataRole.UserRole + 1
RULE, KIND, POINTS, REACH, GROUP = range(5)
HEADERS = (
    (QT_TRANSLATE_NOOP("ScoringPage", "Rule"),
     QT_TRANSLATE_NOOP("ScoringPage", "What the contact must be or do to earn the points. Untick a rule to keep it"
                                      " without using it.")),
    (QT_TRANSLATE_NOOP("ScoringPage", "Kind"),
     QT_TRANSLATE_NOOP("ScoringPage", "Fit: who the contact is (job, country…). Engagement: what the contact did"
                                      " (opened, clicked, registered…).")),
    (QT_TRANSLATE_NOOP("ScoringPage", "Points"),
     QT_TRANSLATE_NOOP("ScoringPage", "Points given each time the rule applies; negative points take some away.")),
    (QT_TRANSLATE_NOOP("ScoringPage", "Contacts"),
     QT_TRANSLATE_NOOP("ScoringPage", "How many of your contacts this rule applies to today, counted on all your"
                                      " imported data. Updated after each change.")),
    (QT_TRANSLATE_NOOP("ScoringPage", "Group"),
     QT_TRANSLATE_NOOP("ScoringPage", "Rules of a group share a cap: together they never give more than it.")),
)
BLOCKING = "#c62828"
_Index = QModelIndex | QPersistentModelIndex


def translate_scoring(context: str, text: str) -> str:
    """The front end's translate function for the core's label helpers (labels.describe_rule)."""
    return QCoreApplication.translate(context, text)


def rule_summary(rule: Rule) -> str:
    """The user's name of the rule, else the core's one-line description of it."""
    return rule.label.strip() or labels.describe_rule(rule, translate_scoring)


def rule_cell(rule: Rule) -> str:
    """The Rule column: the user's name, else the description without the points (they have their column)."""
    return rule.label.strip() or labels.describe_rule(rule, translate_scoring, points=False)


class ScoringRulesModel(QAbstractTableModel):
    """Rows of `model.rules`, with each rule's reach and problems.

    Signals:
        enabled_toggled(str, bool): the user ticked (True) or unticked a rule (rule id).
    """

    enabled_toggled = Signal(str, bool)
    """The user switched the rule with this id on (True) or off."""

    def __init__(self) -> None:
        super().__init__()
        self.model: Model | None = None
        self.reach: dict[str, RuleReach] | None = None
        self.problems: dict[str, list[tuple[Message, bool]]] = {}
        self.editable = True

    @property
    def rules(self) -> tuple[Rule, ...]:
        return self.model.rules if self.model is not None else ()

    def set_model(self, model: Model | None, problems: dict[str, list[tuple[Message, bool]]]) -> None:
        """Show `model`; the reach of rules stays until the next count (an unchanged rule keeps its count)."""
        self.beginResetModel()
        self.model = model
        self.problems = problems
        self.endResetModel()

    def set_reach(self, reach: dict[str, RuleReach] | None) -> None:
        """Contacts each rule touches (None while the first count runs)."""
        self.reach = reach
        if self.rowCount():
            self.dataChanged.emit(self.index(0, REACH), self.index(self.rowCount() - 1, REACH))

    def set_editable(self, editable: bool) -> None:
        self.beginResetModel()
        self.editable = editable
        self.endResetModel()

    def rule_at(self, row: int) -> Rule | None:
        return self.rules[row] if 0 <= row < len(self.rules) else None

    def row_of(self, rule_id: str) -> int:
        return next((i for i, r in enumerate(self.rules) if r.id == rule_id), -1)

    def column_values(self, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
        return [self.data(self.index(row, column), role) for row in range(self.rowCount())]

    # ---- Qt overrides

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rules)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ScoringPage", HEADERS[section][0])
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("ScoringPage", HEADERS[section][1])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == RULE and self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        rule = self.rule_at(index.row()) if index.isValid() else None
        if rule is None:
            return None
        column = index.column()
        if role == RAW_ROLE:
            return self._raw(rule, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(rule, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == RULE:
            return Qt.CheckState.Checked if rule.enabled else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(rule, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (POINTS, REACH):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if any(blocking for _m, blocking in self.problems.get(rule.id, ())):
                return QBrush(QColor(BLOCKING))
            if not rule.enabled:
                return QBrush(QColor("#8a8a8a"))
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        rule = self.rule_at(index.row()) if index.isValid() else None
        if rule is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != RULE or not self.editable:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.enabled_toggled.emit(rule.id, checked)
        return True

    # ---- Cells

    def _raw(self, rule: Rule, column: int) -> Any:
        if column == POINTS:
            return rule.points
        if column == REACH:
            reach = self.reach.get(rule.id) if self.reach is not None else None
            return reach.touched if reach is not None else None
        return self._text(rule, column)

    def _text(self, rule: Rule, column: int) -> str:
        translate = QCoreApplication.translate
        if column == RULE:
            return rule_cell(rule)
        if column == KIND:
            return translate("ScoringPage", "Fit") if rule.kind == "fit" else translate("ScoringPage", "Engagement")
        if column == POINTS:
            text = f"{rule.points:+g}".replace("-", "−")
            if rule.kind == "engagement" and rule.frequency == "each":
                text += " " + translate("ScoringPage", "each time")
            return text
        if column == REACH:
            if not rule.enabled:
                return translate("ScoringPage", "off")
            if self.reach is None:
                return "…"
            reach = self.reach.get(rule.id)
            return format_count(reach.touched) if reach is not None else "—"
        group = self.model.group(rule.group) if self.model is not None else None
        return group.name if group is not None else ""

    def _tip(self, rule: Rule, column: int) -> str:
        translate = QCoreApplication.translate
        lines = [html.escape(labels.describe_rule(rule, translate_scoring))]
        if rule.label.strip():
            lines.insert(0, f"<b>{html.escape(rule.label.strip())}</b>")
        group = self.model.group(rule.group) if self.model is not None else None
        if group is not None:
            lines.append(html.escape(
                translate("ScoringPage", "Group “%1”: its rules give at most %2 points together.")
                .replace("%1", group.name).replace("%2", f"{group.cap:g}")
                if group.cap is not None else translate("ScoringPage", "Group “%1”").replace("%1", group.name)))
        if column == REACH and self.reach is not None:
            reach = self.reach.get(rule.id)
            if reach is not None:
                lines.append(translate("ScoringPage", "Applies to %1 contact(s) today and gives %2 points in all"
                                                      " (before group caps). Click the rule to list them.")
                             .replace("%1", format_count(reach.touched))
                             .replace("%2", format_count(reach.points)))
            elif rule.enabled:
                lines.append(translate("ScoringPage", "Left out of the counts until its problem is fixed."))
        for message, blocking in self.problems.get(rule.id, ()):
            mark = "⛔ " if blocking else "ℹ "
            lines.append(mark + message_text(message))
        return "<br>".join(lines)
