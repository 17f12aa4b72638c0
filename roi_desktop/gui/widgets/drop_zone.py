"""The place to drop exports (files, folders, zips) or to choose them with the usual dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from roi_desktop.gui.resources import icon

EXPORT_FILTER = "Exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.zip);;*"


def dropped_paths(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    """The local files and folders carried by a drag."""
    data = event.mimeData()
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()] if data.hasUrls() else []


class DropZone(QFrame):
    """A dashed box that accepts dropped files and folders.

    Signals:
        paths_chosen(list): files or folders were dropped or chosen.
    """

    paths_chosen = Signal(list)
    """Files or folders were dropped or chosen (a list of Path)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.setAcceptDrops(True)
        self._set_hover(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        picture = QLabel()
        picture.setPixmap(icon("import").pixmap(40, 40))
        layout.addWidget(picture)
        texts = QVBoxLayout()
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        texts.addWidget(self.title)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        texts.addWidget(self.hint)
        layout.addLayout(texts, 1)
        self.files_button = QPushButton()
        self.files_button.clicked.connect(self.choose_files)
        layout.addWidget(self.files_button)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self._choose_folder)
        layout.addWidget(self.folder_button)
        self.start_folder = ""
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.title.setText(translate("DropZone", "Drop your exports here"))
        self.hint.setText(translate(
            "DropZone",
            "CSV or Excel files exported from HubSpot, Brevo, Mailchimp, Mautic, ActiveCampaign, Pipedrive,"
            " Salesforce or Google Analytics, your costs workbook — or a whole folder.",
        ))
        self.files_button.setText(translate("DropZone", "Choose files…"))
        self.folder_button.setText(translate("DropZone", "Choose a folder…"))

    # ---- Qt overrides

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if dropped_paths(event):
            event.acceptProposedAction()
            self._set_hover(True)

    def dragLeaveEvent(self, event: object) -> None:  # noqa: N802
        self._set_hover(False)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self._set_hover(False)
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.paths_chosen.emit(paths)

    # ---- Internals

    def _set_hover(self, hover: bool) -> None:
        border = "#2f6fb0" if hover else "palette(mid)"
        self.setStyleSheet(f"#dropZone {{ border: 2px dashed {border}; border-radius: 10px; }}")

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, QCoreApplication.translate("DropZone", "Choose exports"), self.start_folder, EXPORT_FILTER
        )
        if names:
            self.paths_chosen.emit([Path(n) for n in names])

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("DropZone", "Choose a folder of exports"), self.start_folder
        )
        if folder:
            self.paths_chosen.emit([Path(folder)])
