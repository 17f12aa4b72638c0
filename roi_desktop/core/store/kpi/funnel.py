"""Queries of the funnel KPIs (KPIS §3.3, §4.3): stage entries, cohorts, lead statuses, scores.

Every funnel figure comes out of one statement: the earliest entry day per stage over all tools of each
contact who entered a stage in the period is pivoted once (the covering index of migration 0004 walks
`stage_history` in e-mail order, no sort), and each count, cohort and breakdown is a GROUP BY over that pivot,
one per stage. On 107,000 stage entries (scale 38) this returns a few hundred aggregate rows instead of a row
per contact for Python to loop over.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, timedelta

from sqlite_utils import Database

from roi_desktop.core.stages import STAGES
from roi_desktop.core.store.settings import read_setting

COHORTS = (("lead", "mql"), ("mql", "sql"), ("sql", "customer"), ("mql", "customer"), ("lead", "customer"))
"""The (from, to) stage pairs of the conversion rates."""


@dataclass(frozen=True)
class FunnelRows:
    """Aggregates of the funnel over a period.

    Attributes:
        new: (stage, month, tool, channel) → contacts whose earliest entry in the stage falls in the period.
        cohorts: (from, to, month, channel) → (members, converted within the window, window still open).
        automation: "enrolled"/"not_enrolled" → (members, converted) of the lead → customer cohort.
        rejection: (month, entered SQL, lead status) → MQL cohort members.
    """

    new: dict[tuple[str, str, str, str], int]
    cohorts: dict[tuple[str, str, str, str], tuple[int, int, int]]
    automation: dict[str, tuple[int, int]]
    rejection: dict[tuple[str, bool, str | None], int]


def active_model_id(db: Database) -> int | None:
    """The active scoring model, if any."""
    row = db.execute("SELECT id FROM scoring_models WHERE active = 1 ORDER BY version DESC, id DESC LIMIT 1").fetchone()
    return row[0] if row else None


def model_version(db: Database, model_id: int) -> tuple[str, int, str, str | None] | None:
    """(name, version number, saved at, last applied at) of a scoring model version."""
    row = db.execute(
        """SELECT name, version, created_at, (SELECT max(computed_at) FROM contact_scores WHERE model_id = m.id)
        FROM scoring_models m WHERE id = ?""", [model_id]).fetchone()
    return tuple(row) if row else None  # type: ignore[return-value]


def model_origin(model_id: int) -> str:
    """`stage_history.origin` of the entries a scoring model evaluated."""
    return f"model:{model_id}"


def _in_period(column: str) -> str:
    # Pivot cells are 'YYYY-MM-DD' + tool: compare on the day prefix.
    return f"{column} >= :start AND {column} < :after"


def _converted(source: str, target: str) -> str:
    return f"({target} IS NOT NULL AND substr({target}, 1, 10) <= date(substr({source}, 1, 10), :shift))"


def _targets(stage: str) -> list[str]:
    return [target for source, target in COHORTS if source == stage]


def _branch(stage: str, by_source: bool, by_channel: bool) -> str:
    """One GROUP BY per stage over the contacts who entered it in the period: new counts, the cohorts starting
    there (converted to each target, window still open), and the extra groups of the lead cohort (workflow
    enrolment before converting) and of the MQL cohort (lead status, accepted as SQL).

    With the KPI filter, only the contacts whose earliest entry in the stage comes from a chosen tool
    (`by_source`) and whose channel is chosen (`by_channel`): the tool `by_source` credits, so a filtered count
    is the unfiltered breakdown's value."""
    targets = _targets(stage)
    converted = [f"sum({_converted(stage, t)})" for t in targets] + ["0"] * (2 - len(targets))
    maturing = f"sum({stage} >= :maturing)" if targets else "0"
    flag = status = "''"
    accepted = "0"
    chosen = ""
    if by_source:
        chosen += f" AND substr({stage}, 11) IN (SELECT value FROM json_each(:sources))"
    if by_channel:
        chosen += " AND channel IN (SELECT value FROM json_each(:channels))"
    rows = f"g WHERE {_in_period(stage)}{chosen}"
    if stage == "lead":
        customer = _converted("lead", "customer")
        flag = (f"CASE WHEN enrolled IS NOT NULL AND (NOT {customer} OR enrolled <= substr(customer, 1, 10))"
                " THEN 'enrolled' ELSE 'not_enrolled' END")
        rows = f"(SELECT *, (SELECT min(a.day) FROM automated_sends a WHERE a.email = g.e) AS enrolled FROM {rows})"
    if stage == "mql":
        status, accepted = "coalesce(lead_status, '')", "sql IS NOT NULL"
    return f"""SELECT '{stage}', substr({stage}, 1, :cut), substr({stage}, 11), channel, {flag}, {status}, {accepted},
            count(*), {', '.join(converted)}, {maturing}
        FROM {rows} GROUP BY 2, 3, 4, 5, 6, 7"""


