"""The Notifier: how pages tell the user something, without calling QMessageBox themselves.

Pages emit through it; the main window shows info and warnings in its message bar and errors too (a
non-blocking banner is enough for "this file cannot be read"). Tests connect to the signals and assert what
the user was told (qutebrowser's message bridge).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from roi_desktop.core.messages import Message
from roi_desktop.gui.i18n import message_text


class Notifier(QObject):
    """Signals:
        shown(str, str): a sentence to show and its level ("info", "warning", "error").
    """

    shown = Signal(str, str)
    """A sentence for the user and its level."""

    def info(self, text: str | Message) -> None:
        self._emit(text, "info")

    def warning(self, text: str | Message) -> None:
        self._emit(text, "warning")

    def error(self, text: str | Message) -> None:
        self._emit(text, "error")

    def _emit(self, text: str | Message, level: str) -> None:
        self.shown.emit(message_text(text) if isinstance(text, Message) else text, level)
