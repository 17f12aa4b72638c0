"""Breakdowns made of per-key sums: ratios per key with the counts behind each month, money per key.

The funnel, deals and costs areas add numbers up per month, tool, channel or category and then divide or
convert them; these helpers keep the §1 conventions (every month listed, None on a zero denominator, cents
out as currency units) in one place beside series.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from roi_desktop.core.kpis.context import KpiContext
from roi_desktop.core.kpis.result import KpiResult, money, ratio


def ratio_map(numerators: Mapping[str, float | None], denominators: Mapping[str, float | None],
              keys: Iterable[str] | None = None) -> dict[str, float | None]:
    """numerator ÷ denominator per key (None on a zero or missing denominator), keys sorted unless given."""
    keys = sorted(denominators) if keys is None else list(keys)
    return {key: ratio(numerators.get(key, 0), denominators.get(key, 0)) for key in keys}


def money_map(cents: Mapping[str, int | None]) -> dict[str, float | None]:
    """Cents per key → currency units per key, keys sorted."""
    return {key: money(cents[key]) for key in sorted(cents)}


def set_month_ratios(result: KpiResult, context: KpiContext, numerators: Mapping[str, Any],
                     denominators: Mapping[str, Any]) -> None:
    """`by_month` of a ratio over every month of the period, and the counts behind each month (alerts judge
    months like the period)."""
    months = context.period.months()
    result.breakdowns["by_month"] = ratio_map(numerators, denominators, months)
    result.month_counts = {month: {"numerator": numerators.get(month, 0), "denominator": denominators.get(month, 0)}
                           for month in months}
