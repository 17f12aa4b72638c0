"""Who has a workspace open: a small lock file beside it, readable by the other copies of the app.

A workspace may sit on a shared folder (DESIGN §3). SQLite's own locks do not say *who* holds a file and are
unreliable on network shares, so like LibreOffice (`.~lock.*#`) we write `<workspace>.lock` with the user,
machine and process that opened it. Another copy seeing a live lock offers read-only access instead of
becoming a second writer. A lock left by a crashed process on this machine is stale and is taken over.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path


@dataclass(frozen=True)
class LockOwner:
    """Who holds a workspace: shown in the 'open read-only?' question."""

    user: str
    host: str
    pid: int
    since: str

    @classmethod
    def me(cls) -> LockOwner:
        return cls(_user(), socket.gethostname(), os.getpid(), datetime.now(UTC).isoformat(timespec="seconds"))

    def is_me(self) -> bool:
        return self.host == socket.gethostname() and self.pid == os.getpid()

    def is_alive(self) -> bool:
        """False only when we can tell the process is gone (same machine, no such pid)."""
        if self.host != socket.gethostname():
            return True
        return _pid_alive(self.pid)


def lock_path(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".lock")


def read_lock(workspace: Path) -> LockOwner | None:
    """The current holder, or None when the workspace is free (no lock, unreadable or stale lock)."""
    path = lock_path(workspace)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        owner = LockOwner(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return owner if owner.is_alive() else None


def acquire(workspace: Path) -> LockOwner | None:
    """Take the lock; returns the other holder instead when someone else has it."""
    holder = read_lock(workspace)
    if holder is not None and not holder.is_me():
        return holder
    me = LockOwner.me()
    path = lock_path(workspace)
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(me.__dict__), encoding="utf-8")
    os.replace(tmp, path)
    return None


def release(workspace: Path) -> None:
    """Drop our lock (never someone else's)."""
    holder = read_lock(workspace)
    if holder is not None and holder.is_me():
        try:
            lock_path(workspace).unlink()
        except OSError:
            pass


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
