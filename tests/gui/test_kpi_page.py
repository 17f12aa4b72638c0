"""The KPI panels on the demo: the period picker changes the numbers, comparisons show deltas, every number
explains itself, alerts show, charts plot the monthly series."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from roi_desktop.core.kpis.period import Period
from roi_desktop.gui.charts.monthly_chart import MonthlyChart


def idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy() and window.current_page().view is not None, timeout=60_000)


@pytest.fixture
def kpi_page(window, qtbot):
    window.show_page("kpis")
    page = window.current_page()
    idle(qtbot, window)
    return page


def tile_value(page, kpi_id: str) -> str:
    return page.panels[0].tiles[kpi_id].value.text()


def test_all_data_shows_the_expected_totals(kpi_page, expected) -> None:
    assert tile_value(kpi_page, "leads_new") == f"{expected['funnel']['became']['lead']['total']:,}"
    assert tile_value(kpi_page, "customers_new") == str(expected["funnel"]["became"]["customer"]["total"])


def test_period_picker_changes_the_numbers_and_deltas_appear(kpi_page, window, qtbot, expected) -> None:
    before = tile_value(kpi_page, "leads_new")
    kpi_page.period_picker.choose("last_quarter")  # 2025-01 .. 2025-03 on the demo
    qtbot.waitUntil(lambda: kpi_page.view.report.period == Period(date(2025, 1, 1), date(2025, 3, 31)), timeout=60_000)
    idle(qtbot, window)
    months = expected["funnel"]["became"]["lead"]["per_month"]
    quarter = months["2025-01"] + months["2025-02"] + months["2025-03"]
    assert tile_value(kpi_page, "leads_new") == f"{quarter:,}" != before
    previous = months["2024-10"] + months["2024-11"] + months["2024-12"]
    delta = kpi_page.panels[0].tiles["leads_new"].delta.text()
    change = (quarter - previous) / previous * 100
    assert f"{abs(change):.1f}" in delta
    assert ("▲" in delta) == (change > 0)
    assert "previous period" in delta


def test_each_workspace_reopens_on_its_last_period_and_comparison(kpi_page, window, qtbot) -> None:
    from roi_desktop.gui.widgets.period_picker import CUSTOM

    workspace = window.session.workspace
    settings = window.session.settings
    kpi_page.comparison.setCurrentIndex(kpi_page.comparison.findData("last_year"))
    kpi_page.period_picker.choose("last_quarter")
    assert settings.kpi_period(workspace.path) == {"preset": "last_quarter", "comparison": "last_year"}
    kpi_page.period_picker.restore("all")  # shown but not remembered, as if another workspace had been open
    kpi_page.set_workspace(workspace)  # what opening this one again does
    assert kpi_page.period_picker.state() == ("last_quarter", Period(date(2025, 1, 1), date(2025, 3, 31)))

    march = Period(date(2025, 3, 1), date(2025, 3, 31))
    kpi_page.period_picker.set_custom(march)
    assert settings.kpi_period(workspace.path) == {"preset": CUSTOM, "comparison": "last_year",
                                                   "start": "2025-03-01", "end": "2025-03-31"}
    kpi_page.period_picker.restore("all")
    kpi_page.set_workspace(workspace)
    assert kpi_page.period_picker.state() == (CUSTOM, march)
    assert kpi_page.period_picker.start.isVisibleTo(kpi_page) and kpi_page.comparison.currentData() == "last_year"
    qtbot.waitUntil(lambda: kpi_page.view is not None and kpi_page.view.report.period == march, timeout=60_000)
    idle(qtbot, window)
    assert kpi_page.view.base is not None and kpi_page.view.base.period == Period(date(2024, 3, 1), date(2024, 3, 31))

    settings.remember_kpi_period(workspace.path, {"preset": "a preset since removed", "comparison": "?"})
    kpi_page.set_workspace(workspace)  # a bad entry changes nothing and breaks nothing
    assert kpi_page.period_picker.state() == (CUSTOM, march) and kpi_page.comparison.currentData() == "previous"


def test_hover_text_explains_the_number_with_its_counts(kpi_page, expected) -> None:
    tip = kpi_page.panels[0].tiles["click_rate"].toolTip()
    totals = expected["email"]["totals"]
    assert "Click rate" in tip
    assert f"{totals['clicks']:,}" in tip and f"{totals['delivered']:,}" in tip
    assert f"{totals['clicks'] / totals['delivered'] * 100:.1f}" in tip
    assert "Period:" in tip


def test_alerts_are_listed_and_marked(kpi_page) -> None:
    alerted = [kpi_id for kpi_id, result in kpi_page.view.report.results.items() if result.alert]
    assert alerted, "the demo crosses at least one threshold"
    overview = kpi_page.panels[0]
    assert overview.alerts.isVisibleTo(kpi_page)
    for kpi_id in alerted:
        if kpi_id in overview.tiles:
            assert overview.tiles[kpi_id].badge.isVisibleTo(kpi_page)


def test_monthly_chart_plots_the_expected_series(kpi_page, expected) -> None:
    engagement = kpi_page.panels[1]
    chart = next(c for c in engagement.charts if isinstance(c, MonthlyChart))
    (sends,) = chart.plotted().values()
    assert sends == [expected["email"]["per_month"][m]["sent"] for m in expected["period"]["months"]]
    assert "2025" in chart.hover_text(17) and f"{expected['email']['per_month']['2025-06']['sent']:,}" in chart.hover_text(17)


def test_an_empty_workspace_shows_what_to_import_instead_of_dashes(window, qtbot, tmp_path) -> None:
    window.session.create(tmp_path / "Empty")
    window.show_page("kpis")
    page = window.current_page()
    assert page.stack.currentWidget() is page.empty
    assert page.empty.button.isVisible()
    qtbot.mouseClick(page.empty.button, Qt.MouseButton.LeftButton)
    assert window.current_page().page_id == "import"


def test_the_ab_dialog_shows_both_rates_and_the_verdict(kpi_page, window, qtbot, monkeypatch) -> None:
    from roi_desktop.gui.dialogs.ab_test_dialog import AbTestDialog

    workspace = window.session.workspace
    candidates = [c for c in workspace.ab_candidates() if c.delivered and c.unique_clicks is not None]
    first, second = candidates[0], candidates[1]
    dialog = AbTestDialog(workspace, window.runner, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.campaign_a.count() > 1, timeout=20_000)
    dialog.campaign_a.setCurrentIndex(dialog.campaign_a.findData(first.campaign_id))
    dialog.campaign_b.setCurrentIndex(dialog.campaign_b.findData(second.campaign_id))
    qtbot.waitUntil(lambda: dialog.test is not None and {dialog.test.a.campaign_id, dialog.test.b.campaign_id}
                    == {first.campaign_id, second.campaign_id} and not window.runner.busy(), timeout=20_000)
    shown = dialog.result.text()
    for candidate in (first, second):
        rate = candidate.unique_clicks / candidate.delivered * 100
        assert f"{rate:.2f}" in shown.replace("\u202f", " ")
    assert ("No significant difference" in shown) == (dialog.test.verdict == "not_significant")
    dialog.campaign_b.setCurrentIndex(dialog.campaign_b.findData(first.campaign_id))
    assert "two different campaigns" in dialog.result.text()


def test_choosing_a_tool_changes_the_numbers_and_the_chip_clears_it(kpi_page, window, qtbot, expected) -> None:
    from roi_desktop.core.kpis.filters import NO_FILTER, KpiFilter

    before = tile_value(kpi_page, "click_rate")
    assert not kpi_page.filters.chip.isVisibleTo(kpi_page)
    assert "brevo" in kpi_page.filters.sources.actions_
    kpi_page.filters.sources.choose("brevo")
    qtbot.waitUntil(lambda: kpi_page.view.report.filter == KpiFilter.of(["brevo"]), timeout=60_000)
    idle(qtbot, window)
    brevo = expected["email"]["per_source"]["brevo"]["totals"]
    assert kpi_page.view.report.results["emails_sent"].value == brevo["sent"]
    assert tile_value(kpi_page, "click_rate") != before
    assert f"{brevo['clicks'] / brevo['delivered'] * 100:.1f}" in tile_value(kpi_page, "click_rate")
    assert kpi_page.filters.chip.isVisibleTo(kpi_page) and "Brevo" in kpi_page.filters.chip.text()
    assert kpi_page.filters.sources.text() == "Brevo"
    workspace_path = window.session.workspace.path
    assert window.session.settings.kpi_filter(workspace_path) == (["brevo"], [])
    # Costs have no tool: the tooltip of a cost ratio says why it is empty.
    if "cost_per_lead" in kpi_page.panels[0].tiles:
        assert "per tool" in kpi_page.panels[0].tiles["cost_per_lead"].toolTip()
    qtbot.mouseClick(kpi_page.filters.chip, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kpi_page.view.report.filter == NO_FILTER, timeout=60_000)
    idle(qtbot, window)
    assert tile_value(kpi_page, "click_rate") == before
    assert not kpi_page.filters.chip.isVisibleTo(kpi_page)
    assert kpi_page.filters.sources.text() == "All tools"
    assert window.session.settings.kpi_filter(workspace_path) == ([], [])
