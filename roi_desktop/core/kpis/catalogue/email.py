"""KPI definitions of the email area (KPIS §4)."""
