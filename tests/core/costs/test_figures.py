"""The ROI page's figures: ROI, CPL, CAC, CPA and the value of time saved computed by hand on the fixtures'
totals (expected.json), per-channel figures and the what-if on a small hand-made set, the six attribution
models on a hand-made journey of three touches, and attribution sums equal to revenue on the fixtures."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from roi_desktop.core.costs.attribution_table import NO_CAMPAIGN
from roi_desktop.core.costs.figures import RoiFigures
from roi_desktop.core.costs.what_if import what_if
from roi_desktop.core.kpis.attribution_models import MODELS
from roi_desktop.core.kpis.period import Period
from roi_desktop.core.workspace import Workspace
from tests.core.kpis import tiny_exports


def cents(value: float) -> int:
    return round(value * 100)


def money(amount: Fraction) -> float:
    """Exact cents → units rounded half up to the cent."""
    return int((Decimal(amount.numerator) / Decimal(amount.denominator)).quantize(Decimal(1), ROUND_HALF_UP)) / 100


# ---- The fixtures, by hand from expected.json


@pytest.fixture
def valued(fixtures_copy: Workspace) -> RoiFigures:
    """The fixtures with a team at 40 €/h, 3 min per automated e-mail, 2 min per workflow run."""
    fixtures_copy.costs.set_value_settings({"hourly_rate": 40, "minutes_saved_per_workflow_run": 2})
    return fixtures_copy.costs.figures()


def test_roi_costs_per_result_and_time_saved_by_hand(valued: RoiFigures, expected: dict[str, Any]) -> None:
    costs = cents(expected["costs"]["total"])  # 75,720.68
    revenue = cents(expected["deals"]["revenue_won_total"])  # 765,845.50
    assert (costs, revenue) == (7572068, 76584550)
    results = valued.report.results
    assert results["roi"].value == pytest.approx((revenue - costs) / costs, abs=1e-12)
    assert valued.figure("roi_gains").value == results["roi"].value  # gains = revenue won (default)
    became = expected["funnel"]["became"]
    assert results["cost_per_lead"].value == money(Fraction(costs, became["lead"]["total"])) == 47.68
    assert results["cost_per_mql"].value == money(Fraction(costs, became["mql"]["total"]))
    assert results["customer_acquisition_cost"].value == money(Fraction(costs, became["customer"]["total"]))
    assert results["cost_per_acquisition"].value == money(Fraction(costs, expected["web"]["key_events_total"]))
    # Time saved: 5,913 automated e-mails × 3 min + 4,213 workflow enrolments × 2 min, at 40 €/h.
    emails = expected["email"]["per_source"]["mautic"]["totals"]["sent"]
    enrolled = expected["workflows"]["enrolled_total"]
    email_value = money(Fraction(emails * 3, 60) * 40 * 100)
    runs_value = money(Fraction(enrolled * 2, 60) * 40 * 100)
    assert results["time_savings_value"].value == email_value == 11826.0
    assert valued.figure("workflow_runs_value").value == runs_value == 5617.33
    saved = valued.figure("time_saved")
    assert saved.value == pytest.approx(email_value + runs_value, abs=1e-9)
    with_time = valued.figure("roi_with_time_saved")
    assert with_time.value == pytest.approx((revenue + cents(saved.value) - costs) / costs, abs=1e-12)
    assert with_time.counts == {"gains": revenue / 100, "costs": costs / 100, "time_saved": saved.value}
    assert with_time.value > results["roi"].value


def test_costs_by_month_and_category_add_up(valued: RoiFigures, expected: dict[str, Any]) -> None:
    labels = {"Licence outil": "licence", "Temps équipe": "staff_time", "Publicité": "ads", "Contenu": "content",
              "Agence": "agency"}
    for month, total in expected["costs"]["per_month"].items():
        assert sum(cents(v) for v in valued.costs_by_category[month].values()) == cents(total)
    by_category: dict[str, int] = {}
    for found in valued.costs_by_category.values():
        for category, value in found.items():
            by_category[category] = by_category.get(category, 0) + cents(value)
    assert by_category == {labels[label]: cents(v) for label, v in expected["costs"]["per_category"].items()}


def test_cumulative_roi_ends_at_the_period_roi(valued: RoiFigures, expected: dict[str, Any]) -> None:
    months = expected["period"]["months"]
    assert valued.cumulative_roi[months[-1]] == pytest.approx(valued.report.results["roi"].value, abs=1e-12)
    first = months[0]
    won, spent = cents(expected["deals"]["revenue_won_per_month"][first]), cents(expected["costs"]["per_month"][first])
    assert valued.cumulative_roi[first] == pytest.approx((won - spent) / spent)


def test_workflow_runs_count_the_period_share_of_undated_enrolments(fixtures_copy: Workspace,
                                                                      expected: dict[str, Any]) -> None:
    fixtures_copy.costs.set_value_settings({"hourly_rate": 40, "minutes_saved_per_workflow_run": 2})
    quarter = Period.parse("2025-01-01", "2025-03-31")
    runs = fixtures_copy.costs.figures(quarter).figure("workflow_runs_value")
    data_days = 547  # 2024-01-01 → 2025-06-30
    enrolled = expected["workflows"]["enrolled_total"]
    assert runs.value == money(Fraction(enrolled * 2, 60) * Fraction(90, data_days) * 40 * 100)
    assert [note.code for note in runs.notes] == ["runs_share"]


def test_gains_counted_as_qualified_leads(fixtures_copy: Workspace, expected: dict[str, Any]) -> None:
    fixtures_copy.costs.set_value_settings({"gains_basis": "qualified_leads", "qualified_lead_value": "1 000"})
    figures = fixtures_copy.costs.figures()
    mqls = expected["funnel"]["became"]["mql"]["total"]
    costs = cents(expected["costs"]["total"])
    assert figures.figure("gains").value == mqls * 1000
    assert figures.figure("roi_gains").value == pytest.approx((mqls * 100000 - costs) / costs)
    assert figures.report.results["roi"].value != figures.figure("roi_gains").value  # the catalogue is unchanged
    fixtures_copy.costs.set_value_settings({"qualified_lead_value": None})  # back to the measured value
    measured = fixtures_copy.costs.figures()
    value = measured.report.results["qualified_lead_value"].value
    assert measured.figure("gains").value == money(Fraction(Decimal(str(value))) * 100 * mqls)


def test_time_saved_needs_the_hourly_cost(fixtures_read: Workspace) -> None:
    figures = fixtures_read.costs.figures()
    for figure_id in ("time_saved", "roi_with_time_saved"):
        assert figures.figure(figure_id).value is None
        assert figures.figure(figure_id).reason.code == "setting_missing"


def test_sales_cycle_before_and_after_automation(fixtures_copy: Workspace) -> None:
    assert fixtures_copy.costs.figures().cycle.reason.code == "roi.no_split_day"
    fixtures_copy.costs.set_value_settings({"automation_start_date": "2024-07-01"})
    cycle = fixtures_copy.costs.figures().cycle
    before = fixtures_copy.kpis(Period.parse("2024-01-01", "2024-06-30")).results["sales_cycle_days"]
    after = fixtures_copy.kpis(Period.parse("2024-07-01", "2025-06-30")).results["sales_cycle_days"]
    assert (cycle.before.value, cycle.after.value) == (before.value, after.value)
    assert cycle.change == pytest.approx(after.value - before.value)
    assert cycle.before.counts["won_deals"] + cycle.after.counts["won_deals"] == 55
    outside = fixtures_copy.costs.figures(Period.parse("2025-01-01", "2025-06-30")).cycle
    assert outside.change is None and outside.reason.code == "roi.split_outside"


# ---- Attribution side by side


@pytest.mark.parametrize("kind", ["channels", "campaigns"])
def test_every_model_adds_up_to_revenue_won_on_the_fixtures(fixtures_read: Workspace, expected: dict[str, Any],
                                                            kind: str) -> None:
    table = fixtures_read.costs.figures().attribution
    revenue = cents(expected["deals"]["revenue_won_total"])
    assert table.total == revenue
    for model in MODELS:
        assert table.column_sum(model, kind) == revenue, model


def test_swinging_channels_are_highlighted(fixtures_read: Workspace) -> None:
    table = fixtures_read.costs.figures().attribution
    swings = sorted(table.channels, key=lambda row: row.swing, reverse=True)
    assert table.highlighted == {row.key for row in swings[:3]}
    assert all(row.swing >= 0.05 * table.total for row in swings[:3])
    assert table.chosen == "linear"
    assert table.channels[0].key == max(table.channels, key=lambda r: r.cents["linear"]).key


JOURNEY = {  # model: (organic_search, workflow enrolment, e-mail click) in cents — KPIS §6
    "first_touch": (100000, 0, 0), "last_touch": (0, 0, 100000), "linear": (33334, 33333, 33333),
    "u_shaped": (40000, 20000, 40000), "w_shaped": (60000, 30000, 10000), "time_decay": (14286, 28571, 57143),
}


@pytest.fixture
def journey(tmp_path: Path) -> Any:
    """Ana: organic search on 1 March (lead source), enrolled in "Nurture" on 8 March (first automated e-mail),
    clicked its second e-mail on 15 March, when her 1,000 € deal (created 10 March) closed."""
    files = [
        tiny_exports.hubspot_contacts(tmp_path, [{"email": "ana@example.com", "stage": "Customer",
                                                  "source": "Organic Search", "created": "2024-03-01 10:00",
                                                  "lead": "2024-03-01 10:00", "customer": "2024-03-15 10:00"}]),
        tiny_exports.mautic_sends(tmp_path, [
            {"id": 1, "name": "WF-01", "workflow": "Nurture", "email": "ana@example.com", "sent": "2024-03-08 09:00"},
            {"id": 2, "name": "WF-02", "workflow": "Nurture", "email": "ana@example.com", "sent": "2024-03-15 09:00",
             "clicked": True}]),
        tiny_exports.pipedrive_deals(tmp_path, [{"value": "1000", "status": "Won", "created": "2024-03-10 10:00",
                                                 "closed": "2024-03-15 16:00", "email": "ana@example.com"}]),
    ]
    workspace = tiny_exports.build(tmp_path / "journey.roidb", files)
    yield workspace
    workspace.close()


def test_each_model_on_a_journey_of_three_touches(journey: Workspace) -> None:
    table = journey.costs.figures().attribution
    channels = {row.key: row.cents for row in table.channels}
    campaigns = {row.key: row.cents for row in table.campaigns}
    for model, (source, enrolment, click) in JOURNEY.items():
        assert channels["organic_search"][model] == source, model
        assert channels["email"][model] == enrolment + click, model
        assert campaigns["mautic:WF-01"][model] == enrolment
        assert campaigns["mautic:WF-02"][model] == click
        if source:
            assert campaigns[NO_CAMPAIGN][model] == source  # the lead source carries no campaign
        assert table.column_sum(model) == table.column_sum(model, "campaigns") == 100000
    assert table.deals == 1


# ---- Per channel and what-if, on the small hand-made set


def test_per_channel_figures_by_hand(small: Workspace) -> None:
    figures = small.costs.figures()
    results = figures.report.results
    assert (results["costs_total"].value, results["revenue_won"].value, results["roi"].value) == (1000, 15000, 14.0)
    assert results["cost_per_lead"].value == 166.67  # 1,000 € ÷ 6 leads
    rows = {row.channel: row for row in figures.channels}
    paid, organic, shared = rows["paid_search"], rows["organic_search"], rows["shared"]
    assert (paid.costs, paid.leads, paid.cost_per_lead, paid.customers, paid.customer_acquisition_cost) == (
        400, 4, 100, 1, 400)
    assert (organic.costs, organic.leads, organic.cost_per_lead, organic.customer_acquisition_cost) == (
        100, 2, 50, 100)
    assert (paid.cost_per_mql, organic.cost_per_mql) == (400, 100)
    assert (paid.revenue, organic.revenue) == (10000, 5000)
    assert (shared.costs, shared.leads, shared.cost_per_lead) == (500, None, None)
    assert (figures.unassigned_costs, figures.unassigned_channels) == (500, ["shared"])
    assert [row.channel for row in figures.channels] == ["shared", "paid_search", "organic_search"]


def test_what_if_by_hand(small: Workspace) -> None:
    economics = small.costs.figures().economics
    assert set(economics) == {"paid_search", "organic_search"}  # "all channels" brings no lead
    paid, organic = economics["paid_search"], economics["organic_search"]
    assert (paid.cost_per_lead_cents, paid.conversion, paid.deal_value_cents) == (10000, 0.25, 1000000)
    assert (organic.cost_per_lead_cents, organic.conversion, organic.deal_value_cents) == (5000, 0.5, 500000)
    moved = what_if(economics, "paid_search", "organic_search", 10000)  # 100 €
    assert (moved.source.leads, moved.source.customers, moved.source.revenue_cents) == (-1, -0.25, -250000)
    assert (moved.target.leads, moved.target.customers, moved.target.revenue_cents) == (2, 1, 500000)
    assert (moved.leads, moved.customers, moved.revenue_cents) == (1, 0.75, 250000)
