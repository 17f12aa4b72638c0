"""The files of the import wizard: name, recognised source, status — one row per FilePreview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from roi_desktop.core.importing.preview import ARCHIVE, FAILED, NEEDS_MAPPING, READY, UNCHANGED, FilePreview
from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.gui.i18n import message_text

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("ImportFiles", "File"),
    QT_TRANSLATE_NOOP("ImportFiles", "Recognised as"),
    QT_TRANSLATE_NOOP("ImportFiles", "Status"),
)
STATUS_TEXT = {
    READY: QT_TRANSLATE_NOOP("ImportFiles", "Ready to import"),
    UNCHANGED: QT_TRANSLATE_NOOP("ImportFiles", "Already imported"),
    NEEDS_MAPPING: QT_TRANSLATE_NOOP("ImportFiles", "Columns to match"),
    FAILED: QT_TRANSLATE_NOOP("ImportFiles", "Cannot be read"),
    ARCHIVE: QT_TRANSLATE_NOOP("ImportFiles", "Ready to import"),
}
STATUS_COLOUR = {READY: "#2e7d32", ARCHIVE: "#2e7d32", UNCHANGED: "#6b6b6b", NEEDS_MAPPING: "#b26a00",
                 FAILED: "#c62828"}
PREVIEW_ROLE = Qt.ItemDataRole.UserRole + 1


class ImportFilesModel(QAbstractTableModel):
    """A list of FilePreview, shown as a table."""

    def __init__(self) -> None:
        super().__init__()
        self.previews: list[FilePreview] = []

    def set_previews(self, previews: list[FilePreview]) -> None:
        self.beginResetModel()
        self.previews = list(previews)
        self.endResetModel()

    def importable(self) -> list[FilePreview]:
        return [p for p in self.previews if p.status in (READY, ARCHIVE)]

    # ---- Qt overrides

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.previews)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("ImportFiles", COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.previews):
            return None
        preview = self.previews[index.row()]
        column = index.column()
        if role == PREVIEW_ROLE:
            return preview
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return preview.display_name
            if column == 1:
                if preview.profile_label:
                    return QCoreApplication.translate("Profiles", preview.profile_label)
                if preview.kind:
                    return QCoreApplication.translate("ImportFiles", "Your mapping")
                return ""
            return QCoreApplication.translate("ImportFiles", STATUS_TEXT[preview.status])
        if role == Qt.ItemDataRole.ToolTipRole:
            return message_text(preview.message) if preview.message else str(preview.path)
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return QColor(STATUS_COLOUR[preview.status])
        return None
