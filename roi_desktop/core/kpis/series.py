"""Shaping figures into KpiResults the way KPIS §1 wants them, so every area says things the same way.

Every month of the period appears in `by_month`; counts are 0 in empty months once the KPI has data, ratios
null where their denominator is 0; a period value is its own numerator over its own denominator; a null
value always carries a reason, and its breakdowns are empty. `Sums` adds up figures where a missing
metric stays None (not 0) and remembers which sources lacked it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from roi_desktop.core.kpis.context import KpiContext
from roi_desktop.core.kpis.definitions import CURRENCY, definition
from roi_desktop.core.kpis.result import (
    NOT_IN_EXPORTS, ZERO_DENOMINATOR, KpiResult, Note, Reason, ratio,
)
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message, MessageTemplate

ZERO_DENOMINATOR_MESSAGE = MessageTemplate(
    "kpi.reason.zero_denominator",
    QT_TRANSLATE_NOOP("Messages", "The figure this ratio divides by is 0 in this period: the ratio has no value."),
)
PARTIAL_SOURCES = MessageTemplate(
    "kpi.note.partial_sources",
    QT_TRANSLATE_NOOP("Messages", "Left out because their exports lack this figure: {sources}."),
)
SNAPSHOT = MessageTemplate(
    "kpi.note.snapshot",
    QT_TRANSLATE_NOOP("Messages", "Current totals from the exports, not a history: the period only leaves out what"
                                  " was created after its end."),
)


def unit_of(kpi_id: str, context: KpiContext) -> str:
    unit = definition(kpi_id).unit
    return context.currency if unit == CURRENCY else unit


def null(kpi_id: str, context: KpiContext, code: str, message: Message) -> KpiResult:
    """A null result with its reason; its breakdowns are present and empty (KPIS §1)."""
    result = KpiResult.null(kpi_id, unit_of(kpi_id, context), Reason(code, message))
    result.breakdowns = {name: {} for name in definition(kpi_id).breakdowns}
    return result


def zero_denominator(kpi_id: str, context: KpiContext) -> KpiResult:
    return null(kpi_id, context, ZERO_DENOMINATOR, ZERO_DENOMINATOR_MESSAGE())


def add(a: float | None, b: float | None) -> float | None:
    """a + b where None means "not known": None only when both are."""
    if a is None:
        return b
    return a if b is None else a + b


def months_filled(months: Iterable[str], values: dict[str, Any], empty: Any = 0) -> dict[str, Any]:
    """Every month of the period, `empty` where `values` has none."""
    return {month: values.get(month, empty) for month in months}


@dataclass
class Sums:
    """Figures added up over rows: counts (None while no row carries them), numerator/denominator pairs, and
    the sources of rows that lacked a figure.

    Attributes:
        rows: how many rows were added.
        values: figure id → Σ, or None.
        pairs: figure id → [Σ numerator, Σ denominator] (each None while no row carries it).
        lacking: figure id → sources with rows that lack it.
    """

    rows: int = 0
    values: dict[str, float | None] = field(default_factory=dict)
    pairs: dict[str, list[float | None]] = field(default_factory=dict)
    lacking: dict[str, set[str]] = field(default_factory=dict)

    def add_value(self, key: str, value: float | None, source: str, missing: int = 0) -> None:
        self.values[key] = add(self.values.get(key), value)
        if missing:
            self.lacking.setdefault(key, set()).add(source)

    def add_pair(self, key: str, numerator: float | None, denominator: float | None, source: str,
                 missing: int = 0) -> None:
        pair = self.pairs.setdefault(key, [None, None])
        pair[0], pair[1] = add(pair[0], numerator), add(pair[1], denominator)
        if missing:
            self.lacking.setdefault(key, set()).add(source)

    def pair(self, key: str) -> tuple[float | None, float | None]:
        numerator, denominator = self.pairs.get(key, (None, None))
        return numerator, denominator

    def ratio(self, key: str) -> float | None:
        return ratio(*self.pair(key))


def partial_note(lacking: set[str]) -> Note:
    return Note("partial_sources", PARTIAL_SOURCES(sources=", ".join(sorted(lacking))))


def count_result(kpi_id: str, context: KpiContext, total: Sums, groups: dict[str, dict[str, Sums]],
                 not_in_exports: Message, key: str | None = None) -> KpiResult:
    """A count KPI from its figure `key` (default: the KPI id) in `total` and in each breakdown's groups
    ("by_month" groups are filled with 0 for empty months). Null `not_in_exports` when no row carries it."""
    key = key or kpi_id
    value = total.values.get(key)
    if value is None:
        return null(kpi_id, context, NOT_IN_EXPORTS, not_in_exports)
    result = KpiResult(kpi_id, value, unit_of(kpi_id, context))
    for name in definition(kpi_id).breakdowns:
        sums = groups.get(name, {})
        found = {group: s.values.get(key) for group, s in sums.items()}
        result.breakdowns[name] = months_filled(context.period.months(), found) if name == "by_month" else found
    lacking = total.lacking.get(key, set())
    if lacking:
        result.notes.append(partial_note(lacking))
    return result


def ratio_result(kpi_id: str, context: KpiContext, total: Sums, groups: dict[str, dict[str, Sums]],
                 not_in_exports: Message, key: str | None = None) -> KpiResult:
    """A ratio KPI from the numerator/denominator pair `key` (default: the KPI id): the period's own
    numerator over its own denominator, the same per breakdown group (null where the denominator is 0)."""
    key = key or kpi_id
    numerator, denominator = total.pair(key)
    if numerator is None or denominator is None:
        return null(kpi_id, context, NOT_IN_EXPORTS, not_in_exports)
    if denominator == 0:
        return zero_denominator(kpi_id, context)
    result = KpiResult(kpi_id, numerator / denominator, unit_of(kpi_id, context),
                       counts={"numerator": numerator, "denominator": denominator})
    for name in definition(kpi_id).breakdowns:
        sums = groups.get(name, {})
        found = {group: s.ratio(key) for group, s in sums.items()}
        if name == "by_month":
            found = months_filled(context.period.months(), found, None)
            result.month_counts = {
                month: {"numerator": s.pair(key)[0], "denominator": s.pair(key)[1]} for month, s in sums.items()
            }
        result.breakdowns[name] = found
    lacking = total.lacking.get(key, set())
    if lacking:
        result.notes.append(partial_note(lacking))
    return result
