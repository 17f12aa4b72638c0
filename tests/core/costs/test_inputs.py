"""What people type or paste into the cost ledger: months, amounts, currencies, labels, spreadsheet rows;
and the what-if's checks. Pure functions, no workspace."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from roi_desktop.core.costs import inputs
from roi_desktop.core.costs.ledger import CostDraft, Ledger, check_all
from roi_desktop.core.costs.paste import parse_pasted
from roi_desktop.core.costs.what_if import ChannelEconomics, what_if


@pytest.mark.parametrize("typed", ["2025-03", "03/2025", "3/2025", "2025/3", "mars 2025", "Mar 2025", "March 2025",
                                   "15/03/2025", "01/03/2025 00:00", date(2025, 3, 9), datetime(2025, 3, 1, 8)])
def test_months(typed: object) -> None:
    assert inputs.parse_month(typed) == "2025-03"


@pytest.mark.parametrize("typed", ["", "mars", "13/2025", "2025-00", "douze"])
def test_not_months(typed: str) -> None:
    with pytest.raises(ValueError):
        inputs.parse_month(typed)


@pytest.mark.parametrize(("typed", "comma", "cents"), [
    ("1 234,56 €", None, 123456), ("1,234.56", None, 123456), ("89,70", None, 8970), ("1\u202f234,5", None, 123450),
    ("1,500", True, 150), ("1,500", False, 150000), ("-50", None, -5000), ("(50)", None, -5000),
    (12.345, None, 1235), (7, None, 700),
])
def test_amounts(typed: object, comma: bool | None, cents: int) -> None:
    assert inputs.parse_amount(typed, comma) == cents


@pytest.mark.parametrize("typed", ["", "douze", "12 abc def", True])
def test_not_amounts(typed: object) -> None:
    with pytest.raises(ValueError):
        inputs.parse_amount(typed)


def test_the_currency_written_in_an_amount() -> None:
    assert [inputs.currency_in(t) for t in ("1 000 $", "89,70 €", "12 abc", "1 234,56", 12.5)] == [
        "USD", "EUR", "ABC", None, None]
    checked = ledger().check(CostDraft(month="2025-03", category="ads", amount="1 000 $"))
    assert (checked.values[0]["currency"], checked.values[0]["amount_cents"]) == ("USD", 100000)
    checked = ledger().check(CostDraft(month="2025-03", category="ads", amount="100 USD", currency="EUR"))
    assert [p.message.code for p in checked.problems] == ["costs.amount_currency"]


def test_currencies_and_labels() -> None:
    assert [inputs.parse_currency(c) for c in ("eur", "€", "$", "US$", "£", " gbp ")] == ["EUR", "EUR", "USD", "USD",
                                                                                          "GBP", "GBP"]
    assert inputs.resolve_category("Licence outil") == ("licence", "Licence outil")
    assert inputs.resolve_category("Tool licences") == ("licence", None)  # the app's own name
    assert inputs.resolve_category("ads") == ("ads", None)
    assert inputs.resolve_category("Salons") == ("other", "Salons")
    assert inputs.resolve_channel("Webinaires") == ("events", "Webinaires")
    assert inputs.resolve_channel("  ") == (None, None)
    known = [("Licence outil", "licence"), ("Webinaires", "events"), ("Événementiel", "other")]
    assert inputs.spelling_clash("Licence outils", "other", known) == "Licence outil"
    assert inputs.spelling_clash("Webinaire", "other", known) == "Webinaires"
    assert inputs.spelling_clash("evenementiel", "other", known) == "Événementiel"
    assert inputs.spelling_clash("Licences", "licence", known) is None  # counts in the same category anyway
    assert inputs.spelling_clash("Pub", "other", known) is None


def ledger() -> Ledger:
    return Ledger([], "EUR", {}, {"USD": {"2025-03": 0.9}}, ("2024-01", "2025-06"), "2025-06")


def test_pasted_rows_with_a_french_header() -> None:
    text = ("Mois\tCatégorie\tPoste\tCanal\tMontant (€)\tCommentaire\r\n"
            "01/03/2025\tPublicité\tGoogle Ads\tRecherche payante\t1 216,86\t\r\n"
            "01/04/2025\tLicence outil\tHubSpot\tCRM\t89,70\tannuel ÷ 12\r\n"
            "\t\t\t\t\t\r\n"
            "Total\t\t\t\t1 306,56\t\r\n")
    table = parse_pasted(text, decimal_comma=False)
    assert table.had_header and table.decimal_comma
    assert table.columns == ["month", "category", "item", "channel", "amount", "note"]
    assert [(d.month, d.category, d.amount, d.note) for d in table.drafts] == [
        ("01/03/2025", "Publicité", "1 216,86", None), ("01/04/2025", "Licence outil", "89,70", "annuel ÷ 12")]
    checked = check_all(ledger(), table.drafts, decimal_comma=table.decimal_comma)
    assert not checked.problems
    assert [(v["month"], v["category"], v["amount_cents"], v["channel"]) for v in checked.values] == [
        ("2025-03", "ads", 121686, "paid_search"), ("2025-04", "licence", 8970, "shared")]


def test_pasted_rows_without_header_follow_the_ledger_columns() -> None:
    table = parse_pasted('2025-03\tads\t"Salon\tPro"\tevents\t1,500\tUSD\n', decimal_comma=True)
    assert not table.had_header
    (draft,) = table.drafts
    assert (draft.item, draft.channel, draft.amount, draft.currency) == ("Salon\tPro", "events", "1,500", "USD")
    (values,) = check_all(ledger(), table.drafts, decimal_comma=table.decimal_comma).values
    assert (values["amount_cents"], values["currency"]) == (150, "USD")
    assert parse_pasted("  \n\t\n").drafts == []


def test_a_paste_is_checked_row_by_row() -> None:
    table = parse_pasted("2025-03\tContenus\tA\t\t-5\n2025-04\tÉvénementiel\tB\t\t10\n2025-05\tEvenementiel\tC\t\tx\n")
    checked = check_all(ledger(), table.drafts)
    assert [(p.row, p.field, p.message.code) for p in checked.problems] == [
        (1, "amount", "costs.negative_amount"), (3, "amount", "costs.bad_amount"),
        (3, "category", "costs.spelled_twice")]
    assert checked.values == []


def test_what_if_refuses_what_it_cannot_compute() -> None:
    channels = {"paid_search": ChannelEconomics("paid_search", 40000, 4, 0.25, 1000000),
                "email": ChannelEconomics("email", 10000, 10, None, None, True)}
    codes = [(field, message.code) for field, message in what_if(channels, "email", "email", 0).problems]
    assert codes == [("target", "what_if.same_channel"), ("amount", "what_if.not_positive")]
    assert what_if(channels, "paid_search", "email", 50000).problems[0][1].code == "what_if.more_than_spent"
    assert what_if(channels, "direct", "email", 100).problems[0][1].code == "what_if.not_projectable"
    moved = what_if(channels, "paid_search", "email", 10000)
    assert (moved.target.leads, moved.target.customers, moved.target.revenue_cents) == (10, None, None)
    assert (moved.leads, moved.customers, moved.revenue_cents) == (9, None, None)  # unknown conversion: no total
