"""Guards against a broken Qt binding: PySide6 6.12.0 drops a reference to True on every signal emission,
which aborts the app ("Fatal Python error: bool_dealloc") once a few thousand signals have been emitted."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(object)


def test_emitting_signals_keeps_the_reference_count_of_true(qapp) -> None:
    emitter = _Emitter()
    received = []
    emitter.changed.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.changed.emit([True, False])
    assert len(received) == 200
    received.clear()
    assert sys.getrefcount(True) >= before - 5
