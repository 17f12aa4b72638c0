"""Running core work off the GUI thread, with a delayed progress dialog and a Cancel button.

Work functions are plain callables from the core that accept `progress` and `cancel` keyword arguments
(core/progress.py); this is the only module that wraps them in Qt objects. Reads go to a thread pool; writes
to a one-thread pool so that they reach the workspace one at a time (DESIGN §2). Results and errors come
back to the GUI thread through queued signals; a `UserError` is handed to `on_error` (or the notifier), a
`Cancelled` is silent, anything else goes to the crash handler.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from roi_desktop.core.errors import Cancelled, UserError
from roi_desktop.core.progress import CancelToken
from roi_desktop.core.store.connection import damaged_workspace
from roi_desktop.gui.notify import Notifier

PROGRESS_DELAY_MS = 500


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], signals: _Signals, cancel: CancelToken) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.cancel = cancel
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(progress=lambda done, total: self.signals.progressed.emit(done, total), cancel=self.cancel)
        except Cancelled:
            self.signals.cancelled.emit()
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread, never swallowed
            self.signals.failed.emit(damaged_workspace(error) or error)
        else:
            self.signals.finished.emit(result)


class TaskHandle(QObject):
    """A running task: cancel it, or wait on its signals in tests.

    Signals:
        done(object): the work returned this result.
        failed(object): the work raised this exception.
        ended(): the task is over, whatever the outcome.
    """

    done = Signal(object)
    """The work returned this result."""
    failed = Signal(object)
    """The work raised this exception (UserError or a bug)."""
    ended = Signal()
    """The task is over, whatever the outcome."""

    def __init__(self, cancel: CancelToken, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel_token = cancel
        self.running = True

    def cancel(self) -> None:
        self.cancel_token.cancel()


class Runner(QObject):
    """Runs core work in the background for one window."""

    def __init__(self, notifier: Notifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notifier = notifier
        self._window = parent
        self._reads = QThreadPool(self)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._handles: set[TaskHandle] = set()

    def run(
        self,
        fn: Callable[..., Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[UserError], None] | None = None,
        label: str | None = None,
        write: bool = False,
    ) -> TaskHandle:
        """Start `fn(progress=…, cancel=…)`; with a `label`, a progress dialog appears after half a second."""
        cancel = CancelToken()
        handle = TaskHandle(cancel, self)
        signals = _Signals()
        dialog = self._progress_dialog(label, handle) if label else None

        def finish() -> None:
            handle.running = False
            self._handles.discard(handle)
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()
            signals.deleteLater()
            handle.ended.emit()

        def done(result: Any) -> None:
            finish()
            if on_done is not None:
                on_done(result)
            handle.done.emit(result)

        def failed(error: BaseException) -> None:
            finish()
            handle.failed.emit(error)
            if isinstance(error, UserError):
                (on_error or (lambda e: self._notifier.error(e.message)))(error)
            else:
                sys.excepthook(type(error), error, error.__traceback__)

        signals.finished.connect(done, Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        signals.cancelled.connect(finish, Qt.ConnectionType.QueuedConnection)
        if dialog is not None:
            signals.progressed.connect(lambda d, t: _show_progress(dialog, d, t), Qt.ConnectionType.QueuedConnection)
        self._handles.add(handle)
        (self._writes if write else self._reads).start(_Task(fn, signals, cancel))
        return handle

    def busy(self) -> bool:
        return bool(self._handles)

    def wait(self, msecs: int = 30000) -> None:
        """Block until background work ends (closing the window, tests)."""
        self._reads.waitForDone(msecs)
        self._writes.waitForDone(msecs)

    def cancel_all(self) -> None:
        for handle in list(self._handles):
            handle.cancel()

    def _progress_dialog(self, label: str, handle: TaskHandle) -> QProgressDialog:
        dialog = QProgressDialog(label, QProgressDialog.tr("Cancel"), 0, 0, self._window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(handle.cancel)
        # QProgressDialog only starts its delay timer on the first setValue().
        QTimer.singleShot(0, lambda: dialog.setValue(0) if handle.running else None)
        return dialog


def _show_progress(dialog: QProgressDialog, done: int, total: int) -> None:
    if total > 0:
        dialog.setMaximum(total)
        dialog.setValue(min(done, total))
    else:
        dialog.setMaximum(0)
        dialog.setValue(0)
