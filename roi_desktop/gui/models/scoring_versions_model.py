"""Saved versions of scoring models, and how two models sort contacts differently: stage → stage moves, and
the contacts that make them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.scoring.rules import Model
from roi_desktop.core.scoring.versions import Comparison, Move, VersionInfo
from roi_desktop.gui.i18n import format_count, format_datetime
from roi_desktop.gui.models.scoring_contacts_model import stage_text


def _score(value: float) -> str:
    return QLocale().toString(float(round(value, 1)), "g", 8).replace("-", "−")

RAW_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

VERSION_HEADERS = (
    (QT_TRANSLATE_NOOP("ScoringPage", "Model"), ""),
    (QT_TRANSLATE_NOOP("ScoringPage", "Version"), ""),
    (QT_TRANSLATE_NOOP("ScoringPage", "Saved on"), ""),
    (QT_TRANSLATE_NOOP("ScoringPage", "Active"),
     QT_TRANSLATE_NOOP("ScoringPage", "The active version is the one whose scores and stages the KPIs use.")),
    (QT_TRANSLATE_NOOP("ScoringPage", "Contacts scored"),
     QT_TRANSLATE_NOOP("ScoringPage", "Contacts scored the last time this version was applied (empty: never"
                                      " applied).")),
    (QT_TRANSLATE_NOOP("ScoringPage", "Note"), ""),
)
ACTIVE = 3
MOVE_HEADERS = (
    QT_TRANSLATE_NOOP("ScoringPage", "Stage before"),
    QT_TRANSLATE_NOOP("ScoringPage", "Stage after"),
    QT_TRANSLATE_NOOP("ScoringPage", "Contacts"),
)
MOVER_HEADERS = (
    QT_TRANSLATE_NOOP("ScoringPage", "E-mail"),
    QT_TRANSLATE_NOOP("ScoringPage", "Stage before"),
    QT_TRANSLATE_NOOP("ScoringPage", "Stage after"),
    QT_TRANSLATE_NOOP("ScoringPage", "Score before"),
    QT_TRANSLATE_NOOP("ScoringPage", "Score after"),
)


class _Table(QAbstractTableModel):
    width = 0

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows()

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.width

    def column_values(self, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
        return [self.data(self.index(row, column), role) for row in range(self.rowCount())]

    def _rows(self) -> int:
        return 0


class VersionsModel(_Table):
    """Every saved version, latest first."""

    width = len(VERSION_HEADERS)

    def __init__(self) -> None:
        super().__init__()
        self.versions: list[VersionInfo] = []

    def set_versions(self, versions: list[VersionInfo]) -> None:
        self.beginResetModel()
        self.versions = list(versions)
        self.endResetModel()

    def _rows(self) -> int:
        return len(self.versions)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.width:
            return None
        text, tip = VERSION_HEADERS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ScoringPage", text)
        if role == Qt.ItemDataRole.ToolTipRole and tip:
            return QCoreApplication.translate("ScoringPage", tip)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.versions):
            return None
        info, column = self.versions[index.row()], index.column()
        if role == RAW_ROLE:
            return (info.name, info.version, info.created_at, info.active, info.scored, info.note)[column]
        if role == Qt.ItemDataRole.FontRole and info.active:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 4):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and info.computed_at:
            return QCoreApplication.translate("ScoringPage", "Last applied on %1").replace(
                "%1", format_datetime(info.computed_at))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return info.name
        if column == 1:
            return str(info.version)
        if column == 2:
            return format_datetime(info.created_at)
        if column == ACTIVE:
            return QCoreApplication.translate("ScoringPage", "Active") if info.active else ""
        if column == 4:
            return format_count(info.scored) if info.scored else ""
        return info.note


class MovesModel(_Table):
    """Contacts changing stage from model A to model B: one row per (stage under A, stage under B) pair."""

    width = len(MOVE_HEADERS)

    def __init__(self) -> None:
        super().__init__()
        self.moves: list[tuple[str | None, str | None, int]] = []
        self.model_a: Model | None = None
        self.model_b: Model | None = None

    def set_comparison(self, comparison: Comparison | None, model_a: Model | None = None,
                       model_b: Model | None = None) -> None:
        moves = [] if comparison is None else sorted(
            ((a, b, n) for (a, b), n in comparison.matrix.items() if a != b), key=lambda m: -m[2])
        self.beginResetModel()
        self.moves, self.model_a, self.model_b = moves, model_a, model_b
        self.endResetModel()

    def _rows(self) -> int:
        return len(self.moves)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.width:
            return QCoreApplication.translate("ScoringPage", MOVE_HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.moves):
            return None
        before, after, count = self.moves[index.row()]
        column = index.column()
        if role == RAW_ROLE:
            return (before, after, count)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return stage_text(self.model_a, before)
        if column == 1:
            return stage_text(self.model_b, after)
        return format_count(count)


class MoversModel(_Table):
    """The contacts that change stage from model A to model B (all moves, or one), biggest score change first."""

    width = len(MOVER_HEADERS)

    def __init__(self) -> None:
        super().__init__()
        self.movers: list[Move] = []
        self.model_a: Model | None = None
        self.model_b: Model | None = None

    def set_movers(self, movers: list[Move], model_a: Model | None = None, model_b: Model | None = None) -> None:
        self.beginResetModel()
        self.movers, self.model_a, self.model_b = list(movers), model_a, model_b
        self.endResetModel()

    def _rows(self) -> int:
        return len(self.movers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.width:
            return QCoreApplication.translate("ScoringPage", MOVER_HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.movers):
            return None
        move, column = self.movers[index.row()], index.column()
        if role == RAW_ROLE:
            return (move.email, move.stage_a, move.stage_b, move.score_a, move.score_b)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return move.email
        if column == 1:
            return stage_text(self.model_a, move.stage_a)
        if column == 2:
            return stage_text(self.model_b, move.stage_b)
        return _score(move.score_a if column == 3 else move.score_b)
