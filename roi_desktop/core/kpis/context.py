"""What every KPI computation gets: the store, the period, the settings with their defaults (KPIS §2)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from roi_desktop.core.kpis.filters import NO_FILTER, KpiFilter
from roi_desktop.core.kpis.period import Period
from roi_desktop.core.kpis.result import KpiResult
from roi_desktop.core.store import Connection

DEFAULT_SETTINGS: dict[str, Any] = {
    "currency": None,  # None: the first currency imported, else EUR
    "exchange_rates": {},
    "active_window_days": 90,
    "active_signal": "open_or_click",
    "hourly_rate": None,
    "minutes_saved_per_automated_email": 3,
    "conversion_window_days": 180,
    "funnel_basis": "imported",
    "rejected_lead_statuses": ["Unqualified", "Disqualified", "Rejected", "Non qualifié", "Disqualifié", "Refusé",
                               "Rejeté"],
    "score_source": "auto",
    "attribution_model": "linear",
    "attribution_half_life_days": 7,
    "attribution_lookback_days": 365,
    "attribution_touch_types": ["lead_source", "email_click", "workflow_enrolment", "web_session"],
    "influence_lookback_days": 180,
    "non_marketing_channels": ["direct", "offline", "unknown"],
    "cpa_conversion": "web_key_events",
    "automation_cost_channels": ["automation", "email"],
    "gross_margin": 1.0,
    "peak_factor": 1.5,
    "ab_alpha": 0.05,
    "alert.min_volume": 100,
}


def effective_settings(stored: dict[str, Any]) -> dict[str, Any]:
    """Stored workspace settings over the defaults."""
    return {**DEFAULT_SETTINGS, **{k: v for k, v in stored.items() if v is not None}}


@dataclass
class KpiContext:
    """Inputs of one computation.

    Attributes:
        db: a read connection to the workspace.
        period: the period asked for.
        data_end: the default period's last day (KPIS §1): undated flags apply only when period.end ≥ it.
        settings: effective settings (defaults applied).
        currency: the workspace currency code.
        results: KPIs computed so far in this run (later areas read earlier ones: CPL needs leads_new).
        filter: the tools and channels counted (kpis/filters.py; empty = all). Every area passes it to the store
            queries whose rows carry the dimension; the engine notes the KPIs that ignore it.
    """

    db: Connection
    period: Period
    data_end: date
    settings: dict[str, Any]
    currency: str
    results: dict[str, KpiResult] = field(default_factory=dict)
    filter: KpiFilter = NO_FILTER

    def setting(self, key: str) -> Any:
        return self.settings.get(key, DEFAULT_SETTINGS.get(key))
