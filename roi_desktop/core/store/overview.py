"""What a workspace holds, at a glance: row counts per table and the last import (status bar, About, CLI)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

COUNTED_TABLES = (
    "contacts",
    "campaigns",
    "email_events",
    "campaign_stats",
    "deals",
    "workflows",
    "costs",
    "web_traffic",
    "stage_history",
)


@dataclass(frozen=True)
class WorkspaceSummary:
    """Row counts of the canonical tables and the latest live import."""

    counts: dict[str, int]
    imports: int
    last_import_at: str | None
    last_import_file: str | None

    @property
    def empty(self) -> bool:
        return self.imports == 0


def summary(db: Database) -> WorkspaceSummary:
    counts = {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in COUNTED_TABLES}
    imports = db.execute("SELECT count(*) FROM import_batches WHERE status = 'loaded'").fetchone()[0]
    last = db.execute(
        "SELECT imported_at, file_name FROM import_batches WHERE status = 'loaded' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return WorkspaceSummary(counts, imports, last[0] if last else None, last[1] if last else None)
