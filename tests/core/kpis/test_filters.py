"""Filtering the KPIs by tool and by channel (issue #5 item 4, kpis/filters.py).

Expectations come from expected.json (the fixtures' own totals) or from direct queries written here over the
canonical tables — never from the engine's own output.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from roi_desktop.cli import main
from roi_desktop.core.kpis.filters import FILTER_IGNORED, FILTER_UNSUPPORTED, FILTERED_OUT, KpiFilter
from roi_desktop.core.workspace import Workspace


@pytest.fixture(scope="module")
def raw(fixture_workspace_path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection on the imported fixtures, for the independent counts."""
    conn = sqlite3.connect(f"file:{fixture_workspace_path}?mode=ro", uri=True)
    yield conn
    conn.close()


def _leads_of_channel(raw: sqlite3.Connection, channel: str) -> int:
    """Contacts whose earliest imported lead entry exists, with this channel (unknown = none)."""
    return raw.execute(
        """SELECT count(*) FROM (SELECT email FROM stage_history WHERE origin = 'import' AND stage = 'lead'
        GROUP BY email) s LEFT JOIN contacts c ON c.email = s.email
        WHERE coalesce(nullif(c.channel, ''), 'unknown') = ?""",
        [channel],
    ).fetchone()[0]


@pytest.mark.parametrize("tool", ["brevo", "mailchimp"])
def test_one_tool_gives_that_tools_sends_opens_and_clicks(fixture_workspace: Workspace, expected: dict[str, Any],
                                                          tool: str) -> None:
    report = fixture_workspace.kpis(filter=KpiFilter.of([tool]))
    totals = expected["email"]["per_source"][tool]["totals"]
    assert report.results["emails_sent"].value == totals["sent"]
    assert report.results["unique_opens"].value == totals["opens"]
    assert report.results["unique_clicks"].value == totals["clicks"]
    assert report.results["click_rate"].value == pytest.approx(totals["clicks"] / totals["delivered"], abs=1e-12)
    assert set(report.results["emails_sent"].breakdowns["by_source"]) == {tool}


def test_one_tool_gives_its_contacts(fixture_workspace: Workspace, raw: sqlite3.Connection) -> None:
    hubspot = raw.execute("SELECT count(DISTINCT email) FROM contact_records WHERE source = 'hubspot'").fetchone()[0]
    result = fixture_workspace.kpis(filter=KpiFilter.of(["hubspot"])).results["contacts_total"]
    assert result.value == hubspot
    assert result.breakdowns["by_source"] == {"hubspot": hubspot}


@pytest.mark.parametrize("channel", ["paid_search", "organic_search", "email"])
def test_one_channel_gives_its_leads(fixture_workspace: Workspace, raw: sqlite3.Connection, channel: str) -> None:
    result = fixture_workspace.kpis(filter=KpiFilter.of(channels=[channel])).results["leads_new"]
    assert result.value == _leads_of_channel(raw, channel)
    assert set(result.breakdowns["by_channel"]) == {channel}


def test_one_channel_gives_its_costs(fixture_workspace: Workspace, raw: sqlite3.Connection) -> None:
    # Every fixture cost line is a whole month in EUR inside the default period: no proration, no conversion.
    cents = raw.execute("SELECT sum(amount_cents) FROM costs WHERE channel = 'paid_search'").fetchone()[0]
    report = fixture_workspace.kpis(filter=KpiFilter.of(channels=["paid_search"]))
    assert report.results["costs_total"].value == cents / 100
    leads = _leads_of_channel(raw, "paid_search")
    assert report.results["cost_per_lead"].value == pytest.approx(cents / 100 / leads, abs=0.005)
    assert not any(note.code == FILTER_IGNORED for note in report.results["costs_total"].notes)


def test_channels_partition_the_leads(fixture_workspace: Workspace, expected: dict[str, Any]) -> None:
    unfiltered = fixture_workspace.kpis()
    channels = unfiltered.results["leads_new"].breakdowns["by_channel"]
    total = 0
    for channel in channels:
        total += fixture_workspace.kpis(filter=KpiFilter.of(channels=[channel])).results["leads_new"].value
    assert total == expected["funnel"]["became"]["lead"]["total"] == unfiltered.results["leads_new"].value


def test_several_values_of_a_dimension_add_up(fixture_workspace: Workspace, expected: dict[str, Any]) -> None:
    per_source = expected["email"]["per_source"]
    both = fixture_workspace.kpis(filter=KpiFilter.of(["brevo", "mailchimp"])).results["emails_sent"].value
    assert both == per_source["brevo"]["totals"]["sent"] + per_source["mailchimp"]["totals"]["sent"]


