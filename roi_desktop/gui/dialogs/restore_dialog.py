"""File › Restore a backup: the workspace's backup copies, newest first, and the one to put back.

The dialog only chooses; the window closes the workspace, restores in the background and reopens it
(MainWindow.restore_backup), because a workspace cannot be replaced while it is open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.store.backups import Backup, backups_dir, list_backups
from roi_desktop.gui.i18n import format_datetime

REASONS = {
    "before-import": QT_TRANSLATE_NOOP("RestoreDialog", "Before an import"),
    "before-undo": QT_TRANSLATE_NOOP("RestoreDialog", "Before undoing an import"),
    "before-restore": QT_TRANSLATE_NOOP("RestoreDialog", "Before restoring another copy"),
}
UPDATE_REASON = QT_TRANSLATE_NOOP("RestoreDialog", "Before updating to a new version of ROI Desktop")
BACKUP_ROLE = Qt.ItemDataRole.UserRole + 1


def reason_text(reason: str) -> str:
    """Why a copy was taken, in plain words ("before-v5" is the update to schema version 5)."""
    if reason.startswith("before-v"):
        return QCoreApplication.translate("RestoreDialog", UPDATE_REASON)
    return QCoreApplication.translate("RestoreDialog", REASONS.get(reason, reason))


class RestoreDialog(QDialog):
    """Lists the backups of one workspace; `chosen()` is the copy to restore after `exec()` returns Accepted."""

    def __init__(self, workspace_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.workspace_path = workspace_path
        self.setWindowTitle(translate("RestoreDialog", "Restore a backup"))
        self.resize(620, 380)
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "RestoreDialog",
            "ROI Desktop copies “%1” automatically before each import, undo and update. Restoring a copy puts"
            " the workspace back as it was then; its present state is copied first, so you can come back to it.")
            .replace("%1", workspace_path.stem))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([translate("RestoreDialog", "Taken on"),
                                              translate("RestoreDialog", "Why"), translate("RestoreDialog", "Size")])
        self.view = QTableView()
        self.view.setWordWrap(False)  # one-line rows: wrapping would cut texts at their first space
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self.accept)
        layout.addWidget(self.view, 1)
        self.empty = QLabel(translate("RestoreDialog", "No backup yet: a copy is taken before the first import that"
                                                       " changes this workspace."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(translate("RestoreDialog", "Restore this copy"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        folder = QPushButton(translate("RestoreDialog", "Show the folder"))
        buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        folder.clicked.connect(self._show_folder)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill(list_backups(workspace_path))
        self.view.selectionModel().selectionChanged.connect(self._update_button)
        self._update_button()

    def chosen(self) -> Backup | None:
        index = self.view.currentIndex()
        return self.model.item(index.row(), 0).data(BACKUP_ROLE) if index.isValid() else None

    def _fill(self, found: list[Backup]) -> None:
        for backup in found:
            when = QStandardItem(format_datetime(backup.taken_at.isoformat()))
            when.setData(backup, BACKUP_ROLE)
            when.setToolTip(str(backup.path))
            size = QStandardItem(QLocale().formattedDataSize(backup.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow([when, QStandardItem(reason_text(backup.reason)), size])
        self.view.resizeColumnToContents(0)
        self.view.setVisible(bool(found))
        self.empty.setVisible(not found)
        if found:
            self.view.selectRow(0)

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def _show_folder(self) -> None:
        folder = backups_dir(self.workspace_path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder if folder.is_dir() else folder.parent)))
