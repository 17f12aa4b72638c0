"""What a mutating call changed, so that views reload only what they show (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Returned by every call that writes to a workspace.

    Attributes:
        tables: canonical tables whose rows changed.
        batch_ids: import batches created or undone.
        settings: workspace settings keys that changed.
    """

    tables: frozenset[str] = field(default_factory=frozenset)
    batch_ids: tuple[int, ...] = ()
    settings: frozenset[str] = field(default_factory=frozenset)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.tables | other.tables,
            self.batch_ids + tuple(b for b in other.batch_ids if b not in self.batch_ids),
            self.settings | other.settings,
        )

    def touches(self, *tables: str) -> bool:
        """True when any of `tables` changed."""
        return bool(self.tables.intersection(tables))

    @property
    def empty(self) -> bool:
        return not (self.tables or self.batch_ids or self.settings)
