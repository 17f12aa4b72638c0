"""Opening workspaces: every refusal leaves the file byte-for-byte unchanged."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from roi_desktop.core.errors import WorkspaceError
from roi_desktop.core.store import connection, schema
from roi_desktop.core.store.backups import list_backups
from roi_desktop.core.store.connection import WorkspaceLocked, open_store
from roi_desktop.core.store.lock import lock_path
from roi_desktop.core.workspace import Workspace


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def workspace_file(tmp_path: Path) -> Path:
    path = tmp_path / "team.roidb"
    Workspace.create(path).close()
    return path


def test_create_makes_every_canonical_table_in_wal_mode(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "new") as workspace:
        assert workspace.path.name == "new.roidb"
        db = workspace.store.writer
        tables = set(db.table_names())
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert db.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    design_tables = {
        "import_batches", "contacts", "campaigns", "campaign_stats", "email_events", "workflows", "deals",
        "stage_history", "costs", "web_traffic", "social_stats", "satisfaction", "scoring_models",
        "funnel_definitions", "contact_scores", "settings",
    }
    assert design_tables <= tables


def test_reopen_keeps_data_and_applies_nothing(workspace_file: Path) -> None:
    with Workspace.open(workspace_file) as workspace:
        workspace.set_settings({"currency": "EUR"})
    with Workspace.open(workspace_file) as workspace:
        assert workspace.settings() == {"currency": "EUR"}
        assert workspace.store.migrated_from is None
    assert list_backups(workspace_file) == []


def test_missing_file_is_not_created_by_open(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError) as error:
        Workspace.open(tmp_path / "nowhere.roidb")
    assert error.value.code == "workspace.not_found"
    assert not (tmp_path / "nowhere.roidb").exists()


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "workspace.not_sqlite"),
        (b"Email,Name\nx@example.com,X\n", "workspace.not_sqlite"),
        (b"SQLite format 3\x00" + b"\xff" * 4000, "workspace.corrupt"),
    ],
    ids=["empty", "csv", "garbage-after-header"],
)
def test_files_that_are_not_workspaces_are_refused_untouched(tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "bad.roidb"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(WorkspaceError) as error:
        Workspace.open(path)
    assert error.value.code == code
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.roidb"]


def test_truncated_workspace_is_corrupt_and_untouched(workspace_file: Path) -> None:
    data = workspace_file.read_bytes()
    workspace_file.write_bytes(data[: len(data) // 3])
    before = digest(workspace_file)
    with pytest.raises(WorkspaceError) as error:
        Workspace.open(workspace_file)
    assert error.value.code == "workspace.corrupt"
    assert digest(workspace_file) == before


def test_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.roidb"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(WorkspaceError) as error:
        Workspace.open(path)
    assert error.value.code == "workspace.not_ours"
    assert digest(path) == before


def test_workspace_from_a_newer_version_is_refused_untouched(workspace_file: Path) -> None:
    conn = sqlite3.connect(workspace_file)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = digest(workspace_file)
    with pytest.raises(WorkspaceError) as error:
        Workspace.open(workspace_file)
    assert error.value.code == "workspace.newer"
    assert digest(workspace_file) == before


def test_unknown_applied_migration_means_newer(workspace_file: Path) -> None:
    db = Database(workspace_file)
    db["_sqlite_migrations"].insert({"migration_set": "roi_desktop", "name": "9999_future", "applied_at": "x"})
    db.close()
    before = digest(workspace_file)
    with pytest.raises(WorkspaceError) as error:
        Workspace.open(workspace_file)
    assert error.value.code == "workspace.newer"
    assert digest(workspace_file) == before


def test_pending_migration_is_applied_after_a_backup(workspace_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Workspace.open(workspace_file) as workspace:
        workspace.set_settings({"currency": "EUR"})
    _one_more_migration(monkeypatch)
    with Workspace.open(workspace_file) as workspace:
        assert workspace.store.migrated_from == schema.SCHEMA_VERSION
        assert "test_column" in {c.name for c in workspace.store.writer["costs"].columns}
        assert workspace.settings() == {"currency": "EUR"}
        assert [n.code for n in workspace.notices] == ["workspace.migrated"]
    (backup,) = list_backups(workspace_file)
    copy = Database(backup.path)
    assert "test_column" not in {c.name for c in copy["costs"].columns}
    assert copy.execute("SELECT value FROM settings WHERE key = 'currency'").fetchone() == ('"EUR"',)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    copy.close()
    assert backup.reason == f"before-v{schema.SCHEMA_VERSION + 1}"


def _one_more_migration(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend this app knows one migration more than the workspace file has."""
    newer = Migrations("roi_desktop")
    for migration in schema.migrations.pending(Database(memory=True)):
        newer(name=migration.name)(migration.fn)

    @newer(name="0099_test_column")
    def _add(db: Database) -> None:
        db.execute("ALTER TABLE costs ADD COLUMN test_column TEXT")

    monkeypatch.setattr(connection, "migrations", newer)
    monkeypatch.setattr(connection, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)


