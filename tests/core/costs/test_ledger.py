"""The cost ledger through `workspace.costs`: add, edit, delete and put back lines, recurring costs, exchange
rates per month, bad input refused with a plain message and nothing saved, value settings."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from roi_desktop.core.costs.ledger import CostDraft, CostInputError
from roi_desktop.core.workspace import Workspace

TODAY = date(2026, 11, 28)


def total(workspace: Workspace) -> float:
    return workspace.kpis().results["costs_total"].value


def problems(error: pytest.ExceptionInfo[CostInputError]) -> list[tuple[int, str, str]]:
    return [(p.row, p.field, p.message.code) for p in error.value.problems]


def test_the_ledger_is_the_imported_workbook(fixtures_read: Workspace, expected: dict[str, Any]) -> None:
    ledger = fixtures_read.costs.ledger()
    assert len(ledger.lines) == expected["costs"]["rows"]
    assert ledger.total_cents() == round(expected["costs"]["total"] * 100)
    assert ledger.span == ("2024-01", "2025-06")
    assert {line.batch_id is not None for line in ledger.lines} == {True}
    assert {line.category_label for line in ledger.lines} == set(expected["costs"]["per_category"])


def test_add_edit_delete_and_put_back(fixtures_copy: Workspace, expected: dict[str, Any]) -> None:
    costs = fixtures_copy.costs
    before = expected["costs"]["total"]
    added = costs.add([CostDraft(month="06/2025", category="Publicité", item="LinkedIn Ads",
                                 channel="Réseaux sociaux payants", amount="1 234,56 €", note="test")])
    assert added.changes.tables == {"costs"} and len(added.ids) == 1
    line = costs.ledger().line(added.ids[0])
    assert (line.month, line.category, line.channel, line.amount_cents, line.currency, line.batch_id) == (
        "2025-06", "ads", "paid_social", 123456, "EUR", None)
    assert total(fixtures_copy) == pytest.approx(before + 1234.56)
    assert costs.edit(line.id, {"amount": "2000"}).tables == {"costs"}
    assert total(fixtures_copy) == pytest.approx(before + 2000)
    removed, changes = costs.delete([line.id])
    assert changes.tables == {"costs"} and total(fixtures_copy) == pytest.approx(before)
    ids, _ = costs.restore(removed)
    assert ids == [line.id] and costs.ledger().line(line.id).amount_cents == 200000


def test_deleting_an_imported_line_can_be_undone(fixtures_copy: Workspace, expected: dict[str, Any]) -> None:
    costs = fixtures_copy.costs
    line = next(line for line in costs.ledger().lines if line.item == "Google Ads")
    removed, _ = costs.delete([line.id])
    assert total(fixtures_copy) == pytest.approx(expected["costs"]["total"] - line.amount_cents / 100)
    costs.restore(removed)
    back = costs.ledger().line(line.id)
    assert back == line  # same id, import, key and values
    assert total(fixtures_copy) == expected["costs"]["total"]


def test_a_line_put_back_after_its_import_was_undone_belongs_to_the_app(fixtures_copy: Workspace) -> None:
    costs = fixtures_copy.costs
    line = costs.ledger().lines[0]
    removed, _ = costs.delete([line.id])
    fixtures_copy.undo(line.batch_id)
    assert costs.ledger().lines == []
    costs.restore(removed)
    (back,) = costs.ledger().lines
    assert (back.batch_id, back.line_key, back.amount_cents) == (None, None, line.amount_cents)


def test_undo_of_an_edit_writes_the_line_back(fixtures_copy: Workspace) -> None:
    costs = fixtures_copy.costs
    line = costs.ledger().lines[0]
    costs.edit(line.id, {"category": "Agence", "month": "2024-02", "note": "moved"})
    changed = costs.ledger().line(line.id)
    assert (changed.category, changed.category_label, changed.month) == ("agency", "Agence", "2024-02")
    costs.overwrite(line)
    assert costs.ledger().line(line.id) == line


def test_a_recurring_cost_is_entered_once(fixtures_copy: Workspace, expected: dict[str, Any]) -> None:
    costs = fixtures_copy.costs
    added = costs.add([CostDraft(month="2024-07", category="licence", item="Zapier", channel="automation",
                                 amount="19.99", repeat_until="2024-12")])
    lines = [costs.ledger().line(i) for i in added.ids]
    assert [line.month for line in lines] == ["2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12"]
    assert len({line.recurring_group for line in lines}) == 1 and lines[0].recurring_group.startswith("2024-07/2024-12/")
    months = fixtures_copy.kpis().results["costs_total"].breakdowns["by_month"]
    assert months["2024-09"] == pytest.approx(expected["costs"]["per_month"]["2024-09"] + 19.99)
    assert total(fixtures_copy) == pytest.approx(expected["costs"]["total"] + 6 * 19.99)


@pytest.mark.parametrize(("draft", "found"), [
    (CostDraft(month="2025-03", category="ads", amount="-50"), [(1, "amount", "costs.negative_amount")]),
    (CostDraft(month="2025-03", category="ads", amount="douze"), [(1, "amount", "costs.bad_amount")]),
    (CostDraft(month="2025-03", category="ads"), [(1, "amount", "costs.missing_amount")]),
    (CostDraft(month="2031-03", category="ads", amount="5"), [(1, "month", "costs.month_after")]),
    (CostDraft(month="2023-06", category="ads", amount="5"), [(1, "month", "costs.month_before")]),
    (CostDraft(month="mars", category="ads", amount="5"), [(1, "month", "costs.bad_month")]),
    (CostDraft(month="2025-03", category="ads", amount="5", currency="USD"), [(1, "currency", "costs.no_rate")]),
    (CostDraft(month="2025-03", category="ads", amount="5", currency="dollars"),
     [(1, "currency", "costs.bad_currency")]),
    (CostDraft(month="2025-03", category="Licence outils", amount="5"), [(1, "category", "costs.spelled_twice")]),
    (CostDraft(month="2025-03", amount="5"), [(1, "category", "costs.missing_category")]),
    (CostDraft(month="2025-03", category="ads", amount="5", repeat_until="2025-01"),
     [(1, "repeat_until", "costs.repeat_before")]),
])
def test_bad_input_is_refused_and_nothing_saved(fixtures_copy: Workspace, draft: CostDraft, found: list[Any]) -> None:
    good = CostDraft(month="2025-03", category="ads", item="ok", amount="10")
    with pytest.raises(CostInputError) as error:
        fixtures_copy.costs.add([good, draft], today=TODAY)
    assert problems(error) == [(2, field, code) for _row, field, code in found]
    assert len(fixtures_copy.costs.ledger().lines) == 150  # not even the good line


def test_a_category_typed_twice_with_different_spellings(fixtures_copy: Workspace) -> None:
    drafts = [CostDraft(month="2025-03", category="Événementiel", amount="100"),
              CostDraft(month="2025-04", category="Evenementiels", amount="100")]
    with pytest.raises(CostInputError) as error:
        fixtures_copy.costs.add(drafts)
    assert problems(error) == [(2, "category", "costs.spelled_twice")]
    assert error.value.problems[0].message.english() == (
        "“Evenementiels” is spelled differently from “Événementiel”, already in your costs: use one spelling, or the"
        " two will be counted apart.")
    added = fixtures_copy.costs.add([drafts[0], CostDraft(month="2025-04", category="Événementiel", amount="50")])
    assert len(added.ids) == 2  # one spelling: accepted, both under "other"


def test_edits_are_checked_too(fixtures_copy: Workspace) -> None:
    costs = fixtures_copy.costs
    line = costs.ledger().lines[0]
    for changes, code in (({"amount": "-3"}, "costs.negative_amount"), ({"month": "1999-01"}, "costs.month_before"),
                          ({"currency": "GBP"}, "costs.no_rate"), ({"channel": "Webinaire"}, "costs.spelled_twice")):
        with pytest.raises(CostInputError) as error:
            costs.edit(line.id, changes)
        assert error.value.problems[0].message.code == code
    assert costs.ledger().line(line.id) == line
    with pytest.raises(CostInputError) as error:
        costs.edit(999_999, {"amount": "3"})
    assert error.value.code == "costs.line_gone"


def test_exchange_rates_per_month_and_the_original_kept(fixtures_copy: Workspace, expected: dict[str, Any]) -> None:
    costs = fixtures_copy.costs
    costs.set_rate("USD", "2025-05", "0,92", decimal_comma=True)
    costs.set_rate("usd", "06/2025", 0.95)
    added = costs.add([CostDraft(month="2025-05", category="agency", amount="1000", currency="USD"),
                       CostDraft(month="2025-06", category="agency", amount="1000", currency="$")])
    ledger = costs.ledger()
    may, june = (ledger.line(i) for i in added.ids)
    assert (may.amount_cents, may.currency, june.currency) == (100000, "USD", "USD")  # the original is kept
    assert (ledger.converted_cents(may), ledger.converted_cents(june)) == (92000, 95000)
    months = fixtures_copy.kpis().results["costs_total"].breakdowns["by_month"]
    assert months["2025-05"] == pytest.approx(expected["costs"]["per_month"]["2025-05"] + 920)
    assert months["2025-06"] == pytest.approx(expected["costs"]["per_month"]["2025-06"] + 950)
    assert costs.rates() == {"USD": {"2025-05": 0.92, "2025-06": 0.95}}
    with pytest.raises(CostInputError) as error:
        costs.set_rate("USD", "2025-05", "")  # a line needs it
    assert error.value.code == "costs.rate_in_use"
    with pytest.raises(CostInputError) as error:
        costs.set_rate("EUR", "2025-05", "1")
    assert error.value.code == "costs.same_currency"
    with pytest.raises(CostInputError) as error:
        costs.set_rate("USD", "2025-05", "-1")
    assert error.value.code == "costs.bad_rate"
    costs.delete([may.id])
    assert costs.set_rate("USD", "2025-05", "").settings == {"exchange_rates_monthly"}
    assert costs.rates() == {"USD": {"2025-06": 0.95}}


def test_value_settings(fixtures_copy: Workspace) -> None:
    costs = fixtures_copy.costs
    defaults = costs.value_settings()
    assert defaults == {"hourly_rate": None, "minutes_saved_per_automated_email": 3,
                        "minutes_saved_per_workflow_run": 0, "gains_basis": "revenue_won",
                        "qualified_lead_value": None, "attribution_model": "linear", "attribution_half_life_days": 7,
                        "automation_start_date": None, "currency": "EUR"}
    changes = costs.set_value_settings({"hourly_rate": "45,50", "attribution_model": "w_shaped",
                                        "automation_start_date": date(2024, 7, 1)}, decimal_comma=True)
    assert changes.settings == {"hourly_rate", "attribution_model", "automation_start_date"}
    assert costs.value_settings()["hourly_rate"] == 45.5
    assert fixtures_copy.kpis().results["time_savings_value"].value is not None  # the engine reads the same key
    with pytest.raises(CostInputError) as error:
        costs.set_value_settings({"hourly_rate": "-1", "attribution_half_life_days": "0",
                                  "attribution_model": "magic", "automation_start_date": "1er juillet",
                                  "minutes_saved_per_automated_email": "9999", "currency": "euros"})
    assert sorted((p.field, p.message.code) for p in error.value.problems) == [
        ("attribution_half_life_days", "value_settings.not_positive"),
        ("attribution_model", "value_settings.unknown_choice"),
        ("automation_start_date", "value_settings.not_a_day"),
        ("currency", "costs.bad_currency"),
        ("hourly_rate", "value_settings.negative"),
        ("minutes_saved_per_automated_email", "value_settings.too_large"),
    ]
    assert costs.value_settings()["hourly_rate"] == 45.5  # nothing saved
    costs.set_value_settings({"hourly_rate": ""})
    assert costs.value_settings()["hourly_rate"] is None


def test_a_newer_costs_workbook_keeps_the_lines_changed_in_the_app(fixtures_copy: Workspace, fixtures: Path,
                                                                   tmp_path: Path) -> None:
    """The marketer corrected a line in the app; the next export of their workbook still has the old figure:
    their correction stays, the report lists the row it did not take, and the other rows update as before."""
    costs = fixtures_copy.costs
    lines = costs.ledger().lines
    corrected = next(line for line in lines if line.item == "Mailchimp Standard" and line.month == "2024-01")
    other = next(line for line in lines if line.item == "Mailchimp Standard" and line.month == "2024-02")
    costs.edit(corrected.id, {"amount": "49,90"})
    costs.edit(other.id, {"note": corrected.note})  # the same value: not a change, the line is not marked
    assert costs.ledger().line(corrected.id).edited and not costs.ledger().line(other.id).edited

    book = openpyxl.load_workbook(fixtures / "manual" / "couts_marketing_2024-2025.xlsx")
    sheet = book.active
    rows = {(r[0].value.strftime("%Y-%m"), r[2].value): r for r in sheet.iter_rows(min_row=5)
            if isinstance(r[0].value, datetime)}
    rows[("2024-01", "Mailchimp Standard")][4].value = 45.95  # still not the corrected 49.90
    rows[("2024-02", "Mailchimp Standard")][4].value = 47.00
    newer = tmp_path / "couts_marketing_2024-2025 (juillet).xlsx"
    book.save(newer)

    report = fixtures_copy.imports.import_paths([newer])
    (file,) = report.files
    assert file.balanced and (file.rows_loaded, file.rows_rejected) == (1, 0)
    notes = {n.code: n.params for n in file.notes}
    assert notes["import.cost_edits_kept"]["count"] == 1
    (kept,) = file.warnings
    assert (kept.row, kept.column, kept.value) == (rows[("2024-01", "Mailchimp Standard")][0].row, "Montant (€)", "45.95")
    assert kept.message.code == "import.cost_edit_kept" and kept.outcome.code == "import.edit_kept"
    assert costs.ledger().line(corrected.id).amount_cents == 4990
    assert costs.ledger().line(other.id).amount_cents == 4700

    costs.overwrite(corrected)  # undoing the edit makes the line the import's again: the next import updates it
    assert not costs.ledger().line(corrected.id).edited
    fixtures_copy.undo(file.batch_id)
    assert costs.ledger().line(other.id).amount_cents == other.amount_cents
