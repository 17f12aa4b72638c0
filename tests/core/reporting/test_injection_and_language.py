"""Text from the tools never runs as a formula in the workbook; the workbook speaks the language chosen."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from roi_desktop.core.reporting.service import HEADLINES, ExportOptions
from roi_desktop.core.reporting.texts import Texts
from roi_desktop.core.workspace import Workspace
from tests.core.kpis import contact_exports, tiny_exports
from tests.core.reporting.conftest import load, rows_of


@pytest.fixture(scope="module")
def fixture_strings(fixtures: Path) -> list[str]:
    """The formula-like cells of the fixtures' HubSpot contacts (=HYPERLINK(…), =1+2, @SUM(…)) and the deal name
    starting with '-'."""
    with (fixtures / "hubspot" / "hubspot-crm-exports-all-contacts-2025-07-01.csv").open(encoding="utf-8") as handle:
        cells = {cell for row in csv.reader(handle) for cell in row if cell[:1] in ("=", "@")}
    with (fixtures / "hubspot" / "hubspot-crm-exports-all-deals-2025-07-01.csv").open(encoding="utf-8") as handle:
        cells |= {row[1] for row in csv.reader(handle) if row[1].startswith("-")}
    assert {s[:5] for s in cells} >= {"=HYPE", "=1+2", "@SUM(", "-10% "}
    return sorted(cells)


def test_formula_like_names_come_out_as_text(fixture_strings: list[str], tmp_path: Path) -> None:
    """Campaign, workflow, deal and web source names carry the fixtures' strings; each cell holding one is
    text with Excel's quote prefix, and no formula of the workbook mentions them."""
    hyperlink, one_plus_two, at_sum, minus = (next(s for s in fixture_strings if s.startswith(p))
                                              for p in ("=HYPE", "=1+2", "@SUM", "-10%"))
    files = [
        contact_exports.mautic_sends(tmp_path, [
            {"id": 1, "name": hyperlink, "workflow": at_sum, "email": f"p{i}@example.org", "sent": "2025-03-04",
             "read": True, "clicked": i % 2 == 0} for i in range(6)]),
        tiny_exports.write_csv(tmp_path / "deals-export.csv", tiny_exports.PIPEDRIVE_DEALS, [
            ["501", one_plus_two, "1200", "EUR", "", "Won", "2025-01-10 10:00:00", "2025-03-10 10:00:00", "", ""],
            ["502", minus, "800", "EUR", "", "Won", "2025-02-01 10:00:00", "2025-03-20 10:00:00", "", ""]]),
        contact_exports.ga4(tmp_path, [("2025-03-05", f"{at_sum} / referral", 40, 2),
                                       ("2025-03-06", "google / organic", 60, 1)]),
    ]
    workspace = contact_exports.build(tmp_path / "ws.roidb", files)
    try:
        result = workspace.reports.export(tmp_path / "kpis.xlsx", ExportOptions(language="en"))
    finally:
        workspace.close()
    book = load(result.path)
    found: dict[str, int] = {}
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    assert not any(s in cell.value for s in fixture_strings), cell.value
                elif cell.value in fixture_strings or (isinstance(cell.value, str) and cell.value.startswith(at_sum)):
                    assert cell.data_type == "s" and cell.quotePrefix, (ws.title, cell.coordinate)
                    found[cell.value] = found.get(cell.value, 0) + 1
    assert {hyperlink, at_sum, one_plus_two, minus} <= set(found)  # campaign, workflow, two deals
    assert any(name.startswith(at_sum + " / ") for name in found)  # the web source / medium


def test_french_workbook(fixture_workspace: Workspace, tmp_path: Path, all_json: dict) -> None:
    result = fixture_workspace.reports.export(tmp_path / "indicateurs.xlsx",
                                              ExportOptions(language="fr", sheets=("summary", "engagement")))
    book = load(result.path)
    summary = book.worksheets[0]
    rows = rows_of(summary, Texts("fr")(HEADLINES))
    revenue = rows["Chiffre d'affaires signé"]  # the KPI catalogue's French name
    cell = next(c for c in revenue.values() if c.data_type == "n")
    assert cell.value == all_json["kpis"]["revenue_won"]["value"]
    assert cell.number_format == '#,##0.00 "€"'
    assert "01/01/2024" in summary["A2"].value  # dates as the French write them
    months = [c for row in book.worksheets[1].iter_rows() for c in row if getattr(c, "is_date", False)]
    assert months and all(c.number_format.startswith("[$-40C]") for c in months)
