"""Import batches: one per imported file, so that every row can be traced to its file and an import undone.

Undo is exact (DESIGN §3 "never loses data"): rows a batch inserted are deleted, rows it overwrote get back
the image the journal trigger saved (schema.py). When a later import has since overwritten a row of the
undone batch, the later import keeps the row, but its journal is rewritten so that undoing it later still
restores the state from before the undone batch, and the columns only the undone batch had set are cleared.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from roi_desktop.core.errors import UserError
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate
from roi_desktop.core.store.loading import rebuild_all
from roi_desktop.core.store.schema import JOURNALED_TABLES

NO_SUCH_BATCH = MessageTemplate(
    "batch.not_found", QT_TRANSLATE_NOOP("Messages", "There is no import number {batch_id} in this workspace.")
)
ALREADY_UNDONE = MessageTemplate(
    "batch.already_undone", QT_TRANSLATE_NOOP("Messages", "Import number {batch_id} ({file}) was already undone.")
)


@dataclass(frozen=True)
class BatchInfo:
    """One import as the history shows it."""

    id: int
    file_name: str
    file_path: str | None
    sha256: str
    sheet: str | None
    profile: str | None
    source: str | None
    kind: str | None
    imported_at: str
    rows_read: int
    rows_loaded: int
    rows_rejected: int
    rows_unchanged: int
    status: str
    undone_at: str | None

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


_COLUMNS = ", ".join(BatchInfo.__dataclass_fields__)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def list_batches(db: Database, *, include_undone: bool = True) -> list[BatchInfo]:
    where = "" if include_undone else "WHERE status = 'loaded'"
    rows = db.execute(f"SELECT {_COLUMNS} FROM import_batches {where} ORDER BY id").fetchall()
    return [BatchInfo(*row) for row in rows]


def get_batch(db: Database, batch_id: int) -> BatchInfo:
    row = db.execute(f"SELECT {_COLUMNS} FROM import_batches WHERE id = ?", [batch_id]).fetchone()
    if row is None:
        raise UserError(NO_SUCH_BATCH(batch_id=batch_id))
    return BatchInfo(*row)


def find_loaded(db: Database, sha256: str, sheet: str | None) -> BatchInfo | None:
    """The live batch that loaded a file with these exact bytes (and sheet), if any."""
    row = db.execute(
        f"SELECT {_COLUMNS} FROM import_batches WHERE sha256 = ? AND coalesce(sheet, '') = ? AND status = 'loaded'"
        " ORDER BY id DESC LIMIT 1",
        [sha256, sheet or ""],
    ).fetchone()
    return BatchInfo(*row) if row else None


def create_batch(db: Database, **fields: Any) -> int:
    """Insert a batch in status 'loading' (it becomes 'loaded' in the same transaction)."""
    fields.setdefault("imported_at", now_iso())
    fields["status"] = "loading"
    for key in ("columns_set", "mapping", "notes"):
        if key in fields and not isinstance(fields[key], str | None):
            fields[key] = json.dumps(fields[key], ensure_ascii=False)
    names = ", ".join(fields)
    marks = ", ".join("?" for _ in fields)
    return db.execute(f"INSERT INTO import_batches ({names}) VALUES ({marks})", list(fields.values())).lastrowid


def finish_batch(db: Database, batch_id: int, *, read: int, loaded: int, rejected: int, unchanged: int,
                 columns_set: dict[str, list[str]], notes: list[dict[str, Any]] | None = None) -> None:
    db.execute(
        "UPDATE import_batches SET status = 'loaded', rows_read = ?, rows_loaded = ?, rows_rejected = ?,"
        " rows_unchanged = ?, columns_set = ?, notes = ? WHERE id = ?",
        [read, loaded, rejected, unchanged, json.dumps(columns_set), json.dumps(notes or [], ensure_ascii=False),
         batch_id],
    )


def save_rejected(db: Database, batch_id: int, issues: list[Any]) -> None:
    """Keep the rejected rows of a batch (file row, column, value, reason) for the import history."""
    db.conn.executemany(
        "INSERT INTO rejected_rows (batch_id, row_number, column_name, value, reason_code, reason_params)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        ((batch_id, i.row, i.column, i.value, i.message.code, json.dumps(dict(i.message.params), ensure_ascii=False,
                                                                          default=str)) for i in issues),
    )


def first_currency(db: Database) -> str | None:
    """The currency of the first money imported (deals, else costs), for the workspace default (KPIS §2)."""
    row = db.execute(
        "SELECT currency FROM (SELECT currency, batch_id FROM deals WHERE currency IS NOT NULL"
        " UNION ALL SELECT currency, batch_id FROM costs WHERE currency IS NOT NULL) ORDER BY batch_id LIMIT 1"
    ).fetchone()
    return row[0] if row else None


def batch_notes(db: Database, batch_id: int) -> list[dict[str, Any]]:
    row = db.execute("SELECT notes FROM import_batches WHERE id = ?", [batch_id]).fetchone()
    return json.loads(row[0]) if row and row[0] else []


def undo_batch(db: Database, batch_id: int) -> set[str]:
    """Remove everything batch `batch_id` brought in and restore what it overwrote; returns the tables
    touched. Call inside a transaction (Store.writing())."""
    batch = get_batch(db, batch_id)
    if batch.status == "undone":
        raise UserError(ALREADY_UNDONE(batch_id=batch_id, file=batch.file_name))
    journal_mark = db.execute("SELECT coalesce(max(id), 0) FROM batch_journal").fetchone()[0]
    own_columns = _columns_set(db, batch_id)
    touched: set[str] = set()
    for table in JOURNALED_TABLES:
        images = dict(
            db.execute(
                "SELECT row_id, old_row FROM batch_journal WHERE batch_id = ? AND table_name = ?", [batch_id, table]
            ).fetchall()
        )
        _rewrite_later_journals(db, table, batch_id, images, own_columns.get(table, []))
        for row_id, image in images.items():
            if _restore(db, table, row_id, batch_id, json.loads(image)):
                touched.add(table)
        if table == "campaigns":
            _hand_over_shared_campaigns(db, batch_id)
        deleted = db.execute(f"DELETE FROM {table} WHERE batch_id = ?", [batch_id]).rowcount
        if deleted:
            touched.add(table)
    # Restoring and handing over rows fired the journal triggers: those entries describe no import.
    db.execute("DELETE FROM batch_journal WHERE id > ? OR batch_id = ?", [journal_mark, batch_id])
    db.execute("UPDATE import_batches SET status = 'undone', undone_at = ? WHERE id = ?", [now_iso(), batch_id])
    db.execute("DELETE FROM rejected_rows WHERE batch_id = ?", [batch_id])
    rebuild_all(db)
    return touched | {"contacts", "email_daily", "deal_contacts"}


def _columns_set(db: Database, batch_id: int) -> dict[str, list[str]]:
    row = db.execute("SELECT columns_set FROM import_batches WHERE id = ?", [batch_id]).fetchone()
    return json.loads(row[0]) if row and row[0] else {}


def _restore(db: Database, table: str, row_id: int, batch_id: int, image: dict[str, Any]) -> bool:
    """Put a row back as it was before `batch_id`, if the batch still owns it."""
    columns = [c for c in image if c != "id"]
    assignments = ", ".join(f'"{c}" = ?' for c in columns)
    cursor = db.execute(
        f"UPDATE {table} SET {assignments} WHERE id = ? AND batch_id = ?",
        [image[c] for c in columns] + [row_id, batch_id],
    )
    return cursor.rowcount > 0


def _rewrite_later_journals(db: Database, table: str, batch_id: int, own_images: dict[int, str],
                            own_columns: list[str]) -> None:
    """Later imports that overwrote this batch's rows journaled this batch's values; make their journals
    point to the state before this batch instead."""
    later = db.execute(
        "SELECT id, batch_id, row_id, old_row FROM batch_journal WHERE table_name = ? AND batch_id > ?"
        " AND json_extract(old_row, '$.batch_id') = ?",
        [table, batch_id, batch_id],
    ).fetchall()
    for entry_id, later_batch, row_id, image in later:
        if row_id in own_images:
            db.execute("UPDATE batch_journal SET old_row = ? WHERE id = ?", [own_images[row_id], entry_id])
            continue
        # This batch inserted the row and a later one overwrote it: the later batch now inserted it, and
        # the columns only this batch had set did not exist before it.
        later_columns = set(_columns_set(db, later_batch).get(table, []))
        orphan = [c for c in own_columns if c not in later_columns and c not in {"id", "batch_id"}]
        if orphan:
            db.execute(f"UPDATE {table} SET " + ", ".join(f'"{c}" = NULL' for c in orphan) + " WHERE id = ?", [row_id])
        db.execute("DELETE FROM batch_journal WHERE id = ?", [entry_id])


def _hand_over_shared_campaigns(db: Database, batch_id: int) -> None:
    """A campaign row this batch created may also be described by another batch's events or totals (the two
    Mautic reports): that batch takes it over instead of it being deleted."""
    for child in ("email_events", "campaign_stats"):
        db.execute(
            f"UPDATE campaigns SET batch_id = (SELECT min(c.batch_id) FROM {child} c WHERE c.campaign_id = campaigns.id"
            f" AND c.batch_id != :b) WHERE batch_id = :b AND EXISTS (SELECT 1 FROM {child} c"
            " WHERE c.campaign_id = campaigns.id AND c.batch_id != :b)",
            {"b": batch_id},
        )
