"""Bad outputs: a folder that is a file or missing, a name that is a folder, a file locked by Excel, a full
disk, a cancel — one plain sentence each, and never a half-written file left behind."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from roi_desktop.core.errors import Cancelled, UserError
from roi_desktop.core.progress import CancelToken
from roi_desktop.core.reporting import safety
from roi_desktop.core.reporting.safety import atomic_path, inert, is_risky
from roi_desktop.core.reporting.service import ExportOptions
from roi_desktop.core.workspace import Workspace

SUMMARY = ExportOptions(sheets=("summary", "definitions"))


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def failing_export(workspace: Workspace, path: Path) -> UserError:
    with pytest.raises(UserError) as raised:
        workspace.reports.export(path, SUMMARY)
    assert len(str(raised.value).splitlines()) == 1  # one plain sentence
    return raised.value


@pytest.mark.parametrize("text", ["=HYPERLINK(\"http://x\",\"y\")", "=1+2", "@SUM(A1:A9)", "-10% si signature",
                                  "+33 7 69 83 68 04", "\tcmd", "\rcmd"])
def test_text_that_would_run_is_made_inert(text: str) -> None:
    assert is_risky(text)
    assert inert(text) == "'" + text


@pytest.mark.parametrize("text", ["-12,5 %", "+3", "-1 234,56 €", "-0.25", "Newsletter", "Prix = 10 €"])
def test_numbers_and_plain_text_are_left_alone(text: str) -> None:
    assert inert(text) == text


def test_a_finished_file_replaces_the_previous_one_and_a_failed_one_does_not(tmp_path: Path) -> None:
    target = tmp_path / "kpis.xlsx"
    target.write_bytes(b"previous")
    with atomic_path(target) as temporary:
        temporary.write_bytes(b"new")
    assert target.read_bytes() == b"new"
    with pytest.raises(RuntimeError), atomic_path(target) as temporary:
        temporary.write_bytes(b"half")
        raise RuntimeError("crash while writing")
    assert target.read_bytes() == b"new"
    assert leftovers(tmp_path) == []


def test_a_folder_that_is_a_file(fixture_workspace: Workspace, tmp_path: Path) -> None:
    blocker = tmp_path / "report"
    blocker.write_text("a file")
    error = failing_export(fixture_workspace, blocker / "kpis.xlsx")
    assert error.code == "export.not_a_folder"
    assert "is a file, not a folder" in str(error)


def test_a_missing_folder(fixture_workspace: Workspace, tmp_path: Path) -> None:
    error = failing_export(fixture_workspace, tmp_path / "no such folder" / "kpis.xlsx")
    assert error.code == "export.folder_missing"


def test_a_name_that_is_a_folder(fixture_workspace: Workspace, tmp_path: Path) -> None:
    (tmp_path / "kpis.xlsx").mkdir()
    error = failing_export(fixture_workspace, tmp_path / "kpis.xlsx")
    assert error.code == "export.is_folder"


def test_a_name_that_is_not_xlsx(fixture_workspace: Workspace, tmp_path: Path) -> None:
    assert failing_export(fixture_workspace, tmp_path / "kpis.xls").code == "export.not_xlsx"


def test_a_file_open_in_excel(fixture_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows, Excel holds the file it has open: replacing it fails with a permission error."""
    target = tmp_path / "kpis.xlsx"
    target.write_bytes(b"the copy open in Excel")

    def locked(source: object, destination: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(destination))

    monkeypatch.setattr(safety.os, "replace", locked)
    error = failing_export(fixture_workspace, target)
    assert error.code == "export.file_locked"
    assert "open in another program" in str(error)
    assert target.read_bytes() == b"the copy open in Excel"
    assert leftovers(tmp_path) == []


def test_a_full_disk(fixture_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(path: Path) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(safety, "_flush", full)
    error = failing_export(fixture_workspace, tmp_path / "kpis.xlsx")
    assert error.code == "export.disk_full"
    assert list(tmp_path.iterdir()) == []


def test_a_folder_without_write_permission(fixture_workspace: Workspace, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as root, who may write anywhere: the refusal is simulated where the file is created."""
    def refused(**kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(safety.tempfile, "mkstemp", refused)
    assert failing_export(fixture_workspace, tmp_path / "kpis.xlsx").code == "export.folder_read_only"


def test_cancel_leaves_nothing(fixture_workspace: Workspace, tmp_path: Path) -> None:
    token = CancelToken()
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == total - 2:  # while the sheets are being written
            token.cancel()

    with pytest.raises(Cancelled):
        fixture_workspace.reports.export(tmp_path / "kpis.xlsx", ExportOptions(), progress=progress, cancel=token)
    assert list(tmp_path.iterdir()) == []
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_progress_goes_to_the_end(fixture_workspace: Workspace, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    fixture_workspace.reports.export(tmp_path / "kpis.xlsx", ExportOptions(),
                                     progress=lambda done, total: seen.append((done, total)))
    assert [done for done, _ in seen] == list(range(1, len(seen) + 1))
    assert {total for _, total in seen} == {len(seen)}


def test_no_sheet_chosen(fixture_workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(UserError) as raised:
        fixture_workspace.reports.export(tmp_path / "kpis.xlsx", ExportOptions(sheets=()))
    assert raised.value.code == "export.no_sheet"
