"""Queries of lead scoring (issue #6): the facts rules read, saved model versions, and applied results.

Facts are read into the scoring core's columnar matrix (core/scoring/facts.py): what every evaluation needs
once per data change, each field a rule reads on first use. Queries return plain tuples in bulk, days as
integers (days since 1970-01-01, NEVER when missing, computed by SQLite: converting 365,000 ISO strings in
Python costs more than the query), and no column nobody reads: on the scale-38 workspace (89,383 contacts,
224,906 records, 364,810 opens/clicks, 1,015,516 recipient rows) the rows themselves cost 0.2–0.8 s CPU per
query, most of it building Python objects. Clicked links are only in the million-row event table, which no
index covers (a partial index on `clicked_urls` was measured no faster: 51,250 scattered rows): 0.3 s.

Versions are append-only: a saved definition is never updated (only the `active` flag moves), and applying a
version replaces only that version's own results (`contact_scores` rows of its id, `stage_history` rows of
origin 'model:<id>'), so what an earlier version said stays readable.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

NEVER = 2147483647
_DAY = f"coalesce(CAST(julianday({{0}}) - 2440587.5 AS INTEGER), {NEVER})"
"""An ISO day as days since 1970-01-01; NEVER (the largest 32-bit integer) when there is none."""


def _day(column: str) -> str:
    return _DAY.format(column)


def data_signature(db: Database) -> tuple[Any, ...]:
    """Changes whenever an import is loaded or undone: the matrix of facts is reloaded when it does."""
    row = db.execute(
        "SELECT count(*), coalesce(max(id), 0), coalesce(sum(status = 'undone'), 0),"
        " coalesce(sum(rows_loaded), 0) FROM import_batches").fetchone()
    return tuple(row)


# ---- Facts


CONTACT_FIELDS = ("company", "job_title", "country", "city", "owner", "lifecycle_stage", "lead_status",
                  "original_source", "channel", "first_name", "last_name")
"""Merged contact fields fit rules read (KPIS §3.1: each from the highest-priority tool that has it)."""
RECORD_FIELDS = {"tool": "source", "tool_score": "score", "tags": "tags", "utm_source": "utm_source",
                 "utm_medium": "utm_medium", "utm_campaign": "utm_campaign", "source_detail": "original_source_detail"}
"""Per-tool fields (rule field → contact_records column)."""


def contacts(db: Database) -> list[tuple[Any, ...]]:
    """Counted contacts in e-mail order: (email, first seen, optout, optout day, bounced, bounced day,
    lifecycle stage)."""
    return db.execute(
        f"""SELECT email, {_day('first_seen_day')}, optout, {_day('optout_day')}, bounced, {_day('bounced_day')},
            lifecycle_stage
        FROM contacts ORDER BY email""").fetchall()


def contact_column(db: Database, name: str) -> list[Any]:
    """One merged field (CONTACT_FIELDS) of every contact, in e-mail order (as `contacts`)."""
    if name not in CONTACT_FIELDS:
        raise ValueError(name)
    return [row[0] for row in db.execute(f"SELECT {name} FROM contacts ORDER BY email")]


def record_days(db: Database) -> list[tuple[str, int]]:
    """(email, day created) of the dated per-tool contact records."""
    return db.execute(
        f"SELECT email, {_day('created_day')} FROM contact_records WHERE created_day IS NOT NULL").fetchall()


def record_column(db: Database, name: str) -> list[tuple[str, Any]]:
    """(email, value) of one per-tool field (RECORD_FIELDS), for the records that have one."""
    column = RECORD_FIELDS[name]
    return db.execute(f"SELECT email, {column} FROM contact_records WHERE {column} IS NOT NULL").fetchall()


def record_sources(db: Database) -> list[tuple[Any, ...]]:
    """How each record says its contact came: (email, day created, original source, source detail, utm source,
    utm medium, utm campaign, channel), for the records with any of them."""
    return db.execute(
        f"""SELECT email, {_day('created_day')}, original_source, original_source_detail, utm_source, utm_medium,
            utm_campaign, channel FROM contact_records
        WHERE coalesce(original_source, original_source_detail, utm_source, utm_medium, utm_campaign, channel)
            IS NOT NULL""").fetchall()


def record_tags(db: Database) -> list[tuple[str, int, str]]:
    """(email, day created, tags JSON) of the records with tags."""
    return db.execute(
        f"SELECT email, {_day('created_day')}, tags FROM contact_records WHERE tags IS NOT NULL").fetchall()


def activity(db: Database) -> list[tuple[str, int, str]]:
    """Opens and clicks (KPIS §3.1: MPP-only opens excluded), one row per contact: (email, rows, the rows packed
    as "day × 2³² + campaign id × 4 + opened + 2 × clicked" separated by commas). Packed, 71,000 rows cost
    a third less CPU than 365,000 separate ones (each row's e-mail is a new Python string)."""
    return db.execute(
        f"""SELECT email, count(*), group_concat({_day('day')} * 4294967296 + campaign_id * 4 + opened + 2 * clicked)
        FROM contact_activity GROUP BY email""").fetchall()


def campaigns(db: Database) -> list[tuple[int, str]]:
    return db.execute("SELECT id, name FROM campaigns").fetchall()


def link_clicks(db: Database) -> list[tuple[str, int, str]]:
    """Recipient rows with clicked links: (email, click day or else send day, JSON list of URLs)."""
    return db.execute(
        f"""SELECT email, {_day('coalesce(click_day, send_day)')}, clicked_urls FROM email_events
        WHERE clicked_urls IS NOT NULL""").fetchall()


def optout_events(db: Database) -> list[tuple[str, int, int]]:
    """Dated opt-outs and hard bounces of the recipient rows: (email, day unsubscribed or complained, day of
    a hard bounce); the day of the send when the export gives none."""
    return db.execute(
        f"""SELECT email,
            CASE WHEN unsubscribed = 1 OR complaint = 1 THEN {_day('coalesce(unsubscribe_day, send_day)')}
                 ELSE {NEVER} END,
            CASE WHEN hard_bounce = 1 THEN {_day('coalesce(bounce_day, send_day)')} ELSE {NEVER} END
        FROM email_events WHERE unsubscribed = 1 OR complaint = 1 OR hard_bounce = 1""").fetchall()


def deals(db: Database) -> list[tuple[Any, ...]]:
    """Deals linked to contacts: (email, deal id, tool, status, created day (else close day), close day)."""
    return db.execute(
        f"""SELECT dc.email, d.id, d.source, d.status, {_day('coalesce(d.created_day, d.close_day)')},
            {_day('d.close_day')}
        FROM deal_contacts dc JOIN deals d ON d.id = dc.deal_id""").fetchall()


def stage_entries(db: Database) -> list[tuple[str, str, int, str]]:
    """Imported stage entries: (email, stage, day, tool) — the caller keeps the earliest per contact and stage
    (a GROUP BY here took 0.37 s against 0.2 s for the plain rows on 107,000 entries)."""
    return db.execute(
        f"SELECT email, stage, {_day('entry_day')}, source FROM stage_history WHERE origin = 'import'").fetchall()


def extra_columns(db: Database) -> list[tuple[str, int]]:
    """Columns imports kept without mapping them (contact_records.extra), with how many records have one."""
    return db.execute(
        """SELECT j.key, count(*) FROM contact_records r, json_each(r.extra) j
        WHERE r.extra IS NOT NULL AND json_valid(r.extra) GROUP BY j.key ORDER BY j.key""").fetchall()


def extra_column(db: Database, name: str) -> list[tuple[str, str]]:
    """(email, value) of one unmapped column, for the records that have it."""
    path = '$."' + name.replace('"', '\\"') + '"'
    return db.execute(
        """SELECT email, value FROM (SELECT email, json_extract(extra, :path) AS value FROM contact_records
            WHERE extra IS NOT NULL AND json_valid(extra)) WHERE value IS NOT NULL""", {"path": path}).fetchall()


# ---- Versions


def insert_version(db: Database, name: str, definition: str, note: str, created_at: str) -> tuple[int, int]:
    """A new version of the model `name`: (id, version number)."""
    (latest,) = db.execute("SELECT coalesce(max(version), 0) FROM scoring_models WHERE name = ?", [name]).fetchone()
    cursor = db.execute(
        "INSERT INTO scoring_models (name, version, created_at, definition, active, note) VALUES (?, ?, ?, ?, 0, ?)",
        [name, latest + 1, created_at, definition, note or None])
    return int(cursor.lastrowid), latest + 1


_VERSION_COLUMNS = """m.id, m.name, m.version, m.created_at, m.active, m.note,
    (SELECT count(*) FROM contact_scores s WHERE s.model_id = m.id),
    (SELECT max(computed_at) FROM contact_scores s WHERE s.model_id = m.id)"""


def versions(db: Database) -> list[tuple[Any, ...]]:
    """Saved versions, latest first: (id, name, version, created at, active, note, contacts scored,
    computed at)."""
    return db.execute(f"SELECT {_VERSION_COLUMNS} FROM scoring_models m ORDER BY m.created_at DESC, m.id DESC"
                      ).fetchall()


def version(db: Database, version_id: int) -> tuple[Any, ...] | None:
    """One version's row (as in `versions`) and its definition last."""
    return db.execute(f"SELECT {_VERSION_COLUMNS}, m.definition FROM scoring_models m WHERE m.id = ?",
                      [version_id]).fetchone()


def active_version_id(db: Database) -> int | None:
    row = db.execute("SELECT id FROM scoring_models WHERE active = 1 ORDER BY version DESC, id DESC LIMIT 1"
                     ).fetchone()
    return row[0] if row else None


def replace_results(db: Database, model_id: int, scores: Iterable[tuple[Any, ...]],
                    entries: Iterable[tuple[Any, ...]]) -> None:
    """Replace one version's results and make it the active one (inside the caller's transaction).

    scores: (email, score, stage, breakdown JSON, computed at); entries: (tool, email, stage, entry day)."""
    origin = f"model:{model_id}"
    db.execute("DELETE FROM contact_scores WHERE model_id = ?", [model_id])
    db.execute("DELETE FROM stage_history WHERE origin = ?", [origin])
    db.conn.executemany(
        "INSERT INTO contact_scores (model_id, email, score, stage, breakdown, computed_at) VALUES (?, ?, ?, ?, ?, ?)",
        ((model_id, *row) for row in scores))
    db.conn.executemany(
        "INSERT INTO stage_history (batch_id, origin, source, email, stage, entry_day) VALUES (NULL, ?, ?, ?, ?, ?)",
        ((origin, *row) for row in entries))
    db.execute("UPDATE scoring_models SET active = (id = ?) WHERE active != (id = ?)", [model_id, model_id])


def stored_scores(db: Database, model_id: int) -> list[tuple[str, float, str | None]]:
    """What an applied version said: (email, score, stage) per contact."""
    return db.execute("SELECT email, score, stage FROM contact_scores WHERE model_id = ? ORDER BY email",
                      [model_id]).fetchall()


def stored_entries(db: Database, model_id: int) -> list[tuple[str, str, str, str]]:
    """An applied version's stage entries: (email, stage, entry day, tool)."""
    return db.execute("SELECT email, stage, entry_day, source FROM stage_history WHERE origin = ?"
                      " ORDER BY email, stage", [f"model:{model_id}"]).fetchall()
