"""Unexpected errors: logged to the user's log folder and explained in a friendly dialog.

The excepthook catches every uncaught exception on the GUI thread and, through `threading.excepthook`, in
other threads (re-posted to the GUI thread). The user reads what happened in plain words, that the workspace
is safe (writes are transactional: a failed task changed nothing), and where the details are; the app keeps
running. A second error while the dialog is open is only logged.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from roi_desktop import __version__
from roi_desktop.core import paths

log = logging.getLogger("roi_desktop")


def setup_logging() -> Path:
    """Log to <log folder>/roi-desktop.log (rotated); returns its path."""
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "roi-desktop.log"
    if not any(isinstance(h, RotatingFileHandler) for h in log.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


class CrashDialog(QDialog):
    """What happened, that the workspace is safe, and where the details are."""

    def __init__(self, details: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("CrashDialog", "Something went wrong"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "CrashDialog",
                "ROI Desktop met an unexpected problem and stopped what it was doing. Your workspace is safe:"
                " an interrupted task changes nothing.\n\nIf it happens again, send the details below to your"
                " support contact. They were also saved in:",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        path_label = QLabel(f"<a href='{QUrl.fromLocalFile(str(log_path.parent)).toString()}'>{log_path}</a>")
        path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        path_label.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        layout.addWidget(path_label)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(160)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(translate("CrashDialog", "Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class CrashHandler(QObject):
    """Installs itself as sys.excepthook and threading.excepthook."""

    def __init__(self, log_path: Path) -> None:
        super().__init__()
        self.log_path = log_path
        self._showing = False
        self._pending: list[str] = []
        self.dialogs_shown = 0
        self.last_dialog: CrashDialog | None = None

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(self, kind: type[BaseException], error: BaseException | None, tb: TracebackType | None) -> None:
        details = f"ROI Desktop {__version__}\n" + "".join(traceback.format_exception(kind, error, tb))
        log.error("Unexpected error\n%s", details)
        if QApplication.instance() is None:
            sys.__excepthook__(kind, error, tb)  # type: ignore[arg-type]
            return
        self._pending.append(details)
        QMetaObject.invokeMethod(self, "_show", Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _show(self) -> None:
        if self._showing or not self._pending:
            return
        details = self._pending.pop(0)
        self._pending.clear()
        self._showing = True
        try:
            self.dialogs_shown += 1
            dialog = CrashDialog(details, self.log_path, QApplication.activeWindow())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(self._closed)
            self.last_dialog = dialog
            dialog.open()
        except Exception:  # noqa: BLE001 - never recurse into the handler
            self._showing = False
            log.exception("Could not show the crash dialog")

    def _closed(self) -> None:
        self._showing = False
        self.last_dialog = None
