"""Running the catalogue for a period: area by area (later areas read earlier results), then alerts.

Areas run in dependency order: counts first (contacts, e-mail, funnel, deals, web, workflows, social), then
costs and ROI, which divide by them. Every id of the catalogue must come out of exactly one area; a test
checks it.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from roi_desktop.core.kpis import alerts
from roi_desktop.core.kpis.context import KpiContext, effective_settings
from roi_desktop.core.kpis.definitions import all_definitions
from roi_desktop.core.kpis.filters import NO_FILTER, KpiFilter, apply_notes
from roi_desktop.core.kpis.period import Period
from roi_desktop.core.kpis.result import KpiResult
from roi_desktop.core.store import Connection
from roi_desktop.core.store import settings as settings_store
from roi_desktop.core.store.kpi import span

AREAS = ("contacts", "email", "funnel", "deals", "web", "workflows", "social", "costs")


@dataclass
class KpiReport:
    """Every KPI over one period."""

    period: Period | None
    currency: str
    results: dict[str, KpiResult] = field(default_factory=dict)
    filter: KpiFilter = NO_FILTER

    def to_json(self, render: Any) -> dict[str, Any]:
        """`kpis --json` (DESIGN §7): period, currency, the filter applied ({"sources": [], "channels": []} when
        none) and every id of the catalogue."""
        period = {"from": self.period.first, "to": self.period.last} if self.period else {"from": None, "to": None}
        return {"period": period, "currency": self.currency, "filter": self.filter.to_json(),
                "kpis": {kpi_id: result.to_json(render) for kpi_id, result in self.results.items()}}


def default_period(db: Connection) -> Period | None:
    """From the first day of the month of the earliest period-defining fact to the last day of the month
    of the latest (KPIS §1); None for an empty workspace."""
    first, last = span.data_span(db)
    if not first or not last:
        return None
    return Period(date.fromisoformat(first[:7] + "-01"), _month_end(date.fromisoformat(last[:7] + "-01")))


def _month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def compute(db: Connection, period: Period | None = None, *, overrides: dict[str, Any] | None = None,
            filter: KpiFilter | None = None) -> KpiReport:
    """Every KPI of the catalogue over `period` (default: all data), counting only the tools and channels of
    `filter` (kpis/filters.py; None or empty: all). The default period stays the span of all data, so that a
    filter never moves the period."""
    filter = filter or NO_FILTER
    settings = effective_settings({**settings_store.read_settings(db), **(overrides or {})})
    currency = settings.get("currency") or "EUR"
    span_period = default_period(db)
    period = period or span_period
    report = KpiReport(period, currency, filter=filter)
    if period is None:
        empty = Period(date.today().replace(day=1), date.today())
        context = KpiContext(db, empty, empty.end, settings, currency, filter=filter)
    else:
        context = KpiContext(db, period, span_period.end if span_period else period.end, settings, currency,
                             filter=filter)
    for area in AREAS:
        module = importlib.import_module(f"roi_desktop.core.kpis.areas.{area}")
        context.results.update(module.compute(context))
    apply_notes(context.results, filter)
    alerts.apply(context)
    definitions = all_definitions()
    report.results = {kpi_id: context.results[kpi_id] for kpi_id in definitions if kpi_id in context.results}
    return report
