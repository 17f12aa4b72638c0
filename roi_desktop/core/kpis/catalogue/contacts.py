"""KPI definitions of the contacts area (KPIS §4)."""
