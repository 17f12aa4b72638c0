"""Importing the whole fixtures folder reproduces every count of expected.json that the store holds."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from roi_desktop.core.errors import Cancelled
from roi_desktop.core.importing.report import ImportReport
from roi_desktop.core.progress import CancelToken
from roi_desktop.core.workspace import Workspace
from tests.support.expected_checks import check_workspace

SUPPORT = Path(__file__).resolve().parents[2] / "support"


def by_relative_name(report: ImportReport, root: Path) -> dict[str, Any]:
    return {f.path.relative_to(root).as_posix(): f for f in report.files}


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory, fixtures: Path) -> tuple[Path, ImportReport]:
    path = tmp_path_factory.mktemp("ws") / "fixtures.roidb"
    with Workspace.create(path) as workspace:
        report = workspace.imports.import_paths([fixtures])
    return path, report


def test_every_fixture_file_is_recognised_and_loaded(imported: tuple[Path, ImportReport], fixtures: Path,
                                                     expected: dict[str, Any]) -> None:
    _, report = imported
    statuses = {name: f.status for name, f in by_relative_name(report, fixtures).items()}
    assert set(statuses) == set(expected["files"])
    assert set(statuses.values()) == {"loaded"}, statuses
    for name, f in by_relative_name(report, fixtures).items():
        assert f.source == expected["files"][name]["source"], name
        # expected.json calls per-recipient exports "email_recipients"; they load as e-mail events.
        kind = expected["files"][name]["kind"]
        assert f.kind == {"email_recipients": "email_events"}.get(kind, kind), name


def test_workspace_holds_the_expected_figures(imported: tuple[Path, ImportReport], fixtures: Path,
                                               expected: dict[str, Any]) -> None:
    path, report = imported
    check_workspace(path, expected, by_relative_name(report, fixtures))


def test_the_two_mautic_reports_are_not_counted_twice(imported: tuple[Path, ImportReport], fixtures: Path) -> None:
    _, report = imported
    files = by_relative_name(report, fixtures)
    notes = [n.code for n in files["mautic/report_emails.csv"].notes + files["mautic/report_emails_envoyes.csv"].notes]
    assert "import.aggregate_superseded" in notes or "import.events_supersede" in notes


def test_reimporting_the_folder_changes_nothing(imported: tuple[Path, ImportReport], fixtures: Path,
                                                tmp_path: Path) -> None:
    path, _ = imported
    copy = tmp_path / "again.roidb"
    shutil.copyfile(path, copy)
    before = table_digest(copy)
    with Workspace.open(copy) as workspace:
        again = workspace.imports.import_paths([fixtures])
        batches = len(workspace.batches())
    assert {f.status for f in again.files} == {"unchanged"}
    assert all(f.rows_loaded == 0 and f.balanced for f in again.files)
    assert batches == len(again.files)
    assert table_digest(copy) == before


def test_undo_then_reimport_restores_the_same_figures(imported: tuple[Path, ImportReport], fixtures: Path,
                                                      expected: dict[str, Any], tmp_path: Path) -> None:
    path, _ = imported
    copy = tmp_path / "undo.roidb"
    shutil.copyfile(path, copy)
    before = table_digest(copy)
    with Workspace.open(copy) as workspace:
        for batch in workspace.batches():
            workspace.undo(batch.id)
        assert workspace.summary().counts["contacts"] == 0
        assert workspace.summary().counts["email_events"] == 0
        report = workspace.imports.import_paths([fixtures])
    check_workspace(copy, expected, by_relative_name(report, fixtures))
    assert table_digest(copy, ignore_ids=True) == table_digest(path, ignore_ids=True)
    assert before  # the first digest was taken on the same data


def test_cancel_leaves_the_workspace_as_it_was(fixtures: Path, tmp_path: Path) -> None:
    path = tmp_path / "cancel.roidb"
    Workspace.create(path).close()
    before = table_digest(path)
    token = CancelToken()
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 8:
            token.cancel()

    with Workspace.open(path) as workspace, pytest.raises(Cancelled):
        workspace.imports.import_paths([fixtures], progress=progress, cancel=token)
    assert table_digest(path) == before
    with Workspace.open(path) as workspace:
        assert workspace.batches() == []


def test_another_seed_gives_its_own_expected_figures(tmp_path: Path) -> None:
    folder = tmp_path / "seed7"
    subprocess.run([sys.executable, str(SUPPORT / "make_fixtures.py"), "--out", str(folder), "--seed", "7"],
                   check=True, capture_output=True)
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    with Workspace.create(tmp_path / "seed7.roidb") as workspace:
        report = workspace.imports.import_paths([folder])
    check_workspace(tmp_path / "seed7.roidb", expected, by_relative_name(report, folder))


def test_vendored_generator_matches_the_shared_fixtures(tmp_path: Path, fixtures: Path) -> None:
    """tests/support/make_fixtures.py is a copy: it must still produce the canonical files."""
    subprocess.run([sys.executable, str(SUPPORT / "make_fixtures.py"), "--out", str(tmp_path / "f")], check=True,
                   capture_output=True)
    made = {p.relative_to(tmp_path / "f").as_posix(): p.read_bytes() for p in (tmp_path / "f").rglob("*") if p.is_file()}
    shipped = {p.relative_to(fixtures).as_posix(): p.read_bytes() for p in fixtures.rglob("*") if p.is_file()}
    assert {k: hashlib.sha256(v).hexdigest() for k, v in made.items()} == {
        k: hashlib.sha256(v).hexdigest() for k, v in shipped.items() if k in made
    }


def table_digest(path: Path, *, ignore_ids: bool = False) -> str:
    """A digest of every canonical table's content (ids and batch ids left out on request)."""
    import sqlite3

    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    digest = hashlib.sha256()
    tables = ["contacts", "contact_records", "stage_history", "deals", "deal_contacts", "costs", "web_traffic",
              "workflows", "campaign_stats", "email_events", "email_daily", "settings"]
    for table in tables:
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        if ignore_ids:
            columns = [c for c in columns if c not in {"id", "batch_id", "campaign_id", "deal_id"}]
        for row in sorted(map(repr, conn.execute(f"SELECT {', '.join(columns)} FROM {table}"))):
            digest.update(row.encode())
    conn.close()
    return digest.hexdigest()


