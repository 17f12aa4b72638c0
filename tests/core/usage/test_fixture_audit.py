"""The usage audit of the sample exports: workflow counts and sends agree with expected.json and with the KPI
engine, the table lists every workflow, the score follows its formula."""

from __future__ import annotations

from typing import Any

import pytest

from roi_desktop.core.usage.audit import UsageAudit
from roi_desktop.core.workspace import Workspace

WORKFLOW_KEYS = {"total": "count", "active": "active", "without_trigger": "without_trigger",
                 "without_goal": "without_goal", "emails_configured": "emails_configured",
                 "enrolled": "enrolled_total"}


@pytest.fixture(scope="module")
def as_json(fixture_audit: UsageAudit) -> dict[str, Any]:
    return fixture_audit.to_json(lambda message: message.english())


@pytest.mark.parametrize("key", WORKFLOW_KEYS)
def test_workflow_counts_equal_expected(as_json: dict[str, Any], expected: dict[str, Any], key: str) -> None:
    assert as_json["workflows"][key] == expected["workflows"][WORKFLOW_KEYS[key]]


def test_every_workflow_is_listed_with_its_tool(fixture_audit: UsageAudit, expected: dict[str, Any]) -> None:
    per_tool: dict[str, int] = {}
    for row in fixture_audit.workflows:
        per_tool[row.source] = per_tool.get(row.source, 0) + 1
    assert per_tool == {tool.lower(): count for tool, count in expected["workflows"]["per_tool"].items()}
    active = [row for row in fixture_audit.workflows if row.active]
    assert len(active) == expected["workflows"]["active"]
    assert fixture_audit.workflows[:len(active)] == active  # switched-on workflows first
    no_trigger = [row.name for row in fixture_audit.workflows if row.trigger == ""]
    assert len(no_trigger) == expected["workflows"]["without_trigger"]
    assert sum(1 for row in fixture_audit.workflows if row.trigger) == fixture_audit.workflow_kpis[
        "triggers_configured"].value == expected["workflows"]["count"] - expected["workflows"]["without_trigger"]
    assert sum(row.enrolled for row in fixture_audit.workflows) == expected["workflows"]["enrolled_total"]
    assert sum(row.emails_configured for row in fixture_audit.workflows) == expected["workflows"]["emails_configured"]


def test_completions_come_from_the_automation_report(fixture_audit: UsageAudit, expected: dict[str, Any]) -> None:
    rows = {row.name: row for row in fixture_audit.workflows}
    for name, figures in expected["activecampaign_automations"].items():
        row = rows[name]
        assert (row.enrolled, row.completed) == (figures["entries"], figures["completions"])
        assert row.completion_rate == pytest.approx(figures["completions"] / figures["entries"], abs=1e-9)
        # Its e-mail count is undated: no period can hold it, the row keeps it apart.
        assert row.undated_sends == figures["email_sends"] and row.emails_sent == 0


def test_sends_by_month_and_tool_equal_expected(fixture_audit: UsageAudit, expected: dict[str, Any]) -> None:
    emails, mautic = fixture_audit.emails, expected["email"]["per_source"]["mautic"]
    assert emails.total.sent == expected["email"]["totals"]["sent"]
    assert emails.total.automated == mautic["totals"]["sent"]
    assert emails.total.one_off == emails.total.sent - emails.total.automated
    assert emails.total.share == pytest.approx(mautic["totals"]["sent"] / expected["email"]["totals"]["sent"])
    for month in expected["period"]["months"]:
        counts = emails.by_month[month]
        assert counts.sent == expected["email"]["per_month"][month]["sent"]
        assert counts.automated == mautic["per_month"].get(month, {}).get("sent", 0)
    for source, figures in expected["email"]["per_source"].items():
        assert emails.by_source[source].sent == figures["totals"]["sent"]
        assert emails.by_source[source].automated == (figures["totals"]["sent"] if source == "mautic" else 0)


