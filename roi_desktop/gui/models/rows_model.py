"""A read-only table model over a browsable core table, fetched page by page as the view scrolls.

DisplayRole gives locale-formatted text; SORT_ROLE the raw value (numbers stay numbers).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from roi_desktop.core.store.browse import Page
from roi_desktop.core.tables import BrowsableTable, Column
from roi_desktop.gui.i18n import format_cell

RAW_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200

Fetch = Callable[[int, int], Page]
"""fetch(offset, limit) → a Page of rows."""

_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Rows of one browsable table, loaded lazily through `fetch`."""

    def __init__(self, table: BrowsableTable, fetch: Fetch, currency: str = "EUR") -> None:
        super().__init__()
        self.table = table
        self._fetch = fetch
        self._currency = currency
        first = fetch(0, PAGE_SIZE)
        self._rows: list[tuple[Any, ...]] = list(first.rows)
        self.total = first.total

    # ---- Qt overrides

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.table.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        column = self.table.columns[index.column()]
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, value)
        if role == RAW_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in {"count", "money", "ratio"}:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.table.columns):
            return QCoreApplication.translate("DataTables", self.table.columns[section].label)
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid():
            return
        page = self._fetch(len(self._rows), PAGE_SIZE)
        if not page.rows:
            self.total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    # ---- Internals

    def _display(self, column: Column, value: Any) -> str:
        return format_cell(column.kind, value, self._currency)
