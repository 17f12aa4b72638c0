"""KPI definitions of the deals area (KPIS §4)."""
