"""Queries of the funnel KPIs (KPIS §3.3, §4.3): stage entries, cohorts, lead statuses, scores.

Every funnel figure comes out of one statement: the earliest entry day per stage over all tools of each
contact who entered a stage in the period is pivoted once (the covering index of migration 0004 walks
`stage_history` in e-mail order, no sort), and each count, cohort and breakdown is a GROUP BY over that pivot,
one per stage. On 107,000 stage entries (scale 38) this returns a few hundred aggregate rows instead of a row
per contact for Python to loop over.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlite_utils import Database

from roi_desktop.core.stages import STAGES

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


def _branch(stage: str) -> str:
    """One GROUP BY per stage over the contacts who entered it in the period: new counts, the cohorts starting
    there (converted to each target, window still open), and the extra groups of the lead cohort (workflow
    enrolment before converting) and of the MQL cohort (lead status, accepted as SQL)."""
    targets = _targets(stage)
    converted = [f"sum({_converted(stage, t)})" for t in targets] + ["0"] * (2 - len(targets))
    maturing = f"sum({stage} >= :maturing)" if targets else "0"
    flag = status = "''"
    accepted = "0"
    rows = f"g WHERE {_in_period(stage)}"
    if stage == "lead":
        customer = _converted("lead", "customer")
        flag = (f"CASE WHEN enrolled IS NOT NULL AND (NOT {customer} OR enrolled <= substr(customer, 1, 10))"
                " THEN 'enrolled' ELSE 'not_enrolled' END")
        rows = f"(SELECT *, (SELECT min(a.day) FROM automated_sends a WHERE a.email = g.e) AS enrolled FROM {rows})"
    if stage == "mql":
        status, accepted = "coalesce(lead_status, '')", "sql IS NOT NULL"
    return f"""SELECT '{stage}', substr({stage}, 1, 7), substr({stage}, 11), channel, {flag}, {status}, {accepted},
            count(*), {', '.join(converted)}, {maturing}
        FROM {rows} GROUP BY 2, 3, 4, 5, 6, 7"""


def _statement() -> str:
    pivots = ", ".join(f"min(CASE WHEN stage = '{s}' THEN entry_day || source END) AS {s}" for s in STAGES)
    return f"""WITH g AS MATERIALIZED (
            SELECT p.*, coalesce(c.channel, 'unknown') AS channel, c.lead_status AS lead_status
            FROM (SELECT email AS e, {pivots} FROM stage_history WHERE origin = :origin AND email IN (
                      SELECT email FROM stage_history WHERE origin = :origin AND {_in_period('entry_day')})
                  GROUP BY email) p
            LEFT JOIN contacts c ON c.email = p.e)
        {' UNION ALL '.join(_branch(stage) for stage in STAGES)}"""


_STATEMENT = _statement()


def funnel_rows(db: Database, origin: str, start: date, end: date, window_days: int, data_end: date) -> FunnelRows:
    """The funnel aggregates of entries of `origin` over [start, end]; conversions within `window_days`."""
    params = {"origin": origin, "start": start.isoformat(), "after": (end + timedelta(days=1)).isoformat(),
              "shift": f"+{int(window_days)} days",
              "maturing": (data_end - timedelta(days=int(window_days) - 1)).isoformat()}
    rows = FunnelRows(defaultdict(int), defaultdict(lambda: (0, 0, 0)), defaultdict(lambda: (0, 0)), defaultdict(int))
    for stage, month, tool, channel, flag, status, accepted, count, first, second, maturing in db.execute(
            _STATEMENT, params):
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


def has_entries(db: Database, origin: str) -> bool:
    """Whether any stage entry of `origin` exists."""
    return db.execute("SELECT 1 FROM stage_history WHERE origin = ? LIMIT 1", [origin]).fetchone() is not None


def score_groups(db: Database, to: str) -> list[tuple[str, str | None, int, float]]:
    """Imported scores of counted contacts known by `to`: (tool, current stage label, contacts, sum of scores)
    per tool and label — the tool's own label, else the merged contact's. A (tool, label) pair can come twice
    (from both halves): the caller adds them up."""
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
