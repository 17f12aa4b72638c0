"""Comparing a period with the previous one and with the same period last year (KPIS §7).

Counts, money and days change by an absolute amount and a relative one (none on a 0 or missing base);
ratios change in percentage points, never in "% of a %" (an open rate going from 20 % to 25 % is +5 points,
not +25 %). A missing side gives no change, with that side's reason. Whether a change is good comes from
the definition: fewer bounces are better, more leads are better, open deals are neither.

The core never opens a workspace here: `comparison` takes the function computing a period's report, so the
GUI passes `workspace.kpis` and runs it in its worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from roi_desktop.core.kpis.definitions import DOWN, RATIO, UP, all_definitions
from roi_desktop.core.kpis.engine import KpiReport
from roi_desktop.core.kpis.period import Period
from roi_desktop.core.kpis.result import KpiResult, Reason

CURRENT, BASE = "current", "base"


@dataclass(frozen=True)
class Delta:
    """The change of one KPI from a base period to the current one.

    Attributes:
        absolute: current − base, for counts, money (rounded to the cent) and days; None for ratios.
        relative: absolute ÷ |base|; None for ratios and on a 0 base.
        points: (current − base) × 100 for ratios: the change in percentage points.
        better: True when the change is an improvement, False when it is a deterioration, None when it is
            neither (no change, neutral KPI, or no delta).
        reason: why there is no delta (the reason of the side that has no value).
        missing: which side has no value: CURRENT or BASE.
    """

    absolute: float | None = None
    relative: float | None = None
    points: float | None = None
    better: bool | None = None
    reason: Reason | None = None
    missing: str | None = None


def delta(kpi_id: str, current: KpiResult, base: KpiResult) -> Delta:
    """The change of one KPI between two results."""
    for side, result in ((CURRENT, current), (BASE, base)):
        if result.value is None:
            return Delta(reason=result.reason, missing=side)
    definition = all_definitions()[kpi_id]
    change = current.value - base.value
    better = None
    if change and definition.better in (UP, DOWN):
        better = (change > 0) == (definition.better == UP)
    if definition.unit == RATIO:
        return Delta(points=change * 100, better=better)
    absolute = round(change, 2) if isinstance(change, float) else change
    relative = change / abs(base.value) if base.value else None
    return Delta(absolute=absolute, relative=relative, better=better)


def compare(current: KpiReport, base: KpiReport) -> dict[str, Delta]:
    """The change of every KPI present in both reports."""
    return {kpi_id: delta(kpi_id, result, base.results[kpi_id])
            for kpi_id, result in current.results.items() if kpi_id in base.results}


@dataclass(frozen=True)
class Comparison:
    """A period's report beside the previous period's and last year's, with the changes."""

    current: KpiReport
    previous: KpiReport
    last_year: KpiReport
    vs_previous: dict[str, Delta]
    vs_last_year: dict[str, Delta]


def comparison(kpis: Callable[[Period], KpiReport], period: Period) -> Comparison:
    """Compute `period`, its previous period and the same period last year with `kpis` (for the GUI:
    `workspace.kpis`), and compare them."""
    current, previous, last_year = kpis(period), kpis(period.previous()), kpis(period.last_year())
    return Comparison(current, previous, last_year, compare(current, previous), compare(current, last_year))
