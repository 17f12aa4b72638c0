"""Backup copies of a workspace, taken before anything risky (migrations, imports, undo, restore) and
restorable later (File › Restore a backup).

Copies go to a visible folder beside the workspace, "<name> backups", so that a user who looks for them in
the file manager finds them; they are made with SQLite's online backup API, which gives a consistent copy
even while the workspace is open. They are kept `keep_days` days (the workspace setting `backup_keep_days`)
and at most `MAX_COPIES` of them: a 400 MB workspace imported into daily would otherwise fill a laptop disk.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from roi_desktop.core.progress import CancelToken, Progress, no_progress

DEFAULT_KEEP_DAYS = 30
MAX_COPIES = 10
_PAGES_PER_STEP = 4096
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+) (?P<stamp>\d{8}-\d{6})(?:-\d+)? (?P<reason>[\w-]+)\.roidb$")


@dataclass(frozen=True)
class Backup:
    """One backup copy: where it is, when it was taken (UTC) and why."""

    path: Path
    taken_at: datetime
    reason: str

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


def backups_dir(workspace: Path) -> Path:
    return workspace.with_name(f"{workspace.stem} backups")


def backup(workspace: Path, reason: str, *, now: datetime | None = None, progress: Progress = no_progress,
           cancel: CancelToken | None = None) -> Path:
    """Copy `workspace` into its backups folder and return the copy's path.

    `progress` gets bytes copied out of the file's size; a cancelled copy leaves no file behind."""
    now = now or datetime.now(UTC)
    folder = backups_dir(workspace)
    folder.mkdir(exist_ok=True)
    target = folder / f"{workspace.stem} {now.strftime(_STAMP)} {reason}.roidb"
    counter = 1
    while target.exists():
        target = folder / f"{workspace.stem} {now.strftime(_STAMP)}-{counter} {reason}.roidb"
        counter += 1
    source = sqlite3.connect(f"{workspace.as_uri()}?mode=ro", uri=True)
    try:
        _copy(source, target, progress, cancel)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    return target


def restore(workspace: Path, copy: Path) -> None:
    """Replace the contents of `workspace` (closed by the caller) with those of the backup `copy`.

    Written through SQLite rather than by copying files, so that a WAL left beside the workspace cannot be
    replayed over the restored pages."""
    source = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(str(workspace))
    try:
        source.backup(target)
        target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        target.close()
        source.close()


def _copy(source: sqlite3.Connection, target: Path, progress: Progress, cancel: CancelToken | None) -> None:
    page_size = source.execute("PRAGMA page_size").fetchone()[0]

    def step(_status: int, remaining: int, total: int) -> None:
        progress((total - remaining) * page_size, total * page_size)
        if cancel is not None:
            cancel.check()

    copy = sqlite3.connect(str(target))
    try:
        source.backup(copy, pages=_PAGES_PER_STEP, progress=step)
    finally:
        copy.close()


def list_backups(workspace: Path) -> list[Backup]:
    """The backups of `workspace`, newest first."""
    found = []
    folder = backups_dir(workspace)
    if not folder.is_dir():
        return []
    for path in folder.glob("*.roidb"):
        match = _NAME.match(path.name)
        if match and match["stem"] == workspace.stem:
            taken = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
            found.append(Backup(path, taken, match["reason"]))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def prune(workspace: Path, keep_days: int, *, keep_at_most: int = MAX_COPIES, now: datetime | None = None
          ) -> list[Path]:
    """Delete backups older than `keep_days` and beyond the newest `keep_at_most`, always keeping the newest
    one; return what was deleted."""
    now = now or datetime.now(UTC)
    deleted = []
    for rank, old in enumerate(list_backups(workspace)):
        if rank and (rank >= keep_at_most or now - old.taken_at > timedelta(days=keep_days)):
            old.path.unlink(missing_ok=True)
            deleted.append(old.path)
    return deleted


def delete_all(workspace: Path) -> int:
    """Delete every backup of `workspace` (after erasing a person, whom they still contain); returns how many."""
    found = list_backups(workspace)
    for old in found:
        old.path.unlink(missing_ok=True)
    return len(found)
