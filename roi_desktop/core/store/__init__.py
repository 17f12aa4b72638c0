"""The workspace store: the only package of ROI Desktop that contains SQL (DESIGN §2).

Modules are grouped by table family; each exposes plain functions taking a `sqlite_utils.Database` and
returning dataclasses or plain values. `connection.open_store` opens a file safely; `Store.writing()` gives
the single writer inside a transaction, `Store.reader()` a per-thread read-only connection.
"""

# The handle store functions take; the layers above only pass it along.
from sqlite_utils import Database as Connection

from roi_desktop.core.store.connection import Store, WorkspaceLocked, open_store

__all__ = ["Connection", "Store", "WorkspaceLocked", "open_store"]
