"""The pages of the navigation, in the order the user sees them (Ctrl+1 … Ctrl+7)."""

from __future__ import annotations

from roi_desktop.gui.pages.base import Page
from roi_desktop.gui.pages.data_page import DataPage
from roi_desktop.gui.pages.export_page import ExportPage
from roi_desktop.gui.pages.import_page import ImportPage
from roi_desktop.gui.pages.kpi_page import KpiPage
from roi_desktop.gui.pages.roi_page import RoiPage
from roi_desktop.gui.pages.scoring_page import ScoringPage
from roi_desktop.gui.pages.usage_page import UsagePage

PAGES: tuple[type[Page], ...] = (ImportPage, DataPage, ScoringPage, KpiPage, RoiPage, UsagePage, ExportPage)
