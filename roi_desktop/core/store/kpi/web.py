"""Web analytics figures (GA4 traffic acquisition) as the web KPIs read them (KPIS §3.4, §4.6).

Rows are day × source / medium (× landing page, campaign, channel group when exported); the grand-total row
never loads. Figures come summed per month and dimension, so a period change reads a few hundred rows.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, NamedTuple

from sqlite_utils import Database

from roi_desktop.core.store.kpi import filters


class WebFigures(NamedTuple):
    """Σ of the web rows of one month and one combination of dimensions ('' = not exported).

    Attributes:
        converting_sessions: sessions of the rows that carry key events (the conversion rate's denominator).
        lacking_key_events: rows without a key-events figure.
    """

    month: str
    source: str
    source_medium: str
    traffic_source: str | None
    medium: str | None
    channel_group: str
    landing_page: str
    sessions: int | None
    key_events: int | None
    converting_sessions: int | None
    lacking_key_events: int


def web_figures(db: Database, first: str, last: str, *, sources: Collection[str] = ()) -> list[WebFigures]:
    """The rows of first..last of the chosen tools (all when empty). Their channel is mapped from the channel
    group or source / medium in Python (core/channels.py), so the channel filter applies to these sums."""
    params: dict[str, Any] = {"first": first, "last": last}
    rows = db.execute(
        f"""SELECT substr(day, 1, 7), source, source_medium, traffic_source, medium, channel_group, landing_page,
            sum(sessions), sum(key_events), sum(CASE WHEN key_events IS NOT NULL THEN sessions END),
            sum(key_events IS NULL)
        FROM web_traffic WHERE day BETWEEN :first AND :last {filters.member("source", sources, params, "sources")}
        GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1""",
        params,
    ).fetchall()
    return [WebFigures(*row) for row in rows]


def daily_sessions(db: Database, first: str, last: str, *, sources: Collection[str] = ()) -> dict[str, int]:
    """Sessions per day with web rows carrying sessions, first..last, of the chosen tools (all when empty)."""
    params: dict[str, Any] = {"first": first, "last": last}
    return dict(db.execute(
        f"""SELECT day, sum(sessions) FROM web_traffic WHERE day BETWEEN :first AND :last AND sessions IS NOT NULL
            {filters.member("source", sources, params, "sources")} GROUP BY day""",
        params,
    ).fetchall())
