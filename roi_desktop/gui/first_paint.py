"""Run work once a window has been painted for the first time, so that the app appears at once.

A zero-delay timer set before `show()` fires before the first paint (measured: the workspace was opened and
the last page built, 0.6 s, before anything appeared); the first Paint event of the window is the moment
the user sees it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, work: Callable[[], None]) -> None:
        super().__init__(window)
        self._work = work

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.parent(), self._work)
            self.deleteLater()
        return False


def after_first_paint(window: QWidget, work: Callable[[], None]) -> None:
    """Call `work` on the event loop just after `window` first paints (never if the window is destroyed
    first)."""
    window.installEventFilter(_FirstPaint(window, work))
