"""`workspace.scoring`: the façade of this area for the GUI and the CLI."""

from __future__ import annotations

from roi_desktop.core.store import Store


class ScoringService:
    """Lead scoring and funnel models (issue #6): rules, evaluation, versions, back-test, apply."""

    def __init__(self, store: Store) -> None:
        self.store = store
