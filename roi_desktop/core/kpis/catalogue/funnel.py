"""KPI definitions of the funnel area (KPIS §4)."""
