"""The main window shell: first start, navigation, opening files, language switch, crash handling."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from roi_desktop.core import paths
from roi_desktop.gui.app import open_initial_workspace
from roi_desktop.gui import settings as keys
from roi_desktop.gui.main_window import MainWindow
from roi_desktop.gui.pages import registry
from roi_desktop.gui.settings import AppSettings


def test_first_start_opens_the_demo_workspace(qtbot, translations) -> None:
    settings = AppSettings()
    main = MainWindow(settings, translations)
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitSignal(main.session.opened, timeout=120_000):
        open_initial_workspace(main, settings, None, False)
    assert main.session.workspace is not None
    assert main.session.workspace.path == paths.demo_workspace_path()
    assert "Demo" in main.workspace_label.text()
    assert settings.last_workspace() == paths.demo_workspace_path()
    main.session.close()


def test_navigation_reaches_every_page(window, qtbot) -> None:
    for index, entry in enumerate(registry.PAGES):
        item = window.nav.item(index)
        rect = window.nav.visualItemRect(item)
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        page = window.current_page()
        assert type(page) is entry.load()
        assert page.header.text() == item.text()
        assert page.isVisible()


def test_keyboard_shortcuts_switch_pages(window, qtbot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().page_id == registry.PAGES[1].page_id


def test_open_a_corrupt_file_keeps_the_current_workspace(window, tmp_path: Path, monkeypatch) -> None:
    current = window.session.workspace.path
    bad = tmp_path / "broken.roidb"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00\xff" * 3000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(bad), ""))
    window.action_open.trigger()
    assert window.session.workspace is not None and window.session.workspace.path == current
    assert window.message_bar.isVisible()
    assert window.message_bar.level == "error"
    assert "broken.roidb" in window.message_bar.label.text()
    assert bad.read_bytes()[:16] == b"SQLite format 3\x00"


def test_switching_language_retranslates_the_window(window, translations) -> None:
    window.show_page("data")
    translations.apply("fr")
    QCoreApplication.processEvents()
    assert window.file_menu.title() == "&Fichier"
    assert window.nav.item(1).text() == "Données"
    assert window.current_page().header.text() == "Données"
    assert window.workspace_label.text().startswith("Espace de travail")
    translations.apply("en")
    QCoreApplication.processEvents()
    assert window.file_menu.title() == "&File"
    assert window.nav.item(1).text() == "Data"


def test_uncaught_exception_shows_the_crash_dialog_and_logs(qtbot, tmp_path: Path) -> None:
    from roi_desktop.gui.crash_dialog import CrashDialog, CrashHandler

    log_path = tmp_path / "roi-desktop.log"
    handler = CrashHandler(log_path)
    try:
        raise ValueError("boom")
    except ValueError as error:
        handler.handle(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: handler.dialogs_shown == 1)
    dialog = handler.last_dialog
    assert isinstance(dialog, CrashDialog)
    assert "ValueError: boom" in dialog.details.toPlainText()
    assert str(log_path) in " ".join(label.text() for label in dialog.findChildren(QLabel))
    dialog.close()


def test_recent_workspaces_are_remembered(window, demo_copy: Path) -> None:
    settings = AppSettings()
    assert settings.recent_workspaces()[0] == demo_copy
    window.recent_menu.aboutToShow.emit()
    assert [a.text() for a in window.recent_menu.actions()] == [demo_copy.name]


@pytest.mark.parametrize("page_id", [p.page_id for p in registry.PAGES])
def test_every_page_says_something_in_an_empty_workspace(qtbot, translations, tmp_path: Path, page_id: str) -> None:
    main = MainWindow(AppSettings(), translations)
    qtbot.addWidget(main)
    main.show()
    assert main.session.create(tmp_path / "empty")
    main.show_page(page_id)
    page = main.current_page()
    texts = " ".join(label.text() for label in page.findChildren(type(main.workspace_label)) if label.isVisible())
    assert len(texts) > 40
    main.session.close()


def test_the_opening_page_is_built_after_the_window_first_paints(qtbot, translations) -> None:
    """Start-up shows the window first (menus, navigation), then builds the last page shown."""
    settings = AppSettings()
    settings.set(keys.LAST_PAGE, "usage")
    main = MainWindow(settings, translations)
    qtbot.addWidget(main)
    assert main.pages == {}  # nothing built before the window is painted
    main.show()
    qtbot.waitUntil(lambda: "usage" in main.pages, timeout=10_000)
    assert list(main.pages) == ["usage"]
    assert main.stack.currentWidget() is main.pages["usage"]
    assert main.nav.currentRow() == [entry.page_id for entry in registry.PAGES].index("usage")
