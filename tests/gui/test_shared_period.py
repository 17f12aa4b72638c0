"""One period per workspace across the pages that have a picker: chosen on one page, found on the next, the
figures computed for it; and a workspace reopens on it (tests/gui/test_kpi_page.py covers the reopening)."""

from __future__ import annotations

from datetime import date
from typing import Any

from roi_desktop.core.kpis.period import Period
from roi_desktop.gui.widgets.period_picker import CUSTOM

QUARTER = Period(date(2025, 1, 1), date(2025, 3, 31))  # "last quarter" of the demo
MARCH = Period(date(2024, 3, 1), date(2024, 3, 31))


def show(window: Any, qtbot: Any, page_id: str) -> Any:
    window.show_page(page_id)
    page = window.current_page()
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=60_000)
    return page


def test_the_period_chosen_on_one_page_is_the_next_pages(window: Any, qtbot: Any) -> None:
    roi = show(window, qtbot, "roi")  # built on all data, then hidden while the KPI page changes the period
    assert roi.period_picker.state()[0] == "all"
    kpis = show(window, qtbot, "kpis")
    kpis.comparison.setCurrentIndex(kpis.comparison.findData("last_year"))
    kpis.period_picker.choose("last_quarter")
    qtbot.waitUntil(lambda: kpis.view is not None and kpis.view.report.period == QUARTER, timeout=60_000)

    roi = show(window, qtbot, "roi")
    assert roi.period_picker.state() == ("last_quarter", QUARTER)
    qtbot.waitUntil(lambda: roi.view is not None and roi.view.figures.period == QUARTER, timeout=60_000)
    usage = show(window, qtbot, "usage")  # built now: it starts from the workspace's period
    assert usage.period_picker.state() == ("last_quarter", QUARTER)

    export = show(window, qtbot, "export")
    assert export.period_picker.state() == ("last_quarter", QUARTER)
    assert export.comparison.currentData() == "last_year"  # the comparison travels with the period
    export.period_picker.set_custom(MARCH)
    export.comparison.setCurrentIndex(export.comparison.findData("none"))

    kpis = show(window, qtbot, "kpis")
    assert kpis.period_picker.state() == (CUSTOM, MARCH) and kpis.comparison.currentData() == "none"
    qtbot.waitUntil(lambda: kpis.view is not None and kpis.view.report.period == MARCH and kpis.view.base is None,
                    timeout=60_000)
    roi = show(window, qtbot, "roi")  # a page without a comparison menu leaves the saved comparison alone
    assert roi.period_picker.state() == (CUSTOM, MARCH)
    assert window.session.settings.kpi_period(window.session.workspace.path)["comparison"] == "none"
