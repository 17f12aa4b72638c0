"""The Export page (placeholder until its feature lands)."""

from __future__ import annotations

from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.gui.pages.planned import PlannedPage


class ExportPage(PlannedPage):
    page_id = "export"
    icon_name = "export"
    nav_text = QT_TRANSLATE_NOOP("Navigation", "Export")
    what = QT_TRANSLATE_NOOP(
        "PlannedPage", "Here you will write every KPI table to an Excel workbook ready to send to your management."
    )
