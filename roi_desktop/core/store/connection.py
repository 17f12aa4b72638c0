"""Opening a workspace file safely: checks first, writes only when everything is right.

Order matters, because a workspace must never be modified by a failed open: the file is inspected through a
read-only connection (header, application id, schema version, migrations) before anything writes to it;
only then is the lock taken, a backup made if migrations are pending, and the writer connection opened in
WAL mode. One writer connection, guarded by a lock, serialises writes (DESIGN §2); each reading thread gets
its own read-only connection, so KPI queries never wait for an import.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from roi_desktop.core.errors import WorkspaceError
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate
from roi_desktop.core.progress import CancelToken, Progress, no_progress
from roi_desktop.core.store import backups, lock
from roi_desktop.core.store.schema import APPLICATION_ID, SCHEMA_VERSION, migrations

SQLITE_HEADER = b"SQLite format 3\x00"
WORKSPACE_SUFFIX = ".roidb"

NOT_FOUND = MessageTemplate(
    "workspace.not_found",
    QT_TRANSLATE_NOOP("Messages", "There is no workspace “{name}” in this folder. It may have been moved or deleted."),
)
IS_FOLDER = MessageTemplate(
    "workspace.is_folder",
    QT_TRANSLATE_NOOP("Messages", "“{name}” is a folder, not a workspace. Choose a .roidb file."),
)
NOT_SQLITE = MessageTemplate(
    "workspace.not_sqlite",
    QT_TRANSLATE_NOOP(
        "Messages",
        "“{name}” is not a ROI Desktop workspace: it is not a database file. Open a .roidb file, or import this"
        " file from the Import page if it is an export.",
    ),
)
NOT_OURS = MessageTemplate(
    "workspace.not_ours",
    QT_TRANSLATE_NOOP(
        "Messages", "“{name}” is a database made by another program, not a ROI Desktop workspace. It was left untouched."
    ),
)
CORRUPT = MessageTemplate(
    "workspace.corrupt",
    QT_TRANSLATE_NOOP(
        "Messages",
        "The workspace “{name}” is damaged and cannot be read. It was left untouched; restore a backup from the"
        " File menu.",
    ),
)
NEWER = MessageTemplate(
    "workspace.newer",
    QT_TRANSLATE_NOOP(
        "Messages",
        "The workspace “{name}” was saved by a newer version of ROI Desktop. Update the app to open it; the file"
        " was left untouched.",
    ),
)
READ_ONLY_NEEDS_UPGRADE = MessageTemplate(
    "workspace.read_only_needs_upgrade",
    QT_TRANSLATE_NOOP(
        "Messages",
        "The workspace “{name}” was made by an older version and must be updated, but the file is read-only."
        " Copy it to a folder where you can write, then open the copy.",
    ),
)
LOCKED = MessageTemplate(
    "workspace.locked",
    QT_TRANSLATE_NOOP(
        "Messages",
        "The workspace “{name}” is open in ROI Desktop for {user} on {host} since {since}. You can open it"
        " read-only, or wait until it is closed.",
    ),
)
BUSY = MessageTemplate(
    "workspace.busy",
    QT_TRANSLATE_NOOP(
        "Messages", "The workspace “{name}” is busy in another program. Close it there, or open it read-only."
    ),
)
CANNOT_CREATE = MessageTemplate(
    "workspace.cannot_create",
    QT_TRANSLATE_NOOP(
        "Messages",
        "The workspace “{name}” cannot be created in this folder: you may not be allowed to write there."
        " Choose another folder.",
    ),
)
READ_ONLY = MessageTemplate(
    "workspace.read_only",
    QT_TRANSLATE_NOOP(
        "Messages", "The workspace “{name}” is open read-only: you can look at everything but not import or edit."
    ),
)


class WorkspaceLocked(WorkspaceError):
    """Another running copy of the app holds the workspace; `owner` says who."""

    def __init__(self, path: Path, owner: lock.LockOwner) -> None:
        super().__init__(LOCKED(name=path.name, user=owner.user, host=owner.host, since=owner.since[:16].replace("T", " ")))
        self.owner = owner


_HAS_USER_DATA = (
    "SELECT EXISTS (SELECT 1 FROM import_batches) OR EXISTS (SELECT 1 FROM scoring_models)"
    " OR EXISTS (SELECT 1 FROM costs)"
)


class Store:
    """An open workspace file: one guarded writer connection and per-thread reader connections.

    Attributes:
        path: the .roidb file.
        read_only: True when nothing may be written (asked for, or the file is read-only).
        migrated_from: schema version before this open applied migrations (None if none were applied).
        backup_path: the copy taken before migrating, if any.
    """

    def __init__(self, path: Path, read_only: bool, writer: Database | None, *, immutable: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self.migrated_from: int | None = None
        self.backup_path: Path | None = None
        self._writer = writer
        self._write_lock = threading.RLock()
        self._immutable = immutable
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        self._closed = False

    # ---- Public API

    def reader(self) -> Database:
        """This thread's read-only connection (opened on first use)."""
        db = getattr(self._local, "db", None)
        if db is None:
            conn = _connect_read_only(self.path, immutable=self._immutable)
            with self._readers_lock:
                self._readers.append(conn)
            db = Database(conn, execute_plugins=False)
            self._local.db = db
        return db

    @contextlib.contextmanager
    def writing(self) -> Iterator[Database]:
        """The writer connection inside one transaction; concurrent writers wait their turn."""
        if self._writer is None:
            raise WorkspaceError(READ_ONLY(name=self.path.name))
        with self._write_lock, self._writer.atomic():
            yield self._writer

    @contextlib.contextmanager
    def writing_securely(self) -> Iterator[Database]:
        """Like `writing`, but the bytes the transaction frees or overwrites are zeroed (`secure_delete`) and
        the WAL is checkpointed and emptied after the commit: erased data leaves no trace in the files."""
        writer = self.writer
        writer.execute("PRAGMA secure_delete = ON")
        try:
            with self.writing() as db:
                yield db
            writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            writer.execute("PRAGMA secure_delete = OFF")

    def safety_copy(self, reason: str, *, progress: Progress = no_progress, cancel: CancelToken | None = None
                    ) -> Path | None:
        """Back the workspace up before a risky change and prune old copies to the workspace's retention
        (setting `backup_keep_days`); None when there is nothing to lose yet (no import, model or cost line)."""
        reader = self.reader()
        if not reader.execute(_HAS_USER_DATA).fetchone()[0]:
            return None
        from roi_desktop.core.store.settings import read_setting

        keep_days = read_setting(reader, "backup_keep_days", backups.DEFAULT_KEEP_DAYS)
        copy = backups.backup(self.path, reason, progress=progress, cancel=cancel)
        backups.prune(self.path, int(keep_days))
        return copy

    @property
    def writer(self) -> Database:
        """The writer connection outside a transaction (for statements that manage their own)."""
        if self._writer is None:
            raise WorkspaceError(READ_ONLY(name=self.path.name))
        return self._writer

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        with self._readers_lock:
            for conn in self._readers:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            self._readers.clear()
        if self._writer is not None:
            with contextlib.suppress(sqlite3.Error):
                self._writer.execute("PRAGMA optimize")
                self._writer.close()
            lock.release(self.path)


