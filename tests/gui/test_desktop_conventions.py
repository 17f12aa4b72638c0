"""Desktop conventions and safety, driven through the real window: drag and drop, shortcuts, settings,
light/dark, backups and restore, erasing a person, the guide."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from roi_desktop.core.store import backups
from roi_desktop.gui import settings as keys
from roi_desktop.gui.dialogs import settings_dialog
from roi_desktop.gui.dialogs.erase_dialog import EraseDialog
from roi_desktop.gui.dialogs.help_window import HelpWindow, guide_html
from roi_desktop.gui.dialogs.restore_dialog import RestoreDialog
from roi_desktop.gui.dialogs.shortcuts_dialog import shortcut_groups
from roi_desktop.gui.pages import registry
from roi_desktop.gui.settings import AppSettings
from tests.core.kpis.tiny_exports import hubspot_contacts


def _drop(widget, paths: list[Path]) -> QDropEvent:
    """Drag `paths` over `widget` and drop them, as a file manager would."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop


def _count(path: Path, sql: str, *args: object) -> int:
    with sqlite3.connect(path) as db:
        return db.execute(sql, args).fetchone()[0]


# ---- Drag and drop


def test_exports_dropped_on_any_page_go_to_the_import_wizard(window, qtbot, fixtures: Path) -> None:
    window.show_page("kpis")
    dropped = [fixtures / "mautic" / "contacts.csv", fixtures / "ga4"]
    _drop(window.current_page(), dropped)
    page = window.page("import")
    assert window.current_page() is page
    assert page.paths == dropped
    qtbot.waitUntil(lambda: page.files_model.rowCount() == 2, timeout=20_000)


def test_a_dropped_workspace_opens(window, demo_copy: Path, tmp_path: Path) -> None:
    other = tmp_path / "Other.roidb"
    other.write_bytes(demo_copy.read_bytes())
    _drop(window, [other])
    assert window.session.workspace.path == other


# ---- Shortcuts


def test_every_menu_action_has_its_own_shortcut_and_the_list_shows_them_all(window) -> None:
    menu_actions = [a for m in (window.file_menu, window.go_menu, window.help_menu) for a in m.actions()
                    if not a.isSeparator() and a.menu() is None]
    without = [a.text() for a in menu_actions if a.shortcut().isEmpty() and a is not window.action_about]
    assert without == []
    shortcuts = [a.shortcut().toString() for a in menu_actions if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)), "two actions share a shortcut"
    listed = {text for _, rows in shortcut_groups(window) for text, _ in rows}
    assert {"Open workspace", "Restore a backup", "Erase a person (GDPR)", "Keyboard shortcuts"} <= listed
    assert len(listed) >= len(shortcuts)


# ---- Settings


def test_settings_persist_and_apply(window, monkeypatch) -> None:
    def fill(dialog: settings_dialog.SettingsDialog) -> int:
        dialog.appearance.setCurrentIndex(dialog.appearance.findData("dark"))
        dialog.folder.setText("/tmp/roi-exports")
        dialog.workspace_tab.backup_days.setValue(12)
        dialog.workspace_tab.hourly_rate.setValue(42.5)
        bounce = next(r for r in dialog.alerts_tab.rows if r.definition.id == "bounce_rate")
        bounce.warning.setValue(3.5)
        roi = next(r for r in dialog.alerts_tab.rows if r.definition.id == "roi")
        roi.enabled.setChecked(False)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", fill)
    window.action_settings.trigger()
    window.runner.wait()
    QApplication.processEvents()
    try:
        fresh = AppSettings()
        assert fresh.get(keys.APPEARANCE) == "dark"
        assert fresh.get(keys.DEFAULT_FOLDER) == "/tmp/roi-exports"
        stored = window.session.workspace.settings()
        assert stored["backup_keep_days"] == 12
        assert stored["hourly_rate"] == 42.5
        assert stored["alert.bounce_rate"] == {"warning": 0.035, "critical": 0.05}
        assert stored["alert.roi"] is False
        assert "alert.unsubscribe_rate" not in stored  # untouched thresholds keep following the defaults
        palette = QApplication.palette()
        assert palette.color(QPalette.ColorRole.Window).lightness() < 60
        # The dialog reopens on what was saved.
        dialog = settings_dialog.SettingsDialog(settings_dialog.load_preferences(fresh), stored)
        assert dialog.appearance.currentData() == "dark"
        assert dialog.workspace_tab.backup_days.value() == 12
        assert dialog.workspace_tab.hourly_rate.value() == 42.5
        assert not next(r for r in dialog.alerts_tab.rows if r.definition.id == "roi").enabled.isChecked()
    finally:
        from roi_desktop.gui.appearance import apply_appearance

        apply_appearance("")
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 180


