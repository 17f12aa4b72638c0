"""`roi-desktop usage WORKSPACE [--json]` (DESIGN §7): the audit as JSON or text, one sentence on failure."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from roi_desktop.cli import main
from roi_desktop.core.workspace import Workspace


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_gives_the_audit(usage_workspace: Workspace, expected: dict[str, Any],
                              capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "usage", str(usage_workspace.path), "--json")
    assert code == 0 and err == ""
    audit = json.loads(out)
    assert audit["workflows"]["total"] == expected["workflows"]["count"]
    assert audit["workflows"]["active"] == expected["workflows"]["active"]
    assert audit["workflows"]["without_trigger"] == expected["workflows"]["without_trigger"]
    assert audit["workflows"]["without_goal"] == expected["workflows"]["without_goal"]
    assert audit["emails"]["sent"] == expected["email"]["totals"]["sent"]
    assert audit["emails"]["automated"] == expected["email"]["per_source"]["mautic"]["totals"]["sent"]
    months = audit["emails"]["by_month"]
    assert list(months) == expected["period"]["months"]
    assert all(m["sent"] == m["automated"] + m["one_off"] for m in months.values())
    assert audit["checks"]["by_check"]["no_trigger"]["issues"] == expected["workflows"]["without_trigger"]
    assert isinstance(audit["score"]["value"], float) and audit["score"]["formula"].startswith("Usage score = 100 ×")


def test_text_shows_every_section(usage_workspace: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "usage", str(usage_workspace.path))
    assert code == 0
    for heading in ("Usage score", "E-mails sent through your tools", "Workflows", "Hygiene checks",
                    "Contacts and licences", "Cost per engaged contact"):
        assert heading in out
    assert "“Test Julien (ne pas utiliser)” (HubSpot) has no trigger." in out


def test_an_empty_workspace_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Workspace.create(tmp_path / "empty").close()
    code, out, _ = run(capsys, "usage", str(tmp_path / "empty.roidb"))
    assert code == 0 and "no data yet" in out
    code, out, _ = run(capsys, "usage", str(tmp_path / "empty.roidb"), "--json")
    assert code == 0 and json.loads(out)["period"] == {"from": None, "to": None}


def test_a_missing_workspace_fails_in_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "usage", str(tmp_path / "none.roidb"))
    assert code == 1 and out == "" and err.count("\n") == 1 and "Traceback" not in err
    code, out, _ = run(capsys, "usage", str(tmp_path / "none.roidb"), "--json")
    assert code == 1 and set(json.loads(out)["error"]) == {"code", "message"}


def test_wrong_usage_exits_2() -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["usage"])
    assert exit_.value.code == 2
