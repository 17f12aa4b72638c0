"""KPIs of the costs area (KPIS §4)."""

from __future__ import annotations

from roi_desktop.core.kpis.context import KpiContext
from roi_desktop.core.kpis.result import KpiResult


def compute(context: KpiContext) -> dict[str, KpiResult]:
    return {}
