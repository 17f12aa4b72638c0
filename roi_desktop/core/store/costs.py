"""The cost ledger's rows (KPIS §3.4, §3.5): read, add, change, delete and put back cost lines.

Lines come from two places: an imported costs workbook (`batch_id` set, `line_key` its natural key, so a
re-import updates them in place and undoing the import removes them) and the app, where a person types or
pastes them (`batch_id` NULL). The KPI queries read the same table (store/kpi/costs.py); nothing here
converts or prorates — amounts stay in the currency they were entered in.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlite_utils import Database


@dataclass(frozen=True)
class CostLine:
    """One row of the `costs` table.

    Attributes:
        id: row id.
        month: 'YYYY-MM'; day: 'YYYY-MM-DD' when the line is dated to the day (then it counts whole).
        category: category id (KPIS §3.5); category_label: the label as imported or typed.
        item: what was bought ("HubSpot Sales Starter").
        channel: channel id (KPIS §3.6) or None; channel_label: as imported or typed.
        amount_cents: the amount in `currency`, as entered (never converted here).
        note: free text.
        recurring_group: shared by the lines a recurring entry created (one per month).
        batch_id: the import that brought the line, None when typed in the app.
        line_key: the natural key of an imported line.
        file_name: the imported file's name (read only, from the import history).
        edited: an imported line a person changed in the app since: a later import leaves it as they left it.
    """

    id: int
    month: str
    category: str
    amount_cents: int
    currency: str
    day: str | None = None
    category_label: str | None = None
    item: str | None = None
    channel: str | None = None
    channel_label: str | None = None
    note: str | None = None
    recurring_group: str | None = None
    batch_id: int | None = None
    line_key: str | None = None
    file_name: str | None = None
    edited: bool = False

    def to_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


WRITABLE = ("month", "day", "category", "category_label", "item", "channel", "channel_label", "amount_cents",
            "currency", "note", "recurring_group")
"""Columns a person may set on a line (the import's batch and key are never changed from the app)."""

_SELECT = """SELECT c.id, c.month, c.category, c.amount_cents, c.currency, c.day, c.category_label, c.item,
    c.channel, c.channel_label, c.note, c.recurring_group, c.batch_id, c.line_key, b.file_name,
    c.edited FROM costs c LEFT JOIN import_batches b ON b.id = c.batch_id"""


def lines(db: Database) -> list[CostLine]:
    """Every cost line, by month, then category, item and id."""
    rows = db.execute(_SELECT + " ORDER BY c.month, c.category, coalesce(c.item, ''), c.id").fetchall()
    return [CostLine(*row) for row in rows]


def lines_by_id(db: Database, ids: Iterable[int]) -> list[CostLine]:
    wanted = sorted(set(ids))
    if not wanted:
        return []
    marks = ", ".join("?" * len(wanted))
    return [CostLine(*row) for row in db.execute(_SELECT + f" WHERE c.id IN ({marks}) ORDER BY c.id", wanted)]


def insert(db: Database, values: Sequence[dict[str, Any]]) -> list[int]:
    """Add lines typed in the app (`values`: WRITABLE columns); returns their ids in order."""
    ids = []
    for row in values:
        columns = [c for c in WRITABLE if c in row]
        cursor = db.execute(
            f"INSERT INTO costs ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [row[c] for c in columns],
        )
        ids.append(cursor.lastrowid)
    return ids


def update(db: Database, line_id: int, values: dict[str, Any]) -> bool:
    """Change WRITABLE columns of one line; False when the line no longer exists. A line an import brought
    is marked `edited` when a value really changes (SQLite reads the old values in every SET expression)."""
    columns = [c for c in WRITABLE if c in values]
    if not columns:
        return bool(lines_by_id(db, [line_id]))
    assignments = ", ".join(f"{c} = ?" for c in columns)
    changed = f"({', '.join(columns)}) IS NOT ({', '.join('?' * len(columns))})"
    new = [values[c] for c in columns]
    cursor = db.execute(
        f"UPDATE costs SET {assignments}, edited = CASE WHEN batch_id IS NOT NULL AND {changed} THEN 1 ELSE edited END"
        " WHERE id = ?", [*new, *new, line_id])
    return cursor.rowcount > 0


def delete(db: Database, ids: Iterable[int]) -> list[CostLine]:
    """Delete lines; returns them as they were, so that they can be put back (undo)."""
    removed = lines_by_id(db, ids)
    if removed:
        marks = ", ".join("?" * len(removed))
        db.execute(f"DELETE FROM costs WHERE id IN ({marks})", [line.id for line in removed])
    return removed


def put_back(db: Database, removed: Sequence[CostLine]) -> list[int]:
    """Re-insert deleted lines with their ids. A line whose import was undone meanwhile, or whose key a later
    import took, comes back as a line of the app (no batch, no key), so that nothing is lost or doubled."""
    live = {row[0] for row in db.execute("SELECT id FROM import_batches WHERE status != 'undone'")}
    ids = []
    for line in removed:
        batch_id, line_key = line.batch_id, line.line_key
        if batch_id is not None and batch_id not in live:
            batch_id, line_key = None, None
        if line_key is not None and db.execute("SELECT 1 FROM costs WHERE line_key = ?", [line_key]).fetchone():
            batch_id, line_key = None, None
        line_id = line.id if not db.execute("SELECT 1 FROM costs WHERE id = ?", [line.id]).fetchone() else None
        restored = replace(line, batch_id=batch_id, line_key=line_key, edited=line.edited and batch_id is not None)
        columns = ["id", "batch_id", "line_key", "edited", *WRITABLE]
        cursor = db.execute(
            f"INSERT INTO costs ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [line_id, restored.batch_id, restored.line_key, int(restored.edited),
             *(getattr(restored, c) for c in WRITABLE)],
        )
        ids.append(cursor.lastrowid)
    return ids


