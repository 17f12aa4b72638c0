"""Starting the GUI: the QApplication, logging and crash handling, translations, then the main window.

Which workspace opens (DESIGN §7): the one named on the command line, else a fresh demo with --demo, else
the last one used, else the demo workspace (built on first start). On macOS a double-clicked workspace comes
as a QFileOpenEvent instead of a command-line argument (FileOpenFilter); it wins over the rest.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QWidget

from roi_desktop import __version__
from roi_desktop.core import paths
from roi_desktop.gui import settings as keys
from roi_desktop.gui.appearance import apply_appearance
from roi_desktop.gui.crash_dialog import CrashHandler, setup_logging
from roi_desktop.gui.first_paint import after_first_paint
from roi_desktop.gui.i18n import Translations
from roi_desktop.gui.resources import app_icon
from roi_desktop.gui.settings import AppSettings

if TYPE_CHECKING:
    from roi_desktop.gui.main_window import MainWindow

log = logging.getLogger("roi_desktop")

ORGANIZATION = "ROI Desktop"
APPLICATION = "ROI Desktop"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the names QSettings and the desktop need."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    folder = paths.settings_dir()
    if folder is not None:  # ROI_DESKTOP_HOME: the benchmarks and the package test never see the user's settings
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("roi-desktop")
    return app  # type: ignore[return-value]


def run_gui(*, workspace: Path | None = None, demo: bool = False, language: str | None = None) -> int:
    app = create_application()
    log_path = setup_logging()
    crash_handler = CrashHandler(log_path)
    crash_handler.install()
    settings = AppSettings()
    translations = Translations()
    translations.apply(language if language is not None else settings.get(keys.LANGUAGE))
    apply_appearance(settings.get(keys.APPEARANCE))
    log.info("ROI Desktop %s starting (%s)", __version__, translations.language)

    from roi_desktop.gui.main_window import (
        MainWindow,  # after the translators, so texts start translated
    )

    window = MainWindow(settings, translations)
    file_open = FileOpenFilter(window)
    app.installEventFilter(file_open)
    if os.environ.get("ROI_DESKTOP_EXIT_ON_PAINT") == "1":
        _exit_on_first_paint(window)
    window.show()

    def open_initial() -> None:
        if not file_open.opened:  # a file from the Finder arrived first: that is what the user asked for
            open_initial_workspace(window, settings, workspace, demo)

    # Open the workspace once the window is painted: the user sees the app at once.
    after_first_paint(window, open_initial)
    return app.exec()


class FileOpenFilter(QObject):
    """Opens the workspaces macOS hands to the app: double-clicked in the Finder, dropped on the Dock icon.

    macOS does not put them on the command line: it sends the QApplication a QEvent.FileOpen, at start-up
    as well as while the app runs. Other systems never send it. `opened` tells whether one was opened.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.opened = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.FileOpen:
            return False
        assert isinstance(event, QFileOpenEvent)
        if self._window.session.open(Path(event.file())):
            self.opened = True
        return True


def _exit_on_first_paint(window: QWidget) -> None:
    """Benchmark probe (benchmarks/cold_start.py): print the time of the first paint and leave at once."""

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                print(time.time(), flush=True)
                os._exit(0)
            return False

    window.installEventFilter(FirstPaint(window))


def open_initial_workspace(window: object, settings: AppSettings, workspace: Path | None, demo: bool) -> None:
    from roi_desktop.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    if workspace is not None:
        if window.session.open(workspace) or not demo:
            return
    if demo:
        window.open_demo(fresh=True)
        return
    last = settings.last_workspace()
    if last is not None and last.exists() and window.session.open(last):
        return
    window.open_demo()
