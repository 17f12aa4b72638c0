"""`workspace.usage`: the façade of this area for the GUI and the CLI."""

from __future__ import annotations

from roi_desktop.core.store import Store


class UsageService:
    """The usage audit of the automation tool (issue #8): e-mails sent, workflows, hygiene checks, usage score."""

    def __init__(self, store: Store) -> None:
        self.store = store
