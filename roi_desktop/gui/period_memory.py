"""One period of interest per workspace, shared by every page with a period picker (KPIs, ROI, Usage, Export).

A marketer who looks at the first quarter on the KPI page and then opens ROI or Export expects the same months
there, and expects a workspace to reopen on the months they last looked at. Each page's picker (and comparison
menu, where it has one) starts from the choice saved for the workspace (AppSettings.kpi_period) and writes every
change back; a page that was hidden catches up when it is shown again.
"""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtWidgets import QComboBox

from roi_desktop.core.kpis.period import Period
from roi_desktop.core.workspace import Workspace
from roi_desktop.gui.settings import AppSettings
from roi_desktop.gui.widgets.period_picker import CUSTOM, PeriodPicker

DEFAULT_PRESET = "all"
DEFAULT_COMPARISON = "previous"


class PeriodMemory:
    """Keeps one page's picker and comparison menu in step with the period saved for the workspace."""

    def __init__(self, settings: AppSettings, picker: PeriodPicker, comparison: QComboBox | None = None) -> None:
        self.settings = settings
        self.picker = picker
        self.comparison = comparison

    def restore(self, workspace: Workspace | None) -> bool:
        """Show the choice saved for `workspace` (all data against the previous period for a workspace seen
        for the first time) without signalling; the page's next `set_data_span` applies the period. True when
        it differs from what was shown. A saved preset that no longer exists leaves the picker as it is."""
        saved = self.settings.kpi_period(workspace.path) if workspace is not None else {}
        custom = None
        with contextlib.suppress(KeyError, ValueError):
            custom = Period(date.fromisoformat(saved["start"]), date.fromisoformat(saved["end"]))
        preset = saved.get("preset", DEFAULT_PRESET)
        before = self._shown()
        self.picker.restore(preset, custom)
        if self.comparison is not None:
            index = self.comparison.findData(saved.get("comparison", DEFAULT_COMPARISON))
            if index < 0:
                index = self.comparison.findData(DEFAULT_COMPARISON)
            self.comparison.blockSignals(True)
            self.comparison.setCurrentIndex(index)
            self.comparison.blockSignals(False)
        return self._shown() != before

    def remember(self, workspace: Workspace | None) -> None:
        """Save what the page shows as the workspace's choice (called on every change the user makes)."""
        if workspace is None:
            return
        preset, period = self.picker.state()
        entry = dict(self.settings.kpi_period(workspace.path), preset=preset)
        entry.pop("start", None)
        entry.pop("end", None)
        if preset == CUSTOM and period is not None:
            entry.update(start=period.start.isoformat(), end=period.end.isoformat())
        if self.comparison is not None:
            entry["comparison"] = self.comparison.currentData()
        self.settings.remember_kpi_period(workspace.path, entry)

    def catch_up(self, workspace: Workspace | None) -> bool:
        """When the page is shown again: take the choice another page made meanwhile, applied at once without
        signalling; True when the page must recompute."""
        if not self.restore(workspace):
            return False
        self.picker.blockSignals(True)
        self.picker.set_data_span(self.picker.data)
        self.picker.blockSignals(False)
        return True

    def _shown(self) -> tuple[object, ...]:
        preset, period = self.picker.state()
        dates = (self.picker.start.date(), self.picker.end.date()) if preset == CUSTOM else None
        return preset, period if preset != CUSTOM else dates, self.comparison.currentData() if self.comparison else None
