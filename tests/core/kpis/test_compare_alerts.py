"""Comparing periods (KPIS §7) and alerts (KPIS §5): hand-made figures and the fixtures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from roi_desktop.core.kpis import alerts
from roi_desktop.core.kpis.compare import BASE, CURRENT, compare, comparison, delta
from roi_desktop.core.kpis.period import Period
from roi_desktop.core.kpis.result import NO_DATA, KpiResult, Reason
from roi_desktop.core.kpis.series import ZERO_DENOMINATOR_MESSAGE
from roi_desktop.core.workspace import Workspace
from tests.core.kpis import contact_exports as exports

# ---- Periods


@pytest.mark.parametrize(("period", "previous"), [
    (("2025-04-01", "2025-06-30"), ("2025-01-01", "2025-03-31")),  # Q2 → Q1
    (("2025-03-01", "2025-03-31"), ("2025-02-01", "2025-02-28")),  # March → February
    (("2024-03-01", "2024-03-31"), ("2024-02-01", "2024-02-29")),  # a leap February
    (("2025-03-05", "2025-03-14"), ("2025-02-23", "2025-03-04")),  # 10 days → the 10 days before
    (("2025-01-15", "2025-02-14"), ("2024-12-15", "2025-01-14")),  # not whole months: same number of days
])
def test_previous_period(period: tuple[str, str], previous: tuple[str, str]) -> None:
    assert Period.parse(*period).previous() == Period.parse(*previous)


def test_same_period_last_year() -> None:
    assert Period.parse("2024-02-29", "2024-02-29").last_year() == Period.parse("2023-02-28", "2023-02-28")
    assert Period.parse("2024-01-01", "2024-02-29").last_year() == Period.parse("2023-01-01", "2023-02-28")


# ---- Deltas


def _result(kpi_id: str, value: float | None, unit: str = "count") -> KpiResult:
    if value is None:
        return KpiResult.null(kpi_id, unit, Reason(NO_DATA, ZERO_DENOMINATOR_MESSAGE()))
    return KpiResult(kpi_id, value, unit)


def test_counts_change_absolutely_and_relatively() -> None:
    change = delta("emails_sent", _result("emails_sent", 1500), _result("emails_sent", 1200))
    assert (change.absolute, change.relative, change.points, change.better) == (300, 0.25, None, True)
    assert delta("emails_sent", _result("emails_sent", 10), _result("emails_sent", 0)).relative is None


def test_fewer_bounces_are_better_and_neutral_kpis_are_neither() -> None:
    assert delta("emails_bounced", _result("emails_bounced", 8), _result("emails_bounced", 10)).better is True
    assert delta("contacts_unsubscribed", _result("x", 12), _result("x", 10)).better is False
    assert delta("emails_configured", _result("x", 12), _result("x", 10)).better is None
    assert delta("web_peak_days", _result("x", 3), _result("x", 3)).better is None


def test_ratios_change_in_points() -> None:
    change = delta("open_rate", _result("open_rate", 0.25, "ratio"), _result("open_rate", 0.20, "ratio"))
    assert change.points == pytest.approx(5.0) and change.absolute is None and change.relative is None
    assert change.better is True
    worse = delta("bounce_rate", _result("bounce_rate", 0.03, "ratio"), _result("bounce_rate", 0.02, "ratio"))
    assert worse.points == pytest.approx(1.0) and worse.better is False


def test_a_missing_side_gives_no_delta_but_its_reason() -> None:
    missing = _result("emails_sent", None)
    change = delta("emails_sent", _result("emails_sent", 5), missing)
    assert (change.absolute, change.relative, change.points, change.better) == (None, None, None, None)
    assert change.reason is missing.reason and change.missing == BASE
    assert delta("emails_sent", missing, _result("emails_sent", 5)).missing == CURRENT


def test_a_quarter_against_the_previous_one_and_last_year(fixture_workspace: Workspace,
                                                         expected: dict[str, Any]) -> None:
    per_month = expected["email"]["per_month"]

    def total(months: tuple[str, ...], name: str) -> int:
        return sum(per_month[m][name] for m in months)

    q2_2025, q1_2025, q2_2024 = ("2025-04", "2025-05", "2025-06"), ("2025-01", "2025-02", "2025-03"), \
        ("2024-04", "2024-05", "2024-06")
    found = comparison(fixture_workspace.kpis, Period.parse("2025-04-01", "2025-06-30"))
    assert found.previous.period == Period.parse("2025-01-01", "2025-03-31")
    assert found.last_year.period == Period.parse("2024-04-01", "2024-06-30")
    sent = found.vs_previous["emails_sent"]
    assert sent.absolute == total(q2_2025, "sent") - total(q1_2025, "sent")
    assert sent.relative == pytest.approx(sent.absolute / total(q1_2025, "sent"))
    assert found.vs_last_year["emails_sent"].absolute == total(q2_2025, "sent") - total(q2_2024, "sent")
    rate = lambda months: total(months, "opens") / total(months, "delivered")  # noqa: E731
    assert found.vs_previous["open_rate"].points == pytest.approx((rate(q2_2025) - rate(q1_2025)) * 100)
    assert set(found.vs_previous) == set(found.current.results)


def test_a_base_period_without_data_gives_reasons(fixture_workspace: Workspace) -> None:
    current = fixture_workspace.kpis(Period.parse("2024-01-01", "2024-03-31"))
    base = fixture_workspace.kpis(Period.parse("2023-10-01", "2023-12-31"))
    changes = compare(current, base)
    assert changes["emails_sent"].missing == BASE and changes["emails_sent"].reason.code == "no_data"


# ---- Alerts


def _campaign(folder: Path, campaign_id: int, sent: str, size: int, unsubscribes: int = 0, hard: int = 0,
              complaints: int = 0) -> Path:
    rows = []
    for i in range(size):
        row: dict[str, Any] = {"email": f"c{campaign_id}-{i}@x.com"}
        if i < unsubscribes:
            row["unsub"] = sent
        elif i < unsubscribes + hard:
            row["hard"] = sent
        elif i < unsubscribes + hard + complaints:
            row["complaint"] = sent
        rows.append(row)
    return exports.brevo_recipients(folder, campaign_id, f"Campagne {campaign_id}", sent, rows)


def _alert(workspace: Workspace, kpi_id: str, period: Period | None = None, **settings: Any) -> Any:
    return workspace.kpis(period, overrides=settings).results[kpi_id].alert


def test_rate_alerts_fire_above_their_threshold_and_respect_the_volume(tmp_path: Path) -> None:
    files = [_campaign(tmp_path, 1, "2024-05-02", 200, unsubscribes=3, hard=12, complaints=1),
             _campaign(tmp_path, 2, "2024-06-06", 40, unsubscribes=1)]
    with exports.build(tmp_path / "w.roidb", files) as workspace:
        may, june = Period.parse("2024-05-01", "2024-05-31"), Period.parse("2024-06-01", "2024-06-30")
        unsubscribe = _alert(workspace, "unsubscribe_rate", may)  # 3 of 188 delivered: 1.6 % > 1 %
        assert (unsubscribe.level, unsubscribe.threshold) == ("warning", 0.01)
        assert unsubscribe.message.english() == "Above 1 %: review your list segmentation."
        assert _alert(workspace, "bounce_rate", may).level == "critical"  # 12 of 200: 6 % > 5 %
        assert _alert(workspace, "complaint_rate", may).level == "critical"  # 1 of 188: ≥ 0.3 %
        assert _alert(workspace, "unsubscribe_rate", june) is None  # 1 of 40: too few e-mails to judge
        assert _alert(workspace, "unsubscribe_rate", june, **{"alert.min_volume": 20}).level == "warning"
        assert _alert(workspace, "unsubscribe_rate", may, **{"alert.unsubscribe_rate": 0.02}) is None
        assert _alert(workspace, "bounce_rate", may, **{"alert.bounce_rate": {"critical": 0.1}}).level == "warning"
        assert _alert(workspace, "bounce_rate", may, **{"alert.bounce_rate": False}) is None
        assert _alert(workspace, "open_rate", may) is None  # no rule


def test_quiet_below_the_threshold(tmp_path: Path) -> None:
    files = [_campaign(tmp_path, 1, "2024-05-02", 300, unsubscribes=2, hard=3)]
    with exports.build(tmp_path / "w.roidb", files) as workspace:
        report = workspace.kpis()
    assert report.results["unsubscribe_rate"].alert is None  # 2 of 297
    assert report.results["bounce_rate"].alert is None  # 1 %


def test_breaching_months_are_judged_with_their_own_volume(tmp_path: Path) -> None:
    files = [_campaign(tmp_path, 1, "2024-04-04", 200, unsubscribes=3), _campaign(tmp_path, 2, "2024-05-02", 200),
             _campaign(tmp_path, 3, "2024-06-06", 50, unsubscribes=5)]
    with exports.build(tmp_path / "w.roidb", files) as workspace:
        report = workspace.kpis()
    result = report.results["unsubscribe_rate"]
    assert alerts.breaching_months(result, {}) == {"2024-04": "warning"}  # June: 5 of 50, too few to judge
    assert alerts.breaching_months(result, {"alert.min_volume": 10}) == {"2024-04": "warning", "2024-06": "warning"}
    inactive = report.results["contacts_inactive"]
    assert alerts.breaching_months(inactive, {}) == {}


def test_inactive_contacts_alert_relative_to_the_reachable(tmp_path: Path) -> None:
    people = [{"email": f"p{i}@x.com", "created": "2024-01-10"} for i in range(120)]
    files = [exports.hubspot_contacts(tmp_path, people),
             exports.brevo_recipients(tmp_path, 1, "C1", "2024-02-01",
                                      [{"email": p["email"], "open": "2024-02-02"} for p in people[:30]])]
    with exports.build(tmp_path / "w.roidb", files) as workspace:
        inactive = workspace.kpis().results["contacts_inactive"]
        assert inactive.counts == {"reachable": 120, "active": 30}
        assert (inactive.alert.level, inactive.alert.threshold) == ("warning", 0.5)  # 90 of 120
        assert _alert(workspace, "contacts_inactive", None, **{"alert.min_volume": 500}) is None


def test_workflow_alerts(tmp_path: Path) -> None:
    files = [exports.inventory(tmp_path, [
        {"tool": "Brevo", "name": "Brouillon", "status": "Brouillon", "enrolled": 0},
        {"tool": "Brevo", "name": "Accueil", "status": "Actif", "trigger": "Inscription", "enrolled": 0}])]
    with exports.build(tmp_path / "w.roidb", files) as workspace:
        r = workspace.kpis().results
    assert r["workflows_without_trigger"].value == 1 and r["workflows_without_trigger"].alert is None  # inactive
    assert r["workflows_active_without_enrolment"].alert.level == "warning"


def test_paying_for_e_mail_tools_without_sending(tmp_path: Path) -> None:
    costs = exports.write_csv(tmp_path / "couts.csv", ("Mois", "Catégorie", "Canal", "Montant", "Devise"),
                              [("01/03/2024", "Licence outil", "E-mail", "49,00", "EUR")])
    with exports.build(tmp_path / "w.roidb", [costs]) as workspace:
        alert = workspace.kpis().results["emails_sent"].alert
    assert alert is not None and alert.level == "warning"
    assert alert.message.english() == "You pay for e-mail tools but sent nothing."


def test_fixture_alerts(all_data: Any) -> None:
    r = all_data.results
    assert r["unsubscribe_rate"].alert is None and r["bounce_rate"].alert is None  # 0.43 %, 1.33 %
    assert r["workflows_active_without_enrolment"].alert is not None  # HubSpot's "Attribution propriétaire"
