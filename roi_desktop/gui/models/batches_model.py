"""The import history: one row per import batch, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from roi_desktop.core.importing.profiles import by_id
from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.store.batches import BatchInfo
from roi_desktop.gui.i18n import format_count, format_datetime

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("ImportHistory", "Imported on"),
    QT_TRANSLATE_NOOP("ImportHistory", "File"),
    QT_TRANSLATE_NOOP("ImportHistory", "Recognised as"),
    QT_TRANSLATE_NOOP("ImportHistory", "Rows imported"),
    QT_TRANSLATE_NOOP("ImportHistory", "Rejected"),
    QT_TRANSLATE_NOOP("ImportHistory", "Status"),
)
BATCH_ROLE = Qt.ItemDataRole.UserRole + 1


class BatchesModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.batches: list[BatchInfo] = []

    def set_batches(self, batches: list[BatchInfo]) -> None:
        self.beginResetModel()
        self.batches = sorted(batches, key=lambda b: b.id, reverse=True)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.batches)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("ImportHistory", COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.batches):
            return None
        batch = self.batches[index.row()]
        if role == BATCH_ROLE:
            return batch
        undone = batch.status == "undone"
        if role == Qt.ItemDataRole.ForegroundRole and undone:
            return QColor("#8a8a8a")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        translate = QCoreApplication.translate
        profile = by_id(batch.profile or "")
        values = (
            format_datetime(batch.imported_at),
            batch.file_name,
            translate("Profiles", profile.label) if profile else translate("ImportFiles", "Your mapping"),
            format_count(batch.rows_loaded),
            format_count(batch.rows_rejected),
            translate("ImportHistory", "Undone") if undone else translate("ImportHistory", "In the figures"),
        )
        return values[index.column()]
