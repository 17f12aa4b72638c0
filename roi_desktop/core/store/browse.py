"""Paged, filtered reads of the browsable tables (Data page), limited to the columns core/tables.py declares."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from roi_desktop.core.tables import BY_ID


@dataclass(frozen=True)
class Page:
    """A slice of rows and the total number of matching rows."""

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    total: int


def browse(db: Database, table_id: str, *, search: str = "", order_by: str | None = None,
           descending: bool = False, offset: int = 0, limit: int = 200) -> Page:
    """Rows of `table_id` whose text columns contain `search` (case-insensitive), sorted and sliced."""
    table = BY_ID[table_id]
    names = tuple(c.name for c in table.columns)
    order = order_by if order_by in names else table.default_order
    text_columns = [c.name for c in table.columns if c.kind == "text"]
    where, params = "", []
    if search.strip():
        where = "WHERE " + " OR ".join(f'"{c}" LIKE ? ESCAPE \'\\\'' for c in text_columns)
        pattern = "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params = [pattern] * len(text_columns)
    select = ", ".join(f'"{c}"' for c in names)
    direction = "DESC" if descending else "ASC"
    rows = db.execute(
        f'SELECT {select} FROM {table.id} {where} ORDER BY "{order}" IS NULL, "{order}" {direction}, "{names[0]}"'
        " LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    total = db.execute(f"SELECT count(*) FROM {table.id} {where}", params).fetchone()[0]
    return Page(names, rows, total)
