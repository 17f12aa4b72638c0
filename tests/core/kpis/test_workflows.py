"""Workflow, social and satisfaction KPIs (KPIS §4.7, §3.4): the fixtures' inventory and automations,
snapshots, automated sends, and the ratios of social statistics and surveys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from roi_desktop.core.kpis.areas.social import NO_IMPRESSIONS, _ratio
from roi_desktop.core.kpis.catalogue.social import NEEDS_SOCIAL, NEEDS_SURVEY
from roi_desktop.core.kpis.context import DEFAULT_SETTINGS, KpiContext
from roi_desktop.core.kpis.engine import KpiReport
from roi_desktop.core.kpis.period import Period
from roi_desktop.core.workspace import Workspace
from tests.core.kpis import contact_exports as exports

SNAPSHOTS = ("workflows_total", "workflows_active", "workflows_without_trigger", "triggers_configured",
             "workflows_without_goal", "workflows_active_without_enrolment", "workflows_enrolled",
             "workflow_completion_rate", "emails_configured")
FIXTURE = {"workflows_total": "count", "workflows_active": "active", "workflows_without_trigger": "without_trigger",
           "workflows_without_goal": "without_goal", "emails_configured": "emails_configured",
           "workflows_enrolled": "enrolled_total"}


@pytest.mark.parametrize("kpi_id", FIXTURE)
def test_inventory_counts_equal_the_fixtures(all_data: KpiReport, expected: dict[str, Any], kpi_id: str) -> None:
    result = all_data.results[kpi_id]
    assert result.value == expected["workflows"][FIXTURE[kpi_id]]
    assert [n.code for n in result.notes][:1] == ["snapshot"]
    assert "by_month" not in result.breakdowns


def test_workflows_per_tool(all_data: KpiReport, expected: dict[str, Any]) -> None:
    per_tool = {tool.lower(): n for tool, n in expected["workflows"]["per_tool"].items()}
    assert all_data.results["workflows_total"].breakdowns["by_source"] == per_tool
    configured = all_data.results["triggers_configured"].value
    assert configured + all_data.results["workflows_without_trigger"].value == expected["workflows"]["count"]


def test_completion_rate_from_the_automation_report(all_data: KpiReport, expected: dict[str, Any]) -> None:
    automations = expected["activecampaign_automations"]
    rate = all_data.results["workflow_completion_rate"]
    completions = sum(a["completions"] for a in automations.values())
    entries = sum(a["entries"] for a in automations.values())
    assert rate.value == pytest.approx(completions / entries, abs=1e-9)
    assert rate.counts == {"numerator": completions, "denominator": entries}
    for name, figures in automations.items():
        assert rate.breakdowns["by_workflow"][f"activecampaign:{name}"] == pytest.approx(
            figures["completions"] / figures["entries"], abs=1e-9)
    # The inventory gives enrolments but no completions for the other tools: they are left out.
    assert "partial_sources" in {n.code for n in rate.notes}


def test_automated_sends_are_mautic_s(all_data: KpiReport, expected: dict[str, Any]) -> None:
    email = expected["email"]
    mautic = email["per_source"]["mautic"]
    sent = all_data.results["automated_emails_sent"]
    assert sent.value == mautic["totals"]["sent"]
    assert sent.breakdowns["by_month"] == {m: f["sent"] for m, f in mautic["per_month"].items()}
    assert sum(sent.breakdowns["by_workflow"].values()) == sent.value
    share = all_data.results["automated_email_share"]
    assert share.value == pytest.approx(mautic["totals"]["sent"] / email["totals"]["sent"], abs=1e-9)
    assert share.breakdowns["by_month"]["2024-03"] == pytest.approx(
        mautic["per_month"]["2024-03"]["sent"] / email["per_month"]["2024-03"]["sent"], abs=1e-9)


def test_automated_sends_in_a_quarter(fixture_workspace: Workspace, expected: dict[str, Any]) -> None:
    quarter = ("2025-01", "2025-02", "2025-03")
    mautic = expected["email"]["per_source"]["mautic"]["per_month"]
    report = fixture_workspace.kpis(Period.parse("2025-01-01", "2025-03-31"))
    assert report.results["automated_emails_sent"].value == sum(mautic[m]["sent"] for m in quarter)


# ---- Hand-made inventory


@pytest.fixture(scope="module")
def inventory(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Mautic "Bienvenue" (active, trigger and goal set, 10 enrolled, e-mail count left empty, created
    2024-01-05), Mautic "Relance" (active, no trigger nor goal, nobody enrolled, 2 e-mails, 2024-03-10),
    Brevo "Vieux" (inactive, no trigger, 5 enrolled, 1 e-mail, 2024-06-01); Mautic sends of two e-mails of
    "bienvenue " (written differently) and one of "Orphelin", a workflow the inventory does not list. The
    sends span February–March 2024."""
    folder = tmp_path_factory.mktemp("inventory")
    files = [
        exports.inventory(folder, [
            {"tool": "Mautic", "name": "Bienvenue", "status": "Actif", "trigger": "Formulaire", "goal": "Démo",
             "enrolled": 10, "created": "2024-01-05"},
            {"tool": "Mautic", "name": "Relance", "status": "Actif", "enrolled": 0, "emails": 2,
             "created": "2024-03-10"},
            {"tool": "Brevo", "name": "Vieux", "status": "Inactif", "goal": "Clic", "enrolled": 5, "emails": 1,
             "created": "2024-06-01"},
        ]),
        exports.mautic_sends(folder, [
            {"id": "1", "name": "WF-01", "workflow": "bienvenue ", "email": "a@x.com", "sent": "2024-02-01"},
            {"id": "2", "name": "WF-02", "workflow": "Bienvenue", "email": "a@x.com", "sent": "2024-02-08"},
            {"id": "3", "name": "WF-09", "workflow": "Orphelin", "email": "b@x.com", "sent": "2024-03-15"},
        ]),
    ]
    with exports.build(folder / "inventory.roidb", files):
        pass
    return folder / "inventory.roidb"


