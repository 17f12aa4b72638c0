"""The workbook opens in LibreOffice without error and its figures survive: converted headless to CSV (every
sheet) and to PDF. Needs LibreOffice Calc (CI: apt-get install libreoffice-calc-nogui)."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest

from roi_desktop.core.reporting.service import ExportResult
from roi_desktop.core.reporting.summary import HEADLINES
from roi_desktop.core.reporting.texts import Texts

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (apt-get install libreoffice-calc-nogui)"),
    pytest.mark.slow,
]
# Field separator ',', text delimiter '"', UTF-8, values not "as shown" (token 9), every sheet (token 12 = -1).
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1"


def convert(source: Path, target: str, folder: Path) -> subprocess.CompletedProcess[str]:
    """`soffice --headless --convert-to`, with a profile of its own (a running LibreOffice is left alone)."""
    profile = (folder / "profile").as_uri()
    return subprocess.run([SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={profile}",
                           "--convert-to", target, "--outdir", str(folder), str(source)],
                          capture_output=True, text=True, timeout=300, check=False)


def number(text: str) -> float | None:
    if text == "":
        return None
    return float(text[:-1]) / 100 if text.endswith("%") else float(text)


@pytest.fixture(scope="module")
def converted(exported: ExportResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("libreoffice")
    done = convert(exported.path, CSV_FILTER, folder)
    assert done.returncode == 0, done.stderr
    assert "Error" not in done.stderr
    return folder


def read(folder: Path, sheet: str) -> list[list[str]]:
    with (folder / f"kpis-{sheet}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_every_sheet_opens_and_the_summary_figures_survive(converted: Path, exported: ExportResult,
                                                           all_json: dict) -> None:
    assert sorted(p.name for p in converted.glob("*.csv")) == sorted(f"kpis-{name}.csv" for name in exported.sheets)
    names = Texts("en")
    rows = {row[0]: row for row in read(converted, "Summary") if row}
    for _heading, kpi_ids in HEADLINES:
        for kpi_id in kpi_ids:
            expected = all_json["kpis"][kpi_id]["value"]
            found = number(rows[names.kpi(kpi_id)][1])
            assert found == (None if expected is None else pytest.approx(expected, rel=1e-9)), kpi_id


def test_formulas_give_the_same_figures_in_libreoffice(converted: Path, all_json: dict) -> None:
    table = read(converted, "Revenue & ROI")
    header = next(i for i, row in enumerate(table) if row[:2] == ["Month", "Revenue won"])
    roi = table[header].index("Marketing ROI")
    months = list(all_json["kpis"]["roi"]["by_month"])
    for row, month in zip(table[header + 1:], months, strict=False):
        expected = all_json["kpis"]["roi"]["by_month"][month]
        assert number(row[roi]) == (None if expected is None else pytest.approx(expected, rel=1e-9))
    total = table[header + 1 + len(months)]
    assert total[0] == "Whole period"
    assert number(total[roi]) == pytest.approx(all_json["kpis"]["roi"]["value"], rel=1e-9)


def test_it_prints_to_pdf(exported: ExportResult, tmp_path: Path) -> None:
    done = convert(exported.path, "pdf", tmp_path)
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / "kpis.pdf"
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 50_000
