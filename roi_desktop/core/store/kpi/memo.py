"""Reads of the KPI engine that do not depend on the period, kept per connection while the data is unchanged.

A period change (the KPI page, the previous period and last year of a comparison) runs the whole engine
again on the same reader connection; the deals, the customer spans and the span of the data are the same
every time until something is written. Each connection remembers them beside the state it read them in:
`PRAGMA data_version` (changes when another connection commits: an import, an undo, a settings change
through the writer) and the connection's own `total_changes` (its own writes, committed or not). Any
difference and the memo is dropped, so a cached value is always what the query would return now.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from sqlite_utils import Database

T = TypeVar("T")

_ATTRIBUTE = "_roi_kpi_memo"


def _state(db: Database) -> tuple[int, int]:
    conn = db.conn
    return conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes


def memo(db: Database, key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()` once per state of the database as `db` sees it (see the module docstring). Callers must
    not mutate what it returns (return tuples), with one use of it: `compute=dict` gives a cache the caller
    fills itself with values that depend only on that same state (kpis/attribution.py `credited`), dropped
    with the memo when the data changes."""
    state = _state(db)
    held: tuple[tuple[int, int], dict[Hashable, Any]] | None = getattr(db, _ATTRIBUTE, None)
    if held is None or held[0] != state:
        held = (state, {})
        try:
            setattr(db, _ATTRIBUTE, held)
        except AttributeError:  # pragma: no cover - a connection wrapper without attributes: no memo
            return compute()
    values = held[1]
    if key not in values:
        values[key] = compute()
    return values[key]
