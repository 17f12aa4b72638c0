"""Settings of the app (this computer): language and default folder for workspaces."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.gui import settings as keys
from roi_desktop.gui.settings import AppSettings


@dataclass(frozen=True)
class AppPreferences:
    """What the dialog edits."""

    language: str
    default_folder: str


class SettingsDialog(QDialog):
    def __init__(self, current: AppPreferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        layout = QVBoxLayout(self)
        group = QGroupBox(translate("SettingsDialog", "Display"))
        form = QFormLayout(group)
        self.language = QComboBox()
        self.language.addItem(translate("SettingsDialog", "Same as the system"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(max(self.language.findData(current.language), 0))
        form.addRow(translate("SettingsDialog", "Language:"), self.language)
        layout.addWidget(group)

        folders = QGroupBox(translate("SettingsDialog", "Workspaces"))
        folder_form = QFormLayout(folders)
        row = QHBoxLayout()
        self.folder = QLineEdit(current.default_folder)
        row.addWidget(self.folder, 1)
        browse = QPushButton(translate("SettingsDialog", "Choose…"))
        browse.clicked.connect(self._choose_folder)
        row.addWidget(browse)
        folder_form.addRow(translate("SettingsDialog", "Default folder:"), row)
        hint = QLabel(translate("SettingsDialog", "New workspaces and exports are proposed in this folder."))
        hint.setWordWrap(True)
        folder_form.addRow(hint)
        layout.addWidget(folders)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def preferences(self) -> AppPreferences:
        return AppPreferences(self.language.currentData(), self.folder.text().strip())

    def _choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.windowTitle(), self.folder.text())
        if folder:
            self.folder.setText(folder)


def load_preferences(settings: AppSettings) -> AppPreferences:
    return AppPreferences(settings.get(keys.LANGUAGE), settings.get(keys.DEFAULT_FOLDER))


def save_preferences(settings: AppSettings, preferences: AppPreferences) -> None:
    settings.set(keys.LANGUAGE, preferences.language)
    settings.set(keys.DEFAULT_FOLDER, preferences.default_folder)
