"""The KPI engine: the catalogue of KPIS.md computed from the store for a period.

definitions.py declares what a KPI is; catalogue/ holds one module of definitions per area; areas/ one
module of computations per area (SQL lives in core/store/kpi/); engine.py runs them for a period and adds
comparisons and alerts; result.py is what comes out (and its JSON, DESIGN §7 and KPIS §1).
"""
