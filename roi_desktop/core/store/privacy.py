"""Erasing a person by e-mail (a GDPR erasure request) while every count of the workspace stays the same.

Deleting the person's rows would change last year's figures — sends, opens, leads, the funnel — and the
manager's report with them. So the rows stay and lose what identifies the person instead:

- the address becomes an opaque pseudonym, `erased-<random>@erased.invalid`, the same in every table (the
  person still counts once) and drawn at random, so that nothing leads back to the address;
- names, company, job title, phone, city, tags and unmapped columns are emptied on the contact records and
  the merged contacts; the tool's contact id (HubSpot's "Record ID") becomes a pseudonym too, in the
  records and in the deals that list it, so that deals stay linked to the person (revenue attribution);
  names listed on deals (`contact_refs`) are replaced;
- the undo journal's saved images are cleaned the same way (undoing an import never brings the person back);
- rejected-row reports that quote the address are deleted (the batch keeps its rejected count);
- any other text cell quoting the address, in any table, gets the pseudonym (tables added later included).

SQLite's `secure_delete` zeroes the freed bytes, and a WAL checkpoint leaves no old page beside the file.
The activity log records the erasure with its counts, never the address.
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlite_utils import Database

from roi_desktop.core.progress import CancelToken, Progress, no_progress

PSEUDONYM_DOMAIN = "erased.invalid"

IDENTIFYING_COLUMNS: dict[str, tuple[str, ...]] = {
    "contact_records": ("first_name", "last_name", "company", "job_title", "phone", "city", "tags", "extra"),
    "contacts": ("first_name", "last_name", "company", "job_title", "city"),
}
"""Columns emptied on the person's rows; what is kept (days, stage, channel, country, tool) names nobody."""

_SKIPPED_TABLES = {"sqlite_sequence", "_roi_desktop_migrations", "settings"}


@dataclass(frozen=True)
class Footprint:
    """Where a person appears: rows per table, and the tools their contact records come from."""

    email: str
    rows: dict[str, int]
    sources: tuple[str, ...] = ()

    @property
    def found(self) -> bool:
        return any(self.rows.values())


@dataclass
class Erasure:
    """What an erasure changed: rows per table (anonymised, or deleted for `rejected_rows`)."""

    rows: dict[str, int] = field(default_factory=dict)

    def add(self, table: str, count: int) -> None:
        if count:
            self.rows[table] = self.rows.get(table, 0) + count


def footprint(db: Database, email: str, progress: Progress = no_progress, cancel: CancelToken | None = None
              ) -> Footprint:
    """Rows mentioning `email` (an exact, normalised address), table by table.

    Every text cell of every table is searched — a few seconds for a million e-mail events — because an
    address quoted anywhere (an unmapped column, a rejected row) is still the person's."""
    rows = {}
    tables = _text_columns(db)
    for done, (table, columns) in enumerate(tables.items()):
        progress(done, len(tables))
        if cancel is not None:
            cancel.check()
        condition = " OR ".join(f'instr(lower("{c}"), :email) > 0' for c in columns)
        count = db.execute(f'SELECT count(*) FROM "{table}" WHERE {condition}', {"email": email}).fetchone()[0]
        if count:
            rows[table] = count
    sources = tuple(r[0] for r in db.execute(
        "SELECT DISTINCT source FROM contact_records WHERE email = ? ORDER BY source", [email]))
    return Footprint(email, rows, sources)


def erase(db: Database, email: str, progress: Progress = no_progress, cancel: CancelToken | None = None) -> Erasure:
    """Anonymise every row about `email` (inside the caller's transaction); see the module docstring."""
    cancel = cancel or CancelToken()
    token = secrets.token_hex(8)
    pseudonym, pseudonymous_id = f"erased-{token}@{PSEUDONYM_DOMAIN}", f"erased-{token}"
    names = _full_names(db, email)
    ids = {(source, external_id) for source, external_id in db.execute(
        "SELECT source, external_id FROM contact_records WHERE email = ? AND external_id IS NOT NULL", [email])}
    erasure = Erasure()
    erasure.add("rejected_rows", db.execute(
        "DELETE FROM rejected_rows WHERE instr(lower(value), :e) > 0 OR instr(lower(reason_params), :e) > 0",
        {"e": email}).rowcount)
    tables = _text_columns(db)
    for done, (table, columns) in enumerate(tables.items()):
        progress(done, len(tables))
        cancel.check()
        erasure.add(table, _replace_in_table(db, table, columns, email, pseudonym))
    for table, columns in IDENTIFYING_COLUMNS.items():
        emptied = ", ".join(f'"{c}" = NULL' for c in columns)
        db.execute(f'UPDATE "{table}" SET {emptied} WHERE email = ?', [pseudonym])
    db.execute("UPDATE contact_records SET external_id = ? WHERE email = ? AND external_id IS NOT NULL",
               [pseudonymous_id, pseudonym])
    _clean_journal(db, pseudonym, pseudonymous_id)
    erasure.add("deals", _replace_refs(db, names, ids, pseudonym, pseudonymous_id))
    db.execute("INSERT INTO activity_log (at, action, details) VALUES (?, 'erase_person', ?)",
               [datetime.now(UTC).isoformat(timespec="seconds"), json.dumps({"rows": erasure.rows})])
    return erasure