def test_reading_an_older_writable_workspace_updates_it_first(workspace_file: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """`kpis`, `export`… open read-only: an older workspace they may write is migrated (with its backup), not
    refused as read-only."""
    _one_more_migration(monkeypatch)
    with Workspace.open(workspace_file, read_only=True) as workspace:
        assert workspace.read_only
        assert "test_column" in {c.name for c in workspace.store.reader()["costs"].columns}
    assert [b.reason for b in list_backups(workspace_file)] == [f"before-v{schema.SCHEMA_VERSION + 1}"]


def test_older_workspace_in_a_read_only_file_is_refused_untouched(workspace_file: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _one_more_migration(monkeypatch)
    workspace_file.chmod(0o444)
    before = digest(workspace_file)
    try:
        with pytest.raises(WorkspaceError) as error:
            Workspace.open(workspace_file, read_only=True)
    finally:
        workspace_file.chmod(0o644)
    assert error.value.code == "workspace.read_only_needs_upgrade"
    assert digest(workspace_file) == before


def test_locked_workspace_is_refused_then_opens_read_only(workspace_file: Path) -> None:
    lock_path(workspace_file).write_text(
        json.dumps({"user": "camille", "host": "other-laptop", "pid": 4242, "since": "2026-11-28T09:15:00+00:00"})
    )
    before = digest(workspace_file)
    with pytest.raises(WorkspaceLocked) as error:
        Workspace.open(workspace_file)
    assert "camille" in error.value.message.english()
    assert "other-laptop" in error.value.message.english()
    with Workspace.open(workspace_file, read_only=True) as workspace:
        assert workspace.read_only
        assert workspace.summary().imports == 0
        with pytest.raises(WorkspaceError):
            workspace.set_settings({"currency": "USD"})
    assert digest(workspace_file) == before


def test_stale_lock_of_a_dead_process_is_taken_over(workspace_file: Path) -> None:
    lock_path(workspace_file).write_text(
        json.dumps({"user": "me", "host": socket.gethostname(), "pid": 2**22 + 12345, "since": "2026-01-01T00:00:00"})
    )
    with Workspace.open(workspace_file) as workspace:
        assert not workspace.read_only
        assert json.loads(lock_path(workspace_file).read_text())["pid"] == os.getpid()
    assert not lock_path(workspace_file).exists()


def test_read_only_file_opens_read_only_and_stays_unchanged(workspace_file: Path) -> None:
    workspace_file.chmod(0o444)
    before = digest(workspace_file)
    try:
        with Workspace.open(workspace_file) as workspace:
            assert workspace.read_only
            assert [n.code for n in workspace.notices] == ["workspace.read_only"]
            with pytest.raises(WorkspaceError) as error:
                workspace.set_settings({"currency": "USD"})
            assert error.value.code == "workspace.read_only"
    finally:
        workspace_file.chmod(0o644)
    assert digest(workspace_file) == before


def test_second_open_in_another_process_sees_the_lock(workspace_file: Path) -> None:
    import subprocess
    import sys

    script = (
        "import sys, time; from roi_desktop.core.workspace import Workspace;"
        f"w = Workspace.open({str(workspace_file)!r}); print('open', flush=True); sys.stdin.readline(); w.close()"
    )
    holder = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(WorkspaceLocked):
            open_store(workspace_file)
    finally:
        holder.communicate("\n", timeout=20)
    with Workspace.open(workspace_file) as workspace:
        assert not workspace.read_only
