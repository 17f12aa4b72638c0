"""KPI definitions of the deals area (KPIS §4.4): deals created, won, lost and open, revenue, win rate, deal
value and sales cycle.

Created deals count by creation day, won and lost ones by close day; open deals are a stock at the end of
the period (and of each month). Revenue is broken down by channel through attribution (KPIS §6).
"""

from roi_desktop.core.kpis.definitions import (
    COUNT,
    CURRENCY,
    DAYS,
    DOWN,
    FLOW,
    NEUTRAL,
    RATIO,
    STOCK,
    UP,
    KpiDefinition,
    register,
)
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate

NEEDS_DEALS = MessageTemplate(
    "kpi.needs.deals",
    QT_TRANSLATE_NOOP("KpiNeeds", "Import a deals export of your CRM (HubSpot, Pipedrive, Salesforce…) covering the"
                                  " period."),
    context="KpiNeeds",
)

_BY = ("by_month", "by_source")
_TABLES = ("deals",)


def _deal(kpi_id: str, name: str, tooltip: str, formula: str, unit: str = COUNT, *, kind: str = FLOW,
          breakdowns: tuple[str, ...] = _BY, better: str = UP) -> KpiDefinition:
    return KpiDefinition(kpi_id, "deals", name, tooltip, formula, unit, kind, breakdowns, NEEDS_DEALS.text, better,
                         tables=_TABLES)


register(
    _deal("deals_created", QT_TRANSLATE_NOOP("Kpi", "Deals created"),
          QT_TRANSLATE_NOOP("Kpi", "Deals opened in the period."),
          QT_TRANSLATE_NOOP("Kpi", "Deals whose creation day falls in the period")),
    _deal("deals_won", QT_TRANSLATE_NOOP("Kpi", "Deals won"),
          QT_TRANSLATE_NOOP("Kpi", "Deals signed in the period."),
          QT_TRANSLATE_NOOP("Kpi", "Won deals whose close day falls in the period")),
    _deal("deals_lost", QT_TRANSLATE_NOOP("Kpi", "Deals lost"),
          QT_TRANSLATE_NOOP("Kpi", "Deals lost in the period."),
          QT_TRANSLATE_NOOP("Kpi", "Lost deals whose close day falls in the period"), better=DOWN),
    _deal("deals_open", QT_TRANSLATE_NOOP("Kpi", "Open deals"),
          QT_TRANSLATE_NOOP("Kpi", "Deals still open at the end of the period."),
          QT_TRANSLATE_NOOP("Kpi", "Deals created by the end of the period and not yet won or lost then"),
          kind=STOCK, better=NEUTRAL),
    _deal("revenue_won", QT_TRANSLATE_NOOP("Kpi", "Revenue won"),
          QT_TRANSLATE_NOOP("Kpi", "Amount of the deals won in the period."),
          QT_TRANSLATE_NOOP("Kpi", "Sum of the amounts of the deals won in the period; by channel through the"
                                   " attribution model"),
          CURRENCY, breakdowns=("by_month", "by_source", "by_channel")),
    _deal("average_deal_value", QT_TRANSLATE_NOOP("Kpi", "Average deal value"),
          QT_TRANSLATE_NOOP("Kpi", "Revenue per deal won."),
          QT_TRANSLATE_NOOP("Kpi", "Revenue won ÷ deals won"), CURRENCY),
    _deal("win_rate", QT_TRANSLATE_NOOP("Kpi", "Win rate"),
          QT_TRANSLATE_NOOP("Kpi", "Won deals among deals closed in the period."),
          QT_TRANSLATE_NOOP("Kpi", "Deals won ÷ (deals won + deals lost)"), RATIO),
    _deal("sales_cycle_days", QT_TRANSLATE_NOOP("Kpi", "Sales cycle length"),
          QT_TRANSLATE_NOOP("Kpi", "Average days from deal creation to signature."),
          QT_TRANSLATE_NOOP("Kpi", "Mean of the days between creation and close of the deals won in the period"),
          DAYS, better=DOWN),
)
