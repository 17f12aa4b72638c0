"""`roi-desktop import` per DESIGN §7: JSON per file, statuses, exit codes, saved and given mappings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roi_desktop.cli import main


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:
    code = main([*argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_import_json_reports_every_file(tmp_path: Path, fixtures: Path, capsys: pytest.CaptureFixture[str],
                                        expected: dict) -> None:
    source = fixtures / "hubspot" / "hubspot-crm-exports-all-contacts-2025-07-01.csv"
    code, out = run_json(capsys, "import", str(tmp_path / "ws"), str(source))
    assert code == 0
    (entry,) = out["files"]
    counts = expected["contacts"]["per_file"]["hubspot/hubspot-crm-exports-all-contacts-2025-07-01.csv"]
    assert entry["status"] == "loaded" and entry["profile"] == "hubspot.contacts" and entry["error"] is None
    assert entry["rows_rejected"] == counts["invalid_email_rows"] + counts["empty_email_rows"]
    assert entry["rows_loaded"] == counts["unique_valid"]
    assert entry["rows_read"] == entry["rows_loaded"] + entry["rows_rejected"] + entry["rows_unchanged"]
    assert set(entry) >= {"path", "profile", "status", "batch_id", "rows_read", "rows_loaded", "rows_rejected",
                          "rows_unchanged", "error"}
    code, again = run_json(capsys, "import", str(tmp_path / "ws.roidb"), str(source))
    assert code == 0 and again["files"][0]["status"] == "unchanged"
    assert again["files"][0]["batch_id"] == entry["batch_id"]


def test_unknown_file_needs_mapping_then_a_mapping_loads_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    odd = tmp_path / "salon.csv"
    odd.write_text("Courriel du visiteur;Stand;Visité le\nanne@example.com;B12;12/03/2025\nbad-address;B12;12/03/2025\n",
                   encoding="utf-8")
    code, out = run_json(capsys, "import", str(tmp_path / "ws"), str(odd))
    assert code == 0 and out["files"][0]["status"] == "needs_mapping"
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"kind": "contacts", "source": "manual",
                                   "columns": {"email": "Courriel du visiteur", "created_at": "Visité le"}}))
    code, out = run_json(capsys, "import", str(tmp_path / "ws.roidb"), str(odd), "--mapping", str(mapping))
    entry = out["files"][0]
    assert code == 0 and entry["status"] == "loaded"
    assert (entry["rows_loaded"], entry["rows_rejected"]) == (1, 1)
    # The mapping was saved: a file with the same header is recognised without it.
    twin = tmp_path / "salon-2.csv"
    twin.write_text("Courriel du visiteur;Stand;Visité le\nbob@example.com;C3;13/03/2025\n", encoding="utf-8")
    code, out = run_json(capsys, "import", str(tmp_path / "ws.roidb"), str(twin))
    assert out["files"][0]["status"] == "loaded" and out["files"][0]["rows_loaded"] == 1


def test_a_failed_file_gives_exit_1_and_a_json_error(tmp_path: Path, fixtures: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "export.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not a workbook")
    good = fixtures / "pipedrive" / "deals-export-2025-07-01.csv"
    code, out = run_json(capsys, "import", str(tmp_path / "ws"), str(broken), str(good))
    assert code == 1
    failed, loaded = out["files"]
    assert failed["status"] == "failed" and failed["error"]["code"].startswith(("read.", "import."))
    assert "export.xlsx" in failed["error"]["message"]
    assert loaded["status"] == "loaded"


def test_malformed_mapping_is_refused_plainly(tmp_path: Path, fixtures: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mapping = tmp_path / "m.json"
    mapping.write_text("{not json")
    code, out = run_json(capsys, "import", str(tmp_path / "ws"), str(fixtures / "ga4"), "--mapping", str(mapping))
    assert code == 1 and out["error"]["code"] == "mapping.not_json"
    assert not (tmp_path / "ws.roidb").exists()


def test_batches_and_undo(tmp_path: Path, fixtures: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_json(capsys, "import", str(tmp_path / "ws"), str(fixtures / "salesforce"))
    code, out = run_json(capsys, "batches", str(tmp_path / "ws.roidb"))
    (batch,) = out["batches"]
    assert batch["source"] == "salesforce" and batch["rows_loaded"] == 10
    assert main(["undo", str(tmp_path / "ws.roidb"), str(batch["id"])]) == 0
    capsys.readouterr()
    code, out = run_json(capsys, "batches", str(tmp_path / "ws.roidb"))
    assert out["batches"][0]["status"] == "undone"
