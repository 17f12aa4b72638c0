"""The pre-aggregates of migrations 0012 (`score_stocks`) and 0013 (`contact_months`) give exactly what the
direct queries give, filtered or not; the per-connection memo of period-independent reads (store/kpi/memo.py)
never outlives a write."""

from __future__ import annotations

import shutil
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from roi_desktop.core.kpis.filters import KpiFilter
from roi_desktop.core.kpis.period import Period
from roi_desktop.core.store.kpi import contacts as contact_store
from roi_desktop.core.store.kpi import funnel as funnel_store
from roi_desktop.core.workspace import Workspace

PERIODS = [None, Period(date(2025, 1, 1), date(2025, 3, 31)), Period(date(2024, 4, 10), date(2024, 9, 5)),
           Period(date(2024, 11, 1), date(2024, 11, 30))]
FILTERS = [KpiFilter(), KpiFilter.of(["hubspot"]), KpiFilter.of([], ["paid_search", "email"]),
           KpiFilter.of(["brevo"], ["organic_search", "unknown"])]
CONTACT_IDS = ("contacts_total", "contacts_new", "contacts_active", "contacts_inactive", "contacts_unsubscribed")


def _summed(rows: list[tuple]) -> dict[tuple, tuple]:
    found: dict[tuple, list] = defaultdict(lambda: [0, 0.0])
    for tool, label, contacts, total in rows:
        found[(tool, label)][0] += contacts
        found[(tool, label)][1] += total
    return {key: tuple(value) for key, value in found.items()}


@pytest.mark.parametrize("to", ["2023-12-31", "2024-06-30", "2024-11-15", "2025-06-30", "2099-12-31"])
def test_score_stocks_equal_the_direct_query(fixture_workspace: Workspace, to: str) -> None:
    db = fixture_workspace.store.reader()
    assert funnel_store._score_stocks_exist(db)
    from_table = funnel_store.score_groups(db, to)
    assert _summed(from_table) == _summed(funnel_store.score_groups_direct(db, to))
    if to >= "2025":
        assert from_table


@pytest.mark.parametrize("chosen", FILTERS, ids=["none", "tool", "channels", "both"])
@pytest.mark.parametrize("period", PERIODS, ids=["all", "quarter", "mid-month", "month"])
def test_the_lead_score_and_contacts_are_the_same_without_the_new_tables(
        fixture_workspace: Workspace, monkeypatch: pytest.MonkeyPatch, period: Period | None,
        chosen: KpiFilter) -> None:
    with_tables = fixture_workspace.kpis(period, filter=chosen).results
    monkeypatch.setattr(funnel_store, "_score_stocks_exist", lambda db: False)
    monkeypatch.setattr(contact_store, "_months_exist", lambda db: False)
    direct = fixture_workspace.kpis(period, filter=chosen).results
    for kpi_id in ("average_lead_score", *CONTACT_IDS):
        assert with_tables[kpi_id].value == direct[kpi_id].value, kpi_id
        assert with_tables[kpi_id].breakdowns == direct[kpi_id].breakdowns, kpi_id
        assert with_tables[kpi_id].counts == direct[kpi_id].counts, kpi_id
    assert with_tables["average_lead_score"].value is not None


@pytest.mark.parametrize("chosen", FILTERS, ids=["none", "tool", "channels", "both"])
def test_contact_months_equal_the_days_they_sum(fixture_workspace: Workspace, monkeypatch: pytest.MonkeyPatch,
                                                chosen: KpiFilter) -> None:
    """Raw reads: per-kind totals up to a day, by tool too, with and without `contact_months`."""
    db = fixture_workspace.store.reader()
    args = chosen.store_args()

    def totals(last: str) -> tuple[dict, dict]:
        changes: dict[tuple, list] = defaultdict(lambda: [0, 0])
        for kind, _day, before, after in contact_store.stock_changes(db, 90, False, last, **args) or ():
            changes[kind][0] += before
            changes[kind][1] += after
        by_source = {(kind, sources): (before, after) for kind, sources, before, after
                     in contact_store.stocks_by_source(db, last, **args)}
        return dict(changes), by_source

    lasts = ["2024-02-29", "2024-09-05", "2025-06-30"]
    with_months = [totals(last) for last in lasts]
    monkeypatch.setattr(contact_store, "_months_exist", lambda db: False)
    assert with_months == [totals(last) for last in lasts]


def test_the_memo_follows_writes(fixture_workspace_path: Path, tmp_path: Path) -> None:
    """A period-independent read is remembered per connection until another connection commits a change."""
    from roi_desktop.core.store.kpi import deals as deal_store
    from roi_desktop.core.store.kpi import span

    path = tmp_path / "copy.roidb"
    shutil.copyfile(fixture_workspace_path, path)
    with Workspace.open(path) as workspace:
        reader = workspace.store.reader()
        before = deal_store.deals(reader)
        assert deal_store.deals(reader) == before
        first, last = span.data_span(reader)
        with workspace.store.writing() as db:
            db.execute("DELETE FROM deals WHERE id = ?", [before[0].id])
            db.execute("UPDATE contacts SET first_seen_day = '2001-01-01' WHERE email = "
                       "(SELECT min(email) FROM contacts)")
        after = deal_store.deals(reader)
        assert [d.id for d in after] == [d.id for d in before[1:]]
        assert span.data_span(reader) == ("2001-01-01", last) != (first, last)


def test_a_period_change_reuses_period_independent_work_exactly(fixture_workspace_path: Path) -> None:
    """The deals' index and each won deal's attribution credit are kept per connection across period changes
    (areas/deals.py `_Index`, attribution.py `credited`): every period, filter and model read after others on
    one connection equals the same read on a fresh connection."""
    import json

    periods = [None, Period(date(2024, 4, 1), date(2024, 6, 30)), Period(date(2024, 2, 10), date(2025, 3, 5))]
    runs = [(period, KpiFilter.of(sources, []), overrides) for period in periods
            for sources in ([], ["hubspot"]) for overrides in (None, {"attribution_model": "w_shaped"})]

    def dump(workspace: Workspace, period: Period | None, kpi_filter: KpiFilter, overrides: dict | None) -> str:
        report = workspace.kpis(period, filter=kpi_filter, overrides=overrides)
        return json.dumps(report.to_json(lambda message: message.code), sort_keys=True, default=str)

    with Workspace.open(fixture_workspace_path, read_only=True) as shared:
        reused = [dump(shared, *run) for run in runs]
    fresh = []
    for run in runs:
        with Workspace.open(fixture_workspace_path, read_only=True) as workspace:
            fresh.append(dump(workspace, *run))
    assert reused == fresh
