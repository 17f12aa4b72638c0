"""Contact KPIs (KPIS §4.1, §3.1): the fixtures' figures, and stock semantics checked on a hand-made set."""

from __future__ import annotations

from itertools import accumulate
from pathlib import Path
from typing import Any

import pytest

from roi_desktop.core.kpis.engine import KpiReport
from roi_desktop.core.kpis.period import Period
from roi_desktop.core.workspace import Workspace
from tests.core.kpis import contact_exports as exports

IDS = ("contacts_total", "contacts_new", "contacts_active", "contacts_inactive", "contacts_unsubscribed")


# ---- The fixtures


def test_total_is_every_valid_address_once(all_data: KpiReport, expected: dict[str, Any]) -> None:
    contacts = expected["contacts"]
    total = all_data.results["contacts_total"]
    assert total.value == contacts["unique_valid"]
    running = accumulate(contacts["first_seen_per_month"].values())
    assert total.breakdowns["by_month"] == {
        month: count + contacts["unique_valid_undated"] for month, count in zip(contacts["first_seen_per_month"],
                                                                               running, strict=True)}


def test_total_by_source_counts_a_person_in_each_of_their_tools(all_data: KpiReport,
                                                                 expected: dict[str, Any]) -> None:
    files = expected["contacts"]["per_file"]
    by_source = all_data.results["contacts_total"].breakdowns["by_source"]
    # The French HubSpot view holds the same people as the English export; the three Mailchimp audience
    # files (subscribed, unsubscribed, cleaned) hold different people.
    hubspot = max(n["unique_valid"] for f, n in files.items() if f.startswith("hubspot/"))
    mailchimp = sum(n["unique_valid"] for f, n in files.items() if f.startswith("mailchimp/"))
    assert by_source == {
        "activecampaign": files["activecampaign/contacts-export.csv"]["unique_valid"],
        "brevo": files["brevo/export_contacts_brevo_2025-07-01.csv"]["unique_valid"],
        "hubspot": hubspot,
        "mailchimp": mailchimp,
        "mautic": files["mautic/contacts.csv"]["unique_valid"],
    }


def test_new_contacts_are_the_first_seen_months(all_data: KpiReport, expected: dict[str, Any]) -> None:
    per_month = expected["contacts"]["first_seen_per_month"]
    new = all_data.results["contacts_new"]
    assert new.breakdowns["by_month"] == per_month
    assert new.value == sum(per_month.values())
    assert sum(new.breakdowns["by_channel"].values()) == new.value


def test_a_quarter_takes_its_own_months(fixture_workspace: Workspace, expected: dict[str, Any]) -> None:
    per_month = expected["contacts"]["first_seen_per_month"]
    quarter = ("2025-01", "2025-02", "2025-03")
    report = fixture_workspace.kpis(Period.parse("2025-01-01", "2025-03-31"))
    assert report.results["contacts_new"].value == sum(per_month[m] for m in quarter)
    assert report.results["contacts_new"].breakdowns["by_month"] == {m: per_month[m] for m in quarter}
    before = sum(n for m, n in per_month.items() if m <= "2025-03") + expected["contacts"]["unique_valid_undated"]
    assert report.results["contacts_total"].value == before


def test_stocks_of_the_fixtures_hold_together(all_data: KpiReport) -> None:
    r = all_data.results
    for month in r["contacts_total"].breakdowns["by_month"]:
        active, inactive = r["contacts_active"].breakdowns["by_month"][month], \
            r["contacts_inactive"].breakdowns["by_month"][month]
        unsubscribed = r["contacts_unsubscribed"].breakdowns["by_month"][month]
        assert active + inactive + unsubscribed <= r["contacts_total"].breakdowns["by_month"][month]
    assert r["contacts_inactive"].counts == {"reachable": r["contacts_active"].value + r["contacts_inactive"].value,
                                             "active": r["contacts_active"].value}


