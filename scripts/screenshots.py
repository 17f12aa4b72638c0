#!/usr/bin/env python3
"""Screenshots of every page on the demo workspace, in English and French, for the README and reviews.

    python scripts/screenshots.py [--out docs/screenshots] [--pages import,kpis] [--size 1280x800]
                                  [--languages en,fr] [--appearance light,dark] [--dialogs] [--tabs]

Renders offscreen with Qt (QWidget.grab), so it needs no display; the shots show the window's content as
the user sees it, without the desktop's title bar.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def import_scenario(window, out: Path, language: str, settle) -> None:  # noqa: ANN001
    """The wizard on a new workspace: files detected, one to match, the mapping step, then the report."""
    from roi_desktop.core.resources import samples_dir
    from roi_desktop.gui.dialogs.mapping_dialog import MappingDialog

    def wait() -> None:
        settle(300)
        while window.runner.busy():
            settle(100)
        settle(300)

    scratch = Path(os.environ["ROI_DESKTOP_HOME"])
    odd = scratch / "salon-visiteurs.csv"
    odd.write_text("Courriel du visiteur;Stand;Visité le\nanne@example.com;B12;12/03/2025\n"
                   "pas-une-adresse;B12;12/03/2025\nbob@example.org;C3;13/03/2025\n", encoding="utf-8")
    demo = window.session.workspace.path
    window.session.create(scratch / f"new-{language}")
    window.show_page("import")
    page = window.current_page()
    page.add_paths([samples_dir() / "hubspot", samples_dir() / "pipedrive", samples_dir() / "manual", odd])
    wait()
    page.files_view.selectRow(0)
    wait()
    window.grab().save(str(out / f"import-{language}.png"))
    print(out / f"import-{language}.png")
    row = [p.display_name for p in page.files_model.previews].index(odd.name)
    dialog = MappingDialog(page.files_model.previews[row], window)
    dialog.show()
    wait()
    dialog.grab().save(str(out / f"import-mapping-{language}.png"))
    print(out / f"import-mapping-{language}.png")
    dialog.close()
    page.start_import()
    wait()
    window.grab().save(str(out / f"import-report-{language}.png"))
    print(out / f"import-report-{language}.png")
    window.session.open(demo)


def dialog_shots(window, out: Path, suffix: str, settle) -> None:  # noqa: ANN001
    """The windows of the File and Help menus, each shown as the user would see it."""
    from roi_desktop.core.store import backups
    from roi_desktop.gui.dialogs.erase_dialog import EraseDialog
    from roi_desktop.gui.dialogs.help_window import HelpWindow
    from roi_desktop.gui.dialogs.restore_dialog import RestoreDialog
    from roi_desktop.gui.dialogs.settings_dialog import SettingsDialog, load_preferences
    from roi_desktop.gui.dialogs.shortcuts_dialog import ShortcutsDialog

    workspace = window.session.workspace
    if not backups.list_backups(workspace.path):
        backups.backup(workspace.path, "before-import")
        backups.backup(workspace.path, "before-v5")
    settings = SettingsDialog(load_preferences(window.settings), workspace.settings(), window,
                              workspace_name=workspace.name)
    erase = EraseDialog(workspace, window.session, window.runner, window)
    erase.address.setText(workspace.store.reader().execute(
        "SELECT email FROM contact_records GROUP BY email ORDER BY count(*) DESC LIMIT 1").fetchone()[0])
    erase.find()
    dialogs = {"settings": settings, "restore": RestoreDialog(workspace.path, window), "erase": erase,
               "shortcuts": ShortcutsDialog(window)}
    for name, dialog in dialogs.items():
        dialog.show()
        settle(300)
        while window.runner.busy():
            settle(100)
        if name == "settings":
            for index in range(dialog.tabs.count()):
                dialog.tabs.setCurrentIndex(index)
                settle(200)
                _save(dialog, out / f"settings-{index + 1}-{suffix}.png")
        else:
            _save(dialog, out / f"{name}-{suffix}.png")
        dialog.close()
    guide = HelpWindow.show_topic(window, "kpis")
    settle(300)
    _save(guide, out / f"guide-{suffix}.png")
    guide.close()


def tab_shots(window, page_id: str, out: Path, suffix: str, settle) -> None:  # noqa: ANN001
    """Each tab but the first of the page's main tab widget (`tabs`), then back to the first."""
    tabs = getattr(window.current_page(), "tabs", None)
    if tabs is None:
        return
    for index in range(1, tabs.count()):
        tabs.setCurrentIndex(index)
        settle()
        while window.runner.busy():
            settle(100)
        target = out / f"{page_id}-tab{index}-{suffix}.png"
        window.grab().save(str(target))
        print(target)
    tabs.setCurrentIndex(0)


def _save(widget, target: Path) -> None:  # noqa: ANN001
    widget.grab().save(str(target))
    print(target)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--pages", default="")
    parser.add_argument("--languages", default="en,fr")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--appearance", default="light", help="light, dark or both (light,dark)")
    parser.add_argument("--dialogs", action="store_true", help="also the settings, restore, erase and guide windows")
    parser.add_argument("--tabs", action="store_true", help="also every other tab of each page (<page>-tab<N>-…)")
    args = parser.parse_args()
    os.environ.setdefault("ROI_DESKTOP_HOME", tempfile.mkdtemp(prefix="roi-shots-"))

    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer

    from roi_desktop.core.demo import fresh_demo
    from roi_desktop.gui.app import create_application
    from roi_desktop.gui.appearance import apply_appearance
    from roi_desktop.gui.i18n import Translations
    from roi_desktop.gui.main_window import MainWindow
    from roi_desktop.gui.pages import registry
    from roi_desktop.gui.settings import AppSettings

    app = create_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.environ["ROI_DESKTOP_HOME"])
    demo = fresh_demo()
    width, height = (int(v) for v in args.size.split("x"))
    wanted = [p for p in args.pages.split(",") if p] or [p.page_id for p in registry.PAGES]
    args.out.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    shots = [(language, look) for look in args.appearance.split(",") for language in args.languages.split(",")]
    translations = Translations()
    for language, look in shots:
        apply_appearance(look)
        suffix = language if look == "light" else f"{language}-{look}"
        translations.apply(language)
        window = MainWindow(AppSettings(), translations)
        window.resize(width, height)
        window.show()
        window.session.open(demo)
        for page_id in wanted:
            if page_id == "import" and look == "light":
                import_scenario(window, args.out, language, settle)
                continue
            window.show_page(page_id)
            settle()
            while window.runner.busy():
                settle(100)
            settle()
            target = args.out / f"{page_id}-{suffix}.png"
            window.grab().save(str(target))
            print(target)
            if args.tabs:
                tab_shots(window, page_id, args.out, suffix, settle)
        if args.dialogs:
            dialog_shots(window, args.out, suffix, settle)
        window.close()
        QCoreApplication.processEvents()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
