"""KPI computations, one module per area; each exposes `compute(context) -> {id: KpiResult}`."""
