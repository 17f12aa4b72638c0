"""macOS opens a double-clicked workspace by sending the app a QFileOpenEvent (gui/app.py, FileOpenFilter)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent

from roi_desktop.gui.app import FileOpenFilter


def test_a_file_open_event_opens_the_workspace(window, qapp, built_demo: Path, tmp_path: Path) -> None:
    other = tmp_path / "From Finder.roidb"
    shutil.copyfile(built_demo, other)
    file_open = FileOpenFilter(window)
    qapp.installEventFilter(file_open)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(other)))
    finally:
        qapp.removeEventFilter(file_open)
    assert file_open.opened
    assert window.session.workspace is not None and window.session.workspace.path == other
    assert "From Finder" in window.windowTitle()


def test_a_file_that_cannot_be_opened_keeps_the_current_workspace(window, qapp, tmp_path: Path) -> None:
    current = window.session.workspace.path
    file_open = FileOpenFilter(window)
    qapp.installEventFilter(file_open)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(tmp_path / "missing.roidb")))
    finally:
        qapp.removeEventFilter(file_open)
    assert not file_open.opened
    assert window.session.workspace.path == current
    assert window.message_bar.level == "error"