def overwrite(db: Database, line: CostLine) -> bool:
    """Write back every WRITABLE column of `line`, and its `edited` mark, as they were (undo of an edit)."""
    found = update(db, line.id, {c: getattr(line, c) for c in WRITABLE})
    db.execute("UPDATE costs SET edited = ? WHERE id = ?", [int(line.edited), line.id])
    return found


def edited_values(db: Database, line_keys: Sequence[str], columns: Sequence[str]) -> dict[str, tuple[Any, ...]]:
    """line_key → the values of `columns` of the imported lines among `line_keys` that a person edited in the
    app (the import leaves them as they are: store/loading.py KEPT_AS_EDITED)."""
    if not line_keys:
        return {}
    rows = db.execute(
        f"SELECT line_key, {', '.join(columns)} FROM costs WHERE edited = 1"
        " AND line_key IN (SELECT value FROM json_each(?))", [json.dumps(list(line_keys))]).fetchall()
    return {row[0]: tuple(row[1:]) for row in rows}


def labels(db: Database) -> list[tuple[str, str, str]]:
    """(kind 'category'|'channel', label as written, id it maps to) of every distinct label in the ledger."""
    rows = db.execute(
        """SELECT DISTINCT 'category', category_label, category FROM costs WHERE category_label IS NOT NULL
        UNION SELECT DISTINCT 'channel', channel_label, coalesce(channel, 'unknown') FROM costs
        WHERE channel_label IS NOT NULL ORDER BY 1, 2"""
    ).fetchall()
    return [(kind, label, target) for kind, label, target in rows if label and label.strip()]


def currencies_by_month(db: Database) -> dict[str, set[str]]:
    """Currency → months it has lines in."""
    found: dict[str, set[str]] = {}
    for currency, month in db.execute("SELECT DISTINCT upper(currency), month FROM costs"):
        found.setdefault(currency, set()).add(month)
    return found
