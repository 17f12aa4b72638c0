"""E-mail KPIs (KPIS §4.2, §3.2, §9): the fixtures' counts and rates exactly, and the rules of the send facts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from roi_desktop.core.kpis.engine import KpiReport
from roi_desktop.core.kpis.period import Period
from roi_desktop.core.workspace import Workspace
from tests.core.kpis import contact_exports as exports

# KPI → its name in expected.json (KPIS §9).
COUNTS = {"emails_sent": "sent", "emails_delivered": "delivered", "unique_opens": "opens", "unique_clicks": "clicks",
          "emails_bounced": "bounces", "unsubscribes": "unsubscribes", "total_opens": "total_opens",
          "complaints": "complaints"}
RATES = {"open_rate": ("opens", "delivered"), "click_rate": ("clicks", "delivered"),
         "click_to_open_rate": ("clicks", "opens"), "unsubscribe_rate": ("unsubscribes", "delivered"),
         "bounce_rate": ("bounces", "sent")}
# What the exports cannot give (KPIS §9): ActiveCampaign reports bounces without hard/soft and no complaints;
# Mautic's report has no complaints and only yes/no clicks.
NOT_EXPORTED = {"complaints": ("mautic", "activecampaign"), "hard_bounces": ("activecampaign",),
                "soft_bounces": ("activecampaign",)}
QUARTER = ("2025-01", "2025-02", "2025-03")


def _expected_count(kpi_id: str, figures: dict[str, Any], mautic: dict[str, Any] | None,
                    activecampaign: dict[str, Any] | None) -> int:
    """The KPI from one block of expected.json (a month, a source or the totals), with KPIS §9's rules."""
    if kpi_id in ("hard_bounces", "soft_bounces"):
        return figures[kpi_id] - (activecampaign[kpi_id] if activecampaign else 0)
    if kpi_id == "total_clicks":
        return figures["total_clicks"] - (mautic["total_clicks"] - mautic["clicks"] if mautic else 0)
    return figures[COUNTS[kpi_id]]


@pytest.mark.parametrize("kpi_id", [*COUNTS, "hard_bounces", "soft_bounces", "total_clicks"])
def test_counts_equal_the_fixtures(all_data: KpiReport, expected: dict[str, Any], kpi_id: str) -> None:
    email = expected["email"]
    sources = email["per_source"]
    result = all_data.results[kpi_id]
    assert result.value == _expected_count(kpi_id, email["totals"], sources["mautic"]["totals"],
                                           sources["activecampaign"]["totals"])
    assert result.breakdowns["by_month"] == {
        month: _expected_count(kpi_id, figures, sources["mautic"]["per_month"][month],
                               sources["activecampaign"]["per_month"][month])
        for month, figures in email["per_month"].items()}
    for source, block in sources.items():
        if source in NOT_EXPORTED.get(kpi_id, ()):
            assert result.breakdowns["by_source"][source] is None
        else:
            shown = _expected_count(kpi_id, block["totals"], block["totals"] if source == "mautic" else None,
                                    block["totals"] if source == "activecampaign" else None)
            assert result.breakdowns["by_source"][source] == shown, source


@pytest.mark.parametrize("kpi_id", RATES)
def test_rates_are_ratios_of_the_fixtures_counts(all_data: KpiReport, expected: dict[str, Any], kpi_id: str) -> None:
    numerator, denominator = RATES[kpi_id]
    totals = expected["email"]["totals"]
    result = all_data.results[kpi_id]
    assert result.value == pytest.approx(totals[numerator] / totals[denominator], abs=1e-9)
    assert result.counts == {"numerator": totals[numerator], "denominator": totals[denominator]}
    for month, figures in expected["email"]["per_month"].items():
        assert result.breakdowns["by_month"][month] == pytest.approx(figures[numerator] / figures[denominator],
                                                                     abs=1e-9)


def test_complaint_rate_leaves_out_the_tools_that_do_not_report_complaints(all_data: KpiReport,
                                                                           expected: dict[str, Any]) -> None:
    reporting = [expected["email"]["per_source"][s]["totals"] for s in ("mailchimp", "brevo")]
    result = all_data.results["complaint_rate"]
    complaints, delivered = sum(t["complaints"] for t in reporting), sum(t["delivered"] for t in reporting)
    assert result.value == pytest.approx(complaints / delivered, abs=1e-9)
    assert result.counts == {"numerator": complaints, "denominator": delivered}
    assert result.breakdowns["by_source"]["mautic"] is None
    partial = [n for n in result.notes if n.code == "partial_sources"]
    assert len(partial) == 1 and "activecampaign, mautic" in partial[0].message.english()


def test_campaigns_equal_the_fixtures(all_data: KpiReport, expected: dict[str, Any]) -> None:
    for campaign in expected["email"]["campaigns"]:
        key = f"{campaign['source']}:{campaign['campaign']}"
        for kpi_id in (*COUNTS, "hard_bounces", "soft_bounces", "total_clicks"):
            shown = all_data.results[kpi_id].breakdowns["by_campaign"][key]
            if campaign["source"] in NOT_EXPORTED.get(kpi_id, ()):
                assert shown is None, (key, kpi_id)
            else:
                name = COUNTS.get(kpi_id, kpi_id)
                assert shown == campaign[name], (key, kpi_id)


def test_event_rows_are_every_recipient_row(fixture_workspace: Workspace, expected: dict[str, Any]) -> None:
    loaded = sum(b.rows_loaded for b in fixture_workspace.batches()
                 if b.profile in ("brevo.recipients", "mautic.emails_sent"))
    assert loaded == expected["email"]["event_rows"]


