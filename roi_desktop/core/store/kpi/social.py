"""Social network statistics and satisfaction answers as their KPIs read them (KPIS §4.7)."""

from __future__ import annotations

from sqlite_utils import Database


def engagement(db: Database, first: str, last: str) -> list[tuple[str, str, int | None, int | None, int]]:
    """(month, network, Σ reactions + comments + shares, Σ impressions, rows without impressions) of the
    posts of first..last; a row counts only the interactions it has, and only when it has impressions."""
    return db.execute(
        """SELECT substr(day, 1, 7), network,
            sum(CASE WHEN impressions IS NOT NULL AND coalesce(reactions, comments, shares) IS NOT NULL
                THEN coalesce(reactions, 0) + coalesce(comments, 0) + coalesce(shares, 0) END),
            sum(CASE WHEN coalesce(reactions, comments, shares) IS NOT NULL THEN impressions END),
            sum(impressions IS NULL OR coalesce(reactions, comments, shares) IS NULL)
        FROM social_stats WHERE day BETWEEN ? AND ? GROUP BY 1, 2 ORDER BY 1, 2""",
        [first, last],
    ).fetchall()


def satisfaction(db: Database, first: str, last: str) -> list[tuple[str, str, int, int]]:
    """(month, source, satisfied answers — the top two marks of the scale —, answers) of first..last."""
    return db.execute(
        """SELECT substr(day, 1, 7), source, sum(score >= scale_max - 1), count(*)
        FROM satisfaction WHERE day BETWEEN ? AND ? GROUP BY 1, 2 ORDER BY 1, 2""",
        [first, last],
    ).fetchall()
