"""The command line contract of DESIGN §7: exit codes, one-sentence errors, JSON errors, languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roi_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_batches_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "demo", str(tmp_path / "demo"))
    assert code == 0
    assert (tmp_path / "demo.roidb").exists()
    code, out, _ = run(capsys, "batches", str(tmp_path / "demo.roidb"), "--json")
    assert code == 0
    assert isinstance(json.loads(out)["batches"], list)


def test_missing_workspace_is_one_sentence_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "batches", str(tmp_path / "none.roidb"))
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and "none.roidb" in err and "Traceback" not in err


def test_errors_are_json_objects_with_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.roidb"
    bad.write_text("not a database")
    code, out, _ = run(capsys, "batches", str(bad), "--json")
    assert code == 1
    error = json.loads(out)["error"]
    assert error["code"] == "workspace.not_sqlite"
    assert "bad.roidb" in error["message"]


def test_french_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--lang", "fr", "batches", str(tmp_path / "absent.roidb"))
    assert code == 1
    assert "Il n'y a pas d'espace de travail" in err


def test_wrong_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["undo"])
    assert exit_.value.code == 2


def test_undo_of_unknown_batch_fails_plainly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "demo", str(tmp_path / "w"))
    code, _, err = run(capsys, "undo", str(tmp_path / "w.roidb"), "999")
    assert code == 1
    assert "999" in err


def test_erase_person_is_a_dry_run_without_yes(fixture_workspace_path: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    import shutil
    import sqlite3

    workspace = tmp_path / "team.roidb"
    shutil.copyfile(fixture_workspace_path, workspace)
    with sqlite3.connect(workspace) as db:
        email, records = db.execute("SELECT email, count(*) FROM contact_records GROUP BY email"
                                    " ORDER BY count(*) DESC, email LIMIT 1").fetchone()
    code, out, _ = run(capsys, "erase-person", str(workspace), email.upper(), "--json")
    assert code == 0
    found = json.loads(out)
    assert found["found"]["contact_records"] == records and found["erased"] is False
    code, out, _ = run(capsys, "erase-person", str(workspace), email, "--yes", "--json")
    assert code == 0 and json.loads(out)["erased"] is True
    code, out, _ = run(capsys, "erase-person", str(workspace), email)
    assert code == 0 and "No one" in out
    code, _, err = run(capsys, "erase-person", str(workspace), "not-an-address")
    assert code == 1 and "not an e-mail address" in err


def test_a_page_damaged_after_a_read_only_open_is_one_sentence(fixture_workspace_path: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Reading commands open with a light check (file size against header); pages damaged in the middle of
    the file surface while computing, and still give one plain sentence, not a crash report."""
    workspace = tmp_path / "damaged.roidb"
    data = bytearray(fixture_workspace_path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    for start in range(len(data) // 3 // page * page, len(data) * 2 // 3, page):
        data[start + 8:start + page - 8] = bytes(page - 16)  # keep each page header, zero the cells
    workspace.write_bytes(bytes(data))
    code, out, _ = run(capsys, "kpis", str(workspace), "--json")
    assert code == 1
    assert json.loads(out)["error"]["code"] == "workspace.damaged"
