"""Web KPIs (KPIS §4.6): the fixtures' GA4 figures exactly, visit-to-lead, and traffic peaks by hand."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from roi_desktop.core.kpis.engine import KpiReport
from roi_desktop.core.kpis.peaks import find_peaks
from roi_desktop.core.kpis.period import Period
from roi_desktop.core.workspace import Workspace
from tests.core.kpis import contact_exports as exports

IDS = ("web_sessions", "web_key_events", "web_conversion_rate", "visit_to_lead_rate", "web_peak_days")


def test_sessions_and_key_events_equal_the_fixtures(all_data: KpiReport, expected: dict[str, Any]) -> None:
    web = expected["web"]
    sessions, key_events = all_data.results["web_sessions"], all_data.results["web_key_events"]
    assert sessions.value == web["sessions_total"] and key_events.value == web["key_events_total"]
    assert sessions.breakdowns["by_month"] == web["sessions_per_month"]
    assert key_events.breakdowns["by_month"] == web["key_events_per_month"]
    assert sessions.breakdowns["by_source_medium"] == web["sessions_per_source_medium"]
    assert sessions.breakdowns["by_source"] == {"ga4": web["sessions_total"]}
    assert sum(sessions.breakdowns["by_channel"].values()) == web["sessions_total"]
    assert sessions.breakdowns["by_channel"]["organic_search"] == sum(
        n for pair, n in web["sessions_per_source_medium"].items() if pair.endswith("/ organic"))
    assert sessions.breakdowns["by_landing_page"] == {}  # the export has no landing page


def test_conversion_rates_are_ratios_of_the_fixtures(all_data: KpiReport, expected: dict[str, Any]) -> None:
    web = expected["web"]
    rate = all_data.results["web_conversion_rate"]
    assert rate.value == pytest.approx(web["key_events_total"] / web["sessions_total"], abs=1e-9)
    assert rate.counts == {"numerator": web["key_events_total"], "denominator": web["sessions_total"]}
    for month, sessions in web["sessions_per_month"].items():
        assert rate.breakdowns["by_month"][month] == pytest.approx(web["key_events_per_month"][month] / sessions,
                                                                   abs=1e-9)
    leads = expected["funnel"]["became"]["lead"]
    visit = all_data.results["visit_to_lead_rate"]
    assert visit.value == pytest.approx(leads["total"] / web["sessions_total"], abs=1e-9)
    for month, sessions in web["sessions_per_month"].items():
        assert visit.breakdowns["by_month"][month] == pytest.approx(leads["per_month"][month] / sessions, abs=1e-9)


def test_a_quarter_sums_its_own_days(fixture_workspace: Workspace, expected: dict[str, Any]) -> None:
    web = expected["web"]
    quarter = ("2025-01", "2025-02", "2025-03")
    report = fixture_workspace.kpis(Period.parse("2025-01-01", "2025-03-31"))
    sessions = sum(web["sessions_per_month"][m] for m in quarter)
    key_events = sum(web["key_events_per_month"][m] for m in quarter)
    assert report.results["web_sessions"].value == sessions
    assert report.results["web_key_events"].value == key_events
    assert report.results["web_conversion_rate"].counts == {"numerator": key_events, "denominator": sessions}


# ---- Peaks


def _days(first: str, count: int) -> list[str]:
    start = date.fromisoformat(first).toordinal()
    return [date.fromordinal(start + n).isoformat() for n in range(count)]


def test_a_peak_needs_history_and_the_factor() -> None:
    sessions = {day: 100 for day in _days("2024-03-01", 20)}
    sessions |= {"2024-03-21": 160, "2024-03-22": 140, "2024-03-23": 100, "2024-03-24": 150}
    peaks = find_peaks(sessions, date(2024, 3, 1), date(2024, 3, 24), 1.5, ["2024-03-20"])
    assert peaks.days == ["2024-03-21", "2024-03-24"]  # 140 < 1.5 × 100; 150 reaches it
    assert peaks.judged == 10  # from 03-15 on, 14 earlier days are known
    assert peaks.after_send == ["2024-03-21"]  # the day after the send; 03-24 is 4 days later
    assert find_peaks({"2024-03-01": 500}, date(2024, 3, 1), date(2024, 3, 1), 1.5).judged == 0


def test_peak_days_from_an_import(tmp_path: Path) -> None:
    days = [(day, "google / organic", 100, 1) for day in _days("2024-03-01", 20)]
    days += [("2024-03-21", "google / organic", 160, 4), ("2024-03-22", "google / organic", 140, 2),
             ("2024-03-23", "google / organic", 100, 1), ("2024-03-24", "google / organic", 150, 1)]
    files = [exports.ga4(tmp_path, days),
             exports.brevo_recipients(tmp_path, 3, "Webinaire", "2024-03-20", [{"email": "a@x.com"}])]
    with exports.build(tmp_path / "w.roidb", files) as workspace:
        peaks = workspace.kpis().results["web_peak_days"]
        quiet = workspace.kpis(Period.parse("2024-03-01", "2024-03-10")).results["web_peak_days"]
    assert peaks.value == 2 and peaks.counts == {"after_send": 1}
    assert peaks.breakdowns["by_month"] == {"2024-03": 2}
    assert quiet.value is None and quiet.reason.code == "no_data"  # no day has 14 days of history yet


def test_a_raised_peak_factor_finds_fewer_peaks(tmp_path: Path) -> None:
    days = [(day, "google / organic", 100, 1) for day in _days("2024-03-01", 20)] + [
        ("2024-03-21", "google / organic", 160, 4)]
    with exports.build(tmp_path / "w.roidb", [exports.ga4(tmp_path, days)]) as workspace:
        assert workspace.kpis().results["web_peak_days"].value == 1
        assert workspace.kpis(overrides={"peak_factor": 2}).results["web_peak_days"].value == 0


# ---- No data


def test_no_web_export_gives_reasons(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "empty") as workspace:
        report = workspace.kpis()
    for kpi_id in IDS:
        assert report.results[kpi_id].value is None and report.results[kpi_id].reason.code == "no_data"
    assert "Google Analytics" in report.results["web_sessions"].reason.message.english()


def test_visit_to_lead_needs_leads(tmp_path: Path) -> None:
    days = [("2024-03-01", "google / organic", 100, None)]
    with exports.build(tmp_path / "w.roidb", [exports.ga4(tmp_path, days)]) as workspace:
        r = workspace.kpis().results
    assert r["web_sessions"].value == 100
    assert r["web_key_events"].reason.code == "not_in_exports"  # the column is empty
    assert r["visit_to_lead_rate"].value is None and r["visit_to_lead_rate"].reason is not None