# ---- Internals


def _text_columns(db: Database) -> dict[str, list[str]]:
    """Every table's text columns (an address can only hide there)."""
    found = {}
    for table in db.table_names():
        if table in _SKIPPED_TABLES or table.startswith("sqlite_"):
            continue
        columns = [c.name for c in db[table].columns if (c.type or "TEXT").upper() in ("TEXT", "")]
        if columns:
            found[table] = columns
    return found


def _replace_in_table(db: Database, table: str, columns: list[str], email: str, pseudonym: str) -> int:
    """Replace the address in every text cell of `table` that quotes it, whatever its case; returns the rows
    changed. Rows are found by rowid, or by primary key in WITHOUT ROWID tables."""
    keys = ["rowid"] if _has_rowid(db, table) else list(db[table].pks)
    condition = " OR ".join(f'instr(lower("{c}"), :email) > 0' for c in columns)
    selected = ", ".join(f'"{c}"' for c in keys + columns)
    rows = db.execute(f'SELECT {selected} FROM "{table}" WHERE {condition}', {"email": email}).fetchall()
    pattern = re.compile(re.escape(email), re.IGNORECASE)
    where = " AND ".join(f'"{k}" = :k{i}' for i, k in enumerate(keys))
    for row in rows:
        key_values, values = row[:len(keys)], row[len(keys):]
        changed = {c: pattern.sub(pseudonym, v) for c, v in zip(columns, values, strict=True)
                   if isinstance(v, str) and pattern.search(v)}
        sets = ", ".join(f'"{c}" = :v{i}' for i, c in enumerate(changed))
        db.execute(f'UPDATE "{table}" SET {sets} WHERE {where}',
                   {**{f"v{i}": v for i, v in enumerate(changed.values())},
                    **{f"k{i}": k for i, k in enumerate(key_values)}})
    return len(rows)


def _has_rowid(db: Database, table: str) -> bool:
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()[0]
    return "WITHOUT ROWID" not in sql.upper()


def _clean_journal(db: Database, pseudonym: str, pseudonymous_id: str) -> None:
    """Clean the undo journal's images of the person's rows as the rows themselves were cleaned."""
    for journal_id, table, image in db.execute(
            "SELECT id, table_name, old_row FROM batch_journal WHERE instr(old_row, ?) > 0", [pseudonym]).fetchall():
        columns = IDENTIFYING_COLUMNS.get(table, ())
        row = json.loads(image)
        if columns and row.get("email") == pseudonym:
            row.update(dict.fromkeys(columns))
            if row.get("external_id") is not None:
                row["external_id"] = pseudonymous_id
            db.execute("UPDATE batch_journal SET old_row = ? WHERE id = ?", [json.dumps(row), journal_id])


def _full_names(db: Database, email: str) -> set[str]:
    """The person's full names as the tools spelt them ("Jeanne Martin"), to replace in deals' contact lists."""
    names = set()
    for first, last in db.execute("SELECT first_name, last_name FROM contact_records WHERE email = ?", [email]):
        if first and last:
            names.add(f"{first.strip()} {last.strip()}")
    return names


def _replace_refs(db: Database, names: set[str], ids: set[tuple[str, str]], pseudonym: str, pseudonymous_id: str
                  ) -> int:
    """In deals' contact lists, the person's contact ids become the pseudonymous id (the deal stays linked to
    the person: store/loading.rebuild_deal_contacts joins on it) and their names the pseudonym."""
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)), re.IGNORECASE) \
        if names else None
    changed = 0
    rows = db.execute("SELECT id, source, contact_refs FROM deals WHERE contact_refs IS NOT NULL").fetchall()
    for deal_id, source, refs in rows:
        try:
            items = json.loads(refs)
        except ValueError:
            items = None
        if not isinstance(items, list):
            continue
        cleaned = [pseudonymous_id if (source, str(item)) in ids
                   else pattern.sub(pseudonym, item) if pattern is not None and isinstance(item, str) else item
                   for item in items]
        if cleaned != items:
            db.execute("UPDATE deals SET contact_refs = ? WHERE id = ?", [json.dumps(cleaned, ensure_ascii=False), deal_id])
            changed += 1
    return changed
