"""The span of the data: the earliest and latest period-defining facts (KPIS §1)."""

from __future__ import annotations

from sqlite_utils import Database

from roi_desktop.core.store.kpi.memo import memo

# Period-defining facts: contact creation, campaign send, stage entry, deal creation, close of won/lost deals,
# cost month, web day, social and survey days. Not: opens, clicks, forecast close dates, workflow creation.
_FACTS = (
    # Two subqueries, not min() and max() in one: SQLite then reads each end of the contacts_first_seen index
    # instead of scanning it (12 ms of the first KPI run at scale 38, 89 000 contacts).
    "SELECT (SELECT min(first_seen_day) FROM contacts), (SELECT max(first_seen_day) FROM contacts)",
    "SELECT min(day), max(day) FROM email_daily WHERE day != ''",
    "SELECT min(day), max(day) FROM campaign_stats WHERE day != ''",
    # The same per stage, over the stages found by skipping along stage_history_stage_day (stage, entry_day):
    # a dozen index look-ups instead of a scan of 107 000 entries (12-25 ms of the first KPI run at scale 38).
    """WITH RECURSIVE s(stage) AS (
        SELECT (SELECT min(stage) FROM stage_history)
        UNION ALL SELECT (SELECT min(h.stage) FROM stage_history h WHERE h.stage > s.stage) FROM s
        WHERE s.stage IS NOT NULL)
    SELECT min((SELECT min(h.entry_day) FROM stage_history h WHERE h.stage = s.stage)),
        max((SELECT max(h.entry_day) FROM stage_history h WHERE h.stage = s.stage)) FROM s WHERE s.stage IS NOT NULL""",
    "SELECT min(created_day), max(created_day) FROM deals",
    "SELECT min(close_day), max(close_day) FROM deals WHERE status IN ('won', 'lost')",
    "SELECT min(month) || '-01', max(month) || '-01' FROM costs",
    "SELECT min(day), max(day) FROM web_traffic",
    "SELECT min(day), max(day) FROM social_stats",
    "SELECT min(day), max(day) FROM satisfaction",
)


def data_span(db: Database) -> tuple[str | None, str | None]:
    """(earliest day, latest day) over every period-defining fact, or (None, None); read once per state of the
    data (memo.py: every period change asks for it)."""
    return memo(db, "data_span", lambda: _data_span(db))


def _data_span(db: Database) -> tuple[str | None, str | None]:
    firsts, lasts = [], []
    for query in _FACTS:
        first, last = db.execute(query).fetchone()
        if first:
            firsts.append(first)
        if last:
            lasts.append(last)
    return (min(firsts) if firsts else None, max(lasts) if lasts else None)
