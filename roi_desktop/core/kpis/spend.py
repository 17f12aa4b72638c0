"""Marketing spend of a period (KPIS §3.4, §3.5): cost lines converted, counted pro rata, in exact cents.

A monthly line counts for the share of its month's days inside the period (a fortnight of a 30-day month
is half its amount). Each month's total is rounded once, then split back over its (category, channel)
groups by largest remainder, so that by_month, by_channel and by_category all add up to the value to the
cent. A line dated to the day counts whole when its day is in the period.

Filter (kpis/filters.py): only the lines of the chosen channels; cost lines have no tool, so a tool filter
leaves them all (costs_total notes it; the ratios over costs are null under a tool filter).
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Callable, Container
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from roi_desktop.core.kpis.amounts import Converter, half_up, split_cents
from roi_desktop.core.kpis.context import KpiContext
from roi_desktop.core.kpis.period import Period
from roi_desktop.core.store.kpi import costs as store

Group = tuple[str, str]
"""(category id, channel id)."""


@dataclass
class Spend:
    """Costs of a period in workspace cents.

    Attributes:
        months: month → (category, channel) → cents counted in the period.
        prorated: months whose monthly lines counted only in part.
        converter: what conversion left out (its notes).
        lines: cost lines of the period, converted or not (0: no data).
    """

    months: dict[str, dict[Group, int]]
    prorated: list[str]
    converter: Converter
    lines: int = 0

    def total(self, channels: Container[str] | None = None) -> int:
        return sum(self.by_month(channels).values())

    def by_month(self, channels: Container[str] | None = None) -> dict[str, int]:
        """Cents per month (of the lines on `channels` only, when given)."""
        return {month: sum(cents for (_category, channel), cents in groups.items()
                           if channels is None or channel in channels)
                for month, groups in self.months.items()}

    def by_channel(self) -> dict[str, int]:
        return self._by(lambda group: group[1])

    def by_category(self) -> dict[str, int]:
        return self._by(lambda group: group[0])

    def _by(self, key: Callable[[Group], str]) -> dict[str, int]:
        found: dict[str, int] = defaultdict(int)
        for groups in self.months.values():
            for group, cents in groups.items():
                found[key(group)] += cents
        return dict(sorted(found.items()))


def spend(context: KpiContext) -> Spend:
    """The period's costs; `lines` = 0 when no cost line touches its months."""
    period = context.period
    months = period.months()
    # Rates entered per month in the cost ledger win over the single rate of a currency.
    converter = Converter(context.currency, context.setting("exchange_rates"),
                          context.setting("exchange_rates_monthly"))
    monthly: dict[str, dict[Group, int]] = {month: defaultdict(int) for month in months}
    dated: dict[str, dict[Group, int]] = {month: defaultdict(int) for month in months}
    lines = 0
    for month, day, category, channel, amount, currency in store.cost_lines(context.db, months[0], months[-1],
                                                                                 channels=context.filter.channels):
        if day is not None and not period.first <= day <= period.last:
            continue
        lines += 1
        cents = converter.cents(amount, currency, month)
        if cents is not None:
            (dated if day is not None else monthly)[month][(category, channel)] += cents
    counted: dict[str, dict[Group, int]] = {}
    prorated = []
    for month in months:
        share = _share(period, month)
        groups = dict(monthly[month])
        if share != 1 and groups:
            prorated.append(month)
            parts = split_cents(half_up(sum(groups.values()) * share), list(map(Fraction, groups.values())))
            groups = dict(zip(groups, parts, strict=True))
        for group, cents in dated[month].items():
            groups[group] = groups.get(group, 0) + cents
        counted[month] = groups
    return Spend(counted, prorated, converter, lines)


def _share(period: Period, month: str) -> Fraction:
    """The share of `month`'s days inside the period."""
    year, number = int(month[:4]), int(month[5:7])
    length = calendar.monthrange(year, number)[1]
    first = max(period.start, date(year, number, 1))
    last = min(period.end, date(year, number, length))
    return Fraction((last - first).days + 1, length)
