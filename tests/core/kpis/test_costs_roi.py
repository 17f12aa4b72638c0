"""Costs and ROI KPIs (KPIS §4.5) against expected.json, pro rata and sub-periods, and hand-checked inputs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from roi_desktop.core.importing.mapping import Mapping
from roi_desktop.core.kpis.areas import costs as costs_area
from roi_desktop.core.kpis.context import KpiContext, effective_settings
from roi_desktop.core.kpis.engine import KpiReport
from roi_desktop.core.kpis.period import Period, month_bounds
from roi_desktop.core.kpis.result import KpiResult
from roi_desktop.core.workspace import Workspace
from tests.core.kpis import tiny_exports

CATEGORIES = {"Licence outil": "licence", "Temps équipe": "staff_time", "Publicité": "ads", "Contenu": "content",
              "Agence": "agency"}


def cents(value: float) -> int:
    return round(value * 100)


def money(amount: Fraction | int) -> float:
    """Cents, exact → currency units rounded half up to the cent."""
    return round_half_up(Fraction(amount)) / 100


def round_half_up(amount: Fraction) -> int:
    return int((Decimal(amount.numerator) / Decimal(amount.denominator)).quantize(Decimal(1), ROUND_HALF_UP))


def whole_months(first: str, last: str) -> Period:
    return Period(month_bounds(first).start, month_bounds(last).end)


# ---- The fixtures


def test_costs_total_per_month_and_category(all_json: dict[str, Any], expected: dict[str, Any]) -> None:
    costs = expected["costs"]
    kpi = all_json["kpis"]["costs_total"]
    assert kpi["value"] == costs["total"]
    assert kpi["by_month"] == costs["per_month"]
    assert kpi["by_category"] == {CATEGORIES[label]: total for label, total in costs["per_category"].items()}
    assert cents(sum(kpi["by_channel"].values())) == cents(costs["total"])
    assert "notes" not in kpi  # whole months: nothing prorated


def test_costs_rows_loaded(fixture_workspace: Workspace, expected: dict[str, Any]) -> None:
    batches = [b for b in fixture_workspace.batches() if b.kind == "costs"]
    assert [b.rows_loaded for b in batches] == [expected["costs"]["rows"]]


def test_roi_and_costs_per_result(all_json: dict[str, Any], expected: dict[str, Any]) -> None:
    kpis, total = all_json["kpis"], cents(expected["costs"]["total"])
    revenue = cents(expected["deals"]["revenue_won_total"])
    assert kpis["roi"]["value"] == pytest.approx((revenue - total) / total, abs=1e-9)
    assert kpis["roi"]["counts"] == {"numerator": (revenue - total) / 100, "denominator": total / 100}
    for month, cost in expected["costs"]["per_month"].items():
        won = cents(expected["deals"]["revenue_won_per_month"][month])
        assert kpis["roi"]["by_month"][month] == pytest.approx((won - cents(cost)) / cents(cost), abs=1e-9)
    became = expected["funnel"]["became"]
    per_result = (("cost_per_lead", "lead"), ("cost_per_mql", "mql"), ("customer_acquisition_cost", "customer"))
    for kpi_id, stage in per_result:
        assert kpis[kpi_id]["value"] == money(Fraction(total, became[stage]["total"])), kpi_id
        assert kpis[kpi_id]["counts"] == {"numerator": total / 100, "denominator": became[stage]["total"]}
        for month, count in became[stage]["per_month"].items():
            cost = cents(expected["costs"]["per_month"][month])
            assert kpis[kpi_id]["by_month"][month] == (money(Fraction(cost, count)) if count else None)


def test_cost_per_lead_by_channel_divides_channel_costs(all_data: KpiReport) -> None:
    costs = all_data.results["costs_total"].breakdowns["by_channel"]
    leads = all_data.results["leads_new"].breakdowns["by_channel"]
    by_channel = all_data.results["cost_per_lead"].breakdowns["by_channel"]
    for channel, value in by_channel.items():
        if channel in costs and leads.get(channel):
            assert value == money(Fraction(cents(costs[channel]), leads[channel]))
        else:
            assert value is None  # no cost line for the channel, or no lead
    assert by_channel["paid_search"] is not None and by_channel["direct"] is None


def test_cost_per_acquisition_divides_by_key_events(all_data: KpiReport, expected: dict[str, Any]) -> None:
    if all_data.results.get("web_key_events") is None or all_data.results["web_key_events"].value is None:
        pytest.skip("the web area does not give key events yet: see the test on a hand-filled context")
    kpi = all_data.results["cost_per_acquisition"]
    assert kpi.value == money(Fraction(cents(expected["costs"]["total"]), expected["web"]["key_events_total"]))


def _context(workspace: Workspace, period: Period, results: dict[str, KpiResult],
             **settings: Any) -> KpiContext:
    return KpiContext(workspace.store.reader(), period, date(2025, 6, 30), effective_settings(settings), "EUR",
                      dict(results))


def test_cost_per_acquisition_on_a_filled_context(fixture_workspace: Workspace, expected: dict[str, Any]) -> None:
    key_events = expected["web"]["key_events_total"]
    events = KpiResult("web_key_events", key_events, "count",
                       {"by_month": expected["web"]["key_events_per_month"], "by_channel": {"paid_search": 10}})
    period = whole_months("2024-01", "2025-06")
    total = cents(expected["costs"]["total"])
    results = costs_area.compute(_context(fixture_workspace, period, {"web_key_events": events}))
    kpi = results["cost_per_acquisition"]
    assert kpi.value == money(Fraction(total, key_events))
    assert kpi.counts == {"numerator": total / 100, "denominator": key_events}
    assert kpi.breakdowns["by_channel"]["paid_search"] == money(Fraction(cents(19090.48), 10))
    leads = KpiResult("leads_new", 100, "count")
    by_leads = costs_area.compute(_context(fixture_workspace, period, {"leads_new": leads},
                                           cpa_conversion="leads_new"))
    assert by_leads["cost_per_acquisition"].value == money(Fraction(total, 100))
    missing = costs_area.compute(_context(fixture_workspace, period, {}))["cost_per_acquisition"]
    assert missing.value is None and missing.reason.code == "no_data"


def test_whole_month_sub_period(fixture_workspace: Workspace, expected: dict[str, Any]) -> None:
    period = whole_months("2024-04", "2024-09")
    months = period.months()
    results = fixture_workspace.kpis(period).results
    costs = sum(cents(expected["costs"]["per_month"][m]) for m in months)
    revenue = sum(cents(expected["deals"]["revenue_won_per_month"][m]) for m in months)
    leads = sum(expected["funnel"]["became"]["lead"]["per_month"][m] for m in months)
    assert cents(results["costs_total"].value) == costs
    assert results["costs_total"].notes == []
    assert results["roi"].value == pytest.approx((revenue - costs) / costs, abs=1e-9)
    assert results["cost_per_lead"].value == money(Fraction(costs, leads))


def test_costs_prorated_over_a_cut_month(fixture_workspace: Workspace, expected: dict[str, Any]) -> None:
    # 16 January → 29 February 2024: 16 of January's 31 days, all of February.
    period = Period.parse("2024-01-16", "2024-02-29")
    kpi = fixture_workspace.kpis(period).results["costs_total"]
    january = round_half_up(Fraction(cents(expected["costs"]["per_month"]["2024-01"]) * 16, 31))
    february = cents(expected["costs"]["per_month"]["2024-02"])
    assert cents(kpi.value) == january + february
    assert kpi.breakdowns["by_month"] == {"2024-01": january / 100, "2024-02": february / 100}
    assert [note.code for note in kpi.notes] == ["prorated_costs"]
    assert kpi.notes[0].message.params["months"] == "2024-01"
    for breakdown in ("by_category", "by_channel"):
        assert sum(cents(v) for v in kpi.breakdowns[breakdown].values()) == january + february


def test_no_costs_in_period(fixture_workspace: Workspace) -> None:
    results = fixture_workspace.kpis(Period.parse("2023-01-01", "2023-06-30")).results
    for kpi_id in ("costs_total", "cost_per_lead", "roi", "roi_automation"):
        assert results[kpi_id].value is None
        assert results[kpi_id].reason.code == "no_data"


# ---- Time saved and the ROI of automation


AUTOMATED = KpiResult("automated_emails_sent", 100, "count",
                      {"by_month": {"2024-01": 60, "2024-02": 40}, "by_workflow": {"mautic:Nurturing MQL": 100}})


def test_time_savings_with_and_without_hourly_rate(fixture_workspace: Workspace) -> None:
    period = whole_months("2024-01", "2024-02")
    results = {"automated_emails_sent": AUTOMATED}
    valued = costs_area.compute(_context(fixture_workspace, period, results, hourly_rate=30))["time_savings_value"]
    assert valued.value == 150.0  # 100 e-mails × 3 minutes ÷ 60 × 30 €/h
    assert valued.breakdowns == {"by_month": {"2024-01": 90.0, "2024-02": 60.0},
                                 "by_workflow": {"mautic:Nurturing MQL": 150.0}}
    assert valued.counts == {"automated_emails": 100, "hours_saved": 5.0}
    unset = costs_area.compute(_context(fixture_workspace, period, results))["time_savings_value"]
    assert unset.value is None and unset.reason.code == "setting_missing"
    odd = costs_area.compute(_context(fixture_workspace, period, results, hourly_rate=45.5,
                                      minutes_saved_per_automated_email=2))["time_savings_value"]
    assert odd.value == 151.67  # 100 × 2 ÷ 60 × 45.50 = 151.666…


def test_time_savings_through_the_engine(fixture_workspace: Workspace) -> None:
    report = fixture_workspace.kpis(overrides={"hourly_rate": 40})
    sent = report.results.get("automated_emails_sent")
    if sent is None or sent.value is None:
        pytest.skip("the workflows area does not count automated sends yet")
    assert report.results["time_savings_value"].value == money(Fraction(sent.value * 3 * 40 * 100, 60))


def test_roi_automation(all_data: KpiReport) -> None:
    results = all_data.results
    channels = results["costs_total"].breakdowns["by_channel"]
    spent = cents(channels["automation"]) + cents(channels["email"])
    gain = cents(results["revenue_automated_workflows"].value) - spent
    kpi = results["roi_automation"]
    assert kpi.value == pytest.approx(gain / spent, abs=1e-9)
    assert "setting_missing" in [note.code for note in kpi.notes]  # no hourly rate: time saved counts 0


# ---- Customers: lifetime value, churn, retention


def test_customer_lifetime_value_counts_companies(tmp_path: Path) -> None:
    deals = [
        {"value": "1000", "status": "Won", "company": "Atelier Durand", "created": "2024-01-02",
         "closed": "2024-02-01", "email": "x@example.com"},
        {"value": "500", "status": "Won", "company": "atelier  DURAND", "created": "2024-02-02",
         "closed": "2024-03-01"},
        {"value": "300", "status": "Won", "created": "2024-02-02", "closed": "2024-03-02", "email": "y@example.com"},
        {"value": "200", "status": "Won", "created": "2024-02-02", "closed": "2024-03-03"},
        {"value": "900", "status": "Won", "company": "Later", "created": "2024-02-02", "closed": "2024-05-03"},
    ]
    with tiny_exports.build(tmp_path / "clv.roidb", [tiny_exports.pipedrive_deals(tmp_path, deals)]) as workspace:
        march = whole_months("2024-03", "2024-03")
        kpi = workspace.kpis(march).results["customer_lifetime_value"]
        assert kpi.counts == {"numerator": 2000.0, "denominator": 3}
        assert kpi.value == 666.67
        half = workspace.kpis(march, overrides={"gross_margin": 0.5}).results["customer_lifetime_value"]
        assert half.value == 333.33


CUSTOMERS = [
    ("p1@example.com", "2023-06-01", "2024-02-15"),  # customer at the start, leaves in February
    ("p2@example.com", "2023-01-01", ""),            # stays
    ("p3@example.com", "2023-03-01", "2024-06-10"),  # leaves after the period
    ("p4@example.com", "2024-02-01", "2024-03-01"),  # joins and leaves within the period
    ("p5@example.com", "2023-05-01", "2023-11-30"),  # gone before the period
]


@pytest.fixture(scope="module")
def customers_workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    folder = tmp_path_factory.mktemp("customers")
    path = tiny_exports.write_csv(folder / "clients.csv", ("Email", "Customer since", "Customer until"), CUSTOMERS)
    mapping = Mapping("contacts", "manual", {"email": "Email", "became_customer_at": "Customer since",
                                             "customer_end_at": "Customer until"})
    workspace = tiny_exports.build(folder / "customers.roidb", [path], mapping=mapping)
    yield workspace
    workspace.close()


def test_churn_and_retention(customers_workspace: Workspace) -> None:
    results = customers_workspace.kpis(whole_months("2024-01", "2024-03")).results
    churn, retention = results["churn_rate"], results["retention_rate"]
    assert churn.counts == {"numerator": 1, "denominator": 3}  # p1 of p1, p2, p3
    assert retention.counts == {"numerator": 2, "denominator": 3}  # p2, p3 (KPIS' (E − N) ÷ S would give 1/3)
    # February starts with p1, p2, p3 (p1 leaves); March with p2, p3, p4 (p4 leaves on 1 March).
    assert churn.breakdowns["by_month"] == {"2024-01": 0.0, "2024-02": 1 / 3, "2024-03": 1 / 3}
    assert retention.breakdowns["by_month"] == {"2024-01": 1.0, "2024-02": 2 / 3, "2024-03": 2 / 3}


def test_churn_without_end_dates_is_not_zero(all_data: KpiReport) -> None:
    for kpi_id in ("churn_rate", "retention_rate"):
        assert all_data.results[kpi_id].value is None
        assert all_data.results[kpi_id].reason.code == "not_in_exports"
