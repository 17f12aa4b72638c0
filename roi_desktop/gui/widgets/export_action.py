"""The "Export to Excel" action of the toolbar and the File menu (Ctrl+E): it shows the Export page.

Kept apart from the page so that the window can offer it without importing the page (registry.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from roi_desktop.gui.resources import icon

EXPORT_PAGE = "export"


class _ExportAction(QAction):
    """The toolbar's "Export to Excel" action: shows the Export page; retranslates with the window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(icon("export"), "", window)
        self.window_ = window
        self.setShortcut(QKeySequence("Ctrl+E"))
        self.triggered.connect(lambda: window.show_page(EXPORT_PAGE))  # type: ignore[attr-defined]
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.setText(translate("ExportPage", "Export to Excel"))
        self.setToolTip(translate("ExportPage", "Write the KPI workbook for your management (Ctrl+E)"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def export_action(window: QWidget) -> QAction:
    """The toolbar button of the Export page (icon "export", Ctrl+E): `window` needs `show_page(page_id)`."""
    return _ExportAction(window)
