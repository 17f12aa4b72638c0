"""The Export page's preview: the workbook's Summary table, shown as it will read (its language, its values).

Values are formatted with the interface's locale; RAW_ROLE gives the raw value (numbers stay numbers for Copy
and CSV). The sparkline column of the workbook is left out: the preview shows figures, not charts.
"""

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
from PySide6.QtGui import QColor, QFont

from roi_desktop.core.reporting import content
from roi_desktop.core.reporting.content import Cell, Table
from roi_desktop.core.reporting.styles import (
    BAD,
    DAYS_WORD,
    GOOD,
    POINTS_WORD,
    SECTION_FILL,
)
from roi_desktop.gui.i18n import format_count, format_money, format_percent

RAW_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
_NUMERIC = {content.COUNT, content.MONEY, content.RATIO, content.DAYS, content.POINTS, content.GROWTH,
            content.DECIMAL, content.INTEGER, "row"}


class ExportSummaryModel(QAbstractTableModel):
    """Rows of a content.Table (the Summary), read-only."""

    def __init__(self) -> None:
        super().__init__()
        self.table: Table | None = None
        self.currency = "EUR"
        self._columns: list[int] = []

    def set_table(self, table: Table | None, currency: str = "EUR") -> None:
        self.beginResetModel()
        self.table = table
        self.currency = currency
        self._columns = [i for i, c in enumerate(table.columns) if c.kind != content.TREND] if table else []
        self.endResetModel()

    # ---- Qt overrides

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and self.table
                and 0 <= section < len(self._columns)):
            return self.table.columns[self._columns[section]].header
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.table is None or not index.isValid() or not (0 <= index.row() < len(self.table.rows)):
            return None
        column = self.table.columns[self._columns[index.column()]]
        cell = self.table.rows[index.row()][self._columns[index.column()]]
        kind, tone = column.kind, ""
        if isinstance(cell, Cell):
            kind, tone = cell.kind or kind, cell.tone
        first = self.table.rows[index.row()][0]
        section = isinstance(first, Cell) and first.tone == "section"
        value = content.plain(cell)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(value, kind, column.signed)
        if role == RAW_ROLE:
            return value
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and len(value) > 40:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and kind in _NUMERIC and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and tone in ("good", "bad", "alert"):
            return QColor(GOOD if tone == "good" else BAD)
        if role == Qt.ItemDataRole.BackgroundRole and section:
            return QColor(SECTION_FILL)
        if role == Qt.ItemDataRole.FontRole and (section or tone == "alert"):
            font = QFont()
            font.setBold(True)
            return font
        return None

    # ---- Internals

    def _text(self, value: Any, kind: str, signed: bool) -> str:
        if value is None or value == "":
            return ""
        if isinstance(value, str):
            return value
        sign = "+" if signed and value > 0 else ""
        if kind == content.MONEY:
            return ("-" if value < 0 else sign) + format_money(abs(value), self.currency)
        if kind == content.RATIO:
            return format_percent(value, decimals=2 if 0 < abs(value) < 0.01 else 1)
        if kind == content.GROWTH:
            return sign + format_percent(value)
        if kind == content.POINTS:
            return (sign + QLocale().toString(float(value), "f", 1) + "\u202f"
                    + QCoreApplication.translate("Workbook", POINTS_WORD))
        if kind == content.DAYS:
            return (sign + QLocale().toString(float(value), "f", 1) + " "
                    + QCoreApplication.translate("Workbook", DAYS_WORD))
        if isinstance(value, float) and not value.is_integer():
            return sign + QLocale().toString(value, "f", 1)
        return sign + format_count(value)
