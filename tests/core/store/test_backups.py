"""Backup copies: taken before imports and undos (not when nothing changes), pruned, restored, cancellable."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from roi_desktop.core.errors import Cancelled
from roi_desktop.core.progress import CancelToken
from roi_desktop.core.store import backups
from roi_desktop.core.workspace import Workspace, restore_backup


@pytest.fixture
def workspace_path(tmp_path: Path, fixtures: Path) -> Path:
    """A workspace holding one import (the Mautic contacts)."""
    path = tmp_path / "Team.roidb"
    with Workspace.create(path) as workspace:
        workspace.imports.import_paths([fixtures / "mautic" / "contacts.csv"])
    return path


def _batch_files(path: Path) -> list[str]:
    with Workspace.open(path, read_only=True) as workspace:
        return sorted(b.file_name for b in workspace.batches(include_undone=False))


def test_the_first_import_into_an_empty_workspace_takes_no_copy(workspace_path: Path) -> None:
    assert backups.list_backups(workspace_path) == []


def test_an_import_into_a_workspace_with_data_is_preceded_by_a_copy_of_it(workspace_path: Path, fixtures: Path) -> None:
    with Workspace.open(workspace_path) as workspace:
        report = workspace.imports.import_paths([fixtures / "mautic" / "report_emails.csv"])
    [copy] = backups.list_backups(workspace_path)
    assert copy.reason == "before-import"
    assert report.backup == copy.path
    assert copy.path.parent.name == "Team backups"
    assert _batch_files(copy.path) == ["contacts.csv"]  # the state before the import


def test_importing_the_same_file_again_leaves_no_copy(workspace_path: Path, fixtures: Path) -> None:
    with Workspace.open(workspace_path) as workspace:
        report = workspace.imports.import_paths([fixtures / "mautic" / "contacts.csv"])
    assert report.files[0].status == "unchanged"
    assert report.backup is None
    assert backups.list_backups(workspace_path) == []


def test_a_cancelled_import_leaves_neither_data_nor_copy(workspace_path: Path, fixtures: Path) -> None:
    cancel = CancelToken()

    def progress(done: int, total: int) -> None:
        if done > total // 2:
            cancel.cancel()

    with Workspace.open(workspace_path) as workspace, pytest.raises(Cancelled):
        workspace.imports.import_paths([fixtures / "mautic" / "report_emails.csv"], progress=progress, cancel=cancel)
    assert backups.list_backups(workspace_path) == []
    assert _batch_files(workspace_path) == ["contacts.csv"]


def test_undo_is_preceded_by_a_copy(workspace_path: Path) -> None:
    with Workspace.open(workspace_path) as workspace:
        workspace.undo(workspace.batches()[0].id)
    [copy] = backups.list_backups(workspace_path)
    assert copy.reason == "before-undo"
    assert _batch_files(copy.path) == ["contacts.csv"]
    assert _batch_files(workspace_path) == []


def test_restoring_puts_the_copy_back_and_keeps_the_present_state(workspace_path: Path, fixtures: Path) -> None:
    with Workspace.open(workspace_path) as workspace:
        workspace.imports.import_paths([fixtures / "mautic" / "report_emails.csv"])
    [before_import] = backups.list_backups(workspace_path)
    restore_backup(workspace_path, before_import.path)
    assert _batch_files(workspace_path) == ["contacts.csv"]
    reasons = {b.reason: b for b in backups.list_backups(workspace_path)}
    assert _batch_files(reasons["before-restore"].path) == ["contacts.csv", "report_emails.csv"]


def test_a_cancelled_copy_leaves_no_file(workspace_path: Path) -> None:
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        backups.backup(workspace_path, "before-import", cancel=cancel)
    assert not list(backups.backups_dir(workspace_path).glob("*.roidb"))


def test_progress_counts_bytes_up_to_the_file_size(workspace_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    backups.backup(workspace_path, "before-import", progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] == workspace_path.stat().st_size


def test_prune_keeps_the_newest_within_the_days_and_the_count(workspace_path: Path) -> None:
    now = datetime(2026, 3, 31, 12, tzinfo=UTC)
    for age in (0, 1, 2, 40, 41):
        backups.backup(workspace_path, "before-import", now=now - timedelta(days=age))
    deleted = backups.prune(workspace_path, keep_days=30, keep_at_most=2, now=now)
    assert len(deleted) == 3
    assert [b.taken_at for b in backups.list_backups(workspace_path)] == [now, now - timedelta(days=1)]
    # The newest copy is never deleted, however old.
    backups.prune(workspace_path, keep_days=0, now=now + timedelta(days=100))
    assert [b.taken_at for b in backups.list_backups(workspace_path)] == [now]


def test_safety_copies_follow_the_workspace_retention(workspace_path: Path) -> None:
    old = datetime.now(UTC) - timedelta(days=10)
    backups.backup(workspace_path, "before-import", now=old)
    with Workspace.open(workspace_path) as workspace:
        workspace.set_settings({"backup_keep_days": 5})
        workspace.store.safety_copy("before-undo")
    assert [b.reason for b in backups.list_backups(workspace_path)] == ["before-undo"]


def test_copies_of_another_workspace_in_the_folder_are_not_listed(workspace_path: Path) -> None:
    backups.backup(workspace_path, "before-import")
    other = workspace_path.with_name("Team 2.roidb")
    shutil.copyfile(workspace_path, other)
    folder = backups.backups_dir(workspace_path)
    (folder / "Team 2 20260101-000000 before-import.roidb").write_bytes(b"")
    assert len(backups.list_backups(workspace_path)) == 1
    assert backups.delete_all(workspace_path) == 1