def test_fast_recipient_loop_gives_exactly_the_column_path_rows(fixtures: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """records/fast_events.py is an optimisation: the same files must give the same e-mail events."""
    from roi_desktop.core.importing.records import email

    files = sorted((fixtures / "brevo" / "campagnes").glob("*.csv"))[:3] + [fixtures / "mautic" / "report_emails_envoyes.csv"]
    digests = []
    for fast in (True, False):
        monkeypatch.setattr(email, "FAST_EVENTS", fast)
        path = tmp_path / f"fast-{fast}.roidb"
        with Workspace.create(path) as workspace:
            report = workspace.imports.import_paths(files)
        assert sum(f.rows_loaded for f in report.files) > 6000
        digests.append(table_digest(path))
    assert digests[0] == digests[1]


def test_damaged_recipient_cells_are_reported_by_both_paths_alike(fixtures: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """An unreadable Apple MPP count used to escape the fast loop and abort the whole import; every damaged
    cell now sends its row to the column path, which imports it with the value left empty, or rejects it."""
    from roi_desktop.core.importing.records import email

    source = sorted((fixtures / "brevo" / "campagnes").glob("*.csv"))[0]
    lines = source.read_text(encoding="utf-8-sig").splitlines()
    header = lines[0].split(";")
    mpp, opened, address = (header.index(name) for name in ("Total Apple MPP Opens", "Open_Date", "Email_ID"))
    damaged = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split(";")
        if number == 2:
            cells[mpp] = "lots"
        elif number == 3:
            cells[opened] = "yesterday-ish"
        elif number == 4:
            cells[address] = "not an address"
        damaged.append(";".join(cells))
    target = tmp_path / source.name
    target.write_text("\n".join([lines[0], *damaged]) + "\n", encoding="utf-8")
    digests, reports = [], []
    for fast in (True, False):
        monkeypatch.setattr(email, "FAST_EVENTS", fast)
        path = tmp_path / f"damaged-{fast}.roidb"
        with Workspace.create(path) as workspace:
            (report,) = workspace.imports.import_paths([target]).files
        digests.append(table_digest(path, ignore_ids=True))  # the fast path loads the damaged rows last
        reports.append(report)
    assert digests[0] == digests[1]
    for report in reports:
        assert report.status == "loaded" and report.balanced
        assert report.rows_rejected == 1 and [issue.row for issue in report.rejected] == [4]
        assert sorted(issue.row for issue in report.warnings) == [2, 3]
        assert report.rows_loaded == len(damaged) - 1
