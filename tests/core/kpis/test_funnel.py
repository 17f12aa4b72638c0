"""Funnel KPIs (KPIS §3.3, §4.3): stage counts against expected.json, cohort rates on data checked by hand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from roi_desktop.core.kpis.engine import KpiReport
from roi_desktop.core.kpis.period import Period
from roi_desktop.core.workspace import Workspace
from tests.core.kpis import tiny_exports

NEW_IDS = {"subscriber": "subscribers_new", "lead": "leads_new", "mql": "mqls_new", "sql": "sqls_new",
           "opportunity": "opportunities_new", "customer": "customers_new"}


# ---- The fixtures


@pytest.mark.parametrize("stage", NEW_IDS)
def test_new_per_stage_equal_expected(all_json: dict[str, Any], expected: dict[str, Any], stage: str) -> None:
    became = expected["funnel"]["became"][stage]
    kpi = all_json["kpis"][NEW_IDS[stage]]
    assert kpi["value"] == became["total"]
    assert kpi["by_month"] == became["per_month"]
    assert kpi["by_source"] == {"hubspot": became["total"]}
    assert sum(kpi["by_channel"].values()) == became["total"]


def test_new_leads_on_a_quarter(fixture_workspace: Workspace, expected: dict[str, Any]) -> None:
    per_month = expected["funnel"]["became"]["lead"]["per_month"]
    kpi = fixture_workspace.kpis(Period.parse("2024-04-01", "2024-06-30")).results["leads_new"]
    assert kpi.value == sum(per_month[m] for m in ("2024-04", "2024-05", "2024-06"))
    assert kpi.breakdowns["by_month"] == {m: per_month[m] for m in ("2024-04", "2024-05", "2024-06")}


def test_rates_are_cohort_rates_within_bounds(all_data: KpiReport) -> None:
    for kpi_id in ("lead_to_mql_rate", "mql_to_sql_rate", "sql_to_customer_rate", "mql_to_customer_rate",
                   "lead_to_customer_rate"):
        kpi = all_data.results[kpi_id]
        assert 0 <= kpi.value <= 1
        assert kpi.value == kpi.counts["numerator"] / kpi.counts["denominator"]
        assert all(v is None or 0 <= v <= 1 for v in kpi.breakdowns["by_month"].values())
    automation = all_data.results["lead_to_customer_rate"].breakdowns["by_automation"]
    assert set(automation) == {"enrolled", "not_enrolled"}


def test_rejection_on_the_fixtures_is_zero_not_null(all_data: KpiReport, expected: dict[str, Any]) -> None:
    # The fixture's "Unqualified" contacts all became SQL first: sales accepted them, then lost the deal.
    kpi = all_data.results["sql_rejection_rate"]
    assert kpi.value == 0
    assert kpi.counts == {"numerator": 0, "denominator": expected["funnel"]["became"]["mql"]["total"]}


def test_average_lead_score_is_a_snapshot_of_open_leads(all_json: dict[str, Any]) -> None:
    kpi = all_json["kpis"]["average_lead_score"]
    assert kpi["value"] == pytest.approx(kpi["counts"]["numerator"] / kpi["counts"]["denominator"], abs=1e-9)
    assert kpi["value"] == kpi["by_source"]["hubspot"]  # auto: HubSpot before Mautic
    assert [note["code"] for note in kpi["notes"]] == ["snapshot"]
    assert "by_month" not in kpi


# ---- Data checked by hand

CONTACTS = [
    # a: lead → MQL in 22 days, → customer in 112; enrolled in a workflow before converting
    {"email": "a@example.com", "status": "Connected", "lead": "2024-01-10", "mql": "2024-02-01", "sql": "2024-03-01",
     "customer": "2024-05-01", "stage": "Customer", "score": 80},
    # b: MQL 230 days after becoming a lead: beyond the 180-day window; enrolled, never a customer
    {"email": "b@example.com", "status": "Open", "lead": "2024-01-15", "mql": "2024-09-01", "stage": "Lead",
     "score": 20},
    # c: a lead that went nowhere, never enrolled
    {"email": "c@example.com", "status": "New", "lead": "2024-01-20", "stage": "Lead", "score": 10},
    # d, e: MQLs of January rejected by sales (English and French status)
    {"email": "d@example.com", "status": "Unqualified", "mql": "2024-01-05", "stage": "Marketing Qualified Lead"},
    {"email": "e@example.com", "status": "Non qualifié", "mql": "2024-01-25", "stage": "Lead qualifié marketing"},
    # f: "Unqualified" yet accepted as SQL: not a rejection
    {"email": "f@example.com", "status": "Unqualified", "mql": "2024-01-28", "sql": "2024-02-10",
     "stage": "Sales Qualified Lead", "score": 60},
    # g: a lead of June, whose 180-day window is still open at the end of the data (2024-09-30)
    {"email": "g@example.com", "status": "New", "lead": "2024-06-20", "stage": "Lead", "score": 30},
    # h: MQL before lead: the conversion counts (0 days)
    {"email": "h@example.com", "status": "Open", "lead": "2024-01-10", "mql": "2024-01-03", "stage": "Customer",
     "score": 90},
    # i: customer before its first automated e-mail: converted, not thanks to a workflow
    {"email": "i@example.com", "status": "Connected", "lead": "2024-01-05", "customer": "2024-01-20",
     "stage": "Customer"},
]
SENDS = [
    {"id": 7, "name": "WF-01", "workflow": "Welcome", "email": "a@example.com", "sent": "2024-01-12 09:00"},
    {"id": 7, "name": "WF-01", "workflow": "Welcome", "email": "b@example.com", "sent": "2024-03-01 09:00"},
    {"id": 7, "name": "WF-01", "workflow": "Welcome", "email": "i@example.com", "sent": "2024-02-01 09:00"},
]
JANUARY = Period.parse("2024-01-01", "2024-01-31")


@pytest.fixture(scope="module")
def funnel_workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    folder = tmp_path_factory.mktemp("funnel")
    files = [tiny_exports.hubspot_contacts(folder, CONTACTS), tiny_exports.mautic_sends(folder, SENDS)]
    workspace = tiny_exports.build(folder / "funnel.roidb", files)
    yield workspace
    workspace.close()


def test_cohort_conversion_follows_the_window(funnel_workspace: Workspace) -> None:
    # Lead cohort of January: a, b, c, h, i. Converted to MQL within 180 days: a (22 days), h (before).
    kpi = funnel_workspace.kpis(JANUARY).results["lead_to_mql_rate"]
    assert kpi.counts == {"numerator": 2, "denominator": 5}
    assert kpi.value == 2 / 5
    assert kpi.breakdowns["by_month"] == {"2024-01": 2 / 5}
    wider = funnel_workspace.kpis(JANUARY, overrides={"conversion_window_days": 365}).results["lead_to_mql_rate"]
    assert wider.counts == {"numerator": 3, "denominator": 5}  # b's MQL now counts


def test_cohort_maturing_note_counts_open_windows(funnel_workspace: Workspace) -> None:
    january = funnel_workspace.kpis(JANUARY).results["lead_to_mql_rate"]
    assert january.notes == []
    whole = funnel_workspace.kpis().results["lead_to_mql_rate"]
    assert whole.counts == {"numerator": 2, "denominator": 6}
    assert [(note.code, note.message.params["count"]) for note in whole.notes] == [("cohort_maturing", 1)]
    assert whole.breakdowns["by_month"]["2024-06"] == 0
    assert whole.breakdowns["by_month"]["2024-03"] is None  # no lead entered in March


def test_sql_rejection_counts_rejected_statuses_without_sql(funnel_workspace: Workspace) -> None:
    # MQL cohort of January: d, e, f, h. Rejected: d (Unqualified), e (Non qualifié); f became SQL.
    report = funnel_workspace.kpis(JANUARY)
    kpi = report.results["sql_rejection_rate"]
    assert kpi.counts == {"numerator": 2, "denominator": 4}
    assert kpi.month_counts == {"2024-01": {"numerator": 2, "denominator": 4}}
    assert report.results["mql_to_sql_rate"].counts == {"numerator": 1, "denominator": 4}
    custom = funnel_workspace.kpis(JANUARY, overrides={"rejected_lead_statuses": ["Unqualified"]})
    assert custom.results["sql_rejection_rate"].counts == {"numerator": 1, "denominator": 4}


def test_lead_to_customer_by_automation(funnel_workspace: Workspace) -> None:
    # Converted within 180 days: a (enrolled before converting), i (enrolled only after: not enrolled).
    kpi = funnel_workspace.kpis(JANUARY).results["lead_to_customer_rate"]
    assert kpi.counts == {"numerator": 2, "denominator": 5}
    assert kpi.breakdowns["by_automation"] == {"enrolled": 1 / 2, "not_enrolled": 1 / 3}


def test_new_counts_and_empty_months(funnel_workspace: Workspace) -> None:
    results = funnel_workspace.kpis(Period.parse("2024-01-01", "2024-03-31")).results
    assert results["mqls_new"].value == 5  # d, e, f, h in January, a in February
    assert results["mqls_new"].breakdowns["by_month"] == {"2024-01": 4, "2024-02": 1, "2024-03": 0}
    assert results["customers_new"].breakdowns["by_month"] == {"2024-01": 1, "2024-02": 0, "2024-03": 0}
    assert results["customers_new"].breakdowns["by_channel"] == {"unknown": 1}
    empty = funnel_workspace.kpis(Period.parse("2023-01-01", "2023-01-31")).results["leads_new"]
    assert empty.value is None and empty.reason.code == "no_data"


def test_average_lead_score_of_open_leads(funnel_workspace: Workspace) -> None:
    # Current stage lead, MQL or SQL and scored: b 20, c 10, f 60, g 30 (customers a, h left out).
    kpi = funnel_workspace.kpis().results["average_lead_score"]
    assert kpi.value == 30
    assert kpi.counts == {"numerator": 120, "denominator": 4}
    missing = funnel_workspace.kpis(overrides={"score_source": "mautic"}).results["average_lead_score"]
    assert missing.value is None and missing.reason.code == "not_in_exports"


def test_model_basis_without_model_is_null(funnel_workspace: Workspace) -> None:
    results = funnel_workspace.kpis(overrides={"funnel_basis": "model"}).results
    assert results["leads_new"].value is None
    assert results["leads_new"].reason.code == "setting_missing"
    assert results["lead_to_customer_rate"].reason.code == "setting_missing"


def test_empty_workspace_says_which_export(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "empty.roidb") as workspace:
        results = workspace.kpis().results
    for kpi_id in (*NEW_IDS.values(), "lead_to_mql_rate", "sql_rejection_rate", "average_lead_score"):
        assert results[kpi_id].value is None
        assert results[kpi_id].reason.code == "no_data"
        assert "Import" in results[kpi_id].reason.message.english()
