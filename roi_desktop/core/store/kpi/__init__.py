"""The queries the KPI engine asks for, one module per area: counts and sums by period and breakdown."""
