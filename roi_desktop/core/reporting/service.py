"""`workspace.reporting`: the façade of this area for the GUI and the CLI."""

from __future__ import annotations

from roi_desktop.core.store import Store


class ReportService:
    """The Excel workbook of KPI tables and other exports (issue #9)."""

    def __init__(self, store: Store) -> None:
        self.store = store
