"""The definitions of the funnel, deals and costs sections (KPIS §4.3–4.5, §5, §7) are complete and exact."""

from __future__ import annotations

import pytest

from roi_desktop.core.kpis.definitions import COUNT, CURRENCY, DAYS, DOWN, NEUTRAL, RATIO, UP, all_definitions

M, S, CH, CA, W, CAT, AU = "by_month", "by_source", "by_channel", "by_campaign", "by_workflow", "by_category", \
    "by_automation"

# id: (unit, breakdowns as KPIS §4 lists them, better as §7 says)
SECTIONS = {
    "subscribers_new": (COUNT, (M, S, CH), UP),
    "leads_new": (COUNT, (M, S, CH), UP),
    "mqls_new": (COUNT, (M, S, CH), UP),
    "sqls_new": (COUNT, (M, S, CH), UP),
    "opportunities_new": (COUNT, (M, S, CH), UP),
    "customers_new": (COUNT, (M, S, CH), UP),
    "lead_to_mql_rate": (RATIO, (M, CH), UP),
    "mql_to_sql_rate": (RATIO, (M, CH), UP),
    "sql_to_customer_rate": (RATIO, (M, CH), UP),
    "mql_to_customer_rate": (RATIO, (M, CH), UP),
    "lead_to_customer_rate": (RATIO, (M, CH, AU), UP),
    "sql_rejection_rate": (RATIO, (M,), DOWN),
    "average_lead_score": (COUNT, (S,), UP),
    "qualified_lead_value": (CURRENCY, (), UP),
    "deals_created": (COUNT, (M, S), UP),
    "deals_won": (COUNT, (M, S), UP),
    "deals_lost": (COUNT, (M, S), DOWN),
    "deals_open": (COUNT, (M, S), NEUTRAL),
    "revenue_won": (CURRENCY, (M, S, CH), UP),
    "average_deal_value": (CURRENCY, (M, S), UP),
    "win_rate": (RATIO, (M, S), UP),
    "sales_cycle_days": (DAYS, (M, S), DOWN),
    "costs_total": (CURRENCY, (M, CH, CAT), DOWN),
    "cost_per_lead": (CURRENCY, (M, CH), DOWN),
    "cost_per_mql": (CURRENCY, (M, CH), DOWN),
    "customer_acquisition_cost": (CURRENCY, (M, CH), DOWN),
    "cost_per_acquisition": (CURRENCY, (M, CH), DOWN),
    "roi": (RATIO, (M,), UP),
    "time_savings_value": (CURRENCY, (M, W), UP),
    "revenue_automated_workflows": (CURRENCY, (M, W, CA), UP),
    "roi_automation": (RATIO, (M,), UP),
    "marketing_influenced_revenue_share": (RATIO, (M, S), UP),
    "customer_lifetime_value": (CURRENCY, (), UP),
    "churn_rate": (RATIO, (M,), DOWN),
    "retention_rate": (RATIO, (M,), UP),
}


@pytest.mark.parametrize("kpi_id", SECTIONS)
def test_definition_is_complete(kpi_id: str) -> None:
    definition = all_definitions()[kpi_id]
    unit, breakdowns, better = SECTIONS[kpi_id]
    assert definition.name and definition.tooltip and definition.formula and definition.needs
    assert definition.needs.startswith("Import")
    assert (definition.unit, set(definition.breakdowns), definition.better) == (unit, set(breakdowns), better)


def test_alert_rules() -> None:
    definitions = all_definitions()
    rejection, roi = definitions["sql_rejection_rate"].alert, definitions["roi"].alert
    assert (rejection.warning, rejection.above, rejection.needs_volume) == (0.30, True, True)
    assert (roi.warning, roi.above, roi.inclusive) == (0.0, False, False)
    assert rejection.message and roi.message


def test_every_id_comes_out_of_the_engine(all_json: dict) -> None:
    assert set(SECTIONS) <= set(all_json["kpis"])
