"""Queries of the usage audit (core/usage): workflows as exported, dated automated sends, who received which
automated e-mail when, engagement of contacts, and licence cost lines.

Everything here reads small tables or indexed slices: the million-row `email_events` is never scanned.
Automated sends come from `email_daily` (sends per campaign and day) and `automated_sends` (first send of
each automated e-mail to each recipient); contact activity from `contact_activity`; a contact's opt-out and
bounce state from the same expression the contact KPIs use, so that "reachable" means the same everywhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlite_utils import Database

# The contact KPIs' state of each counted contact (first seen, opt-out and bounce days, dated or not). Shared
# rather than copied: a sunset list built on another definition of "reachable" would disagree with the
# inactive-contacts KPI.
from roi_desktop.core.store.kpi.contacts import _STATE as CONTACT_STATE


@dataclass(frozen=True)
class WorkflowRecord:
    """One workflow as the inventory and automation reports describe it (merged by tool and folded name).

    trigger/goal are '' when none is set and None when no export says; counts are None when not exported.
    """

    source: str
    name: str
    name_key: str
    status: str | None
    active: int | None
    trigger: str | None
    goal: str | None
    emails_configured: int | None
    enrolled: int | None
    completed: int | None
    current_contacts: int | None
    email_sends: int | None
    created_day: str | None
    last_edited_day: str | None
    last_activity_day: str | None


def workflow_records(db: Database, last: str) -> list[WorkflowRecord]:
    """Workflows created on or before `last`, or of unknown creation day."""
    rows = db.execute(
        """SELECT source, name, name_key, status, active, trigger, goal, emails_configured, enrolled, completed,
            current_contacts, email_sends, created_day, last_edited_day, last_activity_day
        FROM workflows WHERE created_day IS NULL OR created_day <= ? ORDER BY source, name_key""",
        [last],
    ).fetchall()
    return [WorkflowRecord(*row) for row in rows]


def has_workflows(db: Database) -> bool:
    return db.execute("SELECT 1 FROM workflows LIMIT 1").fetchone() is not None


def automated_send_days(db: Database, last: str) -> list[tuple[int, str, int]]:
    """(campaign id, day, known recipient by recipient: 1/0) of every day an automated e-mail went out, on or
    before `last`: recipient rows summed per day, else the dated rows of an aggregate report (events win, as in
    the e-mail KPIs)."""
    return db.execute(
        """SELECT d.campaign_id, d.day, 1 FROM email_daily d JOIN campaigns c ON c.id = d.campaign_id
        WHERE c.automated = 1 AND d.day != '' AND d.day <= :last AND d.sent > 0
        UNION ALL
        SELECT s.campaign_id, s.day, 0 FROM campaign_stats s JOIN campaigns c ON c.id = s.campaign_id
        WHERE c.automated = 1 AND s.day != '' AND s.day <= :last AND coalesce(s.sent, 1) > 0
            AND NOT EXISTS (SELECT 1 FROM email_daily d WHERE d.campaign_id = s.campaign_id)
        ORDER BY 1, 2""",
        {"last": last},
    ).fetchall()


def automated_recipients(db: Database, first: str, last: str) -> Iterator[tuple[str, int, str]]:
    """(e-mail, campaign id, day of its first send to that e-mail) of the automated e-mails first sent in
    first..last, in e-mail order (the table's key order: no sort)."""
    cursor = db.execute(
        "SELECT email, campaign_id, day FROM automated_sends WHERE day BETWEEN ? AND ? ORDER BY email, campaign_id",
        [first, last],
    )
    while rows := cursor.fetchmany(10_000):
        yield from rows


def data_version(db: Database) -> tuple[int, ...]:
    """What changes whenever the automated recipients may have: the imports (count, last id, how many loaded
    and undone, rows loaded) and the number of automated recipient rows."""
    batches = db.execute(
        """SELECT count(*), coalesce(max(id), 0), coalesce(sum(status = 'loaded'), 0),
            coalesce(sum(status = 'undone'), 0), coalesce(sum(rows_loaded), 0) FROM import_batches"""
    ).fetchone()
    return (*batches, db.execute("SELECT count(*) FROM automated_sends").fetchone()[0])


def email_history_start(db: Database) -> str | None:
    """The first day any dated e-mail send is known (recipient rows or aggregate reports)."""
    row = db.execute(
        """SELECT min(day) FROM (SELECT min(day) AS day FROM email_daily WHERE day != ''
        UNION ALL SELECT min(day) FROM campaign_stats WHERE day != '')"""
    ).fetchone()
    return row[0] if row else None


_REACHABLE = """
    (s.seen IS NULL OR s.seen <= :last)
    AND (s.optout_day IS NULL OR s.optout_day > :last) AND NOT (s.optout_undated AND :undated_apply)
    AND (s.bounce_day IS NULL OR s.bounce_day > :last) AND NOT (s.bounce_undated AND :undated_apply)
"""
"""Reachable at :last (of `state s`) (KPIS §3.1): counted, already there, neither opted out nor bounced by then; flags
without a day describe the export day and apply only when :undated_apply (the period reaches the data end)."""


@dataclass(frozen=True)
class SilentContact:
    """A reachable contact with no open nor click in the window: a row of the sunset list.

    Attributes:
        sources: comma list of the tools whose contact exports hold it.
        last_open / last_click: the latest known open / click on or before the window's end, if any.
    """

    email: str
    first_name: str | None
    last_name: str | None
    company: str | None
    sources: str
    first_seen: str | None
    last_open: str | None
    last_click: str | None


def silent_contacts(db: Database, after: str, last: str, seen_by: str, include_undated: bool,
                    undated_apply: bool) -> list[SilentContact]:
    """Contacts reachable at `last`, first seen on or before `seen_by` (undated ones if `include_undated`),
    who neither opened nor clicked after `after` and on or before `last`, in e-mail order."""
    rows = db.execute(
        CONTACT_STATE + f"""
        SELECT s.email, c.first_name, c.last_name, c.company, s.sources, s.seen,
            max(coalesce((SELECT max(day) FROM contact_activity a WHERE a.email = s.email AND a.opened = 1
                            AND a.day <= :last), ''),
                CASE WHEN s.last_open_day <= :last THEN s.last_open_day ELSE '' END),
            max(coalesce((SELECT max(day) FROM contact_activity a WHERE a.email = s.email AND a.clicked = 1
                            AND a.day <= :last), ''),
                CASE WHEN s.last_click_day <= :last THEN s.last_click_day ELSE '' END)
        FROM state s JOIN contacts c ON c.email = s.email
        WHERE {_REACHABLE}
            AND (s.seen <= :seen_by OR (s.seen IS NULL AND :include_undated))
            AND NOT EXISTS (SELECT 1 FROM contact_activity a WHERE a.email = s.email AND a.day > :after
                            AND a.day <= :last)
            AND NOT coalesce(s.last_open_day > :after AND s.last_open_day <= :last, 0)
            AND NOT coalesce(s.last_click_day > :after AND s.last_click_day <= :last, 0)
        ORDER BY s.email""",
        {"after": after, "last": last, "seen_by": seen_by, "include_undated": int(include_undated),
         "undated_apply": int(undated_apply)},
    ).fetchall()
    return [SilentContact(email, first, last_name, company, sources, seen, last_open or None, last_click or None)
            for email, first, last_name, company, sources, seen, last_open, last_click in rows]


def clickers_by_tool(db: Database, after: str, last: str, undated_apply: bool) -> dict[str, int]:
    """Reachable counted contacts who clicked after `after` and on or before `last`, per tool that carried the
    click (its e-mail, or its contact export's last click date); a contact counts once per tool.

    `+day` keeps SQLite off the day index: walking the activity in key order is five times faster than
    looking each row of a quarter up through the index (0.08 s against 0.4 s at scale 38); the contact state
    is then only looked up for the clickers."""
    rows = db.execute(
        CONTACT_STATE + f""", clicks AS (
            SELECT c.source, a.email FROM contact_activity a JOIN campaigns c ON c.id = a.campaign_id
            WHERE a.clicked = 1 AND +a.day > :after AND +a.day <= :last
            UNION
            SELECT r.source, r.email FROM contact_records r
            WHERE r.last_click_day > :after AND r.last_click_day <= :last)
        SELECT k.source, count(*) FROM clicks k JOIN state s ON s.email = k.email
        WHERE {_REACHABLE} GROUP BY k.source ORDER BY k.source""",
        {"after": after, "last": last, "undated_apply": int(undated_apply)},
    ).fetchall()
    return dict(rows)


def licence_lines(db: Database, first_month: str, last_month: str) -> list[tuple[str, str | None, str, int, str]]:
    """(month, day or None, what the line names — item and channel label —, cents, currency) of the licence
    cost lines of the months first_month..last_month ('YYYY-MM')."""
    return db.execute(
        """SELECT month, day, trim(coalesce(item, '') || ' ' || coalesce(channel_label, '')), amount_cents, currency
        FROM costs WHERE category = 'licence' AND month BETWEEN ? AND ? ORDER BY id""",
        [first_month, last_month],
    ).fetchall()
