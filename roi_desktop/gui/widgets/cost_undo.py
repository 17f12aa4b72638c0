"""Undoable edits of the cost ledger (Ctrl+Z / Ctrl+Shift+Z): add, paste, edit, delete.

Each command's redo and undo is a write to the workspace, run on the writer queue by the ledger widget
(`CostWriter.write`); since that queue runs one write at a time in order, a command can keep what a write
returned (the ids added, the lines deleted) for the next undo or redo. Deleted lines come back with their ids,
so a redo after an undo deletes the very same lines. A command whose write was refused (the ledger changed
since it was checked) becomes a no-op and leaves the stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from roi_desktop.core.changes import Changes
from roi_desktop.core.costs.ledger import CostDraft
from roi_desktop.core.costs.service import CostService
from roi_desktop.core.store.costs import CostLine

Work = Callable[[CostService], Changes]


class CostWriter(Protocol):
    def write(self, work: Work, command: CostCommand) -> None:
        """Run `work` on the writer queue, publish its Changes, or report `command` as refused."""


class CostCommand(QUndoCommand):
    """A ledger edit whose redo and undo are writes.

    Attributes:
        failed: the workspace refused the write; the command does nothing more.
    """

    def __init__(self, writer: CostWriter, text: str) -> None:
        super().__init__(text)
        self.writer = writer
        self.failed = False

    def refused(self) -> None:
        self.failed = True
        self.setObsolete(True)

    def _run(self, work: Work) -> None:
        if not self.failed:
            self.writer.write(work, self)


class AddLines(CostCommand):
    """Add checked entries (typed, or pasted); undo deletes the lines they became."""

    def __init__(self, writer: CostWriter, text: str, drafts: Sequence[CostDraft], decimal_comma: bool | None) -> None:
        super().__init__(writer, text)
        self.drafts = list(drafts)
        self.decimal_comma = decimal_comma
        self.ids: list[int] = []
        self.removed: list[CostLine] = []

    def redo(self) -> None:
        self._run(self._add)

    def undo(self) -> None:
        self._run(self._delete)

    def _add(self, costs: CostService) -> Changes:
        if self.removed:  # redo after undo: the same lines, same ids
            self.ids, changes = costs.restore(self.removed)
            self.removed = []
            return changes
        added = costs.add(self.drafts, decimal_comma=self.decimal_comma)
        self.ids = added.ids
        return added.changes

    def _delete(self, costs: CostService) -> Changes:
        self.removed, changes = costs.delete(self.ids)
        return changes


class EditLine(CostCommand):
    """Change fields of one line; undo writes the line back as it was."""

    def __init__(self, writer: CostWriter, text: str, before: CostLine, changes: dict[str, Any],
                 decimal_comma: bool | None) -> None:
        super().__init__(writer, text)
        self.before = before
        self.changes = dict(changes)
        self.decimal_comma = decimal_comma

    def redo(self) -> None:
        self._run(lambda costs: costs.edit(self.before.id, self.changes, decimal_comma=self.decimal_comma))

    def undo(self) -> None:
        self._run(lambda costs: costs.overwrite(self.before))


class DeleteLines(CostCommand):
    """Delete lines; undo puts them back as they were (ids, import, recurring group)."""

    def __init__(self, writer: CostWriter, text: str, ids: Sequence[int]) -> None:
        super().__init__(writer, text)
        self.ids = list(ids)
        self.removed: list[CostLine] = []

    def redo(self) -> None:
        self._run(self._delete)

    def undo(self) -> None:
        self._run(self._restore)

    def _delete(self, costs: CostService) -> Changes:
        self.removed, changes = costs.delete(self.ids)
        return changes

    def _restore(self, costs: CostService) -> Changes:
        self.ids, changes = costs.restore(self.removed)
        return changes