@lru_cache(maxsize=4)
def _statement(by_source: bool = False, by_channel: bool = False) -> str:
    pivots = ", ".join(f"min(CASE WHEN stage = '{s}' THEN entry_day || source END) AS {s}" for s in STAGES)
    return f"""WITH g AS MATERIALIZED (
            SELECT p.*, coalesce(c.channel, 'unknown') AS channel, c.lead_status AS lead_status
            FROM (SELECT email AS e, {pivots} FROM stage_history WHERE origin = :origin AND email IN (
                      SELECT email FROM stage_history WHERE origin = :origin AND {_in_period('entry_day')})
                  GROUP BY email) p
            LEFT JOIN contacts c ON c.email = p.e)
        {' UNION ALL '.join(_branch(stage, by_source, by_channel) for stage in STAGES)}"""


_MATURING_STAGES = tuple(dict.fromkeys(source for source, _target in COHORTS))

_FROM_STOCKS = f"""SELECT stage, substr(day, 1, 7), tool, channel, flag, status, accepted, sum(members), sum(first),
        sum(second), sum(CASE WHEN day >= :maturing AND stage IN ({', '.join(f"'{s}'" for s in _MATURING_STAGES)})
            THEN members ELSE 0 END)
    FROM funnel_stocks WHERE origin = :origin AND window_days = :window AND day >= :start AND day < :after {{chosen}}
    GROUP BY stage, 2, 3, 4, 5, 6, 7"""


def _stocks_built(db: Database, origin: str, window_days: int) -> bool:
    return db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'funnel_stocks'").fetchone() is not None and (
        db.execute("SELECT 1 FROM funnel_stocks WHERE origin = ? AND window_days = ? AND day = '' AND stage = 'built'",
                   [origin, int(window_days)]).fetchone() is not None)


def funnel_rows(db: Database, origin: str, start: date, end: date, window_days: int, data_end: date, *,
                sources: Collection[str] = (), channels: Collection[str] = ()) -> FunnelRows:
    """The funnel aggregates of entries of `origin` over [start, end]; conversions within `window_days`; only
    the entries of the chosen tools and channels (all when empty, see `_branch`).

    Read from `funnel_stocks` (the same aggregates per day, kept by the import) when it was built for this
    origin and window, else computed from `stage_history` (scoring-model entries, another window)."""
    params = {"origin": origin, "start": start.isoformat(), "after": (end + timedelta(days=1)).isoformat(),
              "shift": f"+{int(window_days)} days", "window": int(window_days), "cut": 7,
              "maturing": (data_end - timedelta(days=int(window_days) - 1)).isoformat(),
              "sources": json.dumps(sorted(sources)), "channels": json.dumps(sorted(channels))}
    if _stocks_built(db, origin, window_days):
        chosen = (" AND tool IN (SELECT value FROM json_each(:sources))" if sources else "") + (
            " AND channel IN (SELECT value FROM json_each(:channels))" if channels else "")
        statement = _FROM_STOCKS.replace("{chosen}", chosen)
    else:
        statement = _statement(bool(sources), bool(channels))
    rows = FunnelRows(defaultdict(int), defaultdict(lambda: (0, 0, 0)), defaultdict(lambda: (0, 0)), defaultdict(int))
    for stage, month, tool, channel, flag, status, accepted, count, first, second, maturing in db.execute(
            statement, params):
        rows.new[(stage, month, tool, channel)] += count
        targets = _targets(stage)
        converted = dict(zip(targets, (first, second)[:len(targets)], strict=True))
        for target, done in converted.items():
            key = (stage, target, month, channel)
            rows.cohorts[key] = tuple(map(sum, zip(rows.cohorts[key], (count, done, maturing), strict=True)))
        if stage == "lead":
            members, customers = rows.automation[flag]
            rows.automation[flag] = (members + count, customers + converted["customer"])
        if stage == "mql":
            rows.rejection[(month, bool(accepted), status or None)] += count
    return rows


STOCK_ORIGIN = "import"
"""The stage entries `funnel_stocks` is kept for: the imported ones (a scoring model's entries change with each
evaluation and are read live)."""


def stock_windows(db: Database) -> set[int]:
    """The conversion windows the stocks are built for: the default (kpis/context.py) and the workspace's."""
    found = {180}
    try:
        window = read_setting(db, "conversion_window_days")
        if window is not None:
            found.add(int(window))
    except (TypeError, ValueError):
        pass
    return found


