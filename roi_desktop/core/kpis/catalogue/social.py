"""KPI definitions of the social area (KPIS §4)."""
