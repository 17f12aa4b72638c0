"""Web analytics figures (GA4 traffic acquisition) as the web KPIs read them (KPIS §3.4, §4.6).

Rows are day × source / medium (× landing page, campaign, channel group when exported); the grand-total row
never loads. Figures come summed per month and dimension, so a period change reads a few hundred rows.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlite_utils import Database


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


def web_figures(db: Database, first: str, last: str) -> list[WebFigures]:
    rows = db.execute(
        """SELECT substr(day, 1, 7), source, source_medium, traffic_source, medium, channel_group, landing_page,
            sum(sessions), sum(key_events), sum(CASE WHEN key_events IS NOT NULL THEN sessions END),
            sum(key_events IS NULL)
        FROM web_traffic WHERE day BETWEEN ? AND ?
        GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1""",
        [first, last],
    ).fetchall()
    return [WebFigures(*row) for row in rows]


def daily_sessions(db: Database, first: str, last: str) -> dict[str, int]:
    """Sessions per day with web rows carrying sessions, first..last."""
    return dict(db.execute(
        "SELECT day, sum(sessions) FROM web_traffic WHERE day BETWEEN ? AND ? AND sessions IS NOT NULL GROUP BY day",
        [first, last],
    ).fetchall())
