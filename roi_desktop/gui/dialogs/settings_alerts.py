"""Settings › Alerts: when a figure turns orange (warning) or red (critical), KPI by KPI.

Every KPI of the catalogue with an alert rule gets a row: on/off, warning and critical thresholds in the
KPI's unit (percentages for rates). Stored as the `alert.<id>` workspace settings that core/kpis/alerts.py
reads: False switches an alert off, {"warning", "critical"} replaces the thresholds, None keeps the default.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QGridLayout, QLabel, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from roi_desktop.core.kpis.context import DEFAULT_SETTINGS
from roi_desktop.core.kpis.definitions import RATIO, AlertRule, KpiDefinition, all_definitions
from roi_desktop.gui.widgets.hint import hint_label

MIN_VOLUME = "alert.min_volume"


def _as_percent(definition: KpiDefinition) -> bool:
    """Thresholds shown as percentages: rates, and shares of another count (inactive contacts)."""
    return definition.unit == RATIO or (definition.alert is not None and definition.alert.of is not None)


class _AlertRow:
    """The widgets of one KPI's alert."""

    def __init__(self, definition: KpiDefinition, rule: AlertRule, override: Any) -> None:
        self.definition = definition
        self.rule = rule
        self.percent = _as_percent(definition)
        self.enabled = QCheckBox(QCoreApplication.translate("Kpi", definition.name))
        self.enabled.setToolTip(QCoreApplication.translate("Kpi", definition.tooltip))
        self.enabled.setChecked(override is not False)
        current = override if isinstance(override, dict) else (
            {"warning": float(override)} if isinstance(override, int | float) and override is not True else {})
        self.warning = self._spin(current.get("warning", rule.warning), rule.inclusive)
        critical_inclusive = rule.inclusive if rule.critical_inclusive is None else rule.critical_inclusive
        self.critical = self._spin(current.get("critical", rule.critical), critical_inclusive)
        self.enabled.toggled.connect(self._update)
        self._update()

    def value(self) -> Any:
        """The `alert.<id>` setting to store."""
        if not self.enabled.isChecked():
            return False
        warning, critical = self._read(self.warning), self._read(self.critical)
        if (warning, critical) == (self.rule.warning, self.rule.critical):
            return None
        return {"warning": warning, "critical": critical}

    def _spin(self, threshold: float | None, inclusive: bool) -> QDoubleSpinBox:
        """A threshold, written the way it alerts: "> 2.00 %" above it, "< 0" below it."""
        spin = QDoubleSpinBox()
        sign = (">" if self.rule.above else "<") + ("=" if inclusive else "")
        spin.setPrefix({">=": "≥ ", "<=": "≤ "}.get(sign, sign + " "))
        spin.setDecimals(2 if self.percent else 0)
        spin.setRange(-1 if not self.percent else -100, 1_000_000)
        # The lowest value means "no such level" (a rule may have a warning and no critical threshold).
        spin.setSpecialValueText(QCoreApplication.translate("SettingsDialog", "none"))
        spin.setSuffix(" %" if self.percent else "")
        spin.setValue(spin.minimum() if threshold is None else threshold * (100 if self.percent else 1))
        return spin

    def _read(self, spin: QDoubleSpinBox) -> float | None:
        if spin.value() == spin.minimum():
            return None
        value = spin.value() / (100 if self.percent else 1)
        return round(value, 6)

    def _update(self) -> None:
        for spin in (self.warning, self.critical):
            spin.setEnabled(self.enabled.isChecked())


class AlertSettings(QWidget):
    """Thresholds of every alert, and the minimum volume under which rates never alert."""

    def __init__(self, stored: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(translate(
            "SettingsDialog", "A figure turns orange past its warning threshold and red past its critical one."
                              " Untick a figure to never alert on it.")))
        inner = QWidget()
        grid = QGridLayout(inner)
        for column, title in enumerate((translate("SettingsDialog", "Figure"), translate("SettingsDialog", "Warning"),
                                        translate("SettingsDialog", "Critical"))):
            header = QLabel(f"<b>{title}</b>")
            grid.addWidget(header, 0, column)
        self.rows: list[_AlertRow] = []
        for definition in all_definitions().values():
            if definition.alert is None:
                continue
            row = _AlertRow(definition, definition.alert, stored.get(f"alert.{definition.id}"))
            line = len(self.rows) + 1
            grid.addWidget(row.enabled, line, 0)
            grid.addWidget(row.warning, line, 1)
            grid.addWidget(row.critical, line, 2)
            self.rows.append(row)
        grid.setColumnStretch(0, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(scroll, 1)
        self.min_volume = QSpinBox()
        self.min_volume.setRange(0, 1_000_000)
        self.min_volume.setValue(int(stored.get(MIN_VOLUME) or DEFAULT_SETTINGS[MIN_VOLUME]))
        volume = QGridLayout()
        volume.addWidget(QLabel(translate("SettingsDialog", "Rates alert from this many e-mails or contacts:")), 0, 0)
        volume.addWidget(self.min_volume, 0, 1, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(volume)
        layout.addWidget(hint_label(translate(
            "SettingsDialog", "2 unsubscribes out of 40 e-mails is noise, not a signal: under this volume a rate"
                              " never alerts.")))

    def values(self) -> dict[str, Any]:
        chosen: dict[str, Any] = {f"alert.{row.definition.id}": row.value() for row in self.rows}
        volume = self.min_volume.value()
        chosen[MIN_VOLUME] = None if volume == DEFAULT_SETTINGS[MIN_VOLUME] else volume
        return chosen
