"""Contacts and licences on a small set counted by hand: engaged contacts, the sunset list and its CSV, the
cost per engaged contact in all and per tool."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from roi_desktop.core.kpis.period import Period
from roi_desktop.core.usage.audit import UsageAudit
from roi_desktop.core.usage.contacts import months_before, tool_of
from tests.core.kpis import contact_exports, tiny_exports
from tests.core.usage.exports import audit_of, reopen

PERIOD = Period.parse("2024-01-01", "2025-06-30")
OLD = "2024-01-10"


def _files(folder: Path) -> list[Path]:
    """Eight HubSpot contacts; Brevo campaigns of February 2024 (so that the e-mail history covers the year),
    February 2025 and May 2025.

    a: clicked in May 2025 → engaged.              b: only opened in May 2025 → neither engaged nor silent.
    c: last click (HubSpot) March 2024 → silent.   d: nothing ever → silent.
    e: created in 2025, nothing → too new.         f: unsubscribed, nothing → not reachable.
    g: last click (HubSpot) June 2025 → engaged.   h: clicked in February 2025 → neither.
    Licences: Brevo 30 € a month from April to June 2025, a line naming no tool of 60 € in June 2025."""
    contacts = [
        {"email": "a@example.com", "created": OLD}, {"email": "b@example.com", "created": OLD},
        {"email": "c@example.com", "created": OLD, "last_click": "2024-03-01"},
        {"email": "d@example.com", "created": OLD}, {"email": "e@example.com", "created": "2025-01-01"},
        {"email": "f@example.com", "created": OLD, "unsubscribed": True},
        {"email": "g@example.com", "created": OLD, "last_click": "2025-06-01"},
        {"email": "h@example.com", "created": OLD},
    ]
    return [
        contact_exports.hubspot_contacts(folder, contacts),
        contact_exports.brevo_recipients(folder, 1, "Hiver", "2024-02-01", [{"email": "a@example.com"}]),
        contact_exports.brevo_recipients(folder, 2, "Février", "2025-02-01",
                                         [{"email": "h@example.com", "open": "2025-02-01", "clicks": 1}]),
        contact_exports.brevo_recipients(folder, 3, "Mai", "2025-05-15", [
            {"email": "a@example.com", "open": "2025-05-15", "clicks": 2},
            {"email": "b@example.com", "open": "2025-05-15"}]),
        tiny_exports.costs(folder, [("2025-04", "Licence outil", "Brevo", 30, "EUR"),
                                    ("2025-05", "Licence outil", "Brevo", 30, "EUR"),
                                    ("2025-06", "Licence outil", "Brevo", 30, "EUR"),
                                    ("2025-06", "Licence outil", "Tous canaux", 60, "EUR"),
                                    ("2025-06", "Publicité", "Google Ads", 500, "EUR")]),
    ]


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, UsageAudit]:
    folder = tmp_path_factory.mktemp("small")
    return folder, audit_of(folder, _files(folder), PERIOD)


def test_engaged_contacts_clicked_in_the_last_90_days(small: tuple[Path, UsageAudit]) -> None:
    contacts = small[1].contacts
    assert contacts.total.value == 8
    assert contacts.window_days == 90
    assert contacts.engaged.value == 2  # a (Brevo click), g (HubSpot last click)


def test_the_sunset_list_holds_contacts_silent_for_a_year(small: tuple[Path, UsageAudit]) -> None:
    silent = small[1].contacts.silent
    assert [c.email for c in silent] == ["c@example.com", "d@example.com"]
    c = silent[0]
    assert (c.first_seen, c.last_click, c.last_open) == (OLD, "2024-03-01", None)
    assert c.sources == "hubspot"


def test_a_shorter_history_cannot_tell_who_is_silent(tmp_path: Path) -> None:
    folder = tmp_path
    files = [contact_exports.hubspot_contacts(folder, [{"email": "d@example.com", "created": OLD}]),
             contact_exports.brevo_recipients(folder, 3, "Mai", "2025-05-15", [{"email": "d@example.com"}])]
    contacts = audit_of(folder, files, PERIOD).contacts
    assert contacts.silent is None and contacts.silent_reason.code == "usage.sunset.short_history"


def test_cost_per_engaged_contact_in_all_and_per_tool(small: tuple[Path, UsageAudit]) -> None:
    contacts = small[1].contacts
    assert contacts.licence_cents == 15_000  # 3 × 30 € + 60 €: licences only, never the ads
    assert contacts.cost_per_engaged == 75.0  # 150 € ÷ 2 engaged contacts
    tools = {t.tool: t for t in contacts.by_tool}
    assert (tools["brevo"].licence_cents, tools["brevo"].engaged, tools["brevo"].cost_per_engaged) == (9_000, 1, 90.0)
    hubspot = tools["hubspot"]  # g clicked (its contact export says so), but no licence line names HubSpot
    assert (hubspot.licence_cents, hubspot.engaged, hubspot.cost_per_engaged) == (None, 1, None)
    assert hubspot.reason.code == "usage.contacts.no_tool_licence"


def test_licences_count_pro_rata_of_the_period(small: tuple[Path, UsageAudit]) -> None:
    folder = small[0]
    with reopen(folder) as workspace:
        half = workspace.usage.audit(Period.parse("2025-06-01", "2025-06-15")).contacts
    assert half.licence_cents == 4_500  # half of June's 90 €
    assert {t.tool: t.licence_cents for t in half.by_tool}["brevo"] == 1_500


def test_no_licence_no_cost_per_engaged_contact(tmp_path: Path) -> None:
    files = [contact_exports.hubspot_contacts(tmp_path, [{"email": "g@example.com", "created": OLD,
                                                          "last_click": "2025-06-01"}])]
    contacts = audit_of(tmp_path, files, PERIOD).contacts
    assert contacts.engaged.value == 1
    assert contacts.cost_per_engaged is None and contacts.cost_reason.code == "usage.contacts.no_licence"


def test_the_sunset_list_is_saved_as_csv(small: tuple[Path, UsageAudit], tmp_path: Path) -> None:
    folder, audit = small
    target = tmp_path / "sunset.csv"
    with reopen(folder) as workspace:
        written = workspace.usage.save_sunset(audit.contacts.silent, target)
    assert written == 2
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == ["Email", "First name", "Last name", "Company", "Tools", "First seen", "Last open", "Last click"]
    assert [row[0] for row in rows[1:]] == ["c@example.com", "d@example.com"]
    assert rows[1][4:] == ["HubSpot", OLD, "", "2024-03-01"]


def test_cost_lines_name_their_tool() -> None:
    assert tool_of("Hébergement Mautic Automatisation") == "mautic"
    assert tool_of("ActiveCampaign Plus Webinaires") == "activecampaign"
    assert tool_of("Sendinblue (Brevo) E-mail") == "brevo"
    assert tool_of("Chargée marketing Tous canaux") is None
    assert months_before(date(2025, 3, 31), 1) == date(2025, 2, 28)
    assert months_before(date(2025, 6, 30), 12) == date(2024, 6, 30)
