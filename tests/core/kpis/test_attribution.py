"""Attribution (KPIS §6): each model on a hand-made journey, exact sums on the fixtures, influence."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from roi_desktop.core.importing.mapping import Mapping
from roi_desktop.core.kpis.amounts import split_cents
from roi_desktop.core.kpis.attribution import side_by_side
from roi_desktop.core.kpis.attribution_models import MODELS, Anchors, Touch, weights
from roi_desktop.core.kpis.engine import KpiReport
from roi_desktop.core.kpis.period import Period
from roi_desktop.core.workspace import Workspace
from tests.core.kpis import tiny_exports


def cents(value: float) -> int:
    return round(value * 100)


# ---- The models, pure


def _touches(*days: str) -> list[Touch]:
    return [Touch("email_click", day, "email", tiebreak=("x", i)) for i, day in enumerate(days)]


def test_position_models_renormalise_without_middle_touches() -> None:
    one, two = _touches("2024-01-01"), _touches("2024-01-01", "2024-01-05")
    for model in ("u_shaped", "w_shaped", "linear", "first_touch", "last_touch", "time_decay"):
        assert split_cents(1000, weights(model, one, "2024-01-10", 7)[0]) == [1000]
    assert split_cents(1000, weights("u_shaped", two, "2024-01-10", 7)[0]) == [500, 500]


def test_w_shaped_anchors_add_up_and_fall_back() -> None:
    touches = _touches("2024-01-01", "2024-01-05", "2024-01-09", "2024-01-12")
    shares, fell_back = weights("w_shaped", touches, "2024-01-15", 7, Anchors("2024-01-06", "2024-01-10"))
    assert (shares, fell_back) == ([Fraction(3, 10), Fraction(3, 10), Fraction(3, 10), Fraction(1, 10)], False)
    # Lead created before any touch: its 30 % goes to the first touch, which then holds 60 %; the two other
    # touches share the 10 %.
    shares, fell_back = weights("w_shaped", touches, "2024-01-15", 7, Anchors("2023-12-01", "2024-01-10"))
    assert shares == [Fraction(6, 10), Fraction(1, 20), Fraction(3, 10), Fraction(1, 20)] and fell_back


def test_time_decay_halves_every_half_life() -> None:
    shares, _ = weights("time_decay", _touches("2024-01-01", "2024-01-08", "2024-01-15"), "2024-01-15", 7)
    assert shares == [Fraction(1, 4), Fraction(1, 2), Fraction(1)]


def test_largest_remainder_gives_ties_to_the_earlier_touch() -> None:
    assert split_cents(100, [Fraction(1)] * 3) == [34, 33, 33]
    assert split_cents(1, [Fraction(1), Fraction(1)]) == [1, 0]
    assert split_cents(100000, [Fraction(1, 4), Fraction(1, 2), Fraction(1)]) == [14286, 28571, 57143]


# ---- A hand-made journey of three touches, imported

# Ana came from organic search on 1 March (lead source), entered the "Nurture" workflow on 8 March (its first
# automated e-mail), clicked its second e-mail on 15 March, the day her 1,000 € deal (created 10 March) closed.
EXPECTED = {
    # model: (organic_search, workflow enrolment, e-mail click) in cents
    "first_touch": (100000, 0, 0),
    "last_touch": (0, 0, 100000),
    "linear": (33334, 33333, 33333),
    "u_shaped": (40000, 20000, 40000),
    "w_shaped": (60000, 30000, 10000),  # first + lead creation (1 March) on the lead source; deal creation on
    "time_decay": (14286, 28571, 57143),  # the enrolment; the click is "the others". Weights ¼, ½, 1.
}


@pytest.fixture(scope="module")
def journey_workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    folder = tmp_path_factory.mktemp("journey")
    files = [
        tiny_exports.hubspot_contacts(folder, [{"email": "ana@example.com", "stage": "Customer",
                                                "source": "Organic Search", "created": "2024-03-01 10:00",
                                                "lead": "2024-03-01 10:00", "customer": "2024-03-15 10:00"}]),
        tiny_exports.mautic_sends(folder, [
            {"id": 1, "name": "WF-01", "workflow": "Nurture", "email": "ana@example.com", "sent": "2024-03-08 09:00"},
            {"id": 2, "name": "WF-02", "workflow": "Nurture", "email": "ana@example.com", "sent": "2024-03-15 09:00",
             "clicked": True},
        ]),
        tiny_exports.pipedrive_deals(folder, [{"value": "1000", "status": "Won", "created": "2024-03-10 10:00",
                                               "closed": "2024-03-15 16:00", "email": "ana@example.com"}]),
    ]
    workspace = tiny_exports.build(folder / "journey.roidb", files)
    yield workspace
    workspace.close()


@pytest.mark.parametrize("model", MODELS)
def test_each_model_on_three_touches(journey_workspace: Workspace, model: str) -> None:
    attribution = side_by_side(journey_workspace.store.reader())[model]
    source, enrolment, click = EXPECTED[model]
    credit = attribution.credits[0]
    assert [t.type for t in credit.touches] == ["lead_source", "workflow_enrolment", "email_click"]
    assert credit.cents == [source, enrolment, click]
    assert attribution.by_channel() == {"email": enrolment + click, "organic_search": source}
    assert attribution.by_workflow() == {"mautic:Nurture": enrolment + click}
    assert attribution.by_campaign() == {"mautic:WF-01": enrolment, "mautic:WF-02": click}
    assert attribution.supported


def test_a_form_visit_with_utm_fields_is_a_web_session_touch(tmp_path: Path) -> None:
    """Ana and Bob came from organic search; Ana's form also carried UTM fields of a LinkedIn ad (read through
    the partial index of migration 0015): under the linear model her deal splits between the two channels."""
    header = ("Email", "Created", "Original source", "utm_source", "utm_medium")
    contacts = tiny_exports.write_csv(tmp_path / "form-leads.csv", header, [
        ("ana@example.com", "2024-03-01 10:00", "Organic Search", "linkedin", "cpc"),
        ("bob@example.com", "2024-03-02 10:00", "Organic Search", "", ""),
    ])
    mapping = Mapping("contacts", "manual", {"email": "Email", "created_at": "Created",
                                             "original_source": "Original source", "utm_source": "utm_source",
                                             "utm_medium": "utm_medium"})
    workspace = tiny_exports.build(tmp_path / "utm.roidb", [contacts], mapping=mapping)
    with workspace:
        deals = tiny_exports.pipedrive_deals(tmp_path, [
            {"value": "1000", "status": "Won", "created": "2024-03-10 10:00", "closed": "2024-03-15 16:00",
             "email": "ana@example.com"},
            {"value": "600", "status": "Won", "created": "2024-03-10 10:00", "closed": "2024-03-16 16:00",
             "email": "bob@example.com"}])
        assert workspace.imports.import_paths([deals]).files[0].status == "loaded"
        attribution = side_by_side(workspace.store.reader())["linear"]
        touches = {credit.deal.cents: [(t.type, t.channel) for t in credit.touches] for credit in attribution.credits}
        assert sorted(touches[100000]) == [("lead_source", "organic_search"), ("web_session", "paid_social")]
        assert touches[60000] == [("lead_source", "organic_search")]
        assert attribution.by_channel() == {"organic_search": 50000 + 60000, "paid_social": 50000}


@pytest.mark.parametrize("model", MODELS)
def test_the_model_setting_feeds_the_kpis(journey_workspace: Workspace, model: str) -> None:
    results = journey_workspace.kpis(overrides={"attribution_model": model}).results
    source, enrolment, click = EXPECTED[model]
    assert results["revenue_won"].breakdowns["by_channel"] == {"email": (enrolment + click) / 100,
                                                               "organic_search": source / 100}
    workflows = results["revenue_automated_workflows"]
    assert workflows.value == (enrolment + click) / 100
    assert workflows.breakdowns["by_workflow"] == {"mautic:Nurture": (enrolment + click) / 100}
    assert workflows.breakdowns["by_month"] == {"2024-03": (enrolment + click) / 100}


def test_lookback_keeps_the_lead_source_only(journey_workspace: Workspace) -> None:
    short = side_by_side(journey_workspace.store.reader(), overrides={"attribution_lookback_days": 3})["linear"]
    assert [t.type for t in short.credits[0].touches] == ["lead_source", "email_click"]


def test_touch_types_setting(journey_workspace: Workspace) -> None:
    clicks = side_by_side(journey_workspace.store.reader(), overrides={"attribution_touch_types": ["email_click"]})
    assert clicks["first_touch"].by_channel() == {"email": 100000}
    nothing = side_by_side(journey_workspace.store.reader(), overrides={"attribution_touch_types": []})
    assert nothing["linear"].by_channel() == {"unknown": 100000}
    assert not nothing["linear"].supported
    assert [n.code for n in nothing["linear"].notes] == ["no_touches"]


def test_influenced_share(journey_workspace: Workspace) -> None:
    results = journey_workspace.kpis().results
    assert results["marketing_influenced_revenue_share"].value == 1.0
    direct = journey_workspace.kpis(overrides={"non_marketing_channels": ["organic_search", "email"]}).results
    assert direct["marketing_influenced_revenue_share"].value == 0.0
    assert direct["marketing_influenced_revenue_share"].counts == {"numerator": 0.0, "denominator": 1000.0}


# ---- The fixtures: exact sums for every model, month and source


@pytest.fixture(scope="module")
def all_models(fixture_workspace: Workspace) -> dict[str, Any]:
    return side_by_side(fixture_workspace.store.reader())


@pytest.mark.parametrize("model", MODELS)
def test_every_model_adds_up_to_revenue_won(all_models: dict[str, Any], expected: dict[str, Any], model: str) -> None:
    attribution = all_models[model]
    deals = expected["deals"]
    assert sum(attribution.by_channel().values()) == cents(deals["revenue_won_total"])
    for month, revenue in deals["revenue_won_per_month"].items():
        assert sum(attribution.by_channel(lambda d, m=month: d.close_day[:7] == m).values()) == cents(revenue)
    for source, figures in deals["per_source"].items():
        found = attribution.by_channel(lambda d, s=source: d.source == s)
        assert sum(found.values()) == cents(figures["revenue_won_total"])
    assert sum(attribution.by_workflow().values()) == sum(attribution.workflow_campaigns().values())


def test_revenue_won_by_channel_and_workflow_revenue_add_up(all_data: KpiReport) -> None:
    revenue = all_data.results["revenue_won"]
    assert sum(cents(v) for v in revenue.breakdowns["by_channel"].values()) == cents(revenue.value)
    workflows = all_data.results["revenue_automated_workflows"]
    assert sum(cents(v) for v in workflows.breakdowns["by_workflow"].values()) == cents(workflows.value)
    assert sum(cents(v) for v in workflows.breakdowns["by_month"].values()) == cents(workflows.value)
    assert 0 < workflows.value < revenue.value


def test_salesforce_deals_use_their_own_lead_source(all_models: dict[str, Any]) -> None:
    # Salesforce reports link no contact: each deal's own Lead Source is its only touch.
    for credit in all_models["linear"].credits:
        if credit.deal.source == "salesforce":
            assert [t.type for t in credit.touches] == ["lead_source"]


def test_sub_period_sums(fixture_workspace: Workspace, expected: dict[str, Any]) -> None:
    period = Period.parse("2025-01-01", "2025-03-31")
    models = side_by_side(fixture_workspace.store.reader(), period)
    revenue = sum(cents(expected["deals"]["revenue_won_per_month"][m]) for m in period.months())
    for attribution in models.values():
        assert attribution.total() == revenue == sum(attribution.by_channel().values())


def test_empty_workspace(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "empty.roidb") as workspace:
        models = side_by_side(workspace.store.reader())
    assert {model: attribution.by_channel() for model, attribution in models.items()} == {model: {} for model in MODELS}
