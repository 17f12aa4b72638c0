"""Customer KPIs (KPIS §4.5): lifetime value, churn and retention.

A customer, for churn and retention, is a contact from the day it became one (its customer stage entry or its
first won deal, whichever came first) to its customer end day. Without any end day imported nobody is ever
seen leaving, so both rates are null (`not_in_exports`) rather than a reassuring 0 % churn. Lifetime value
counts customers as companies (folded names), else e-mails, else the deal itself.

Filter (kpis/filters.py): lifetime value counts the deals of the chosen tools and channels; churn and
retention follow customers whatever their origin and ignore it (note `filter_ignored`).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from roi_desktop.core.importing.fields import header_key
from roi_desktop.core.kpis.amounts import Converter, half_up
from roi_desktop.core.kpis.breakdowns import set_month_ratios
from roi_desktop.core.kpis.catalogue.deals import NEEDS_DEALS
from roi_desktop.core.kpis.context import KpiContext
from roi_desktop.core.kpis.period import month_bounds
from roi_desktop.core.kpis.result import NO_DATA, NOT_IN_EXPORTS, ZERO_DENOMINATOR, KpiResult, money
from roi_desktop.core.kpis.series import null, unit_of
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate
from roi_desktop.core.store.kpi import deals as store

NO_END_DAYS = MessageTemplate("customers.no_end_days", QT_TRANSLATE_NOOP(
    "Messages", "Your exports never say when a customer stopped being one: map a column to “Customer until” (end"
                " of contract, churn date) to measure churn."))
NO_CUSTOMERS_AT_START = MessageTemplate("customers.none_at_start", QT_TRANSLATE_NOOP(
    "Messages", "Nobody was a customer the day before the period starts."))
NO_WON_DEALS_YET = MessageTemplate("customers.no_won_deals", QT_TRANSLATE_NOOP(
    "Messages", "No deal was won by the end of the period."))


def compute(context: KpiContext) -> dict[str, KpiResult]:
    results = {"customer_lifetime_value": _lifetime_value(context)}
    if not store.has_customer_end_days(context.db):
        return results | {kpi_id: null(kpi_id, context, NOT_IN_EXPORTS, NO_END_DAYS())
                          for kpi_id in ("churn_rate", "retention_rate")}
    spans = [(start, end) for _email, start, end in store.customer_spans(context.db) if start]
    return results | _churn_and_retention(context, spans)


def _lifetime_value(context: KpiContext) -> KpiResult:
    """`gross_margin` × amount of the deals won by the end of the period ÷ distinct customers among them."""
    kpi_id = "customer_lifetime_value"
    deals = store.deals(context.db, **context.filter.store_args())
    if not deals:
        return null(kpi_id, context, NO_DATA, NEEDS_DEALS())
    converter = Converter(context.currency, context.setting("exchange_rates"))
    customers: set[str] = set()
    total = 0
    last = context.period.last
    for deal in deals:
        if deal.status != "won" or deal.close_day is None or deal.close_day > last:
            continue
        cents = converter.cents(deal.amount_cents, deal.currency)
        if cents is None:
            continue
        total += cents
        company = _company_key(deal.company or "")
        customers.add(f"company:{company}" if company else f"contact:{deal.contact}" if deal.contact
                      else f"deal:{deal.id}")
    mismatch = converter.mismatch()
    if mismatch is not None:
        return null(kpi_id, context, mismatch.code, mismatch.message)
    if not customers:
        return null(kpi_id, context, ZERO_DENOMINATOR, NO_WON_DEALS_YET())
    margin = Fraction(Decimal(str(context.setting("gross_margin"))))
    kept = half_up(margin * total)
    return KpiResult(kpi_id, money(half_up(Fraction(kept, len(customers)))), unit_of(kpi_id, context),
                     counts={"numerator": money(kept), "denominator": len(customers)}, notes=converter.notes())


@lru_cache(maxsize=65536)
def _company_key(company: str) -> str:
    """`header_key` of a company name, remembered: every period change folds the names of all won deals."""
    return header_key(company)


def _churn_and_retention(context: KpiContext, spans: list[tuple[str, str | None]]) -> dict[str, KpiResult]:
    """Of the customers on the day before a span starts: the share whose end day falls in the span (churn) and
    the share still customers at its end (retention) — for the period and each of its months."""
    period = context.period

    def judge(first: date, last: date) -> tuple[int, int, int]:
        eve, start, end = (first - timedelta(days=1)).isoformat(), first.isoformat(), last.isoformat()
        present = [stop for begin, stop in spans if begin <= eve and (stop is None or stop > eve)]
        left = sum(stop is not None and start <= stop <= end for stop in present)
        stayed = sum(stop is None or stop > end for stop in present)
        return len(present), left, stayed

    present, left, stayed = judge(period.start, period.end)
    if not present:
        return {kpi_id: null(kpi_id, context, ZERO_DENOMINATOR, NO_CUSTOMERS_AT_START())
                for kpi_id in ("churn_rate", "retention_rate")}
    months = {month: judge(max(month_bounds(month).start, period.start), min(month_bounds(month).end, period.end))
              for month in period.months()}
    churn = KpiResult("churn_rate", left / present, unit_of("churn_rate", context),
                      counts={"numerator": left, "denominator": present})
    retention = KpiResult("retention_rate", stayed / present, unit_of("retention_rate", context),
                          counts={"numerator": stayed, "denominator": present})
    set_month_ratios(churn, context, {m: v[1] for m, v in months.items()}, {m: v[0] for m, v in months.items()})
    set_month_ratios(retention, context, {m: v[2] for m, v in months.items()}, {m: v[0] for m, v in months.items()})
    return {"churn_rate": churn, "retention_rate": retention}
