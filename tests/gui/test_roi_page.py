"""The ROI page on the demo: editing a cost line updates the ROI at once, undo restores it, bad input is kept
in red and never saved, paste and delete are undoable, the what-if moves the numbers, value settings feed the
figures, every number explains itself, and the models pass qtmodeltester."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from roi_desktop.core.costs.what_if import what_if
from roi_desktop.gui.charts.style import format_unit
from roi_desktop.gui.i18n import format_money
from roi_desktop.gui.models.cost_table_model import COLUMNS


def idle(qtbot: Any, window: Any) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy() and window.current_page().view is not None, timeout=60_000)


@pytest.fixture
def roi_page(window: Any, qtbot: Any) -> Any:
    window.show_page("roi")
    page = window.current_page()
    idle(qtbot, window)
    return page


def tile(page: Any, slot: str) -> str:
    return page.summary.tiles[slot].value.text()


def roi_text(revenue_cents: int, costs_cents: int) -> str:
    return format_unit((revenue_cents - costs_cents) / costs_cents, "ratio")


def line_row(page: Any, item: str, month: str) -> int:
    model = page.ledger.model
    return next(row for row, line in enumerate(model.lines) if line.item == item and line.month == month)


def settle(qtbot: Any, window: Any, page: Any, condition: Any) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy() and condition(), timeout=60_000)


def check_totals(roi_page: Any, expected: dict[str, Any]) -> None:
    costs, revenue = round(expected["costs"]["total"] * 100), round(expected["deals"]["revenue_won_total"] * 100)
    assert tile(roi_page, "roi") == roi_text(revenue, costs) == "911.4\u202f%"
    assert tile(roi_page, "costs_total") == "€75,721"
    assert tile(roi_page, "gains") == "€765,846"
    assert tile(roi_page, "cost_per_lead") == "€47.68"
    assert tile(roi_page, "sales_cycle_days") == "58.8 days"
    assert "€1.00 spent → €10.11 back" == roi_page.summary.tiles["roi"].delta.text()
    assert len(roi_page.ledger.model.lines) == expected["costs"]["rows"]
    tip = roi_page.summary.tiles["roi"].toolTip()
    assert "Marketing ROI" in tip and "Period:" in tip and "From:" in tip and "690,124.8" in tip


def check_edit_and_undo(roi_page: Any, window: Any, qtbot: Any, expected: dict[str, Any]) -> None:
    costs, revenue = round(expected["costs"]["total"] * 100), round(expected["deals"]["revenue_won_total"] * 100)
    before = tile(roi_page, "roi")
    model = roi_page.ledger.model
    row = line_row(roi_page, "Google Ads", "2024-01")
    assert model.lines[row].amount_cents == 121686
    assert model.setData(model.index(row, COLUMNS.index("amount")), "2216.86")
    after = roi_text(revenue, costs + 100000)
    settle(qtbot, window, roi_page, lambda: tile(roi_page, "roi") == after)
    assert after != before
    assert tile(roi_page, "costs_total") == "€76,721"
    assert model.lines[line_row(roi_page, "Google Ads", "2024-01")].amount_cents == 221686
    assert roi_page.ledger.undo_action.isEnabled()
    roi_page.ledger.undo_action.trigger()
    settle(qtbot, window, roi_page, lambda: tile(roi_page, "roi") == before)
    assert model.lines[line_row(roi_page, "Google Ads", "2024-01")].amount_cents == 121686
    roi_page.ledger.redo_action.trigger()
    settle(qtbot, window, roi_page, lambda: tile(roi_page, "roi") == after)


def check_bad_input(roi_page: Any, window: Any) -> None:
    model, ledger = roi_page.ledger.model, roi_page.ledger
    roi_page.tabs.setCurrentWidget(ledger)
    row = line_row(roi_page, "Google Ads", "2024-01")
    line = model.lines[row]
    index = model.index(row, COLUMNS.index("amount"))
    assert model.setData(index, "-12")
    assert model.data(index) == "-12"
    assert "cannot be negative" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert ledger.problems.isVisibleTo(roi_page) and "cannot be negative" in ledger.problems.text()
    assert ledger.undo_stack.count() == 0 and not window.runner.busy()
    assert window.session.workspace.costs.ledger().line(line.id) == line
    month = model.index(row, COLUMNS.index("month"))
    assert model.setData(month, "2031-01")
    assert "check the year" in ledger.problems.text()
    ledger.discard_problems()
    assert model.problems == {} and not ledger.problems.isVisibleTo(roi_page)
    assert model.data(index) == "€1,216.86"


def check_delete_and_paste(roi_page: Any, window: Any, qtbot: Any, expected: dict[str, Any]) -> None:
    ledger = roi_page.ledger
    count = expected["costs"]["rows"]
    row = roi_page.ledger.proxy.mapFromSource(ledger.model.index(line_row(roi_page, "Google Ads", "2024-01"), 0))
    ledger.table.selectRow(row.row())
    ledger.delete_selected()
    settle(qtbot, window, roi_page, lambda: len(ledger.model.lines) == count - 1)
    ledger.undo_action.trigger()
    settle(qtbot, window, roi_page, lambda: len(ledger.model.lines) == count)
    assert tile(roi_page, "costs_total") == "€75,721"
    QGuiApplication.clipboard().setText("Month\tCategory\tItem\tChannel\tAmount\n"
                                        "2025-06\tAdvertising\tLinkedIn Ads\tPaid social\t1,000.00\n"
                                        "2025-06\tContent\tCase study\tOrganic search\t500\n")
    ledger.paste()
    settle(qtbot, window, roi_page, lambda: len(ledger.model.lines) == count + 2)
    assert tile(roi_page, "costs_total") == "€77,221"
    assert "Paste 2 lines" in ledger.undo_action.text()
    ledger.undo_action.trigger()
    settle(qtbot, window, roi_page, lambda: len(ledger.model.lines) == count)
    QGuiApplication.clipboard().setText("2025-06\tAdvertising\tX\t\t-3\n")
    ledger.paste()
    assert "Nothing was saved" in ledger.problems.text() and "Row 1" in ledger.problems.text()
    assert len(window.session.workspace.costs.ledger().lines) == count


def check_what_if(roi_page: Any) -> None:
    what = roi_page.what_if
    roi_page.tabs.setCurrentWidget(what)
    what.source.setCurrentIndex(what.source.findData("paid_search"))
    what.target.setCurrentIndex(what.target.findData("organic_search"))
    what.amount.setText("1000")
    first = what.cells[3][4].text()
    expected = what_if(roi_page.view.figures.economics, "paid_search", "organic_search", 100000)
    assert first == "+" + format_money(expected.revenue_cents / 100, "EUR")
    assert what.cells[1][1].text() == "−€1,000.00" and what.cells[2][1].text() == "+€1,000.00"
    assert "÷ €71.23 per lead" in what.steps.text()
    what.amount.setText("2000")
    assert what.cells[3][4].text() != first
    assert what.cells[2][2].text() == "+" + format(2 * 100000 / 1808.0, ".1f")  # 8,550 € ÷ 473 leads = 18.08 €
    what.amount.setText("999999")
    assert "cannot move more" in what.problem.text() and what.cells[3][4].text() == ""


def check_value_settings(roi_page: Any, window: Any, qtbot: Any) -> None:
    assert tile(roi_page, "roi_with_time_saved") == "—"
    assert "hourly cost" in roi_page.summary.tiles["roi_with_time_saved"].delta.text()
    settings = roi_page.value_settings
    settings.editors["hourly_rate"].setText("40")
    settings.save()
    settle(qtbot, window, roi_page, lambda: tile(roi_page, "roi_with_time_saved") != "—")
    assert tile(roi_page, "time_saved") == "€11,826"  # 5,913 automated e-mails × 3 min at 40 €/h
    tip = roi_page.summary.tiles["roi_with_time_saved"].toolTip()
    assert "ROI including time saved" in tip and "€11,826.00" in tip
    settings.editors["attribution_half_life_days"].setText("0")
    settings.save()
    settle(qtbot, window, roi_page, lambda: "half-life" in settings.problems.text())


def check_attribution(roi_page: Any, window: Any, qtbot: Any) -> None:
    attribution = roi_page.attribution
    model = attribution.model
    total_row = model.rowCount() - 1
    assert model.data(model.index(total_row, 0)) == "Total = revenue won"
    assert all(model.data(model.index(total_row, c)).startswith("€765,846") for c in range(1, 7))
    assert any(model.data(model.index(r, 0)).startswith("⇅") for r in range(total_row))
    assert "✓" in model.headerData(3, Qt.Orientation.Horizontal)  # linear is in use
    attribution.model_choice.setCurrentIndex(attribution.model_choice.findData("first_touch"))
    attribution.use_button.click()
    settle(qtbot, window, roi_page, lambda: "✓" in model.headerData(1, Qt.Orientation.Horizontal))
    assert window.session.workspace.settings()["attribution_model"] == "first_touch"


# Each test opens the demo in a main window (about ten seconds here), so checks that share one are grouped.


def test_totals_then_an_edit_updates_the_roi_at_once_and_undo_restores_it(roi_page: Any, window: Any, qtbot: Any,
                                                                           expected: dict[str, Any]) -> None:
    check_totals(roi_page, expected)
    check_bad_input(roi_page, window)
    check_edit_and_undo(roi_page, window, qtbot, expected)


def test_delete_paste_what_if_and_models(roi_page: Any, window: Any, qtbot: Any, expected: dict[str, Any],
                                         qtmodeltester: Any) -> None:
    check_what_if(roi_page)
    check_delete_and_paste(roi_page, window, qtbot, expected)
    for model in (roi_page.ledger.model, roi_page.summary.channels_model, roi_page.attribution.model):
        qtmodeltester.check(model)


def test_value_settings_and_attribution_model(roi_page: Any, window: Any, qtbot: Any) -> None:
    check_value_settings(roi_page, window, qtbot)
    check_attribution(roi_page, window, qtbot)
