"""Help › Keyboard shortcuts: every shortcut of the window, read from its actions so the list is never stale:
the menus, then each page's own shortcuts (`Page.shortcut_actions()`, one section per page, e.g. the Scoring
& funnel editor's), then the keys every table shares."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


def shortcut_groups(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """(section title, [(action text, shortcut text)]): every menu of the window, then the sections the pages
    declare (`Page.shortcut_actions()`), then the other actions that have a shortcut (tables), each listed
    once, in the platform's notation ("Ctrl+O", "⌘O")."""
    seen: set[int] = set()
    groups = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu):
            rows = _rows(_actions_of(menu), seen)
            if rows:
                groups.append((_plain(menu.title()), rows))
    all_pages = getattr(window, "all_pages", list)  # pages are built on first show: build them all now
    for page in all_pages():
        for title, actions in page.shortcut_actions():
            rows = _rows(actions, seen)
            if rows:
                groups.append((_plain(title.replace("&", "&&")), rows))
    others = list(dict.fromkeys(_rows([a for a in window.findChildren(QAction) if id(a) not in seen], seen)))
    if others:
        groups.append((QCoreApplication.translate("ShortcutsDialog", "In pages and tables"), others))
    return groups


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.resize(540, 620)
        layout = QVBoxLayout(self)
        browser = QTextBrowser()
        parts = []
        for title, rows in shortcut_groups(window):
            cells = "".join(f"<tr><td>{html.escape(text)}</td><td align='right'><b>{html.escape(keys)}</b></td></tr>"
                            for text, keys in rows)
            parts.append(f"<h3>{html.escape(title)}</h3><table width='100%' cellpadding='3'>{cells}</table>")
        browser.setHtml("".join(parts))
        layout.addWidget(browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _actions_of(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        submenu = action.menu()
        found.extend(_actions_of(submenu) if isinstance(submenu, QMenu) else [action])
    return found


def _rows(actions: list[QAction], seen: set[int]) -> list[tuple[str, str]]:
    rows = []
    for action in actions:
        seen.add(id(action))
        keys = ", ".join(dict.fromkeys(k.toString(QKeySequence.SequenceFormat.NativeText)
                                       for k in action.shortcuts() if not k.isEmpty()))
        if keys and action.text():  # a page's status tip says more than a button's word ("Add a rule")
            rows.append((_plain(action.statusTip() or action.text()), keys))
    return rows


def _plain(text: str) -> str:
    """Menu text without its mnemonic ampersand and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()
