"""Writing one import batch: upserts by natural key, e-mail events in bulk, and the derived tables after.

Every table has a natural key (schema.py), so loading is an upsert that only touches a row when a value
differs: re-importing the same rows changes nothing, a newer overlapping export updates what changed (the
journal trigger keeps the old image for undo), and `rows changed` comes straight from SQLite. Only the
columns the file carries are written: a French HubSpot export without "Became a … Date" columns never
erases the dates an English export brought.

E-mail events are the big table (a million rows): no unique index (it would slow every insert and double the
file); a campaign seen for the first time is inserted in bulk, and only a campaign that already has events
is compared row by row against what is stored.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from itertools import chain
from typing import Any

from sqlite_utils import Database

from roi_desktop.core.store.kpi import contacts as contact_kpis
from roi_desktop.core.store.kpi import funnel as funnel_kpis

# Binding None is the slowest parameter Python's sqlite3 knows: not being an exact int/float/str, it goes
# through the adapter protocol, which fails twice (no adapter, no `__conform__`) and raises and clears an
# AttributeError per NULL. An event row has a dozen NULLs; with an adapter registered for None the lookup
# succeeds at once and the value still binds as NULL. Measured on the 1,015,516 event rows of scale 38:
# executemany 9.2 s → 5.5 s CPU (binding alone 8.2 s → 2.8 s). Process-wide, and changes no stored value.
sqlite3.register_adapter(type(None), {}.get)

NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "contact_records": ("source", "email"),
    "stage_history": ("origin", "source", "email", "stage"),
    "campaigns": ("source", "external_id"),
    "campaign_stats": ("campaign_id", "day"),
    "workflows": ("source", "name_key"),
    "deals": ("source", "external_id"),
    "costs": ("line_key",),
    "web_traffic": ("source", "day", "source_medium", "campaign", "landing_page", "channel_group"),
    "social_stats": ("network", "post_id", "day"),
    "satisfaction": ("source", "response_id"),
}

KEPT_AS_EDITED = {"costs": "edited"}
"""Tables whose imported rows a person may change in the app, and the column that marks such a row: a later
import leaves a marked row as the person left it instead of putting the file's values back over their
correction (the import report lists each one: records/other.py)."""

EVENT_COLUMNS = (
    "campaign_id", "email", "sent_at", "send_day", "hard_bounce", "soft_bounce", "bounce_day", "opened", "open_day",
    "total_opens", "mpp_opens", "clicked", "click_day", "total_clicks", "clicked_urls", "unsubscribed",
    "unsubscribe_day", "complaint",
)
"""The columns of an e-mail event row, in the order `BatchWriter.add_events` expects them."""

EVENTS_PER_INSERT = 50
"""Event rows per INSERT statement: executemany's per-statement work (reset, step, checks) is paid once for 50
rows. Measured on the 1,015,516 rows of scale 38: 5.3–5.6 s → 3.6–4.4 s CPU (200 rows: no better)."""

SOURCE_PRIORITY = ("hubspot", "salesforce", "pipedrive", "mautic", "brevo", "activecampaign", "mailchimp", "plezi")
"""Whose values a merged contact shows when tools disagree: CRMs first, then automation tools."""


class Derived:
    """What the derived tables must catch up with, gathered over every file of one import and rebuilt once
    at its end (rebuilding after each of 25 recipient files would scan the events 25 times).

    Attributes:
        emails: contacts whose merged row must be rebuilt.
        campaigns: campaigns whose daily e-mail totals and send day must be rebuilt.
        deals: whether deals changed (deal ↔ contact links).
        event_rows: e-mail event rows written (how big the rebuild of the event-derived tables will be).
    """

    def __init__(self) -> None:
        self.emails: set[str] = set()
        self.campaigns: set[int] = set()
        self.deals = False
        self.event_rows = 0

    def rebuild(self, db: Database) -> set[str]:
        """Bring the derived tables up to date; returns the ones touched."""
        tables = set()
        if self.emails:
            rebuild_contacts(db, self.emails)
            tables.add("contacts")
        if self.campaigns:
            rebuild_email_daily(db, self.campaigns, send_days=True)
            rebuild_contact_activity(db, self.campaigns, incoming=self.event_rows)
            rebuild_automated_sends(db, self.campaigns)
            tables.update({"email_daily", "contact_activity", "automated_sends"})
        if self.deals or self.emails:
            rebuild_deal_contacts(db)
            tables.add("deal_contacts")
        if self.emails or self.campaigns:
            rebuild_contact_stocks(db)
            rebuild_funnel_stocks(db)
            tables.update({"contact_stocks", "funnel_stocks"})
        if self.emails:
            rebuild_score_stocks(db)
            tables.add("score_stocks")
        return tables


class BatchWriter:
    """Loads the rows of one batch inside the caller's transaction.

    Attributes:
        columns_set: per table, the columns this batch wrote (stored with the batch for an exact undo).
        derived: what the derived tables must catch up with (shared by the files of one import).
    """

    def __init__(self, db: Database, batch_id: int, derived: Derived) -> None:
        self.db = db
        self.batch_id = batch_id
        self.derived = derived
        self.columns_set: dict[str, set[str]] = {}
        self._statements: dict[tuple[str, tuple[str, ...]], str] = {}
        self._campaign_ids: dict[tuple[str, str], int] = {}
        self._event_index: dict[int, dict[tuple[str, str], tuple[int, tuple[Any, ...]]] | None] = {}

    # ---- Keyed tables

    def upsert(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        """Insert or update `rows` (values in `columns` order, natural key included); returns rows changed."""
        statement = self._statements.get((table, tuple(columns)))
        if statement is None:
            statement = _upsert_sql(table, NATURAL_KEYS[table], columns)
            self._statements[(table, tuple(columns))] = statement
            self.columns_set.setdefault(table, set()).update(columns)
        batch = self.batch_id
        return self.db.conn.executemany(statement, ((batch, *row) for row in rows)).rowcount

    def campaign(self, source: str, external_id: str, values: dict[str, Any]) -> int:
        """The id of campaign (source, external_id), created or updated with `values` once per batch."""
        key = (source, external_id)
        known = self._campaign_ids.get(key)
        if known is not None:
            return known
        columns = ("source", "external_id", *values)
        self.upsert("campaigns", columns, [(source, external_id, *values.values())])
        campaign_id = self.db.execute(
            "SELECT id FROM campaigns WHERE source = ? AND external_id = ?", [source, external_id]
        ).fetchone()[0]
        self._campaign_ids[key] = campaign_id
        return campaign_id

    # ---- E-mail events

    def add_events(self, rows: Iterable[Sequence[Any]]) -> int:
        """Add event rows (EVENT_COLUMNS order); returns how many were new or changed.

        A campaign the workspace has no events for yet is inserted in bulk. Rows of a campaign that already
        has events are matched on (e-mail, send time): unchanged ones are skipped, changed ones updated
        (journaled). Within one file every row is a send: exports do not repeat a recipient's send.
        """
        self.columns_set.setdefault("email_events", set()).update(EVENT_COLUMNS)
        rows = list(rows)
        campaigns = {row[0] for row in rows}
        for campaign_id in campaigns - self._event_index.keys():
            self._event_index[campaign_id] = self._load_event_index(campaign_id)
            self.derived.campaigns.add(campaign_id)
        index = self._event_index
        if all(index[campaign_id] is None for campaign_id in campaigns):
            fresh: list[Any] = rows
            changed = 0
        else:
            fresh, changed = [], 0
            for row in rows:
                stored = index[row[0]]
                match = stored.get((row[1], row[2])) if stored is not None else None
                if match is None:
                    fresh.append(row)
                elif tuple(row[3:]) != match[1]:
                    self.db.execute(
                        "UPDATE email_events SET batch_id = ?, " + ", ".join(f"{c} = ?" for c in EVENT_COLUMNS[3:])
                        + " WHERE id = ?",
                        [self.batch_id, *row[3:], match[0]],
                    )
                    changed += 1
        if fresh:
            self._insert_events(fresh)
        self.derived.event_rows += changed + len(fresh)
        return changed + len(fresh)

    def _insert_events(self, rows: list[Sequence[Any]]) -> None:
        """INSERT the rows, EVENTS_PER_INSERT to a statement (then the rest one by one), in their order."""
        width = len(EVENT_COLUMNS)
        one = f"({self.batch_id}, {', '.join('?' * width)})"
        insert = f"INSERT INTO email_events (batch_id, {', '.join(EVENT_COLUMNS)}) VALUES "
        whole = len(rows) - len(rows) % EVENTS_PER_INSERT
        if whole and set(map(len, rows[:whole])) != {width}:  # a malformed row: sqlite3 says so, row by row
            whole = 0
        if whole:
            flat = list(chain.from_iterable(rows[:whole]))
            step = width * EVENTS_PER_INSERT
            self.db.conn.executemany(insert + ", ".join([one] * EVENTS_PER_INSERT),
                                     [flat[i : i + step] for i in range(0, len(flat), step)])
        if whole < len(rows):
            self.db.conn.executemany(insert + one, rows[whole:])

    def _load_event_index(self, campaign_id: int) -> dict[tuple[str, str], tuple[int, tuple[Any, ...]]] | None:
        """Stored events of a campaign by (email, sent_at), or None when it has none (pure bulk insert).

        email_daily says which campaigns have events without scanning email_events (it has no campaign
        index, on purpose); campaigns loaded earlier in the same import are not in it yet, but in `derived`."""
        known = self.db.execute("SELECT 1 FROM email_daily WHERE campaign_id = ? LIMIT 1", [campaign_id]).fetchone()
        if known is None and campaign_id not in self.derived.campaigns:
            return None
        rows = self.db.execute(
            f"SELECT id, {', '.join(EVENT_COLUMNS[1:])} FROM email_events WHERE campaign_id = ?", [campaign_id]
        ).fetchall()
        return {(r[1], r[2]): (r[0], tuple(r[3:])) for r in rows}

    def columns_json(self) -> dict[str, list[str]]:
        return {table: sorted(columns) for table, columns in self.columns_set.items()}


def _upsert_sql(table: str, key: Sequence[str], columns: Sequence[str]) -> str:
    values = [c for c in columns if c not in key]
    names = ", ".join(["batch_id", *columns])
    marks = ", ".join("?" * (len(columns) + 1))
    sql = f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT ({', '.join(key)}) DO "
    if not values:
        return sql + "NOTHING"
    current = ", ".join(f"{table}.{c}" for c in values)
    incoming = ", ".join(f"excluded.{c}" for c in values)
    updates = ", ".join(["batch_id = excluded.batch_id"] + [f"{c} = excluded.{c}" for c in values])
    kept = f" AND {table}.{KEPT_AS_EDITED[table]} = 0" if table in KEPT_AS_EDITED else ""
    return sql + f"UPDATE SET {updates} WHERE ({current}) IS NOT ({incoming}){kept}"


# ---- Derived tables, also rebuilt after an undo


def _priority_sql() -> str:
    cases = " ".join(f"WHEN '{source}' THEN '{index}'" for index, source in enumerate(SOURCE_PRIORITY, start=1))
    return f"CASE source {cases} ELSE '9' END"


def _first_by_priority(column: str) -> str:
    return f"substr(min(p || {column}), 2)"


_MERGED_FIELDS = ("first_name", "last_name", "company", "job_title", "country", "city", "owner", "lifecycle_stage",
                  "lead_status", "original_source", "channel")


def rebuild_contacts(db: Database, emails: Iterable[str] | None = None) -> None:
    """Merge the per-tool contact records into one row per e-mail (all of them, or only `emails`).

    Display fields come from the highest-priority tool that has them; the first-seen day is the earliest
    creation day of any tool; a contact is opted out or bounced if any tool says so (KPIS §3.1).
    """
    if emails is None:
        db.execute("DELETE FROM contacts")
        where = ""
    else:
        db.execute("CREATE TEMP TABLE IF NOT EXISTS touched_emails (email TEXT PRIMARY KEY) WITHOUT ROWID")
        db.execute("DELETE FROM temp.touched_emails")
        db.conn.executemany("INSERT OR IGNORE INTO temp.touched_emails VALUES (?)", ((e,) for e in emails))
        db.execute("DELETE FROM contacts WHERE email IN (SELECT email FROM temp.touched_emails)")
        where = "WHERE email IN (SELECT email FROM temp.touched_emails)"
    merged = ", ".join(_first_by_priority(f) for f in _MERGED_FIELDS)
    db.execute(
        f"""INSERT INTO contacts (email, first_seen_day, {', '.join(_MERGED_FIELDS)}, optout, optout_day, bounced,
            bounced_day, last_open_day, last_click_day, customer_end_day, sources)
        SELECT email, min(created_day), {merged},
            max(coalesce(unsubscribed, 0)), min(CASE WHEN unsubscribed = 1 THEN unsubscribed_day END),
            max(coalesce(bounced, 0)), min(CASE WHEN bounced = 1 THEN bounced_day END),
            max(max(coalesce(last_open_day, ''), coalesce(last_active_day, ''))), max(last_click_day),
            min(customer_end_day), group_concat(DISTINCT source)
        FROM (SELECT *, {_priority_sql()} AS p FROM contact_records {where})
        GROUP BY email"""
    )
    db.execute("UPDATE contacts SET last_open_day = NULL WHERE last_open_day = ''")


def rebuild_email_daily(db: Database, campaign_ids: Iterable[int] | None = None, *, send_days: bool = False) -> None:
    """Sum the recipient-level events per campaign and send day (KPIS §3.2: SF from events).

    With `send_days`, the same pass also sets each campaign's send day and time (the least of its days'
    ones: automated e-mails go out every day, one-off campaigns on one day): SQLite sorts every event row for a GROUP BY, and one sort instead
    of two: 2.9–3.3 s → 1.8–2.6 s CPU on the 1,015,516 events of scale 38."""
    if campaign_ids is None:
        db.execute("DELETE FROM email_daily")
        where = ""
        params: list[Any] = []
    else:
        ids = sorted(campaign_ids)
        marks = ", ".join("?" * len(ids))
        db.execute(f"DELETE FROM email_daily WHERE campaign_id IN ({marks})", ids)
        where, params = f"WHERE campaign_id IN ({marks})", ids
    insert = """INSERT INTO email_daily (campaign_id, day, sent, hard_bounces, soft_bounces, bounces, unique_opens,
            total_opens, mpp_only_opens, unique_clicks, total_clicks, unsubscribes, complaints)"""
    sums = """campaign_id, coalesce(send_day, ''), count(*), sum(hard_bounce), sum(soft_bounce),
            CASE WHEN count(soft_bounce) = 0 THEN sum(hard_bounce)
                 ELSE sum(coalesce(hard_bounce, 0)) + sum(soft_bounce) END,
            sum(opened), sum(total_opens),
            sum(CASE WHEN mpp_opens IS NULL THEN NULL WHEN total_opens > 0 AND mpp_opens = total_opens THEN 1 ELSE 0 END),
            sum(clicked), sum(total_clicks), sum(unsubscribed), sum(complaint)"""
    group = "GROUP BY campaign_id, coalesce(send_day, '')"
    if not send_days:
        db.execute(f"{insert} SELECT {sums} FROM email_events {where} {group}", params)
        return
    days = db.execute(f"SELECT {sums}, min(send_day), min(sent_at) FROM email_events {where} {group}",
                      params).fetchall()
    db.conn.executemany(f"{insert} VALUES ({', '.join('?' * 13)})", [row[:13] for row in days])
    firsts: dict[int, tuple[Any, Any]] = {}
    for row in days:
        campaign_id, day, stamp = row[0], row[13], row[14]
        if campaign_id in firsts:
            known_day, known_stamp = firsts[campaign_id]
            day = day if known_day is None else known_day if day is None else min(day, known_day)
            stamp = stamp if known_stamp is None else known_stamp if stamp is None else min(stamp, known_stamp)
        firsts[campaign_id] = (day, stamp)
    db.conn.executemany("UPDATE campaigns SET send_day = ?, sent_at = ? WHERE id = ?",
                        [(day, stamp, campaign_id) for campaign_id, (day, stamp) in sorted(firsts.items())])


def rebuild_contact_activity(db: Database, campaign_ids: Iterable[int] | None = None, *,
                             incoming: int | None = None) -> None:
    """Opens and clicks per contact, day and campaign, from the recipient rows (the day of an open is its
    open day, of a click its click day: KPIS §3.1). Opens that Apple Mail alone made (every open of the row
    is an MPP open) are not activity (KPIS §2). `incoming`: see `_insert_in_bulk`."""
    if campaign_ids is None:
        db.execute("DELETE FROM contact_activity")
        where, params = "", []
    else:
        ids = sorted(campaign_ids)
        marks = ", ".join("?" * len(ids))
        db.execute(f"DELETE FROM contact_activity WHERE campaign_id IN ({marks})", ids)
        where, params = f"AND campaign_id IN ({marks})", ids
    _insert_in_bulk(
        db, "contact_activity", incoming,
        f"""INSERT INTO contact_activity (email, day, campaign_id, opened, clicked)
        SELECT email, day, campaign_id, max(opened), max(clicked) FROM (
            SELECT email, open_day AS day, campaign_id, 1 AS opened, 0 AS clicked FROM email_events
            WHERE opened = 1 AND open_day IS NOT NULL AND NOT coalesce(mpp_opens > 0 AND mpp_opens >= total_opens, 0)
                {where}
            UNION ALL
            SELECT email, click_day, campaign_id, 0, 1 FROM email_events
            WHERE clicked = 1 AND click_day IS NOT NULL {where}
        ) GROUP BY email, day, campaign_id""",
        params + params,
    )


def rebuild_automated_sends(db: Database, campaign_ids: Iterable[int] | None = None) -> None:
    """The first send day of each automated e-mail to each recipient (all campaigns, or only `campaign_ids`):
    the workflow enrolments of KPIS §6, kept apart from the million-row event table."""
    if campaign_ids is None:
        db.execute("DELETE FROM automated_sends")
        where, params = "", []
    else:
        ids = sorted(campaign_ids)
        marks = ", ".join("?" * len(ids))
        db.execute(f"DELETE FROM automated_sends WHERE campaign_id IN ({marks})", ids)
        where, params = f"AND id IN ({marks})", ids
    automated = [row[0] for row in db.execute(f"SELECT id FROM campaigns WHERE automated = 1 {where}", params)]
    if not automated:
        return
    marks = ", ".join("?" * len(automated))
    db.execute(
        f"""INSERT INTO automated_sends (email, campaign_id, day)
        SELECT email, campaign_id, min(send_day) FROM email_events
        WHERE campaign_id IN ({marks}) AND send_day IS NOT NULL GROUP BY email, campaign_id""",
        automated,
    )


def _insert_in_bulk(db: Database, table: str, incoming: int | None, sql: str, params: Sequence[Any]) -> None:
    """Run `sql`, an INSERT … SELECT into `table`; when the rows coming (`incoming`, an estimate: the event
    rows the import wrote; None for a rebuild from scratch) outnumber the rows the table still holds, its
    secondary indexes are dropped first and made again after, their statistics kept: one sort per index
    instead of a b-tree insert per row in random order. Inside the caller's transaction, so a failure
    leaves the indexes as they were. Measured at scale 38 (364,810 activity rows from 1,015,516 events, into
    an empty table): contact_activity 4.1–4.7 s → 2.3–2.6 s CPU. (automated_sends gains nothing: its rows
    arrive in key order and it has one small index.)"""
    remaining = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    indexes, stats = [], []
    if remaining == 0 or (incoming is not None and incoming > remaining):
        indexes = db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", [table]
        ).fetchall()
        if indexes and db.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
            names = [name for name, _ in indexes]
            stats = db.execute(f"SELECT tbl, idx, stat FROM sqlite_stat1 WHERE tbl = ? AND idx IN"
                               f" ({', '.join('?' * len(names))})", [table, *names]).fetchall()
        for name, _ in indexes:
            db.execute(f'DROP INDEX "{name}"')
    db.execute(sql, params)
    for _, create in indexes:
        db.execute(create)
    if stats:
        db.conn.executemany("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", stats)


def rebuild_deal_contacts(db: Database) -> None:
    """Link deals to contact e-mails: the deal's own contact e-mail, or its contact ids resolved through the
    same tool's contact records (HubSpot "Associated Contact IDs" → "Record ID")."""
    db.execute("DELETE FROM deal_contacts")
    db.execute(
        "INSERT OR IGNORE INTO deal_contacts (deal_id, email) SELECT id, contact_email FROM deals"
        " WHERE contact_email IS NOT NULL AND contact_email != ''"
    )
    db.execute(
        """INSERT OR IGNORE INTO deal_contacts (deal_id, email)
        SELECT d.id, r.email FROM deals d, json_each(d.contact_refs) j
        JOIN contact_records r ON r.source = d.source AND r.external_id = j.value
        WHERE d.contact_refs IS NOT NULL AND json_valid(d.contact_refs)"""
    )