# ---- Stocks, activity and opt-outs on a hand-made set


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Nine addresses, three months (data from 2024-01-02 to 2024-03-20; the data ends 2024-03-31):

    a created 01-10, opens campaign 1 (sent 02-05) on 02-06      f created 01-02, last open 03-20 (HubSpot)
    b created 01-15, clicks campaign 1, unsubscribes 03-10        h created 01-03, opens 2 via Apple MPP only
    c created 02-20, never reacts                                 i Mautic, no creation day, last active 02-15
    d Brevo 01-05, blocklisted (no day), opens campaign 1         g only in a recipient export (not a contact)
    e created 03-05, hard bounce on campaign 2 (sent 03-10)
    """
    folder = tmp_path_factory.mktemp("people")
    files = [
        exports.hubspot_contacts(folder, [
            {"email": "a@x.com", "created": "2024-01-10", "source": "Organic Search"},
            {"email": "b@x.com", "created": "2024-01-15", "source": "Organic Search"},
            {"email": "c@x.com", "created": "2024-02-20", "source": "Paid Search"},
            {"email": "e@x.com", "created": "2024-03-05"},
            {"email": "f@x.com", "created": "2024-01-02", "last_open": "2024-03-20"},
            {"email": "h@x.com", "created": "2024-01-03"},
        ]),
        exports.brevo_contacts(folder, [{"email": "d@x.com", "added": "2024-01-05", "blacklisted": True}]),
        exports.mautic_contacts(folder, [{"email": "i@x.com", "last_active": "2024-02-15"}]),
        exports.brevo_recipients(folder, 1, "C1", "2024-02-05", [
            {"email": "a@x.com", "open": "2024-02-06"}, {"email": "b@x.com", "clicks": 1},
            {"email": "d@x.com", "open": "2024-02-06"}, {"email": "g@x.com"}]),
        exports.brevo_recipients(folder, 2, "C2", "2024-03-10", [
            {"email": "b@x.com", "unsub": "2024-03-10"}, {"email": "e@x.com", "hard": "2024-03-10"},
            {"email": "h@x.com", "open": "2024-03-10", "opens": 2, "mpp": 2}]),
    ]
    with exports.build(folder / "people.roidb", files):
        pass
    return folder / "people.roidb"


def _kpis(path: Path, period: Period | None = None, **settings: Any) -> dict[str, Any]:
    with Workspace.open(path, read_only=True) as workspace:
        report = workspace.kpis(period, overrides=settings)
    return {kpi_id: report.results[kpi_id] for kpi_id in IDS}


def _months(result: Any) -> list[Any]:
    return list(result.breakdowns["by_month"].values())


def test_stocks_at_each_month_end(people: Path) -> None:
    r = _kpis(people)
    # i (undated) is in every month; g is not a contact.
    assert _months(r["contacts_total"]) == [6, 7, 8] and r["contacts_total"].value == 8
    assert r["contacts_total"].breakdowns["by_source"] == {"brevo": 1, "hubspot": 6, "mautic": 1}
    assert [n.code for n in r["contacts_total"].notes] == ["undated_contacts"]
    # b unsubscribes on 03-10 (a recipient row says so); d's blocklist has no day: it counts from the end of
    # the data (2024-03-31) on.
    assert _months(r["contacts_unsubscribed"]) == [0, 0, 2]
    assert r["contacts_unsubscribed"].breakdowns["by_source"] == {"brevo": 1, "hubspot": 1, "mautic": 0}


def test_active_contacts_follow_the_window_and_reachability(people: Path) -> None:
    r = _kpis(people)
    # January: nobody had reacted yet. February: a, b, d (campaign 1) and i (last active 02-15). March: a
    # (02-06 is within 90 days), f (last open) and i; b unsubscribed, d blocklisted, e bounced, h's opens
    # are Apple's alone.
    assert _months(r["contacts_active"]) == [0, 4, 3]
    # Reachable: 6, 7, then 5 (a, c, f, h, i).
    assert _months(r["contacts_inactive"]) == [6, 3, 2]
    assert r["contacts_inactive"].counts == {"reachable": 5, "active": 3}


def test_the_click_signal_and_a_shorter_window(people: Path) -> None:
    clicks = _kpis(people, active_signal="click")
    assert _months(clicks["contacts_active"]) == [0, 1, 0]  # only b clicked, and he left in March
    short = _kpis(people, active_window_days=30)
    assert _months(short["contacts_active"]) == [0, 4, 1]  # in March only f's open is less than 30 days old


def test_undated_flags_wait_for_the_end_of_the_data(people: Path) -> None:
    r = _kpis(people, Period.parse("2024-01-01", "2024-02-29"))
    assert r["contacts_unsubscribed"].value == 0  # d's undated blocklist describes the export day
    assert r["contacts_inactive"].counts == {"reachable": 7, "active": 4}


def test_new_contacts_by_channel(people: Path) -> None:
    new = _kpis(people)["contacts_new"]
    assert new.value == 7 and _months(new) == [5, 1, 1]
    assert new.breakdowns["by_channel"] == {"organic_search": 2, "paid_search": 1, "unknown": 4}


def test_a_period_in_the_middle_of_a_month_measures_stocks_at_its_end(people: Path) -> None:
    r = _kpis(people, Period.parse("2024-02-01", "2024-03-09"))
    assert r["contacts_total"].breakdowns["by_month"] == {"2024-02": 7, "2024-03": 8}
    assert r["contacts_unsubscribed"].value == 0  # b unsubscribes on 03-10, the day after
    assert r["contacts_new"].value == 2  # c and e


# ---- No data


def test_an_empty_workspace_says_which_export_to_import(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "empty") as workspace:
        report = workspace.kpis()
    for kpi_id in IDS:
        result = report.results[kpi_id]
        assert result.value is None and result.reason.code == "no_data"
        assert "contact export" in result.reason.message.english()
        assert result.to_json(lambda m: m.english())["by_month"] == {}


def test_activity_needs_recipient_rows_or_activity_dates(tmp_path: Path) -> None:
    files = [exports.hubspot_contacts(tmp_path, [{"email": "a@x.com", "created": "2024-01-10"}])]
    with exports.build(tmp_path / "w.roidb", files) as workspace:
        report = workspace.kpis()
    assert report.results["contacts_total"].value == 1
    for kpi_id in ("contacts_active", "contacts_inactive"):
        assert report.results[kpi_id].reason.code == "not_in_exports"


def test_no_contact_created_in_the_period_is_no_data_not_zero(people: Path) -> None:
    r = _kpis(people, Period.parse("2023-01-01", "2023-12-31"))
    assert r["contacts_new"].value is None and r["contacts_new"].reason.code == "no_data"
