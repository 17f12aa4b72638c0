"""Saved column mappings, keyed by a file layout's header signature (importing/mapping.py)."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from roi_desktop.core.store.batches import now_iso


def find_mapping(db: Database, signature: str) -> dict[str, Any] | None:
    row = db.execute("SELECT mapping FROM saved_mappings WHERE header_key = ?", [signature]).fetchone()
    return json.loads(row[0]) if row else None


def save_mapping(db: Database, signature: str, mapping: dict[str, Any]) -> None:
    db.execute(
        "INSERT INTO saved_mappings (header_key, kind, source, mapping, created_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (header_key) DO UPDATE SET kind = excluded.kind, source = excluded.source,"
        " mapping = excluded.mapping",
        [signature, mapping["kind"], mapping.get("source"), json.dumps(mapping, ensure_ascii=False), now_iso()],
    )


def mark_used(db: Database, signature: str) -> None:
    db.execute("UPDATE saved_mappings SET used_at = ? WHERE header_key = ?", [now_iso(), signature])
