"""The audit's settings, from the Usage page: how long before an active workflow counts as a zombie, when a
completion rate is far below the others, how many shared contacts make an overlap, how long a silence puts a
contact on the sunset list, and how the usage score weighs its shares.

The dialog edits values only; the page writes them to the workspace through the runner. A value left at its
default is stored as None (the key is removed), so that a later change of default reaches the workspace.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.core.usage.settings import DEFAULTS, SCORE_PARTS, usage_settings
from roi_desktop.gui.widgets.hint import hint_label


class UsageSettingsDialog(QDialog):
    def __init__(self, stored: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        current = usage_settings(stored)
        self.setWindowTitle(translate("UsageSettings", "Usage audit settings"))
        layout = QVBoxLayout(self)
        checks = QGroupBox(translate("UsageSettings", "Hygiene checks"))
        form = QFormLayout(checks)
        self.zombie = self._spin(current["usage.zombie_days"], 7, 730, translate("UsageSettings", " days"))
        form.addRow(translate("UsageSettings", "Zombie after:"), self.zombie)
        form.addRow(
            hint_label(
                translate(
                    "UsageSettings",
                    "An active workflow that nobody entered and that sent nothing for this"
                    " long before the end of the period.",
                )
            )
        )
        self.ratio = QDoubleSpinBox()
        self.ratio.setRange(5, 100)
        self.ratio.setDecimals(0)
        self.ratio.setSuffix(" %")
        self.ratio.setValue(float(current["usage.completion_ratio"]) * 100)
        form.addRow(translate("UsageSettings", "Completion far below when under:"), self.ratio)
        self.least = self._spin(
            current["usage.completion_min_enrolled"], 1, 100_000, translate("UsageSettings", " contacts")
        )
        form.addRow(translate("UsageSettings", "Compare workflows with at least:"), self.least)
        form.addRow(
            hint_label(
                translate(
                    "UsageSettings",
                    "A completion rate is compared with the median rate of the workflows"
                    " enrolling at least that many contacts.",
                )
            )
        )
        self.overlap = self._spin(
            current["usage.overlap_min_contacts"], 1, 100_000, translate("UsageSettings", " contacts")
        )
        form.addRow(translate("UsageSettings", "Overlap from:"), self.overlap)
        form.addRow(
            hint_label(
                translate(
                    "UsageSettings",
                    "Two workflows overlap when they e-mail at least that many of the same contacts within one week.",
                )
            )
        )
        layout.addWidget(checks)
        contacts = QGroupBox(translate("UsageSettings", "Sunset list"))
        form = QFormLayout(contacts)
        self.sunset = self._spin(current["usage.sunset_months"], 3, 60, translate("UsageSettings", " months"))
        form.addRow(translate("UsageSettings", "Silent for:"), self.sunset)
        layout.addWidget(contacts)
        score = QGroupBox(translate("UsageSettings", "Usage score weights"))
        form = QFormLayout(score)
        labels = {
            "active_workflows": translate("UsageSettings", "Share of active workflows:"),
            "automated_share": translate("UsageSettings", "Share of e-mails sent by workflows:"),
            "clean_workflows": translate("UsageSettings", "Share of workflows without issue:"),
        }
        self.weights = {}
        for part in SCORE_PARTS:
            self.weights[part] = self._spin(current["usage.score_weights"][part], 0, 10, "")
            form.addRow(labels[part], self.weights[part])
        form.addRow(hint_label(translate("UsageSettings", "0 leaves a share out of the score.")))
        layout.addWidget(score)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, stored: dict[str, Any], parent: QWidget | None = None) -> dict[str, Any] | None:
        """The settings to write (None values: back to the default), or None when cancelled."""
        dialog = cls(stored, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def values(self) -> dict[str, Any]:
        chosen = {
            "usage.zombie_days": self.zombie.value(),
            "usage.completion_ratio": round(self.ratio.value() / 100, 2),
            "usage.completion_min_enrolled": self.least.value(),
            "usage.overlap_min_contacts": self.overlap.value(),
            "usage.sunset_months": self.sunset.value(),
            "usage.score_weights": {part: spin.value() for part, spin in self.weights.items()},
        }
        if not any(chosen["usage.score_weights"].values()):
            chosen["usage.score_weights"] = DEFAULTS["usage.score_weights"]
        return {key: (None if value == DEFAULTS[key] else value) for key, value in chosen.items()}

    def restore_defaults(self) -> None:
        self.zombie.setValue(DEFAULTS["usage.zombie_days"])
        self.ratio.setValue(DEFAULTS["usage.completion_ratio"] * 100)
        self.least.setValue(DEFAULTS["usage.completion_min_enrolled"])
        self.overlap.setValue(DEFAULTS["usage.overlap_min_contacts"])
        self.sunset.setValue(DEFAULTS["usage.sunset_months"])
        for part, spin in self.weights.items():
            spin.setValue(DEFAULTS["usage.score_weights"][part])

    @staticmethod
    def _spin(value: Any, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setValue(int(value))
        return spin
