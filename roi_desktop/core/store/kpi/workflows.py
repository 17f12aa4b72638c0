"""Workflow inventory and automation reports as the workflow KPIs read them (KPIS §3.4, §4.7).

Inventories and automation reports are merged at import by (tool, folded name), so one row is one
workflow; these queries only pick the workflows that existed at the end of a period.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from roi_desktop.core.store.kpi import filters


@dataclass(frozen=True)
class WorkflowRow:
    """One workflow: trigger and goal are '' when none is set and None when no export says (unknown)."""

    source: str
    name: str
    name_key: str
    active: int | None
    trigger: str | None
    goal: str | None
    emails_configured: int | None
    enrolled: int | None
    completed: int | None


def workflows(db: Database, last: str, *, sources: Collection[str] = ()) -> list[WorkflowRow]:
    """Workflows of the chosen tools (all when empty) created on or before `last`, or of unknown creation day."""
    params: dict[str, Any] = {"last": last}
    rows = db.execute(
        f"""SELECT source, name, name_key, active, trigger, goal, emails_configured, enrolled, completed
        FROM workflows WHERE (created_day IS NULL OR created_day <= :last)
            {filters.member("source", sources, params, "sources")}
        ORDER BY source, name_key""",
        params,
    ).fetchall()
    return [WorkflowRow(*row) for row in rows]


def workflow_names(db: Database) -> dict[tuple[str, str], str]:
    """(tool, folded name) → the workflow's name as written."""
    return {(source, key): name for source, key, name in
            db.execute("SELECT source, name_key, name FROM workflows").fetchall()}


def automated_campaigns(db: Database, last: str, *, sources: Collection[str] = ()) -> list[tuple[str, str, int]]:
    """(tool, workflow name as the e-mail export writes it, distinct automated campaigns first sent on or
    before `last`) — the e-mails a workflow holds when no inventory counts them; chosen tools only."""
    params: dict[str, Any] = {"last": last}
    return db.execute(
        f"""SELECT source, workflow, count(DISTINCT id) FROM campaigns
        WHERE automated = 1 AND workflow IS NOT NULL AND workflow != ''
            AND (send_day IS NULL OR send_day <= :last) {filters.member("source", sources, params, "sources")}
        GROUP BY source, workflow""",
        params,
    ).fetchall()