def test_trend_compares_the_last_three_months_with_the_three_before(fixture_audit: UsageAudit,
                                                                   expected: dict[str, Any]) -> None:
    trend = fixture_audit.emails.trend
    assert trend.recent == ["2025-04", "2025-05", "2025-06"] and trend.before == ["2025-01", "2025-02", "2025-03"]
    per_month, mautic = expected["email"]["per_month"], expected["email"]["per_source"]["mautic"]["per_month"]

    def share(months: list[str]) -> float:
        return sum(mautic[m]["sent"] for m in months) / sum(per_month[m]["sent"] for m in months)

    assert trend.share_points == pytest.approx((share(trend.recent) - share(trend.before)) * 100)


def test_the_audit_reuses_the_kpis_of_the_engine(usage_workspace: Workspace, fixture_audit: UsageAudit) -> None:
    report = usage_workspace.kpis()
    for kpi_id in ("emails_sent", "automated_emails_sent", "automated_email_share", "workflows_total",
                   "workflows_active", "triggers_configured", "workflows_enrolled", "emails_configured",
                   "contacts_total"):
        assert fixture_audit.kpis[kpi_id].value == report.results[kpi_id].value, kpi_id
    sent = report.results["automated_emails_sent"].breakdowns["by_workflow"]
    assert {row.key: row.emails_sent for row in fixture_audit.workflows if row.emails_sent} == sent
    clicked = usage_workspace.kpis(overrides={"active_signal": "click"}).results["contacts_active"]
    assert fixture_audit.contacts.engaged.value == clicked.value


def test_the_score_follows_its_formula(fixture_audit: UsageAudit) -> None:
    score = fixture_audit.score
    parts = {p.key: p for p in score.parts}
    assert (parts["active_workflows"].numerator, parts["active_workflows"].denominator) == (6, 9)
    assert parts["automated_share"].value == fixture_audit.emails.total.share
    clean = sum(1 for row in fixture_audit.workflows if not row.issues)
    assert (parts["clean_workflows"].numerator, parts["clean_workflows"].denominator) == (clean, 9)
    assert score.value == pytest.approx(100 * (6 / 9 + fixture_audit.emails.total.share + clean / 9) / 3)
    assert list(score.by_month) == fixture_audit.period.months()
    assert all(0 <= value <= 100 for value in score.by_month.values())
    assert "share of active workflows" in score.formula.english()


def test_weights_change_the_score(usage_workspace: Workspace, fixture_audit: UsageAudit) -> None:
    weighted = usage_workspace.usage.audit(overrides={"usage.score_weights": {
        "active_workflows": 0, "automated_share": 1, "clean_workflows": 0}})
    assert weighted.score.value == pytest.approx(100 * fixture_audit.emails.total.share)
    assert "0 × share of active workflows" in weighted.score.formula.english()


def test_json_has_every_section(as_json: dict[str, Any], expected: dict[str, Any]) -> None:
    assert as_json["period"] == {"from": expected["period"]["from"], "to": expected["period"]["to"]}
    assert set(as_json) == {"period", "currency", "emails", "workflows", "checks", "contacts", "score"}
    assert len(as_json["workflows"]["rows"]) == expected["workflows"]["count"]
    assert as_json["checks"]["issues"] == len(as_json["checks"]["findings"])
    for finding in as_json["checks"]["findings"]:
        assert finding["message"] and finding["fix"] and finding["workflows"]
    assert as_json["contacts"]["total"] == expected["contacts"]["unique_valid"]
    assert 0 <= as_json["score"]["value"] <= 100


@pytest.mark.parametrize(("period", "listed"), [(None, True), (("2024-03-01", "2024-03-31"), True),
                                                (("2023-01-01", "2023-01-31"), False)])
def test_the_workbook_inventory_is_the_audit_s_workflow_table(usage_workspace: Workspace,
                                                              period: tuple[str, str] | None, listed: bool) -> None:
    """workflow_inventory (the workbook's Usage sheet) gives the audit's rows, only without their issues."""
    from dataclasses import replace

    from roi_desktop.core.kpis.period import Period
    from roi_desktop.core.usage.audit import workflow_inventory

    chosen = Period.parse(*period) if period else None
    whole = usage_workspace.usage.audit(chosen).workflows
    assert bool(whole) is listed
    assert workflow_inventory(usage_workspace.store.reader(), chosen) == [replace(row, issues=()) for row in whole]
