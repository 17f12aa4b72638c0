"""Erasing a person by e-mail: gone from every table, every file byte and the undo history, counts unchanged."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from roi_desktop.core.errors import UserError, WorkspaceError
from roi_desktop.core.store import backups
from roi_desktop.core.workspace import Workspace


@pytest.fixture
def workspace_path(fixture_workspace_path: Path, tmp_path: Path) -> Path:
    path = tmp_path / "Team.roidb"
    shutil.copyfile(fixture_workspace_path, path)
    return path


def _person(path: Path) -> str:
    """Someone linked to a HubSpot deal through its contact ids, who also received e-mails."""
    with sqlite3.connect(path) as db:
        return db.execute(
            "SELECT r.email FROM contact_records r JOIN deals d ON d.source = r.source"
            " AND instr(d.contact_refs, '\"' || r.external_id || '\"') > 0"
            " WHERE r.source = 'hubspot' AND r.first_name IS NOT NULL"
            " AND EXISTS (SELECT 1 FROM email_events e WHERE e.email = r.email) ORDER BY r.email LIMIT 1").fetchone()[0]


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                           " AND name NOT IN ('activity_log', 'rejected_rows')")]
        return {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _cells_quoting(path: Path, text: str) -> list[tuple[str, str]]:
    """(table, column) of every cell anywhere in the file that contains `text`, whatever its case."""
    found = []
    with sqlite3.connect(path) as db:
        for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            for column in [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')]:
                hits = db.execute(f'SELECT count(*) FROM "{table}" WHERE instr(lower(CAST("{column}" AS TEXT)), ?)',
                                  [text.lower()]).fetchone()[0]
                if hits:
                    found.append((table, column))
    return found


def _kpis(path: Path) -> dict[str, Any]:
    with Workspace.open(path, read_only=True) as workspace:
        return workspace.kpis().to_json(lambda message: message.english())


def test_the_footprint_counts_what_a_direct_look_at_the_tables_finds(workspace_path: Path) -> None:
    email = _person(workspace_path)
    with sqlite3.connect(workspace_path) as db:
        def count(sql: str) -> int:
            return db.execute(sql, [email]).fetchone()[0]
        by_hand = {
            "contact_records": count("SELECT count(*) FROM contact_records WHERE email = ?"),
            "email_events": count("SELECT count(*) FROM email_events WHERE email = ?"),
            "stage_history": count("SELECT count(*) FROM stage_history WHERE email = ?"),
        }
        sources = tuple(r[0] for r in db.execute(
            "SELECT DISTINCT source FROM contact_records WHERE email = ? ORDER BY source", [email]))
    assert by_hand["contact_records"] >= 2 and by_hand["email_events"] >= 1
    with Workspace.open(workspace_path, read_only=True) as workspace:
        found = workspace.person_footprint("  " + email.upper() + " ")
    assert found.email == email
    assert {table: found.rows.get(table) for table in by_hand} == by_hand
    assert found.sources == sources


def test_erasing_keeps_every_count_and_figure_and_leaves_no_trace(workspace_path: Path) -> None:
    email = _person(workspace_path)
    with sqlite3.connect(workspace_path) as db:
        first, last, record_id = db.execute("SELECT first_name, last_name, external_id FROM contact_records"
                                            " WHERE email = ? AND source = 'hubspot'", [email]).fetchone()
    counts, figures = _counts(workspace_path), _kpis(workspace_path)
    assert email.encode() in workspace_path.read_bytes()  # so that the byte check below can fail

    with Workspace.open(workspace_path) as workspace:
        changes = workspace.erase_person(email)
        assert not workspace.person_footprint(email).found
    assert {"contact_records", "email_events", "deals"} <= changes.tables

    assert _counts(workspace_path) == counts
    assert _kpis(workspace_path) == figures
    assert _cells_quoting(workspace_path, email) == []
    assert email.encode() not in workspace_path.read_bytes()
    wal = workspace_path.with_name(workspace_path.name + "-wal")
    assert not wal.exists() or email.encode() not in wal.read_bytes()
    assert _cells_quoting(workspace_path, f"{first} {last}") == []
    assert _cells_quoting(workspace_path, record_id) == []
    with sqlite3.connect(workspace_path) as db:
        pseudonyms = {r[0] for r in db.execute("SELECT email FROM contact_records WHERE email LIKE 'erased-%'")}
        assert len(pseudonyms) == 1  # the same code everywhere: the person still counts once
        assert db.execute("SELECT count(*) FROM contact_records WHERE email LIKE 'erased-%' AND (first_name IS NOT"
                          " NULL OR last_name IS NOT NULL OR phone IS NOT NULL OR company IS NOT NULL)").fetchone()[0] == 0
        [(action, details)] = db.execute("SELECT action, details FROM activity_log").fetchall()
    assert action == "erase_person" and email not in details and '"email_events"' in details


def test_figures_stay_the_same_when_derived_tables_are_rebuilt_after_an_erasure(workspace_path: Path) -> None:
    """Deals stay linked to the erased person through the pseudonymous contact id (revenue attribution)."""
    from roi_desktop.core.store.loading import rebuild_all

    figures = _kpis(workspace_path)
    with Workspace.open(workspace_path) as workspace:
        workspace.erase_person(_person(workspace_path))
        with workspace.store.writing() as db:
            rebuild_all(db)
    assert _kpis(workspace_path) == figures


def test_undoing_imports_after_an_erasure_never_brings_the_person_back(workspace_path: Path) -> None:
    email = _person(workspace_path)
    with Workspace.open(workspace_path) as workspace:
        workspace.erase_person(email)
        for batch in workspace.batches(include_undone=False):
            workspace.undo(batch.id)
    assert _cells_quoting(workspace_path, email) == []


def test_backup_copies_are_deleted_unless_asked_to_keep_them(workspace_path: Path) -> None:
    email = _person(workspace_path)
    backups.backup(workspace_path, "before-import")
    with Workspace.open(workspace_path) as workspace:
        workspace.erase_person(email, delete_backups=False)
    assert len(backups.list_backups(workspace_path)) == 1
    with Workspace.open(workspace_path) as workspace:
        workspace.erase_person("someone.else@example.org")
    assert backups.list_backups(workspace_path) == []


@pytest.mark.parametrize("typed", ["", "not an address", "jean@", "@example.org"])
def test_a_malformed_address_is_refused_in_plain_words(workspace_path: Path, typed: str) -> None:
    with Workspace.open(workspace_path) as workspace, pytest.raises(UserError) as refused:
        workspace.erase_person(typed)
    assert refused.value.code == "privacy.bad_address"
    assert _counts(workspace_path)  # untouched file still opens


def test_a_read_only_workspace_cannot_be_erased_from(workspace_path: Path) -> None:
    email = _person(workspace_path)
    with Workspace.open(workspace_path, read_only=True) as workspace, pytest.raises(WorkspaceError):
        workspace.erase_person(email)
    assert email.encode() in workspace_path.read_bytes()
