"""The first rows of a file as they will be stored: canonical fields as columns, formatted values."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from roi_desktop.core.importing.fields import KINDS
from roi_desktop.core.importing.preview import FilePreview
from roi_desktop.gui.i18n import format_cell

_Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """Shows `FilePreview.stored` (converted values) or, for a file not understood yet, its raw rows."""

    def __init__(self, currency: str = "EUR") -> None:
        super().__init__()
        self.currency = currency
        self.preview: FilePreview | None = None
        self._headers: list[str] = []
        self._types: list[str] = []
        self._rows: list[list[Any]] = []

    def set_preview(self, preview: FilePreview | None) -> None:
        self.beginResetModel()
        self.preview = preview
        if preview is None:
            self._headers, self._types, self._rows = [], [], []
        elif preview.stored and preview.kind:
            fields = KINDS[preview.kind].by_name()
            self._headers = [fields[name].label for name in preview.fields]
            self._types = [fields[name].type for name in preview.fields]
            self._rows = [[row[name] for name in preview.fields] for row in preview.stored]
        else:
            self._headers = list(preview.header)
            self._types = ["text"] * len(preview.header)
            self._rows = [list(row) for row in preview.sample]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            stored = self.preview is not None and bool(self.preview.stored)
            text = self._headers[section]
            return QCoreApplication.translate("Fields", text) if stored else text
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self._rows[index.row()][index.column()]
        return format_cell(self._types[index.column()], value, self.currency)
