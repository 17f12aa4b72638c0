"""Workspace settings (currency, thresholds, hourly rate…): JSON values in the `settings` table.

Per-workspace settings live in the workspace so that a colleague opening the same file sees the same
figures (CONVENTIONS §6.2.9); per-user UI state lives in QSettings, in the GUI. Keys and defaults are
declared by the layers that use them (KPIS §2); the store only reads and writes values.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database


def read_settings(db: Database) -> dict[str, Any]:
    return {key: json.loads(value) for key, value in db.execute("SELECT key, value FROM settings").fetchall()}


def read_setting(db: Database, key: str, default: Any = None) -> Any:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return json.loads(row[0]) if row else default


def write_settings(db: Database, values: dict[str, Any]) -> set[str]:
    """Write `values` (None deletes a key); returns the keys whose value changed."""
    current = read_settings(db)
    changed = set()
    for key, value in values.items():
        if value is None:
            if key in current:
                db.execute("DELETE FROM settings WHERE key = ?", [key])
                changed.add(key)
        elif current.get(key, object()) != value:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, json.dumps(value, ensure_ascii=False)],
            )
            changed.add(key)
    return changed