def test_kpis_that_cannot_follow_the_filter_say_so(fixture_workspace: Workspace) -> None:
    by_tool = fixture_workspace.kpis(filter=KpiFilter.of(["hubspot"])).results
    unfiltered = fixture_workspace.kpis().results
    # Costs have no tool: the total stays whole and says so; ratios over it are null with a reason.
    assert by_tool["costs_total"].value == unfiltered["costs_total"].value
    assert FILTER_IGNORED in {note.code for note in by_tool["costs_total"].notes}
    for kpi_id in ("cost_per_lead", "roi", "customer_acquisition_cost"):
        assert by_tool[kpi_id].value is None and by_tool[kpi_id].reason.code == FILTER_UNSUPPORTED
    # Workflows have no channel; the lead score is a snapshot: they keep their value with the note.
    by_channel = fixture_workspace.kpis(filter=KpiFilter.of(channels=["email"])).results
    for kpi_id in ("workflows_total", "average_lead_score"):
        assert by_channel[kpi_id].value == unfiltered[kpi_id].value
        assert FILTER_IGNORED in {note.code for note in by_channel[kpi_id].notes}
    # Unfiltered, nobody carries the note.
    assert not any(note.code == FILTER_IGNORED for result in unfiltered.values() for note in result.notes)


def test_nothing_matching_is_filtered_out_not_no_data(fixture_workspace: Workspace) -> None:
    results = fixture_workspace.kpis(filter=KpiFilter.of(["brevo"])).results
    assert results["web_sessions"].value is None
    assert results["web_sessions"].reason.code == FILTERED_OUT
    assert results["deals_won"].reason.code == FILTERED_OUT


def test_the_contact_walk_filters_like_the_table(fixture_workspace: Workspace,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from roi_desktop.core.store.kpi import contacts as contact_store

    chosen = KpiFilter.of(["brevo"], ["organic_search", "unknown"])
    table = fixture_workspace.kpis(filter=chosen).results
    monkeypatch.setattr(contact_store, "stock_changes", lambda *args, **kwargs: None)
    walked = fixture_workspace.kpis(filter=chosen).results
    for kpi_id in ("contacts_total", "contacts_new", "contacts_active", "contacts_inactive", "contacts_unsubscribed"):
        assert walked[kpi_id].value == table[kpi_id].value, kpi_id
        assert walked[kpi_id].breakdowns == table[kpi_id].breakdowns, kpi_id


def test_the_previous_period_uses_the_same_filter(fixture_workspace: Workspace, expected: dict[str, Any]) -> None:
    from datetime import date

    from roi_desktop.core.kpis import compare
    from roi_desktop.core.kpis.period import Period

    chosen = KpiFilter.of(["brevo"])
    quarter = Period(date(2025, 1, 1), date(2025, 3, 31))
    both = compare.comparison(lambda period: fixture_workspace.kpis(period, filter=chosen), quarter)
    months = expected["email"]["per_source"]["brevo"].get("per_month")
    if months:
        previous = sum(months.get(m, {}).get("sent", 0) for m in ("2024-10", "2024-11", "2024-12"))
        assert both.previous.results["emails_sent"].value == previous
    assert both.previous.filter == chosen
    unfiltered_previous = fixture_workspace.kpis(quarter.previous()).results["emails_sent"].value
    assert both.previous.results["emails_sent"].value < unfiltered_previous


def test_choices_list_the_tools_and_channels_present(fixture_workspace: Workspace,
                                                     raw: sqlite3.Connection) -> None:
    found = fixture_workspace.kpi_filter_choices()
    assert {"hubspot", "brevo", "mailchimp", "mautic", "activecampaign", "pipedrive", "salesforce", "ga4"} \
        <= set(found.sources)
    deals = raw.execute("SELECT count(*) FROM deals WHERE source = 'pipedrive'").fetchone()[0]
    assert found.sources["pipedrive"] == deals
    assert {"email", "paid_search", "unknown"} <= set(found.channels)
    assert list(found.sources.values()) == sorted(found.sources.values(), reverse=True)


def test_cli_filters_and_states_the_filter(fixture_workspace_path: Path, expected: dict[str, Any],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["kpis", str(fixture_workspace_path), "--source", "brevo", "--source", "mailchimp",
                 "--channel", "email", "--json", "--lang", "en"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["filter"] == {"sources": ["brevo", "mailchimp"], "channels": ["email"]}
    per_source = expected["email"]["per_source"]
    assert data["kpis"]["emails_sent"]["value"] == sum(per_source[t]["totals"]["sent"] for t in ("brevo", "mailchimp"))
    assert data["kpis"]["roi"]["reason"]["code"] == FILTER_UNSUPPORTED
    code = main(["kpis", str(fixture_workspace_path), "--json"])
    assert json.loads(capsys.readouterr().out)["filter"] == {"sources": [], "channels": []}
