"""File › Settings: three tabs, each saying where its settings live.

- "This computer": language, light/dark, default folder — per user, in QSettings (gui/settings.py).
- "This workspace": currency, hourly rate, active-contact window, backup retention — in the workspace file,
  so that a colleague opening it sees the same figures (CONVENTIONS §6.2.9).
- "Alerts": the thresholds of the KPI alerts, also in the workspace.

The dialog edits values only; the window saves them (workspace values through the runner, since a write may
have to wait for an import to finish).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.gui import settings as keys
from roi_desktop.gui.appearance import DARK, LIGHT, SYSTEM
from roi_desktop.gui.dialogs.settings_alerts import AlertSettings
from roi_desktop.gui.dialogs.settings_workspace import WorkspaceSettings
from roi_desktop.gui.settings import AppSettings
from roi_desktop.gui.widgets.hint import hint_label


@dataclass(frozen=True)
class AppPreferences:
    """What the "This computer" tab edits."""

    language: str
    default_folder: str
    appearance: str = SYSTEM


class SettingsDialog(QDialog):
    """The settings of the app and, when one is open and writable, of the workspace.

    Args:
        workspace_values: the workspace's stored settings, or None when no writable workspace is open.
    """

    def __init__(self, current: AppPreferences, workspace_values: dict[str, Any] | None = None,
                 parent: QWidget | None = None, *, workspace_name: str = "") -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._computer_tab(current), translate("SettingsDialog", "This computer"))
        self.workspace_tab = WorkspaceSettings(workspace_values or {}, workspace_name)
        self.alerts_tab = AlertSettings(workspace_values or {})
        self.tabs.addTab(self.workspace_tab, translate("SettingsDialog", "This workspace"))
        self.tabs.addTab(self.alerts_tab, translate("SettingsDialog", "Alerts"))
        for index in (1, 2):
            self.tabs.setTabEnabled(index, workspace_values is not None)
            if workspace_values is None:
                self.tabs.setTabToolTip(index, translate("SettingsDialog", "Open a workspace you can edit first."))
        self.has_workspace = workspace_values is not None
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def preferences(self) -> AppPreferences:
        return AppPreferences(self.language.currentData(), self.folder.text().strip(), self.appearance.currentData())

    def value_settings(self) -> dict[str, Any]:
        """The ROI value settings edited here (hourly cost, minutes saved)."""
        return self.workspace_tab.value_settings() if self.has_workspace else {}

    def workspace_values(self) -> dict[str, Any]:
        """The workspace settings to write (None deletes a key: back to the default)."""
        if not self.has_workspace:
            return {}
        return {**self.workspace_tab.values(), **self.alerts_tab.values()}

    def _computer_tab(self, current: AppPreferences) -> QWidget:
        translate = QCoreApplication.translate
        page = QWidget()
        form = QFormLayout(page)
        self.language = QComboBox()
        self.language.addItem(translate("SettingsDialog", "Same as the system"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(max(self.language.findData(current.language), 0))
        form.addRow(translate("SettingsDialog", "Language:"), self.language)
        self.appearance = QComboBox()
        self.appearance.addItem(translate("SettingsDialog", "Same as the system"), SYSTEM)
        self.appearance.addItem(translate("SettingsDialog", "Light"), LIGHT)
        self.appearance.addItem(translate("SettingsDialog", "Dark"), DARK)
        self.appearance.setCurrentIndex(max(self.appearance.findData(current.appearance), 0))
        form.addRow(translate("SettingsDialog", "Appearance:"), self.appearance)
        row = QHBoxLayout()
        self.folder = QLineEdit(current.default_folder)
        self.folder.setPlaceholderText(translate("SettingsDialog", "Your documents' ROI Desktop folder"))
        row.addWidget(self.folder, 1)
        browse = QPushButton(translate("SettingsDialog", "Choose…"))
        browse.clicked.connect(self._choose_folder)
        row.addWidget(browse)
        form.addRow(translate("SettingsDialog", "Default folder:"), row)
        form.addRow(hint_label(translate("SettingsDialog", "New workspaces and exports are proposed in this folder.")))
        return page

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.windowTitle(), self.folder.text())
        if folder:
            self.folder.setText(folder)


def load_preferences(settings: AppSettings) -> AppPreferences:
    return AppPreferences(settings.get(keys.LANGUAGE), settings.get(keys.DEFAULT_FOLDER), settings.get(keys.APPEARANCE))


def save_preferences(settings: AppSettings, preferences: AppPreferences) -> None:
    settings.set(keys.LANGUAGE, preferences.language)
    settings.set(keys.DEFAULT_FOLDER, preferences.default_folder)
    settings.set(keys.APPEARANCE, preferences.appearance)
