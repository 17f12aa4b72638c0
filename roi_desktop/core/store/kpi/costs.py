"""Queries of the cost KPIs (KPIS §3.4, §3.5, §4.5): the cost lines of the months a period overlaps.

Cost lines are few (a line per month, category and channel: 150 in the sample workbook, whatever the number
of contacts), so proration and conversion happen in Python on the lines themselves.
"""

from __future__ import annotations

from sqlite_utils import Database


def cost_lines(db: Database, first_month: str, last_month: str) -> list[tuple[str, str | None, str, str, int, str]]:
    """(month, day or None, category id, channel id or 'unknown', cents, currency) of the lines of the months
    first_month..last_month ('YYYY-MM')."""
    return db.execute(
        """SELECT month, day, category, coalesce(channel, 'unknown'), amount_cents, currency FROM costs
        WHERE month BETWEEN ? AND ? ORDER BY id""",
        [first_month, last_month],
    ).fetchall()
