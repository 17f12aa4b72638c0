"""The workspace the window is working on: opening, creating, switching and closing it.

Pages never open files themselves: they listen to `opened` and `changed`. Opening is all-or-nothing — when
the new file cannot be opened the user is told why and the current workspace stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from roi_desktop.core.changes import Changes
from roi_desktop.core.errors import WorkspaceError
from roi_desktop.core.messages import Message
from roi_desktop.core.store.connection import WorkspaceLocked
from roi_desktop.core.workspace import Workspace
from roi_desktop.gui.notify import Notifier
from roi_desktop.gui.settings import AppSettings


class Session(QObject):
    """Holds the open Workspace.

    Attributes:
        workspace: the open workspace, or None.
        ask_read_only: asked when the file is locked by another copy; returns True to open it read-only.
        before_close: called before a workspace closes (the window finishes its background work there).

    Signals:
        opened(object): a workspace was opened (the Workspace).
        changed(object): the open workspace's data changed (a Changes).
    """

    opened = Signal(object)
    """A workspace was opened (or None: closed); pages reload everything."""
    changed = Signal(object)
    """The open workspace changed (a Changes); pages reload what they show of it."""

    def __init__(self, settings: AppSettings, notifier: Notifier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.notifier = notifier
        self.workspace: Workspace | None = None
        self.ask_read_only: Callable[[Message], bool] = lambda message: False
        self.before_close: Callable[[], None] = lambda: None
        """Called before the workspace closes: the window waits there for background work using it."""

    def open(self, path: Path, *, read_only: bool = False) -> bool:
        """Open `path`, replacing the current workspace only on success."""
        try:
            workspace = Workspace.open(path, read_only=read_only)
        except WorkspaceLocked as locked:
            if not self.ask_read_only(locked.message):
                return False
            return self.open(path, read_only=True)
        except WorkspaceError as error:
            self.notifier.error(error.message)
            return False
        self._switch_to(workspace)
        return True

    def create(self, path: Path) -> bool:
        try:
            workspace = Workspace.create(path)
        except WorkspaceError as error:
            self.notifier.error(error.message)
            return False
        self._switch_to(workspace)
        return True

    def publish(self, changes: Changes) -> None:
        """Tell every page what a task changed."""
        if not changes.empty:
            self.changed.emit(changes)

    def close(self) -> None:
        """Close the workspace; pages are told (opened(None)) so that none keeps using it."""
        if self.workspace is not None:
            self._close_quietly()
            self.opened.emit(None)

    def _close_quietly(self) -> None:
        if self.workspace is not None:
            self.before_close()
            self.workspace.close()
            self.workspace = None

    def _switch_to(self, workspace: Workspace) -> None:
        self._close_quietly()
        self.workspace = workspace
        self.settings.remember_workspace(workspace.path)
        for notice in workspace.notices:
            self.notifier.info(notice)
        self.opened.emit(workspace)
