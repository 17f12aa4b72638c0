"""The model being edited on the Scoring & funnel page, and its undo history (Ctrl+Z / Ctrl+Shift+Z).

A scoring model is an immutable value (core/scoring/rules.py), so an undoable edit is simply "this model
replaced that one": every command keeps both and swaps them. Nothing is written to the workspace while
editing — only saving a version writes — so undo and redo are instant and need no worker. Consecutive
changes of one setting (dragging the MQL threshold line, spinning a number) merge into one step.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from roi_desktop.core.scoring.rules import Model

MERGE_THRESHOLD = 1
"""Command id of MQL threshold changes: a drag of the line is one undo step."""
MERGE_SETTING = 2
"""Command id of other number settings, merged while the same setting keeps changing."""


class ReplaceModel(QUndoCommand):
    """One edit of the model: `before` → `after`; `key` names the setting for merging ("" = never merge)."""

    def __init__(self, document: ModelDocument, before: Model, after: Model, text: str, merge_id: int = -1,
                 key: str = "") -> None:
        super().__init__(text)
        self.document = document
        self.before = before
        self.after = after
        self.merge_id = merge_id
        self.key = key

    def id(self) -> int:
        return self.merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ReplaceModel) or other.key != self.key or not self.key:
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)
        return True

    def redo(self) -> None:
        self.document.show(self.after)

    def undo(self) -> None:
        self.document.show(self.before)


class ModelDocument(QObject):
    """The edited model and its undo stack.

    Signals:
        changed(object): the model shown changed (an edit, an undo, a redo, or a new model loaded).
    """

    changed = Signal(object)
    """The model in the editor is now this Model."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(200)
        self.model: Model | None = None

    def reset(self, model: Model | None) -> None:
        """Start over with `model` (another workspace): the history of the previous one is dropped."""
        self.stack.clear()
        self.show(model)

    def edit(self, after: Model, text: str, *, merge_id: int = -1, key: str = "") -> None:
        """Replace the model by `after` as one undoable step named `text` (nothing happens if it is equal)."""
        if self.model is None or after == self.model:
            return
        self.stack.push(ReplaceModel(self, self.model, after, text, merge_id, key))

    def show(self, model: Model | None) -> None:
        self.model = model
        self.changed.emit(model)
