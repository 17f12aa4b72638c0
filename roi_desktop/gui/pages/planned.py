"""Pages whose features arrive in later versions: they say what they will hold and what to import for it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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
