"""`funnel_stocks` (migration 0010) gives exactly the aggregates of the live funnel statement."""

from __future__ import annotations

from datetime import date

import pytest

from roi_desktop.core.store.kpi import funnel as store
from roi_desktop.core.workspace import Workspace


def _as_dicts(rows: store.FunnelRows) -> tuple[dict, ...]:
    return dict(rows.new), dict(rows.cohorts), dict(rows.automation), dict(rows.rejection)


@pytest.mark.parametrize("bounds", [(date(2024, 1, 1), date(2025, 6, 30)), (date(2024, 4, 10), date(2024, 9, 5))])
@pytest.mark.parametrize("chosen", [{}, {"sources": {"hubspot"}}, {"channels": {"paid_search", "email"}}])
def test_stocks_equal_the_live_statement(fixture_workspace: Workspace, monkeypatch: pytest.MonkeyPatch,
                                         bounds: tuple[date, date], chosen: dict) -> None:
    db = fixture_workspace.store.reader()
    assert store._stocks_built(db, "import", 180)
    from_stocks = store.funnel_rows(db, "import", *bounds, 180, date(2025, 6, 30), **chosen)
    monkeypatch.setattr(store, "_stocks_built", lambda *args: False)
    live = store.funnel_rows(db, "import", *bounds, 180, date(2025, 6, 30), **chosen)
    assert _as_dicts(from_stocks) == _as_dicts(live)
    assert from_stocks.new


def test_another_window_is_read_live(fixture_workspace: Workspace) -> None:
    db = fixture_workspace.store.reader()
    assert not store._stocks_built(db, "import", 30)
    assert store.funnel_rows(db, "import", date(2024, 1, 1), date(2025, 6, 30), 30, date(2025, 6, 30)).new
