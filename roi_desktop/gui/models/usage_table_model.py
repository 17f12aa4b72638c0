"""A read-only table model for the tables of the Usage page (workflows, findings, tools): rows of raw values
formatted by column kind, with per-cell text, tooltip and emphasis when a cell needs more than its value.

DisplayRole gives locale-formatted text; RAW_ROLE the value itself; SORT_ROLE a key that sorts numbers as
numbers and puts unknown values last; ToolTipRole the cell's explanation (long texts show whole).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from roi_desktop.gui.charts.style import format_unit
from roi_desktop.gui.i18n import format_day, format_money

RAW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
CONTEXT = "UsageTables"
NUMERIC = {"count", "ratio", "money"}
EMPHASIS = {"alert": "#c62828", "warn": "#b26a00", "info": "#0072B2", "quiet": "#6b6b6b"}

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class UsageColumn:
    """A column: its header and the header's tooltip (QT_TRANSLATE_NOOP("UsageTables", …) literals), and how
    values show: text, count, ratio, money (currency units) or day (ISO)."""

    label: str
    kind: str = "text"
    tip: str = ""


@dataclass
class UsageRow:
    """One row: raw values in column order; `text` replaces a cell's shown text, `tips` gives its tooltip,
    `marks` colours it ("alert", "warn", "info", "quiet")."""

    values: tuple[Any, ...]
    text: dict[int, str] = field(default_factory=dict)
    tips: dict[int, str] = field(default_factory=dict)
    marks: dict[int, str] = field(default_factory=dict)


class UsageTableModel(QAbstractTableModel):
    """Rows of one of the Usage page's tables."""

    def __init__(self, columns: tuple[UsageColumn, ...], currency: str = "EUR") -> None:
        super().__init__()
        self.columns = columns
        self.currency = currency
        self.rows: list[UsageRow] = []

    def set_rows(self, rows: list[UsageRow], currency: str | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.currency = currency or self.currency
        self.endResetModel()

    def column_values(self, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
        """Every row's data in `column` (for copy and tests)."""
        return [self.data(self.index(row, column), role) for row in range(self.rowCount())]

    # ---- Qt overrides

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, column.label)
        if role == Qt.ItemDataRole.ToolTipRole and column.tip:
            return QCoreApplication.translate(CONTEXT, column.tip)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row, column = self.rows[index.row()], index.column()
        if column >= len(self.columns):
            return None
        value, kind = row.values[column], self.columns[column].kind
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text.get(column, self._shown(value, kind))
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tips.get(column) or (row.text.get(column, self._shown(value, kind)) if kind == "text" else None)
        if role == RAW_ROLE:
            return value
        if role == SORT_ROLE:
            if kind in NUMERIC:
                return float(value) if value is not None else float("-inf")
            return str(value if value is not None else row.text.get(column, "")).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column in row.marks:
            return QBrush(QColor(EMPHASIS[row.marks[column]]))
        return None

    # ---- Internals

    def _shown(self, value: Any, kind: str) -> str:
        if value is None:
            return "—" if kind in NUMERIC or kind == "day" else ""
        if kind == "day":
            return format_day(value)
        if kind == "money":
            return format_money(value, self.currency)
        if kind in NUMERIC:
            return format_unit(value, kind)
        return str(value)
