"""`workspace.costs`: the façade of this area for the GUI and the CLI."""

from __future__ import annotations

from roi_desktop.core.store import Store


class CostService:
    """The cost ledger and value settings (issue #7): edit costs, recurring lines, exchange rates."""

    def __init__(self, store: Store) -> None:
        self.store = store