def rebuild_stocks(db: Database, windows: Collection[int]) -> None:
    """Fill `funnel_stocks` with the funnel aggregates of every day (the statement of `funnel_rows` over all
    days, grouped by day instead of month) for each conversion window, and a "built" marker per window. The
    cohort's "window still open" depends on the end of the data, so it is summed at read time from the days."""
    db.execute("DELETE FROM funnel_stocks")
    for window in sorted({int(w) for w in windows}):
        params = {"origin": STOCK_ORIGIN, "start": "", "after": "\uffff", "shift": f"+{window} days",
                  "maturing": "\uffff", "cut": 10, "sources": "[]", "channels": "[]"}
        rows = db.execute(_statement(False, False), params).fetchall()
        db.conn.executemany(
            """INSERT INTO funnel_stocks (origin, window_days, stage, day, tool, channel, flag, status, accepted,
                members, first, second) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            ((STOCK_ORIGIN, window, *row[:10]) for row in rows))
        db.execute("""INSERT INTO funnel_stocks (origin, window_days, stage, day, tool, channel, flag, status,
            accepted, members, first, second) VALUES (?, ?, 'built', '', '', '', '', '', 0, 0, 0, 0)""",
                   [STOCK_ORIGIN, window])


def has_entries(db: Database, origin: str) -> bool:
    """Whether any stage entry of `origin` exists."""
    return db.execute("SELECT 1 FROM stage_history WHERE origin = ? LIMIT 1", [origin]).fetchone() is not None


_SCORE_STOCKS = """INSERT INTO score_stocks (day, source, label, contacts, total)
    SELECT coalesce(c.first_seen_day, ''), r.source, coalesce(r.lifecycle_stage, c.lifecycle_stage), count(*),
        sum(r.score)
    FROM contact_records r LEFT JOIN contacts c ON c.email = r.email
    WHERE r.score IS NOT NULL AND (r.lifecycle_stage IS NOT NULL OR c.email IS NOT NULL)
    GROUP BY 1, 2, 3"""
"""`score_groups` per first-seen day of the merged contact ('' when undated or not merged): a record counts
by `to` when its day is '' or not after it. The label is the tool's own, else the merged contact's (a record
without a label counts only when merged, as in the direct query's inner join)."""


def rebuild_score_stocks(db: Database) -> None:
    """Fill `score_stocks` from the contact records and the merged contacts (after `contacts` is rebuilt)."""
    db.execute("DELETE FROM score_stocks")
    db.execute(_SCORE_STOCKS)


def _score_stocks_exist(db: Database) -> bool:
    return db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'score_stocks'").fetchone() is not None


def score_groups(db: Database, to: str) -> list[tuple[str, str | None, int, float]]:
    """Imported scores of counted contacts known by `to`: (tool, current stage label, contacts, sum of scores)
    per tool and label — the tool's own label, else the merged contact's. A (tool, label) pair can come twice
    (from both halves of the direct query): the caller adds them up.

    Read from `score_stocks` (migration 0012: the same sums per first-seen day, a few thousand rows) when the
    workspace has it, else `score_groups_direct`. The average lead score ignores the KPI filter
    (kpis/filters.py `IGNORED`), so the table needs no channel."""
    if _score_stocks_exist(db):
        return db.execute(
            """SELECT source, label, sum(contacts), sum(total) FROM score_stocks WHERE day = '' OR day <= :to
            GROUP BY 1, 2""", {"to": to}).fetchall()
    return score_groups_direct(db, to)


def score_groups_direct(db: Database, to: str) -> list[tuple[str, str | None, int, float]]:
    """`score_groups` straight from `contact_records` and `contacts` (0.45 s at scale 38)."""
    return db.execute(
        """SELECT source, lifecycle_stage, count(*), sum(score) FROM contact_records
        WHERE score IS NOT NULL AND lifecycle_stage IS NOT NULL
            AND email NOT IN (SELECT email FROM contacts WHERE first_seen_day > :to)
        GROUP BY 1, 2
        UNION ALL
        SELECT r.source, c.lifecycle_stage, count(*), sum(r.score) FROM contact_records r
        JOIN contacts c ON c.email = r.email
        WHERE r.score IS NOT NULL AND r.lifecycle_stage IS NULL
            AND (c.first_seen_day IS NULL OR c.first_seen_day <= :to)
        GROUP BY 1, 2""",
        {"to": to},
    ).fetchall()


def model_score_groups(db: Database, model_id: int, to: str) -> list[tuple[str | None, int, float]]:
    """Scores of the active model: (stage, contacts, sum of scores) per stage."""
    return db.execute(
        """SELECT stage, count(*), sum(score) FROM contact_scores
        WHERE model_id = ? AND email NOT IN (SELECT email FROM contacts WHERE first_seen_day > ?) GROUP BY 1""",
        [model_id, to],
    ).fetchall()
