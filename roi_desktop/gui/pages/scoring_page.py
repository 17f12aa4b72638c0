"""The Scoring page (placeholder until its feature lands)."""

from __future__ import annotations

from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.gui.pages.planned import PlannedPage


class ScoringPage(PlannedPage):
    page_id = "scoring"
    icon_name = "scoring"
    nav_text = QT_TRANSLATE_NOOP("Navigation", "Scoring & funnel")
    what = QT_TRANSLATE_NOOP(
        "PlannedPage",
        "Here you will define how contacts earn points, when a lead becomes an MQL or an SQL, and see at once how"
        " many contacts each rule and stage holds.",
    )
    needs = QT_TRANSLATE_NOOP("PlannedPage", "It uses your contact exports and e-mail reports.")
