"""One period picker for all KPI panels: presets relative to the data, or two dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from roi_desktop.core.kpis.period import Period
from roi_desktop.core.kpis.presets import PRESETS, preset_period
from roi_desktop.core.messages import QT_TRANSLATE_NOOP

CUSTOM = "custom"
CUSTOM_TEXT = QT_TRANSLATE_NOOP("Periods", "Custom dates…")


class PeriodPicker(QWidget):
    """Signals:
    period_changed(object): the chosen Period (None for "all data" of an empty workspace).
    """

    period_changed = Signal(object)
    """The user chose another period (a Period, or None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        layout.addWidget(self.label)
        self.preset = QComboBox()
        for key in [*PRESETS, CUSTOM]:
            self.preset.addItem("", key)
        self.preset.setCurrentIndex(self.preset.findData("all"))
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        layout.addWidget(self.preset)
        self.start = QDateEdit(calendarPopup=True)
        self.end = QDateEdit(calendarPopup=True)
        self.arrow = QLabel("→")
        for widget in (self.start, self.arrow, self.end):
            layout.addWidget(widget)
        self.start.dateChanged.connect(self._dates_edited)
        self.end.dateChanged.connect(self._dates_edited)
        self.data: Period | None = None
        self.period: Period | None = None
        self._dates_set = False  # custom dates start from the data span until dates were shown
        self.retranslate()
        self._show_dates(False)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.label.setText(translate("Periods", "Period:"))
        for index in range(self.preset.count()):
            key = self.preset.itemData(index)
            self.preset.setItemText(index, translate("Periods", PRESETS.get(key, CUSTOM_TEXT)))

    def set_data_span(self, data: Period | None) -> None:
        """The workspace's data span: presets are computed from it; the current choice is re-applied."""
        self.data = data
        self._preset_chosen()

    def choose(self, key: str) -> None:
        self.preset.setCurrentIndex(self.preset.findData(key))

    def state(self) -> tuple[str, Period | None]:
        """(the preset key or CUSTOM, the period shown): what `restore` takes back."""
        return self.preset.currentData(), self.period

    def restore(self, key: str, period: Period | None = None) -> None:
        """Choose preset `key` again (CUSTOM with the dates of `period`) without signalling: the next
        `set_data_span` applies it. An unknown key (a preset since removed) leaves the choice as it is."""
        index = self.preset.findData(key)
        if index < 0 or (key == CUSTOM and period is None):
            return
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(index)
        self.preset.blockSignals(False)
        if period is not None and key == CUSTOM:
            self._set_dates(period)
            self.period = None  # so that applying the restored dates signals them

    def set_custom(self, period: Period) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(CUSTOM))
        self.preset.blockSignals(False)
        self._show_dates(True)
        self._set_dates(period)
        self._emit(period)

    # ---- Internals

    def _preset_chosen(self, _index: int = 0) -> None:
        key = self.preset.currentData()
        if key == CUSTOM:
            self._show_dates(True)
            if not self._dates_set and self.data is not None:
                self._set_dates(self.data)
            self._dates_edited()
            return
        self._show_dates(False)
        period = preset_period(key, self.data)
        if period is not None:
            self._set_dates(period)
        self._emit(period)

    def _dates_edited(self) -> None:
        if self.preset.currentData() != CUSTOM:
            return
        start, end = self.start.date().toPython(), self.end.date().toPython()
        if isinstance(start, date) and isinstance(end, date) and start <= end:
            self._emit(Period(start, end))

    def _set_dates(self, period: Period) -> None:
        self._dates_set = True
        for edit, day in ((self.start, period.start), (self.end, period.end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _show_dates(self, visible: bool) -> None:
        for widget in (self.start, self.arrow, self.end):
            widget.setVisible(visible)

    def _emit(self, period: Period | None) -> None:
        if period != self.period:
            self.period = period
            self.period_changed.emit(period)
