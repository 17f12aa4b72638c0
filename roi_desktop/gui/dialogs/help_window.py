"""The built-in guide (Help › Guide, F1, the "How does this work?" link of every empty state).

The guide's prose is static HTML per language (resources/help/guide.<lang>.html); its table of what each
figure means is generated here from the KPI catalogue, so that it can never disagree with the tooltips.
One window per application, raised and scrolled to the topic asked for.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.resources import resource
from roi_desktop.gui.i18n import current_language

KPI_MARKER = "<!-- KPI-CATALOGUE -->"
FIRST_STEPS = "first-steps"

_AREAS = {
    "contacts": QT_TRANSLATE_NOOP("HelpWindow", "Contacts"),
    "email": QT_TRANSLATE_NOOP("HelpWindow", "E-mail"),
    "funnel": QT_TRANSLATE_NOOP("HelpWindow", "Funnel"),
    "deals": QT_TRANSLATE_NOOP("HelpWindow", "Deals and revenue"),
    "costs": QT_TRANSLATE_NOOP("HelpWindow", "Costs and ROI"),
    "web": QT_TRANSLATE_NOOP("HelpWindow", "Website"),
    "workflows": QT_TRANSLATE_NOOP("HelpWindow", "Workflows"),
    "social": QT_TRANSLATE_NOOP("HelpWindow", "Social networks and satisfaction"),
}


class HelpWindow(QDialog):
    """A non-modal window showing the guide in the interface language."""

    _instance: HelpWindow | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(QSize(760, 640))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self._language = ""
        self._load()

    @classmethod
    def show_topic(cls, parent: QWidget | None, topic: str = FIRST_STEPS) -> HelpWindow:
        """Show the guide at `topic` (an anchor of the guide), creating the window on first use."""
        if cls._instance is None:
            cls._instance = cls(parent.window() if parent is not None else None)
            cls._instance.destroyed.connect(lambda: setattr(cls, "_instance", None))
        window = cls._instance
        window.show()
        window.raise_()
        window.activateWindow()
        window.browser.scrollToAnchor(topic)
        return window

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and current_language() != self._language:
            self._load()
        super().changeEvent(event)

    def _load(self) -> None:
        self._language = current_language()
        self.setWindowTitle(QCoreApplication.translate("HelpWindow", "ROI Desktop guide"))
        self.browser.setHtml(guide_html(self._language))

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("", "file") and url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())
        else:
            QDesktopServices.openUrl(url)


def guide_html(language: str) -> str:
    """The guide in `language`, with the KPI catalogue table in place of its marker."""
    path = resource("help", f"guide.{language}.html")
    if not path.exists():
        path = resource("help", "guide.en.html")
    return path.read_text(encoding="utf-8").replace(KPI_MARKER, kpi_catalogue_html())


def kpi_catalogue_html() -> str:
    """Every KPI by area: its name, what it tells, how it is computed — in the interface language."""
    from roi_desktop.core.kpis.definitions import all_definitions

    translate = QCoreApplication.translate
    by_area: dict[str, list[str]] = {}
    for definition in all_definitions().values():
        by_area.setdefault(definition.area, []).append(
            f"<tr><td><b>{_text(translate('Kpi', definition.name))}</b></td>"
            f"<td>{_text(translate('Kpi', definition.tooltip))}"
            f"<br><i>{_text(translate('Kpi', definition.formula))}</i></td></tr>")
    parts = []
    for area, rows in by_area.items():
        title = translate("HelpWindow", _AREAS.get(area, area))
        parts.append(f"<h3>{_text(title)}</h3><table cellpadding='4' width='100%'>{''.join(rows)}</table>")
    return "\n".join(parts)


def _text(value: str) -> str:
    """Text for an HTML text node: apostrophes stay readable in the source ("Taux d'ouverture")."""
    return html.escape(value, quote=False)
