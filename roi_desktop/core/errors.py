"""The two kinds of failure the core reports, so that the GUI and the CLI show each the right way.

`UserError` carries a translatable `Message` about something the user can fix (a file, a workspace, an input);
the GUI shows it inline and the CLI prints it as one sentence. Anything else is a bug and goes to the crash
dialog / traceback log. `Cancelled` is neither: the user asked to stop, nobody is told off.
"""

from __future__ import annotations

from roi_desktop.core.messages import Message


class UserError(Exception):
    """A problem the user can understand and act on.

    Attributes:
        message: the translatable explanation (file, row, column where relevant).
    """

    def __init__(self, message: Message) -> None:
        super().__init__(message.english())
        self.message = message

    @property
    def code(self) -> str:
        return self.message.code


class WorkspaceError(UserError):
    """A workspace file cannot be opened or written as asked (not SQLite, corrupt, newer, locked, read-only)."""


class Cancelled(Exception):
    """The user cancelled a long task; the workspace is as it was before the task started."""
