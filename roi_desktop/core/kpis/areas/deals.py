"""KPIs of the deals area (KPIS §4.4) and the revenue KPIs that rest on attribution (§4.5, §6).

Deals are counted by the day of the fact: creation for deals_created, close for won and lost; deals_open is a
stock at the end of the period and of each month. Amounts are converted to the workspace currency once per
deal and summed in cents. Attribution runs here, once, because revenue_won needs it for `by_channel`; the
workflow revenue and the influenced share come from the same journeys (attributed.py), and
qualified_lead_value (a funnel KPI) from the average deal value computed here.

Speed: a period change takes its deals as slices of the deals sorted by day (`_Index`, kept per state of the
data) and attribution reuses each deal's credit (attribution.py `credited`). Measured with benchmarks/kpis.py at
scale 38 (5 300 deals, median of five quarter changes after an all-data run): the area went from 34 ms to
11-14 ms a period change (45 ms on the quiet machine before), the whole period change from 99 to 62-78 ms.

Filter (kpis/filters.py): only the deals of the chosen tools and channels — a deal's channel is its own lead
source's, else its first contact's, else unknown (store/kpi/deals.py `DEAL_CHANNEL`). Attribution then runs
over those deals only, so `revenue_won.by_channel` still adds up to the filtered revenue.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from datetime import date
from fractions import Fraction

from roi_desktop.core.kpis import attributed, attribution
from roi_desktop.core.kpis.amounts import Converter, half_up
from roi_desktop.core.kpis.breakdowns import money_map, ratio_map, set_month_ratios
from roi_desktop.core.kpis.catalogue.deals import NEEDS_DEALS
from roi_desktop.core.kpis.context import KpiContext
from roi_desktop.core.kpis.result import NO_DATA, ZERO_DENOMINATOR, KpiResult, Note, money
from roi_desktop.core.kpis.series import months_filled, null, unit_of
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate
from roi_desktop.core.store.kpi import deals as store
from roi_desktop.core.store.kpi.deals import DealRow
from roi_desktop.core.store.kpi.memo import memo

DEAL_IDS = ("deals_created", "deals_won", "deals_lost", "deals_open", "revenue_won", "average_deal_value", "win_rate",
            "sales_cycle_days")

NO_WON_DEALS = MessageTemplate("deals.no_won_deals", QT_TRANSLATE_NOOP(
    "Messages", "No deal was won in this period."))
NO_CLOSED_DEALS = MessageTemplate("deals.no_closed_deals", QT_TRANSLATE_NOOP(
    "Messages", "No deal was won or lost in this period."))
NO_DATED_WON_DEALS = MessageTemplate("deals.no_dated_won_deals", QT_TRANSLATE_NOOP(
    "Messages", "No deal won in this period has a creation date."))
CLOSED_BEFORE_CREATED = MessageTemplate("deals.closed_before_created", QT_TRANSLATE_NOOP(
    "Messages", "{count} won deals close before they were created in your exports: they are left out."))


_CREATED = attrgetter("created_day")
_CLOSED = attrgetter("close_day")
_ID = attrgetter("id")
_SOURCE = attrgetter("source")


@dataclass(frozen=True)
class _Index:
    """The deals of one filter sorted by the days a period selects them on (`days` beside `deals`, for bisect).

    Built once per state of the data (store/kpi/memo.py): a period change then takes its created, won and lost
    deals as slices and puts them back in id order, instead of testing all 5 300 deals at scale 38; and the
    stock of open deals walks only the open deals and those closed after its first month end.
    """

    sources: list[str]
    created: tuple[list[str], list[DealRow]]
    won: tuple[list[str], list[DealRow]]
    lost: tuple[list[str], list[DealRow]]
    still_open: list[DealRow]
    closed: tuple[list[str], list[DealRow]]


def _sorted_by(deals: list[DealRow], day_of: Callable[[DealRow], str | None]) -> tuple[list[str], list[DealRow]]:
    ordered = sorted((d for d in deals if day_of(d) is not None), key=lambda d: (day_of(d), d.id))
    return [day_of(d) for d in ordered], ordered


def _index(context: KpiContext) -> _Index:
    args = context.filter.store_args()

    def build() -> _Index:
        deals = store.deals(context.db, **args)
        dated = [d for d in deals if d.created_day is not None]
        return _Index(sorted({d.source for d in deals}), _sorted_by(deals, _CREATED),
                      _sorted_by([d for d in deals if d.status == "won"], _CLOSED),
                      _sorted_by([d for d in deals if d.status == "lost"], _CLOSED),
                      [d for d in dated if d.status == "open"], _sorted_by(dated, _CLOSED))

    return memo(context.db, ("deal_index", tuple(sorted(args["sources"])), tuple(sorted(args["channels"]))), build)


def _between(by_day: tuple[list[str], list[DealRow]], first: str, last: str) -> list[DealRow]:
    """The deals whose day is in [first, last], in id order (as the store returns them)."""
    days, deals = by_day
    return sorted(deals[bisect_left(days, first):bisect_right(days, last)], key=_ID)


def compute(context: KpiContext) -> dict[str, KpiResult]:
    index = _index(context)
    first, last = context.period.first, context.period.last
    sources = index.sources
    created = _between(index.created, first, last)
    won = _between(index.won, first, last)
    lost = _between(index.lost, first, last)
    still_open = _open(context, sources, index)
    if not (created or won or lost or still_open.value):  # only won and lost deals have a close day
        ids = (*DEAL_IDS, *attributed.IDS, "qualified_lead_value")
        return {kpi_id: null(kpi_id, context, NO_DATA, NEEDS_DEALS()) for kpi_id in ids}
    converter = Converter(context.currency, context.setting("exchange_rates"))
    cents = {d.id: converter.cents(d.amount_cents, d.currency) for d in won}
    valued = [d for d in won if cents[d.id] is not None]
    results = {
        "deals_created": _count(context, "deals_created", sources, created, _CREATED),
        "deals_won": _count(context, "deals_won", sources, won, _CLOSED),
        "deals_lost": _count(context, "deals_lost", sources, lost, _CLOSED),
        "deals_open": still_open,
        "win_rate": _win_rate(context, sources, won, lost),
        "sales_cycle_days": _sales_cycle(context, sources, won),
    }
    results.update(_revenue(context, sources, valued, cents, converter))
    won_deals = [attribution.won_deal(d, cents[d.id]) for d in valued]
    results.update(attributed.compute(context, won_deals, results["revenue_won"]))
    results["qualified_lead_value"] = _qualified_lead_value(
        context, results["average_deal_value"], sum(cents[d.id] for d in valued), len(valued))
    return results


def _grouped(deals: list[DealRow], day_of: Callable[[DealRow], str | None],
             value: Callable[[DealRow], int | None] | None = None) -> tuple[dict[str, int], dict[str, int]]:
    """Σ value (default 1) per month of `day_of` and per tool (deals whose value is None left out)."""
    if value is None:  # counted in C (Counter), same keys in the same order: a third of the time on 5 000 deals
        return Counter(day[:7] for day in map(day_of, deals)), Counter(map(_SOURCE, deals))
    months: dict[str, int] = defaultdict(int)
    sources: dict[str, int] = defaultdict(int)
    for deal in deals:
        amount = 1 if value is None else value(deal)
        if amount is not None:
            months[day_of(deal)[:7]] += amount
            sources[deal.source] += amount
    return months, sources


def _count(context: KpiContext, kpi_id: str, sources: list[str], deals: list[DealRow],
           day_of: Callable[[DealRow], str | None]) -> KpiResult:
    months, per_source = _grouped(deals, day_of)
    return KpiResult(kpi_id, len(deals), unit_of(kpi_id, context), {
        "by_month": months_filled(context.period.months(), months),
        "by_source": {source: per_source.get(source, 0) for source in sources},
    })


def _open(context: KpiContext, sources: list[str], index: _Index) -> KpiResult:
    """Open deals at the end of the period, and at each month end capped at it.

    A deal is open on a day when it was created by then and is not yet won or lost (an open deal, or a close
    day after it): at the month ends from the first one on or after its creation to the last one before its
    close. One pass over the deals adds 1 at the first of those and takes it back after the last.
    """
    period = context.period
    months = period.months()
    ends = [period.month_end(month).isoformat() for month in months]
    size = len(ends)
    changes = [0] * (size + 1)
    at_end: dict[str, int] = defaultdict(int)
    close_days, closed = index.closed
    # Only a deal closed after the first month end is open at one (bisect below: stop ≥ 1).
    for deal in (*index.still_open, *closed[bisect_right(close_days, ends[0]):]):
        if deal.status == "open":
            stop = size
        elif deal.close_day is not None:
            stop = bisect_left(ends, deal.close_day)
        else:
            continue
        start = bisect_left(ends, deal.created_day)
        if start < stop:
            changes[start] += 1
            changes[stop] -= 1
            if stop == size:
                at_end[deal.source] += 1
    by_month, count = {}, 0
    for month, change in zip(months, changes, strict=False):
        count += change
        by_month[month] = count
    return KpiResult("deals_open", count, unit_of("deals_open", context), {
        "by_month": by_month,
        "by_source": {source: at_end.get(source, 0) for source in sources},
    })


def _win_rate(context: KpiContext, sources: list[str], won: list[DealRow], lost: list[DealRow]) -> KpiResult:
    kpi_id = "win_rate"
    if not won and not lost:
        return null(kpi_id, context, ZERO_DENOMINATOR, NO_CLOSED_DEALS())
    won_months, won_sources = _grouped(won, _CLOSED)
    closed_months, closed_sources = _grouped(won + lost, _CLOSED)
    result = KpiResult(kpi_id, len(won) / (len(won) + len(lost)), unit_of(kpi_id, context),
                       counts={"numerator": len(won), "denominator": len(won) + len(lost)})
    set_month_ratios(result, context, won_months, closed_months)
    result.breakdowns["by_source"] = ratio_map(won_sources, closed_sources, sources)
    return result


def _sales_cycle(context: KpiContext, sources: list[str], won: list[DealRow]) -> KpiResult:
    """Mean whole days from creation to close of the deals won in the period; a close before the creation is
    a data error, left out and said."""
    kpi_id = "sales_cycle_days"
    dated = [d for d in won if d.created_day is not None]
    reversed_deals = [d for d in dated if d.close_day < d.created_day]
    counted = [d for d in dated if d.close_day >= d.created_day]
    if not counted:
        return null(kpi_id, context, ZERO_DENOMINATOR, NO_DATED_WON_DEALS())
    days = {d.id: _days_between(d.created_day, d.close_day) for d in counted}
    total_months, total_sources = _grouped(counted, _CLOSED, lambda d: days[d.id])
    deal_months, deal_sources = _grouped(counted, _CLOSED)
    total = sum(days.values())
    result = KpiResult(kpi_id, total / len(counted), unit_of(kpi_id, context),
                       counts={"won_deals": len(counted), "total_days": total})
    set_month_ratios(result, context, total_months, deal_months)
    result.breakdowns["by_source"] = ratio_map(total_sources, deal_sources, sources)
    if reversed_deals:
        result.notes.append(Note("closed_before_created", CLOSED_BEFORE_CREATED(count=len(reversed_deals))))
    return result


def _days_between(first: str, last: str) -> int:
    return (date.fromisoformat(last) - date.fromisoformat(first)).days


def _revenue(context: KpiContext, sources: list[str], valued: list[DealRow], cents: dict[int, int | None],
             converter: Converter) -> dict[str, KpiResult]:
    """revenue_won (by_channel added by attributed.py) and average_deal_value over the won deals whose amount
    converts to the workspace currency (`valued`)."""
    mismatch = converter.mismatch()
    if mismatch is not None:
        return {kpi_id: null(kpi_id, context, mismatch.code, mismatch.message)
                for kpi_id in ("revenue_won", "average_deal_value")}
    revenue_months, revenue_sources = _grouped(valued, _CLOSED, lambda d: cents[d.id])
    count_months, count_sources = _grouped(valued, _CLOSED)
    total = sum(revenue_sources.values())
    revenue = KpiResult("revenue_won", money(total), unit_of("revenue_won", context), {
        "by_month": money_map(months_filled(context.period.months(), revenue_months)),
        "by_source": money_map({source: revenue_sources.get(source, 0) for source in sources}),
    }, notes=converter.notes())
    if not valued:
        average = null("average_deal_value", context, ZERO_DENOMINATOR, NO_WON_DEALS())
    else:
        average = KpiResult("average_deal_value", money(half_up(Fraction(total, len(valued)))),
                            unit_of("average_deal_value", context),
                            counts={"numerator": money(total), "denominator": len(valued)}, notes=converter.notes())
        average.breakdowns["by_month"] = {m: _cents_mean(v, count_months.get(m, 0))
                                          for m, v in months_filled(context.period.months(), revenue_months).items()}
        average.breakdowns["by_source"] = {s: _cents_mean(revenue_sources.get(s, 0), count_sources.get(s, 0))
                                           for s in sources}
    return {"revenue_won": revenue, "average_deal_value": average}


def _cents_mean(cents: int, count: int) -> float | None:
    return money(half_up(Fraction(cents, count))) if count else None


def _qualified_lead_value(context: KpiContext, average: KpiResult, revenue_cents: int, won: int) -> KpiResult:
    """mql_to_customer_rate × average deal value (exact, rounded once); null with the reason of whichever is
    null."""
    kpi_id = "qualified_lead_value"
    rate = context.results.get("mql_to_customer_rate")
    for needed in (rate, average):
        if needed is None or needed.value is None:
            reason = needed.reason if needed is not None else None
            if reason is None:
                return null(kpi_id, context, NO_DATA, NEEDS_DEALS())
            return null(kpi_id, context, reason.code, reason.message)
    value = half_up(Fraction(rate.value) * revenue_cents / won)
    return KpiResult(kpi_id, money(value), unit_of(kpi_id, context),
                     counts={"mql_to_customer_rate": rate.value, "average_deal_value": average.value})
