"""Settings › This workspace: the values the figures depend on, saved in the workspace file.

The team's hourly cost and the minutes an automated e-mail saves are value settings of the ROI page too
(core/costs/value_settings.py): they are returned apart (`value_settings()`) and stored through the same
checks. A plain setting equal to its default is written as None (key deleted), so that a better default in
a later version reaches workspaces whose owner never chose otherwise.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QSpinBox, QWidget

from roi_desktop.core.kpis.context import DEFAULT_SETTINGS
from roi_desktop.core.store.backups import DEFAULT_KEEP_DAYS
from roi_desktop.gui.widgets.hint import hint_label


class WorkspaceSettings(QWidget):
    """Hourly cost and minutes saved, active-contact window, backup retention."""

    def __init__(self, stored: dict[str, Any], workspace_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        value = {**DEFAULT_SETTINGS, "backup_keep_days": DEFAULT_KEEP_DAYS,
                 **{k: v for k, v in stored.items() if v is not None}}
        form = QFormLayout(self)
        form.addRow(hint_label(translate(
            "SettingsDialog", "Saved in the workspace “%1”: colleagues who open it see the same figures.")
            .replace("%1", workspace_name)))

        self.hourly_rate = QDoubleSpinBox()
        self.hourly_rate.setRange(0, 10_000)
        self.hourly_rate.setDecimals(2)
        self.hourly_rate.setSpecialValueText(translate("SettingsDialog", "Not set"))
        self.hourly_rate.setValue(float(value["hourly_rate"] or 0))
        form.addRow(translate("SettingsDialog", "Hourly cost of your team:"), self.hourly_rate)
        self.minutes_saved = QSpinBox()
        self.minutes_saved.setRange(0, 600)
        self.minutes_saved.setSuffix(translate("SettingsDialog", " min"))
        self.minutes_saved.setValue(int(value["minutes_saved_per_automated_email"]))
        form.addRow(translate("SettingsDialog", "Time saved per automated e-mail:"), self.minutes_saved)
        form.addRow(hint_label(translate(
            "SettingsDialog", "They turn the time your automations save into money, a gain in the ROI: automated"
                              " e-mails sent × minutes ÷ 60 × hourly cost. The value of a lead, the attribution"
                              " model and the currency are on the ROI page, under Value settings.")))

        self.active_window = QSpinBox()
        self.active_window.setRange(7, 730)
        self.active_window.setSuffix(translate("SettingsDialog", " days"))
        self.active_window.setValue(int(value["active_window_days"]))
        form.addRow(translate("SettingsDialog", "A contact stays active for:"), self.active_window)
        form.addRow(hint_label(translate(
            "SettingsDialog", "After their last open or click. Older contacts count as inactive.")))

        self.backup_days = QSpinBox()
        self.backup_days.setRange(1, 3650)
        self.backup_days.setSuffix(translate("SettingsDialog", " days"))
        self.backup_days.setValue(int(value["backup_keep_days"]))
        form.addRow(translate("SettingsDialog", "Keep backup copies for:"), self.backup_days)
        form.addRow(hint_label(translate(
            "SettingsDialog", "A copy is taken before each import and undo; the last 10 at most are kept.")))

    def value_settings(self) -> dict[str, Any]:
        """The ROI value settings edited here, for CostService.set_value_settings (None: not set)."""
        return {"hourly_rate": self.hourly_rate.value() or None,
                "minutes_saved_per_automated_email": self.minutes_saved.value()}

    def values(self) -> dict[str, Any]:
        chosen = {
            "active_window_days": self.active_window.value(),
            "backup_keep_days": self.backup_days.value(),
        }
        defaults = {**DEFAULT_SETTINGS, "backup_keep_days": DEFAULT_KEEP_DAYS}
        return {key: None if value == defaults[key] else value for key, value in chosen.items()}