def test_automated_sends_go_by_workflow(all_data: KpiReport, expected: dict[str, Any]) -> None:
    by_workflow = all_data.results["emails_sent"].breakdowns["by_workflow"]
    assert sum(by_workflow.values()) == expected["email"]["per_source"]["mautic"]["totals"]["sent"]
    assert all(key.startswith("mautic:") for key in by_workflow)


def test_notes_say_what_was_set_aside(all_data: KpiReport, expected: dict[str, Any]) -> None:
    codes = {n.code for n in all_data.results["emails_sent"].notes}
    # Mautic's per-e-mail report describes the sends of its per-send report; ActiveCampaign's automation
    # sends have no date.
    assert {"aggregate_superseded", "undated_excluded"} <= codes
    automation_sends = sum(a["email_sends"] for a in expected["activecampaign_automations"].values())
    undated = next(n for n in all_data.results["emails_sent"].notes if n.code == "undated_excluded")
    assert undated.message.params["count"] == automation_sends
    lower = next(n for n in all_data.results["total_clicks"].notes if n.code == "lower_bound")
    assert lower.message.params["sources"] == "mautic"
    assert "lower_bound" not in {n.code for n in all_data.results["unique_clicks"].notes}


def test_open_rate_without_apple_mpp_uses_the_tools_that_flag_it(all_data: KpiReport) -> None:
    result = all_data.results["open_rate_excl_mpp"]
    assert 0 < result.value < all_data.results["open_rate"].value
    assert result.breakdowns["by_source"]["mautic"] is None  # Mautic does not say which opens are Apple's
    assert result.breakdowns["by_month"]["2024-01"] is None  # only Mailchimp and Mautic sent then


def test_a_quarter_sums_its_own_months(fixture_workspace: Workspace, expected: dict[str, Any]) -> None:
    report = fixture_workspace.kpis(Period.parse("2025-01-01", "2025-03-31"))
    months = [expected["email"]["per_month"][m] for m in QUARTER]
    sources = expected["email"]["per_source"]
    for kpi_id, name in COUNTS.items():
        result = report.results[kpi_id]
        assert result.value == sum(m[name] for m in months), kpi_id
        assert list(result.breakdowns["by_month"]) == list(QUARTER)
        for source, block in sources.items():
            sent = sum(block["per_month"][m]["sent"] for m in QUARTER)
            if sent and source not in NOT_EXPORTED.get(kpi_id, ()):
                assert result.breakdowns["by_source"][source] == sum(block["per_month"][m][name] for m in QUARTER)
            elif not sent:
                assert source not in result.breakdowns["by_source"]
    opens, delivered = sum(m["opens"] for m in months), sum(m["delivered"] for m in months)
    assert report.results["open_rate"].value == pytest.approx(opens / delivered, abs=1e-9)
    assert report.results["open_rate"].counts == {"numerator": opens, "denominator": delivered}


# ---- Hand-made sends


def test_mpp_only_opens_are_left_out_of_the_mpp_free_open_rate(tmp_path: Path) -> None:
    rows = [{"email": f"r{i}@x.com", "open": "2024-05-02", "opens": 2, "mpp": 2 if i < 3 else 1} for i in range(5)]
    rows += [{"email": "bounce@x.com", "hard": "2024-05-02"}, {"email": "quiet@x.com"}]
    files = [exports.brevo_recipients(tmp_path, 7, "Newsletter mai", "2024-05-02", rows)]
    with exports.build(tmp_path / "w.roidb", files) as workspace:
        r = workspace.kpis().results
    assert r["emails_delivered"].value == 6
    assert r["open_rate"].value == pytest.approx(5 / 6)
    assert r["open_rate_excl_mpp"].value == pytest.approx(2 / 6)  # 3 of the 5 opened only through Apple Mail
    assert r["open_rate_excl_mpp"].counts == {"numerator": 2, "denominator": 6, "mpp_only_opens": 3,
                                              "unique_opens": 5}  # over half: the panel suggests clicks


def test_events_win_over_an_aggregate_report_whatever_the_order(tmp_path: Path) -> None:
    sends = [{"id": "9", "name": "WF-01", "workflow": "Bienvenue", "email": f"p{i}@x.com", "sent": "2024-04-03",
              "read": i < 2} for i in range(4)]
    per_send = exports.mautic_sends(tmp_path, sends)
    aggregate = exports.write_csv(tmp_path / "report_emails.csv", ("ID", "Name", "Sent count", "Read count"),
                                  [("9", "WF-01", 400, 200)])
    for order in ([per_send, aggregate], [aggregate, per_send]):
        with exports.build(tmp_path / f"w{order[0].stem}.roidb", order) as workspace:
            r = workspace.kpis().results
        assert r["emails_sent"].value == 4 and r["unique_opens"].value == 2
        assert "aggregate_superseded" in {n.code for n in r["emails_sent"].notes}
        assert r["complaints"].reason.code == "not_in_exports"  # Mautic reports no complaints


def test_no_e_mail_export_gives_reasons(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "empty") as workspace:
        report = workspace.kpis()
    for kpi_id in (*COUNTS, *RATES, "complaint_rate", "open_rate_excl_mpp"):
        result = report.results[kpi_id]
        assert result.value is None and result.reason.code == "no_data"
        assert result.reason.message.english().startswith("Import a campaign report")


def test_a_period_without_sends_is_no_data(fixture_workspace: Workspace) -> None:
    report = fixture_workspace.kpis(Period.parse("2023-01-01", "2023-03-31"))
    assert report.results["emails_sent"].reason.code == "no_data"
    assert report.results["open_rate"].reason.code == "no_data"
