"""The Usage page (placeholder until its feature lands)."""

from __future__ import annotations

from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.gui.pages.planned import PlannedPage


class UsagePage(PlannedPage):
    page_id = "usage"
    icon_name = "usage"
    nav_text = QT_TRANSLATE_NOOP("Navigation", "Usage")
    what = QT_TRANSLATE_NOOP(
        "PlannedPage",
        "Here you will check how well your automation tool is used: e-mails sent, triggers configured, workflows"
        " with no trigger or no goal.",
    )
    needs = QT_TRANSLATE_NOOP("PlannedPage", "It needs your workflow list and your e-mail reports.")
