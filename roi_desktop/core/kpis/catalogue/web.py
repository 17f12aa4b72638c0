"""KPI definitions of the web area (KPIS §4)."""
