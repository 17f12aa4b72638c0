"""KPI definitions of the workflows area (KPIS §4)."""
