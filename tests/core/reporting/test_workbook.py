"""The workbook of the fixtures, read back: the figures of `kpis --json`, real numbers and dates, formats,
frozen panes, filters, formulas a finance reader can audit, charts, document properties."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from roi_desktop.core.kpis.definitions import all_definitions
from roi_desktop.core.reporting.sheets import AREAS
from roi_desktop.core.reporting.summary import HEADLINES
from roi_desktop.core.reporting.texts import Texts
from roi_desktop.core.workspace import Workspace
from tests.core.reporting.conftest import find_table, rows_of

EN = Texts("en")


def month_key(month: str) -> datetime:
    return datetime(int(month[:4]), int(month[5:7]), 1)


def column(name: int) -> str:
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[name]


def assert_figure(cell: Any, expected: float | None) -> None:
    if expected is None:
        assert cell.value in (None, "")
    else:
        assert cell.data_type == "n", (cell.coordinate, cell.value)
        assert cell.value == pytest.approx(expected, rel=1e-12, abs=1e-9)


def test_summary_gives_the_headline_figures_of_kpis_json(values, all_json) -> None:
    rows = rows_of(values["Summary"], "Headline figures")
    for _heading, kpi_ids in HEADLINES:
        for kpi_id in kpi_ids:
            assert_figure(rows[EN.kpi(kpi_id)]["Value"], all_json["kpis"][kpi_id]["value"])
    assert rows[EN.kpi("revenue_won")]["Value"].value == 765_845.50
    assert rows[EN.kpi("time_savings_value")]["What it means"].value.startswith("Not available: ")


def test_every_kpi_of_the_catalogue_is_in_its_area_sheet(values, all_json) -> None:
    listed = set()
    for area in AREAS:
        rows = rows_of(values[area.name], "Figures of the period")
        for kpi_id in area.figures:
            assert_figure(rows[EN.kpi(kpi_id)]["Value"], all_json["kpis"][kpi_id]["value"])
            listed.add(kpi_id)
    assert listed == set(all_definitions())


def test_monthly_tables_hold_real_months_and_the_monthly_figures(book, values, all_json) -> None:
    kpis = all_json["kpis"]
    rows = rows_of(values["Engagement"], "E-mails by month")
    formats = rows_of(book["Engagement"], "E-mails by month")
    for month, sent in kpis["emails_sent"]["by_month"].items():
        row = rows[month_key(month)]
        assert row["Month"].is_date and "mmm yyyy" in row["Month"].number_format
        assert_figure(row["Emails sent"], sent)
        assert_figure(row["Open rate"], kpis["open_rate"]["by_month"][month])
        assert_figure(row["Spam complaint rate"], kpis["complaint_rate"]["by_month"][month])
        assert formats[month_key(month)]["Open rate"].value.startswith("=IF(")
    total = rows["Whole period"]
    assert_figure(total["Emails sent"], kpis["emails_sent"]["value"])
    assert_figure(total["Click rate"], kpis["click_rate"]["value"])
    assert book["Engagement"][total["Emails sent"].coordinate].value.startswith("=SUM(")


def test_roi_cpl_and_cac_are_formulas_on_the_cells_beside_them(book, values, all_json) -> None:
    kpis = all_json["kpis"]
    ws, saved = book["Revenue & ROI"], values["Revenue & ROI"]
    _header, names, first, last = find_table(ws, "Revenue, costs and ROI by month")
    revenue, costs, roi = (column(names.index(n)) for n in ("Revenue won", "Marketing costs", "Marketing ROI"))
    for number, month in zip(range(first, last), kpis["roi"]["by_month"], strict=True):
        assert ws[f"{roi}{number}"].value == f'=IF({costs}{number}=0,"",({revenue}{number}-{costs}{number})/{costs}{number})'
        assert saved[f"{roi}{number}"].value == pytest.approx(kpis["roi"]["by_month"][month], rel=1e-12)
    assert ws[f"{revenue}{last}"].value == f"=SUM({revenue}{first}:{revenue}{last - 1})"
    assert ws[f"{roi}{last}"].value == f'=IF({costs}{last}=0,"",({revenue}{last}-{costs}{last})/{costs}{last})'
    assert saved[f"{roi}{last}"].value == pytest.approx(kpis["roi"]["value"], rel=1e-12)

    ws, saved = book["Costs"], values["Costs"]
    _header, names, first, last = find_table(ws, "Costs and cost per result by month")
    cost = column(names.index("Marketing costs"))
    for kpi_id, count_id in (("cost_per_lead", "leads_new"), ("customer_acquisition_cost", "customers_new")):
        result, count = column(names.index(EN.kpi(kpi_id))), column(names.index(EN.kpi(count_id)))
        assert ws[f"{result}{last}"].value == f'=IF({count}{last}=0,"",ROUND({cost}{last}/{count}{last},2))'
        assert saved[f"{result}{last}"].value == kpis[kpi_id]["value"]
        for number, month in zip(range(first, last), kpis[kpi_id]["by_month"], strict=True):
            expected = kpis[kpi_id]["by_month"][month]
            formula = ws[f"{result}{number}"].value
            assert formula == f'=IF({count}{number}=0,"",ROUND({cost}{number}/{count}{number},2))'
            assert saved[f"{result}{number}"].value in ((expected,) if expected is not None else (None, ""))


def test_breakdowns_by_channel_and_campaign(values, all_json) -> None:
    kpis = all_json["kpis"]
    channels = rows_of(values["Revenue & ROI"], "Revenue and costs by channel")
    for channel, amount in kpis["revenue_won"]["by_channel"].items():
        assert_figure(channels[EN.label("by_channel", channel)]["Revenue won"], amount)
    assert_figure(channels["Whole period"]["Revenue won"], kpis["revenue_won"]["value"])
    campaigns = rows_of(values["Engagement"], "E-mails by campaign")
    for key, sent in kpis["emails_sent"]["by_campaign"].items():
        name = key.split(":", 1)[1]
        assert_figure(campaigns[name]["Emails sent"], sent)


def test_won_deals_add_up_to_the_revenue_won(book, values, all_json, fixture_workspace) -> None:
    _header, _names, first, last = find_table(values["Revenue & ROI"], "Deals won in the period")
    assert last - first == all_json["kpis"]["deals_won"]["value"]  # rows above the totals row
    rows = rows_of(values["Revenue & ROI"], "Deals won in the period")
    total = rows.pop("Whole period")
    assert total["Amount"].value == pytest.approx(all_json["kpis"]["revenue_won"]["value"], abs=0.001)
    formulas = rows_of(book["Revenue & ROI"], "Deals won in the period")
    for name, row in rows.items():
        assert row["Won on"].is_date and row["Created on"].is_date
        assert row["Days to sign"].value == (row["Won on"].value - row["Created on"].value).days
        assert re.fullmatch(r"=E\d+-D\d+", formulas[name]["Days to sign"].value)


def test_cells_are_typed_and_formatted(book) -> None:
    rows = rows_of(book["Summary"], "Headline figures")
    assert '"€"#,##0.00' in rows[EN.kpi("revenue_won")]["Value"].number_format
    assert "%" in rows[EN.kpi("roi")]["Value"].number_format
    assert rows[EN.kpi("leads_new")]["Value"].number_format == "#,##0"
    assert "days" in rows[EN.kpi("sales_cycle_days")]["Value"].number_format
    assert rows[EN.kpi("unsubscribe_rate")]["Value"].number_format == "0.00%"  # 0.43 %, not 0.4 %
    month = rows_of(book["Engagement"], "E-mails by month")[datetime(2024, 1, 1)]["Month"]
    assert month.number_format == "[$-809]mmm yyyy"
    imported = next(iter(rows_of(book["Data used"], "Imports behind the figures", "Import no.").values()))["Imported on"]
    assert imported.is_date and imported.number_format.startswith("[$-809]")
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "s":
                    assert not re.fullmatch(r"[-+]?\d[\d,.]*%?", cell.value), f"number stored as text: {cell.coordinate}"


def test_every_formula_is_one_of_ours(book) -> None:
    ours = re.compile(r'=(IF\(.*\)|SUM\([A-Z]+\d+:[A-Z]+\d+\)|[A-Z]+\d+-[A-Z]+\d+|ROUND\(\([A-Z]+\d+-[A-Z]+\d+\)\*100,1\))')
    count = 0
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    assert ours.fullmatch(cell.value), (ws.title, cell.coordinate, cell.value)
                    count += 1
    assert count > 300


def test_the_cells_and_formulas_reported_are_those_of_the_file(exported) -> None:
    """The export's counts (the CLI's JSON, the benchmark's floor) are the cells of the sheets' XML, titles,
    headers and formatted blanks included."""
    with zipfile.ZipFile(exported.path) as archive:
        sheets = [archive.read(name) for name in archive.namelist() if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", name)]
    assert len(sheets) == len(exported.sheets)
    assert exported.cells == sum(len(re.findall(rb"<c r=", xml)) for xml in sheets)
    assert exported.formulas == sum(xml.count(b"<f>") for xml in sheets) > 300


def test_the_deal_names_starting_with_minus_are_text(book) -> None:
    found = [cell for ws in book.worksheets for row in ws.iter_rows() for cell in row
             if cell.value == "-10% si signature avant la fin du mois"]
    assert len(found) == 2  # one HubSpot deal, one Pipedrive deal, both won in the period
    for cell in found:
        assert cell.data_type == "s" and cell.quotePrefix  # stays text even when edited in Excel


def test_frozen_headers_and_filters(book) -> None:
    tables = {"Summary": ("Headline figures", None), "Definitions": ("Definitions of the indicators", "Indicator"),
              "Data used": ("Imports behind the figures", "Import no.")}
    for name, (title, first_header) in tables.items():
        header = find_table(book[name], title, first_header)[0]
        assert book[name].freeze_panes == f"A{header + 1}"
    for area in AREAS:
        assert book[area.name].freeze_panes == "B4"  # title and two lines, label column
    header = find_table(book["Definitions"], *tables["Definitions"])[0]
    assert book["Definitions"].auto_filter.ref.startswith(f"A{header}:I")
    header = find_table(book["Engagement"], "E-mails by campaign")[0]
    assert book["Engagement"].auto_filter.ref.startswith(f"A{header}:")


def test_data_used_lists_the_imports(values, fixture_workspace: Workspace) -> None:
    rows = rows_of(values["Data used"], "Imports behind the figures", "Import no.")
    total = rows.pop("Total")
    batches = fixture_workspace.batches(include_undone=False)
    assert sorted(rows) == sorted(b.id for b in batches)
    assert total["Rows loaded"].value == sum(b.rows_loaded for b in batches)


def test_definitions_cover_the_catalogue(values) -> None:
    rows = rows_of(values["Definitions"], "Definitions of the indicators", "Indicator")
    ids = {row["Identifier"].value for row in rows.values()}
    assert ids == set(all_definitions())
    roi = rows[EN.kpi("roi")]
    assert roi["How it is computed"].value == "(Revenue won − marketing costs) ÷ marketing costs"
    assert roi["Unit"].value == "percentage" and roi["Better when"].value == "higher"


def test_charts_sparklines_and_document_properties(exported, book) -> None:
    with zipfile.ZipFile(exported.path) as archive:
        charts = [n for n in archive.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n)]
        summary = archive.read("xl/worksheets/sheet1.xml").decode()
    assert len(charts) == exported.charts >= 7
    assert summary.count("<x14:sparkline>") >= 20
    properties = book.properties
    assert properties.title == "Marketing KPIs — fixtures"
    assert properties.creator == "fixtures"
    assert abs(properties.created - datetime.now()) < timedelta(hours=1) or properties.created.date() == date.today()


def test_the_summary_compares_with_the_previous_period(fixture_workspace: Workspace, tmp_path) -> None:
    from roi_desktop.core.kpis.compare import compare
    from roi_desktop.core.kpis.period import Period
    from roi_desktop.core.reporting.service import ExportOptions
    from tests.core.reporting.conftest import load

    period = Period(date(2025, 1, 1), date(2025, 6, 30))
    result = fixture_workspace.reports.export(tmp_path / "h1.xlsx", ExportOptions(period=period, sheets=("summary",)))
    current, base = fixture_workspace.kpis(period), fixture_workspace.kpis(period.previous())
    deltas = compare(current, base)
    formulas = rows_of(load(result.path)["Summary"], "Headline figures")
    saved = rows_of(load(result.path, data_only=True)["Summary"], "Headline figures")
    revenue = saved[EN.kpi("revenue_won")]
    assert revenue["Value"].value == current.results["revenue_won"].value
    assert revenue["Previous period"].value == base.results["revenue_won"].value
    assert revenue["Change"].value == pytest.approx(deltas["revenue_won"].absolute, abs=0.005)
    assert revenue["Change (%)"].value == pytest.approx(deltas["revenue_won"].relative, rel=1e-12)
    row = formulas[EN.kpi("revenue_won")]["Change"].row
    assert formulas[EN.kpi("revenue_won")]["Change"].value == f"=B{row}-C{row}"
    assert formulas[EN.kpi("revenue_won")]["Change (%)"].value == f'=IF(C{row}=0,"",(B{row}-C{row})/ABS(C{row}))'
    opens = saved[EN.kpi("open_rate")]
    assert opens["Change"].value == pytest.approx(round(deltas["open_rate"].points, 1), abs=1e-9)  # points
    assert "pt" in opens["Change"].number_format
    for kpi_id in ("revenue_won", "customer_acquisition_cost", "leads_new"):
        colour = formulas[EN.kpi(kpi_id)]["Change"].font.color
        better = deltas[kpi_id].better
        assert colour is not None and colour.rgb.endswith("1E7B34" if better else "C00000"), kpi_id
