"""Pages whose features arrive in later versions: they say what they will hold and what to import for it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.gui.pages.base import Page, PageContext
from roi_desktop.gui.widgets.empty_state import EmptyState


class PlannedPage(Page):
    """A navigation entry whose page is not built yet; `what` and `needs` are QT_TRANSLATE_NOOP literals."""

    what = ""
    needs = ""

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.empty = EmptyState(self.icon_name)
        self.empty.action_clicked.connect(lambda: self.navigate_requested.emit("import"))
        self.body.addWidget(self.empty, 1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        translate = QCoreApplication.translate
        body = translate("PlannedPage", self.what)
        if self.needs:
            body += "<br><br>" + translate("PlannedPage", self.needs)
        self.empty.set_texts(translate("PlannedPage", "Coming in a next version"), body,
                             translate("PlannedPage", "Go to Import"))


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


class KpiPage(PlannedPage):
    page_id = "kpis"
    icon_name = "kpis"
    nav_text = QT_TRANSLATE_NOOP("Navigation", "KPIs")
    what = QT_TRANSLATE_NOOP(
        "PlannedPage",
        "Here you will read your key figures — contacts, e-mail engagement, leads, MQL, customers, web traffic —"
        " by month, with charts and the formula behind every number.",
    )
    needs = QT_TRANSLATE_NOOP("PlannedPage", "It uses every export you import.")


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


class ExportPage(PlannedPage):
    page_id = "export"
    icon_name = "export"
    nav_text = QT_TRANSLATE_NOOP("Navigation", "Export")
    what = QT_TRANSLATE_NOOP(
        "PlannedPage", "Here you will write every KPI table to an Excel workbook ready to send to your management."
    )

