"""Progress reporting and cancellation for long core tasks, without Qt.

Work functions take `progress: Progress` and `cancel: CancelToken`; they call `progress(done, total)` every
chunk and `cancel.check()` between chunks. The GUI wires these to a progress dialog and its Cancel button
(gui/workers.py); the CLI passes `no_progress` and a token nobody sets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from roi_desktop.core.errors import Cancelled

Progress = Callable[[int, int], None]
"""progress(done, total): total is 0 when unknown."""


def no_progress(done: int, total: int) -> None:
    """A Progress that reports nowhere."""


class CancelToken:
    """Set from any thread to ask a running task to stop at its next check."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise `Cancelled` if cancellation was asked for."""
        if self._event.is_set():
            raise Cancelled()
