"""Each rule of the model tested against the won and lost deals: how often the contacts it applied to bought,
compared with the average, and the points the data suggests."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.scoring.backtest import Backtest, RuleTest
from roi_desktop.core.scoring.rules import Model
from roi_desktop.gui.i18n import format_count, format_percent, message_text
from roi_desktop.gui.models.scoring_rules_model import rule_cell, rule_summary

RAW_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
HEADERS = (
    (QT_TRANSLATE_NOOP("ScoringPage", "Rule"), ""),
    (QT_TRANSLATE_NOOP("ScoringPage", "Points now"), ""),
    (QT_TRANSLATE_NOOP("ScoringPage", "Contacts"),
     QT_TRANSLATE_NOOP("ScoringPage", "Contacts the rule applied to when they were judged (the eve of their first"
                                      " deal, or the last day of the data for contacts without a deal).")),
    (QT_TRANSLATE_NOOP("ScoringPage", "Bought"),
     QT_TRANSLATE_NOOP("ScoringPage", "Of those contacts, how many have a won deal.")),
    (QT_TRANSLATE_NOOP("ScoringPage", "Close rate"),
     QT_TRANSLATE_NOOP("ScoringPage", "Bought ÷ contacts.")),
    (QT_TRANSLATE_NOOP("ScoringPage", "Against average"),
     QT_TRANSLATE_NOOP("ScoringPage", "Close rate ÷ the close rate of all contacts tested: 2 means twice as"
                                      " likely to buy.")),
    (QT_TRANSLATE_NOOP("ScoringPage", "Suggested points"),
     QT_TRANSLATE_NOOP("ScoringPage", "10 points per doubling of the close rate compared with the average, pulled"
                                      " towards 0 when the rule rests on few contacts (between −30 and +30).")),
)


class BacktestRulesModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.tests: list[RuleTest] = []
        self.model: Model | None = None

    def set_backtest(self, backtest: Backtest | None, model: Model | None) -> None:
        self.beginResetModel()
        self.tests = list(backtest.rules) if backtest is not None else []
        self.model = model
        self.endResetModel()

    def column_values(self, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
        return [self.data(self.index(row, column), role) for row in range(self.rowCount())]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.tests)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        text, tip = HEADERS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ScoringPage", text)
        if role == Qt.ItemDataRole.ToolTipRole and tip:
            return QCoreApplication.translate("ScoringPage", tip)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.tests):
            return None
        test, column = self.tests[index.row()], index.column()
        rule = next((r for r in self.model.rules if r.id == test.rule_id), None) if self.model else None
        if role == Qt.ItemDataRole.ToolTipRole:
            described = rule_summary(rule) if rule is not None else test.rule_id
            return f"{described}\n{message_text(test.sentence)}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return RIGHT
        if role == RAW_ROLE:
            return (test.rule_id, rule.points if rule else None, test.touched, test.customers, test.close_rate,
                    test.lift, test.suggested_points)[column]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            text = rule_cell(rule) if rule is not None else test.rule_id
            return text + (" ⚠" if test.thin else "")
        if column == 1:
            return f"{rule.points:+g}".replace("-", "−") if rule is not None else ""
        if column == 2:
            return format_count(test.touched)
        if column == 3:
            return format_count(test.customers)
        if column == 4:
            return format_percent(test.close_rate)
        if column == 5:
            return "—" if test.lift is None else f"× {test.lift:.1f}"
        return "—" if test.suggested_points is None else f"{test.suggested_points:+d}".replace("-", "−")