def _results(path: Path, period: Period | None = None) -> dict[str, Any]:
    with Workspace.open(path, read_only=True) as workspace:
        return workspace.kpis(period).results


def test_a_snapshot_leaves_out_workflows_created_after_the_period(inventory: Path) -> None:
    r = _results(inventory)  # February–March 2024: "Vieux" does not exist yet
    values = {kpi_id: r[kpi_id].value for kpi_id in SNAPSHOTS}
    assert values == {"workflows_total": 2, "workflows_active": 2, "workflows_without_trigger": 1,
                      "triggers_configured": 1, "workflows_without_goal": 1,
                      "workflows_active_without_enrolment": 1, "workflows_enrolled": 10,
                      "workflow_completion_rate": None, "emails_configured": 5}
    assert r["workflow_completion_rate"].reason.code == "not_in_exports"
    later = _results(inventory, Period.parse("2024-01-01", "2024-06-30"))
    assert later["workflows_total"].breakdowns["by_source"] == {"brevo": 1, "mautic": 2}
    assert later["workflows_without_trigger"].value == 2
    assert later["workflows_without_trigger"].counts == {"active": 1}  # only Relance is switched on


def test_e_mails_configured_fall_back_on_automated_campaigns(inventory: Path) -> None:
    configured = _results(inventory)["emails_configured"]
    # Bienvenue's count is empty: its two distinct automated e-mails; Orphelin is only known from its sends.
    assert configured.breakdowns["by_workflow"] == {"mautic:Bienvenue": 2, "mautic:Orphelin": 1,
                                                    "mautic:Relance": 2}


def test_automated_sends_take_the_workflow_names_of_the_inventory(inventory: Path) -> None:
    sent = _results(inventory)["automated_emails_sent"]
    assert sent.value == 3 and sent.breakdowns["by_month"] == {"2024-02": 2, "2024-03": 1}
    assert sent.breakdowns["by_workflow"] == {"mautic:Bienvenue": 2, "mautic:Orphelin": 1}
    assert sent.breakdowns["by_campaign"] == {"mautic:WF-01": 1, "mautic:WF-02": 1, "mautic:WF-09": 1}


def test_an_automation_report_alone_does_not_know_triggers(tmp_path: Path) -> None:
    files = [exports.ac_automations(tmp_path, [{"name": "Relance", "entries": 40, "completions": 10},
                                               {"name": "Accueil", "entries": 10, "completions": 10}])]
    with exports.build(tmp_path / "w.roidb", files) as workspace:
        r = workspace.kpis().results
    assert r["workflows_total"].value == 2
    for kpi_id in ("workflows_active", "workflows_without_trigger", "triggers_configured", "workflows_without_goal"):
        assert r[kpi_id].value is None and r[kpi_id].reason.code == "not_in_exports", kpi_id
    assert r["workflow_completion_rate"].value == pytest.approx(20 / 50)
    assert r["automated_emails_sent"].reason.code == "no_data"


def test_no_workflow_export_gives_reasons(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "empty") as workspace:
        report = workspace.kpis()
    for kpi_id in SNAPSHOTS:
        result = report.results[kpi_id]
        assert result.value is None and result.reason.code == "no_data"
        assert "workflow inventory" in result.reason.message.english()


# ---- Social networks and satisfaction (no import profile yet: the computation is checked on plain rows)


def test_social_engagement_and_csat_are_ratios_of_the_period(tmp_path: Path) -> None:
    period = Period.parse("2024-01-01", "2024-03-31")
    context = KpiContext(None, period, period.end, dict(DEFAULT_SETTINGS), "EUR")  # type: ignore[arg-type]
    rows = [("2024-01", "linkedin", 30, 1000, 0), ("2024-02", "linkedin", 10, 500, 0),
            ("2024-02", "facebook", 5, 100, 1)]
    rate = _ratio("social_engagement_rate", context, rows, NEEDS_SOCIAL, NO_IMPRESSIONS)
    assert rate.value == pytest.approx(45 / 1600)
    assert rate.breakdowns["by_month"] == {"2024-01": pytest.approx(0.03), "2024-02": pytest.approx(15 / 600),
                                           "2024-03": None}
    assert rate.breakdowns["by_source"] == {"facebook": pytest.approx(0.05), "linkedin": pytest.approx(40 / 1500)}
    assert [n.code for n in rate.notes] == ["partial_sources"]  # a Facebook row had no impressions
    csat = _ratio("csat", context, [("2024-03", "typeform", 8, 10, 0)], NEEDS_SURVEY, NEEDS_SURVEY)
    assert csat.value == pytest.approx(0.8) and csat.counts == {"numerator": 8, "denominator": 10}
    with Workspace.create(tmp_path / "empty") as workspace:
        report = workspace.kpis()
    assert report.results["social_engagement_rate"].reason.code == "no_data"
    assert "survey" in report.results["csat"].reason.message.english()
