"""What every page of the navigation shares: its context, a header, retranslation and workspace updates.

Pages get what they need in their constructor (`PageContext`: session, notifier, runner) — no global
application object (CONVENTIONS §6.3). They hold no data of their own: on `set_workspace` and `on_changes`
they ask the workspace façade again.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from roi_desktop.core.changes import Changes
from roi_desktop.core.workspace import Workspace
from roi_desktop.gui.notify import Notifier
from roi_desktop.gui.session import Session
from roi_desktop.gui.workers import Runner


@dataclass(frozen=True)
class PageContext:
    """What a page may use: the session (open workspace), the notifier and the background runner."""

    session: Session
    notifier: Notifier
    runner: Runner


class Page(QWidget):
    """Base class of the navigation pages.

    Subclasses set `page_id`, `icon_name` and `nav_text` (a QT_TRANSLATE_NOOP("Navigation", …) literal),
    build their widgets in `__init__`, set texts in `retranslate()` and reload in `set_workspace`/`on_changes`.

    Signals:
        navigate_requested(str): the page asks the window to show another page (e.g. "import").
    """

    navigate_requested = Signal(str)
    """Show the page with this id (empty states link to the Import page)."""

    page_id = ""
    icon_name = ""
    nav_text = ""
    subtitle_text = ""

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.workspace: Workspace | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(24, 18, 24, 18)
        self._layout.setSpacing(12)
        self.header = QLabel()
        self.header.setObjectName("pageTitle")
        self.header.setStyleSheet("font-size: 20px; font-weight: 600;")
        self._layout.addWidget(self.header)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setObjectName("pageSubtitle")
        self._layout.addWidget(self.subtitle)

    @property
    def body(self) -> QVBoxLayout:
        """The layout subclasses add their widgets to, below the header."""
        return self._layout

    def title(self) -> str:
        return QCoreApplication.translate("Navigation", self.nav_text)

    @property
    def help_topic(self) -> str:
        """The guide's anchor for this page (F1): the page id, but the Data page shares the import topic."""
        return "import" if self.page_id == "data" else self.page_id

    def retranslate(self) -> None:
        """Set every visible text; called at creation and whenever the language changes."""
        self.header.setText(self.title())
        self.subtitle.setText(QCoreApplication.translate("PageSubtitle", self.subtitle_text) if self.subtitle_text else "")
        self.subtitle.setVisible(bool(self.subtitle_text))

    def shortcut_actions(self) -> list[tuple[str, list[QAction]]]:
        """The page's own keyboard shortcuts, for Help › Keyboard shortcuts: (section title, actions), each
        action with its text and shortcut(s). They work only while the page has the focus, so a key may mean
        something else on another page; within a section each key is unique."""
        return []

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace

    def on_changes(self, changes: Changes) -> None:
        """The open workspace changed; reload what this page shows of it."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
