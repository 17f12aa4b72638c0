"""The Roi page (placeholder until its feature lands)."""

from __future__ import annotations

from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.gui.pages.planned import PlannedPage


class RoiPage(PlannedPage):
    page_id = "roi"
    icon_name = "roi"
    nav_text = QT_TRANSLATE_NOOP("Navigation", "ROI")
    what = QT_TRANSLATE_NOOP(
        "PlannedPage",
        "Here you will compare what marketing costs with the revenue it brings: ROI, cost per lead, customer"
        " acquisition cost, and revenue by channel.",
    )
    needs = QT_TRANSLATE_NOOP("PlannedPage", "It needs your deals export and your costs workbook.")