DAMAGED = MessageTemplate("workspace.damaged", QT_TRANSLATE_NOOP(
    "Messages", "Part of the workspace is damaged and cannot be read. Nothing was changed; restore a backup from"
                " the File menu."))


def damaged_workspace(error: BaseException) -> WorkspaceError | None:
    """The plain sentence for a workspace found damaged while reading it, else None.

    Opening read-only checks only the file's size against its header (`_inspect`: a full page walk costs
    seconds on a large workspace), so a damaged page can surface later as SQLite's "database disk image is
    malformed": the GUI's workers and the CLI turn it into this message instead of a crash report."""
    if isinstance(error, sqlite3.DatabaseError) and any(
            sign in str(error) for sign in ("malformed", "not a database", "disk image")):
        return WorkspaceError(DAMAGED())
    return None


def open_store(path: Path | str, *, create: bool = False, read_only: bool = False) -> Store:
    """Open (or create) the workspace at `path`; raise WorkspaceError with one plain sentence if it cannot be.

    A file that is not ours, damaged, newer, locked or read-only is never written to.
    """
    path = Path(path).expanduser().absolute()
    if not path.exists():
        if not create:
            raise WorkspaceError(NOT_FOUND(name=path.name))
        return _create(path)
    if path.is_dir():
        raise WorkspaceError(IS_FOLDER(name=path.name))
    _check_header(path)
    writable = not read_only and is_writable(path)
    pending = _inspect(path, thorough=not read_only)
    if read_only and pending and is_writable(path):
        # A reading command (kpis, export…) on a workspace of an older version: update it first, with its
        # backup, rather than refuse as if the file could not be written.
        open_store(path).close()
        pending = 0
    if not writable:
        if pending:
            raise WorkspaceError(READ_ONLY_NEEDS_UPGRADE(name=path.name))
        return _open_read_only(path)
    holder = _try_lock(path)
    if holder is not None:
        raise WorkspaceLocked(path, holder)
    try:
        backup = backups.backup(path, f"before-v{SCHEMA_VERSION}") if pending else None
        writer = _connect_writer(path)
        store = Store(path, False, writer)
        if pending:
            store.migrated_from = SCHEMA_VERSION - pending
            store.backup_path = backup
            _migrate(writer)
    except BaseException:
        lock.release(path)
        raise
    return store