# ---- Backups and restore


def test_import_then_restore_the_copy_taken_before_it(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    path = window.session.workspace.path
    batches_before = _count(path, "SELECT count(*) FROM import_batches WHERE status = 'loaded'")
    new_file = hubspot_contacts(tmp_path, [{"email": "new.person@example.org", "stage": "lead",
                                            "created": "2025-01-02"}])
    report = window.session.workspace.imports.import_paths([new_file])
    assert report.backup is not None  # the demo holds data: a copy was taken first
    assert _count(path, "SELECT count(*) FROM import_batches WHERE status = 'loaded'") == batches_before + 1

    monkeypatch.setattr(RestoreDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.session.opened, timeout=30_000, check_params_cb=lambda ws: ws is not None):
        window.action_restore.trigger()
    assert window.session.workspace.path == path
    assert _count(path, "SELECT count(*) FROM import_batches WHERE status = 'loaded'") == batches_before
    assert {b.reason for b in backups.list_backups(path)} == {"before-import", "before-restore"}
    assert "restored" in window.message_bar.label.text()


# ---- Erasing a person


def test_erase_a_person_from_the_dialog_keeps_the_counts(window, qtbot, monkeypatch) -> None:
    path = window.session.workspace.path
    with sqlite3.connect(path) as db:
        email, records = db.execute(
            "SELECT email, count(*) FROM contact_records GROUP BY email ORDER BY count(*) DESC, email LIMIT 1"
        ).fetchone()
        sources = db.execute("SELECT count(DISTINCT source) FROM contact_records WHERE email = ?", [email]).fetchone()[0]
    contacts = _count(path, "SELECT count(*) FROM contacts")
    events = _count(path, "SELECT count(*) FROM email_events")
    sent_to_them = _count(path, "SELECT count(*) FROM email_events WHERE email = ?", email)

    dialog = EraseDialog(window.session.workspace, window.session, window.runner, window)
    qtbot.addWidget(dialog)
    dialog.address.setText(email.upper())
    assert not dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=20_000)
    shown = dialog.result.text()
    assert f"{records} contact records" in shown and f"{sent_to_them} e-mails sent to them" in shown
    assert shown.count(",") >= sources - 1
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.session.changed, timeout=30_000):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    assert _count(path, "SELECT count(*) FROM contact_records WHERE email = ?", email) == 0
    assert _count(path, "SELECT count(*) FROM email_events WHERE email = ?", email) == 0
    assert _count(path, "SELECT count(*) FROM contacts") == contacts
    assert _count(path, "SELECT count(*) FROM email_events") == events
    assert _count(path, "SELECT count(*) FROM activity_log WHERE action = 'erase_person'") == 1
    assert "was erased" in dialog.result.text()


def test_an_unknown_address_is_said_so(window, qtbot) -> None:
    dialog = EraseDialog(window.session.workspace, window.session, window.runner, window)
    qtbot.addWidget(dialog)
    dialog.address.setText("nobody@nowhere.example")
    dialog.find()
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=20_000)
    assert "No one" in dialog.result.text()
    assert not dialog.erase_button.isEnabled()


# ---- The guide


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_guide_has_every_topic_the_pages_link_to_and_the_whole_kpi_catalogue(translations, language) -> None:
    from roi_desktop.core.kpis.definitions import all_definitions

    translations.apply(language)
    text = guide_html(language)
    for page in registry.PAGES:
        topic = page.help_topic.fget(page) if isinstance(page.help_topic, property) else page.help_topic
        assert f'name="{topic}"' in text, topic
    assert 'name="first-steps"' in text and 'name="backups"' in text
    from PySide6.QtCore import QCoreApplication

    for definition in all_definitions().values():
        assert QCoreApplication.translate("Kpi", definition.name) in text


def test_f1_opens_the_guide_at_the_page_topic(window, qtbot) -> None:
    window.show_page("data")
    window.action_guide.trigger()
    guide = HelpWindow._instance
    assert guide is not None and guide.isVisible()
    assert "import" in guide.browser.toHtml().lower()
    guide.close()
