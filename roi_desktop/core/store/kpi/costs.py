"""Queries of the cost KPIs (KPIS §3.4, §3.5, §4.5): the cost lines of the months a period overlaps.

Cost lines are few (a line per month, category and channel: 150 in the sample workbook, whatever the number
of contacts), so proration and conversion happen in Python on the lines themselves.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlite_utils import Database

from roi_desktop.core.store.kpi import filters


def cost_lines(db: Database, first_month: str, last_month: str, *,
               channels: Collection[str] = ()) -> list[tuple[str, str | None, str, str, int, str]]:
    """(month, day or None, category id, channel id or 'unknown', cents, currency) of the lines of the months
    first_month..last_month ('YYYY-MM') on the chosen channels (all when empty). Cost lines have no tool, so
    there is no tool filter here (kpis/filters.py)."""
    params: dict[str, Any] = {"first": first_month, "last": last_month}
    return db.execute(
        f"""SELECT month, day, category, coalesce(channel, 'unknown'), amount_cents, currency FROM costs
        WHERE month BETWEEN :first AND :last
            {filters.member("coalesce(nullif(channel, ''), 'unknown')", channels, params, "channels")}
        ORDER BY id""",
        params,
    ).fetchall()