def is_writable(path: Path) -> bool:
    """Whether we may write the file and create its WAL beside it.

    The read-only flag is honoured even for administrators (root can write anything, yet a user who marked a
    file read-only in the file manager means it).
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return False
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


# ---- Internals


def _create(path: Path) -> Store:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        writer = _connect_writer(path)
    except (OSError, sqlite3.Error) as error:
        raise WorkspaceError(CANNOT_CREATE(name=path.name)) from error
    holder = _try_lock(path)
    if holder is not None:  # pragma: no cover - another process created it at the same instant
        writer.close()
        raise WorkspaceLocked(path, holder)
    _migrate(writer)
    return Store(path, False, writer)


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise WorkspaceError(CORRUPT(name=path.name)) from error
    if header != SQLITE_HEADER:
        raise WorkspaceError(NOT_SQLITE(name=path.name))


def _inspect(path: Path, *, thorough: bool = True) -> int:
    """Validate an existing file through a read-only connection; return the number of pending migrations.

    `thorough`: also walk every page (`PRAGMA quick_check`) — before anything may write to the file. Opening
    read-only, nothing can make a damage worse, so the check is the header's page count against the file's
    size (a truncated copy) instead: the walk reads the whole file (1.2 s for the 430 MB workspace of scale
    38, a third of `roi-desktop kpis`). A damaged page met later still raises sqlite3.DatabaseError."""
    try:
        conn = _connect_read_only(path, immutable=not is_writable(path))
    except sqlite3.Error as error:
        raise WorkspaceError(CORRUPT(name=path.name)) from error
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if app_id != APPLICATION_ID and tables:
            raise WorkspaceError(NOT_OURS(name=path.name))
        if version > SCHEMA_VERSION:
            raise WorkspaceError(NEWER(name=path.name))
        check = conn.execute("PRAGMA quick_check(1)").fetchone()[0] if thorough else _size_check(path)
        if check != "ok":
            raise WorkspaceError(CORRUPT(name=path.name))
        inspected = Database(conn, execute_plugins=False)
        pending = migrations.pending(inspected)
        applied = {m.name for m in migrations.applied(inspected)}
    except sqlite3.DatabaseError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise WorkspaceError(BUSY(name=path.name)) from error
        raise WorkspaceError(CORRUPT(name=path.name)) from error
    finally:
        conn.close()
    known = {m.name for m in migrations.pending(Database(memory=True, execute_plugins=False))}
    if applied - known:
        raise WorkspaceError(NEWER(name=path.name))
    return len(pending)


def _size_check(path: Path) -> str:
    """"ok" unless the database header counts more pages than the file holds (a truncated copy). The count is
    only trusted when the header says it is valid (change counter = version-valid-for, SQLite ≥ 3.7.0)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError:
        return "unreadable"
    if len(header) < 100:
        return "truncated"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96]
    return "truncated" if valid and pages and size < pages * page_size else "ok"


def _open_read_only(path: Path) -> Store:
    immutable = not is_writable(path)
    try:
        _connect_read_only(path, immutable=immutable).close()
    except sqlite3.Error as error:
        raise WorkspaceError(CORRUPT(name=path.name)) from error
    return Store(path, True, None, immutable=immutable)


def _try_lock(path: Path) -> lock.LockOwner | None:
    try:
        return lock.acquire(path)
    except OSError:
        # A folder where we cannot write a lock file is a folder where we cannot write the WAL either;
        # is_writable() said otherwise, so leave it to SQLite to report.
        return None


def _connect_writer(path: Path) -> Database:
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=5.0)
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise sqlite3.OperationalError("database is locked")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA busy_timeout = 5000")
    except sqlite3.OperationalError as error:
        conn.close()
        if "locked" in str(error) or "busy" in str(error):
            raise WorkspaceError(BUSY(name=path.name)) from error
        raise
    return Database(conn, execute_plugins=False)


def _connect_read_only(path: Path, *, immutable: bool) -> sqlite3.Connection:
    # immutable=1 for files we cannot write: SQLite then needs no -shm file beside them.
    flag = "immutable=1" if immutable else "mode=ro"
    conn = sqlite3.connect(f"{path.as_uri()}?{flag}", uri=True, check_same_thread=False, timeout=5.0)
    conn.execute("PRAGMA query_only = ON")
    return conn


def _migrate(writer: Database) -> None:
    writer.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(writer)
    writer.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

