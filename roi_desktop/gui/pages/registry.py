"""The pages of the navigation, in the order the user sees them (Ctrl+1 … Ctrl+7).

Each entry names its page's class by module, so that the window can list the pages (id, icon, title) at
start-up without importing them: a page's module is imported when the page is first shown, and the page
the window opens on is built just after the window first paints (first_paint.py). Importing and building
all seven up front (their charts, the workbook writer, the import pipeline…) made the first window 3.5× as
slow as a bare PySide6 + pyqtgraph window (benchmarks/cold_start.py); building the KPI page (the default)
before the first paint, 1.9×; now 1.0×, the KPI page showing about 1.3 s later. The id, icon and title are also the page class's own attributes; `load` checks that the two
agree, and a test loads every page.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.gui.pages.base import Page


@dataclass(frozen=True)
class PageEntry:
    """One page of the navigation: what the window shows of it before it is built, and where its class is."""

    page_id: str
    icon_name: str
    nav_text: str
    module: str
    class_name: str

    @property
    def help_topic(self) -> str:
        """The guide's anchor for the page (as `Page.help_topic`)."""
        return Page.help_topic.fget(self)  # type: ignore[attr-defined, arg-type]

    def load(self) -> type[Page]:
        page_class = getattr(importlib.import_module(self.module), self.class_name)
        own = (page_class.page_id, page_class.icon_name, page_class.nav_text)
        if own != (self.page_id, self.icon_name, self.nav_text):
            raise RuntimeError(f"{self.class_name} says {own}, the registry {self.page_id, self.icon_name, self.nav_text}")
        return page_class


def _entry(page_id: str, nav_text: str, module: str, class_name: str) -> PageEntry:
    return PageEntry(page_id, page_id, nav_text, f"roi_desktop.gui.pages.{module}", class_name)


PAGES: tuple[PageEntry, ...] = (
    _entry("import", QT_TRANSLATE_NOOP("Navigation", "Import"), "import_page", "ImportPage"),
    _entry("data", QT_TRANSLATE_NOOP("Navigation", "Data"), "data_page", "DataPage"),
    _entry("scoring", QT_TRANSLATE_NOOP("Navigation", "Scoring & funnel"), "scoring_page", "ScoringPage"),
    _entry("kpis", QT_TRANSLATE_NOOP("Navigation", "KPIs"), "kpi_page", "KpiPage"),
    _entry("roi", QT_TRANSLATE_NOOP("Navigation", "ROI"), "roi_page", "RoiPage"),
    _entry("usage", QT_TRANSLATE_NOOP("Navigation", "Usage"), "usage_page", "UsagePage"),
    _entry("export", QT_TRANSLATE_NOOP("Navigation", "Export"), "export_page", "ExportPage"),
)
