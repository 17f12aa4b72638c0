"""The pages of the navigation, in the order the user sees them (Ctrl+1 … Ctrl+7)."""

from __future__ import annotations

from roi_desktop.gui.pages.base import Page
from roi_desktop.gui.pages.data_page import DataPage
from roi_desktop.gui.pages.import_page import ImportPage
from roi_desktop.gui.pages.planned import ExportPage, KpiPage, RoiPage, ScoringPage, UsagePage

PAGES: tuple[type[Page], ...] = (ImportPage, DataPage, ScoringPage, KpiPage, RoiPage, UsagePage, ExportPage)
