"""Backup copies of a workspace, taken before anything risky (migrations, imports) and restorable later.

Copies go to a visible folder beside the workspace, "<name> backups", so that a user who looks for them in
the file manager finds them; they are made with SQLite's online backup API, which gives a consistent copy
even while the workspace is open.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+) (?P<stamp>\d{8}-\d{6})(?:-\d+)? (?P<reason>[\w-]+)\.roidb$")


@dataclass(frozen=True)
class Backup:
    """One backup copy: where it is, when it was taken (UTC) and why."""

    path: Path
    taken_at: datetime
    reason: str


def backups_dir(workspace: Path) -> Path:
    return workspace.with_name(f"{workspace.stem} backups")


def backup(workspace: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Copy `workspace` into its backups folder and return the copy's path."""
    now = now or datetime.now(UTC)
    folder = backups_dir(workspace)
    folder.mkdir(exist_ok=True)
    target = folder / f"{workspace.stem} {now.strftime(_STAMP)} {reason}.roidb"
    counter = 1
    while target.exists():
        target = folder / f"{workspace.stem} {now.strftime(_STAMP)}-{counter} {reason}.roidb"
        counter += 1
    source = sqlite3.connect(f"{workspace.as_uri()}?mode=ro", uri=True)
    copy = sqlite3.connect(str(target))
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return target


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


def prune(workspace: Path, keep_days: int, *, now: datetime | None = None) -> list[Path]:
    """Delete backups older than `keep_days`, always keeping the newest one; return what was deleted."""
    now = now or datetime.now(UTC)
    deleted = []
    for old in list_backups(workspace)[1:]:
        if now - old.taken_at > timedelta(days=keep_days):
            old.path.unlink(missing_ok=True)
            deleted.append(old.path)
    return deleted
