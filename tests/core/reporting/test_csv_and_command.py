"""CSV and clipboard text as Excel reads them in each language; `roi-desktop export` (DESIGN §7)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from roi_desktop.cli import main
from roi_desktop.core.reporting.csv_export import cell_text, clipboard_text, write_csv
from tests.core.reporting.conftest import load, rows_of


def test_csv_for_french_excel(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", ["Campagne", "Envoyés", "Taux"],
                     [["=1+2", 1234, 0.125], ["Offre; été", "1\u202f234,5\u202f€", "12,5\u202f%"],
                      ["-10% si signature", date(2025, 3, 1), None]], "fr")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads the accents right
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "Campagne;Envoyés;Taux"
    assert lines[1] == "'=1+2;1234;0,125"
    assert lines[2] == '"Offre; été";1234,5 €;12,5 %'
    assert lines[3] == "'-10% si signature;01/03/2025;"


def test_csv_for_english_excel(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", ["Campaign", "Sent"], [["@SUM(A1:A9)", "12,345"], ["Spring, sale", 0.5]], "en")
    lines = path.read_bytes().decode("utf-8-sig").split("\r\n")
    assert lines[1:3] == ["'@SUM(A1:A9),12345", '"Spring, sale",0.5']


def test_clipboard_is_tab_separated_and_inert() -> None:
    text = clipboard_text([["Name", "Value"], ["=HYPERLINK(\"x\")", -12.5], ["two\tcells", "+33 6 12"]], "en")
    assert text.split("\r\n")[:3] == ["Name\tValue", '"\'=HYPERLINK(""x"")"\t-12.5', '"two\tcells"\t\'+33 6 12']
    assert cell_text(-0.0001, "fr") == "-0,0001"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_command(fixture_workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_path = tmp_path / "kpis.xlsx"
    code, out, err = run(capsys, "--lang", "en", "export", str(fixture_workspace_path), str(out_path),
                         "--from", "2025-01-01", "--to", "2025-03-31", "--json")
    assert code == 0, err
    answer = json.loads(out)
    assert answer["period"] == {"from": "2025-01-01", "to": "2025-03-31"}
    assert answer["sheets"][0] == "Summary" and answer["charts"] >= 6
    rows = rows_of(load(out_path, data_only=True)["Summary"], "Headline figures")
    assert rows["New leads"]["Value"].value == 309  # the quarter, as on the KPI page
    code, out, err = run(capsys, "--lang", "en", "export", str(fixture_workspace_path), str(tmp_path / "all.xlsx"))
    assert code == 0 and out.startswith(f"Workbook written to {tmp_path / 'all.xlsx'} (9 sheets, 2024-01-01 → ")


@pytest.mark.parametrize(("target", "code", "message"), [
    ("missing/kpis.xlsx", 1, "does not exist"),
    ("kpis.csv", 2, "end it with .xlsx"),
])
def test_export_command_errors(fixture_workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                               target: str, code: int, message: str) -> None:
    found, out, err = run(capsys, "--lang", "en", "export", str(fixture_workspace_path), str(tmp_path / target))
    assert found == code
    assert message in err and len(err.strip().splitlines()) == 1 and out == ""
    assert not list(tmp_path.rglob("*.xlsx*"))


def test_export_command_json_error_and_bad_date(fixture_workspace_path: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    code, out, _ = run(capsys, "--lang", "en", "export", str(fixture_workspace_path), str(blocker / "k.xlsx"), "--json")
    assert code == 1 and json.loads(out)["error"]["code"] == "export.not_a_folder"
    code, _, err = run(capsys, "export", str(fixture_workspace_path), str(tmp_path / "k.xlsx"), "--from", "2025-02-30")
    assert code == 2 and "2025-02-30" in err
