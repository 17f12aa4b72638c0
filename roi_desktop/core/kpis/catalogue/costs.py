"""KPI definitions of the costs area (KPIS §4)."""