def rebuild_contact_stocks(db: Database) -> None:
    """The contact stocks by day (store/kpi/contacts.py), from the merged contacts, their dated opt-outs and
    their activity: after both `contacts` and `contact_activity` are up to date. Nothing before migration
    0009 made the table (a migration before it that rebuilds everything)."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'contact_stocks'").fetchone():
        contact_kpis.rebuild_stocks(db, contact_kpis.activity_settings(db))


def rebuild_funnel_stocks(db: Database) -> None:
    """The funnel aggregates by day (store/kpi/funnel.py), from the imported stage entries, the merged contacts
    (channel, lead status) and the automated sends: after all three are up to date. Nothing before migration
    0010 made the table."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'funnel_stocks'").fetchone():
        funnel_kpis.rebuild_stocks(db, funnel_kpis.stock_windows(db))


def rebuild_score_stocks(db: Database) -> None:
    """The imported lead scores summed per first-seen day (store/kpi/funnel.py), from the contact records and the
    merged contacts: after `contacts` is up to date. Nothing before migration 0012 made the table."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'score_stocks'").fetchone():
        funnel_kpis.rebuild_score_stocks(db)


def rebuild_all(db: Database) -> None:
    """Every derived table from scratch (after an undo)."""
    rebuild_contacts(db)
    rebuild_email_daily(db)
    rebuild_contact_activity(db)
    rebuild_automated_sends(db)
    rebuild_deal_contacts(db)
    rebuild_contact_stocks(db)
    rebuild_funnel_stocks(db)
    rebuild_score_stocks(db)


def to_json_list(values: Sequence[str] | None) -> str | None:
    return json.dumps(list(values), ensure_ascii=False) if values else None


def overlapping_campaigns(db: Database, campaign_ids: Iterable[int], batch_id: int, *, other: str) -> tuple[int, str | None]:
    """How many of these campaigns another batch describes in table `other` ('email_events' or
    'campaign_stats'), and the file name of one such batch (for the import report's note)."""
    ids = sorted(campaign_ids)
    if not ids:
        return 0, None
    marks = ", ".join("?" * len(ids))
    table = {"email_events": "email_events", "campaign_stats": "campaign_stats"}[other]
    row = db.execute(
        f"SELECT count(DISTINCT t.campaign_id), min(b.file_name) FROM {table} t JOIN import_batches b"
        f" ON b.id = t.batch_id WHERE t.campaign_id IN ({marks}) AND t.batch_id != ?",
        [*ids, batch_id],
    ).fetchone()
    return row[0], row[1]
