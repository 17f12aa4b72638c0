"""KPI definitions of the funnel area (KPIS §4.3): new contacts per stage, cohort conversion rates, MQLs
rejected by sales, lead score and the value of a qualified lead.

Counts are flows by month of the stage entry; rates are cohort rates (KPIS §3.3), broken down by the month
the cohort entered its starting stage.
"""

from roi_desktop.core.kpis.definitions import COUNT, CURRENCY, DOWN, RATIO, SNAPSHOT, AlertRule, KpiDefinition, register
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate

NEEDS_STAGES = MessageTemplate(
    "kpi.needs.funnel",
    QT_TRANSLATE_NOOP("KpiNeeds", "Import a contacts export with stage dates (HubSpot “Became a … Date” columns, or"
                                  " columns mapped to stage-entry dates)."),
    context="KpiNeeds",
)
NEEDS_LEAD_STATUS = MessageTemplate(
    "kpi.needs.lead_status",
    QT_TRANSLATE_NOOP("KpiNeeds", "Import a CRM contacts export with stage dates and the “Lead Status” column"
                                  " (HubSpot)."),
    context="KpiNeeds",
)
NEEDS_SCORES = MessageTemplate(
    "kpi.needs.scores",
    QT_TRANSLATE_NOOP("KpiNeeds", "Import a contacts export with a lead score (HubSpot Score, Mautic points…)."),
    context="KpiNeeds",
)
NEEDS_QUALIFIED_LEAD_VALUE = MessageTemplate(
    "kpi.needs.qualified_lead_value",
    QT_TRANSLATE_NOOP("KpiNeeds", "Import a contacts export with stage dates and a deals export (HubSpot, Pipedrive,"
                                  " Salesforce…)."),
    context="KpiNeeds",
)

_STAGE_TABLES = ("stage_history", "contacts")
_NEW = ("by_month", "by_source", "by_channel")
_RATE = ("by_month", "by_channel")


def _new(kpi_id: str, name: str, tooltip: str, formula: str) -> KpiDefinition:
    return KpiDefinition(kpi_id, "funnel", name, tooltip, formula, COUNT, breakdowns=_NEW,
                         needs=NEEDS_STAGES.text, tables=_STAGE_TABLES)


def _rate(kpi_id: str, name: str, tooltip: str, formula: str, breakdowns: tuple[str, ...] = _RATE) -> KpiDefinition:
    return KpiDefinition(kpi_id, "funnel", name, tooltip, formula, RATIO, breakdowns=breakdowns,
                         needs=NEEDS_STAGES.text, tables=_STAGE_TABLES)


register(
    _new("subscribers_new", QT_TRANSLATE_NOOP("Kpi", "New subscribers"),
         QT_TRANSLATE_NOOP("Kpi", "Contacts who became subscribers in the period."),
         QT_TRANSLATE_NOOP("Kpi", "Contacts whose first day as subscriber falls in the period")),
    _new("leads_new", QT_TRANSLATE_NOOP("Kpi", "New leads"),
         QT_TRANSLATE_NOOP("Kpi", "Contacts who became leads in the period."),
         QT_TRANSLATE_NOOP("Kpi", "Contacts whose first day as lead falls in the period")),
    _new("mqls_new", QT_TRANSLATE_NOOP("Kpi", "New MQLs"),
         QT_TRANSLATE_NOOP("Kpi", "Leads marketing judged ready for sales."),
         QT_TRANSLATE_NOOP("Kpi", "Contacts whose first day as MQL falls in the period")),
    _new("sqls_new", QT_TRANSLATE_NOOP("Kpi", "New SQLs"),
         QT_TRANSLATE_NOOP("Kpi", "Leads accepted by sales."),
         QT_TRANSLATE_NOOP("Kpi", "Contacts whose first day as SQL falls in the period")),
    _new("opportunities_new", QT_TRANSLATE_NOOP("Kpi", "New opportunities"),
         QT_TRANSLATE_NOOP("Kpi", "Contacts who reached the opportunity stage."),
         QT_TRANSLATE_NOOP("Kpi", "Contacts whose first day as opportunity falls in the period")),
    _new("customers_new", QT_TRANSLATE_NOOP("Kpi", "New customers"),
         QT_TRANSLATE_NOOP("Kpi", "Contacts who became customers in the period."),
         QT_TRANSLATE_NOOP("Kpi", "Contacts whose first day as customer falls in the period")),
    _rate("lead_to_mql_rate", QT_TRANSLATE_NOOP("Kpi", "Lead → MQL rate"),
          QT_TRANSLATE_NOOP("Kpi", "Share of the period's leads that became MQL."),
          QT_TRANSLATE_NOOP("Kpi", "Leads of the period who became MQL within the conversion window ÷ leads of the"
                                   " period")),
    _rate("mql_to_sql_rate", QT_TRANSLATE_NOOP("Kpi", "MQL → SQL rate"),
          QT_TRANSLATE_NOOP("Kpi", "Share of the period's MQLs accepted by sales."),
          QT_TRANSLATE_NOOP("Kpi", "MQLs of the period who became SQL within the conversion window ÷ MQLs of the"
                                   " period")),
    _rate("sql_to_customer_rate", QT_TRANSLATE_NOOP("Kpi", "SQL → customer rate"),
          QT_TRANSLATE_NOOP("Kpi", "Share of the period's SQLs that became customers."),
          QT_TRANSLATE_NOOP("Kpi", "SQLs of the period who became customers within the conversion window ÷ SQLs of"
                                   " the period")),
    _rate("mql_to_customer_rate", QT_TRANSLATE_NOOP("Kpi", "MQL → customer rate"),
          QT_TRANSLATE_NOOP("Kpi", "Share of the period's MQLs that became customers."),
          QT_TRANSLATE_NOOP("Kpi", "MQLs of the period who became customers within the conversion window ÷ MQLs of"
                                   " the period")),
    _rate("lead_to_customer_rate", QT_TRANSLATE_NOOP("Kpi", "Lead conversion rate"),
          QT_TRANSLATE_NOOP("Kpi", "Share of the period's leads that became customers."),
          QT_TRANSLATE_NOOP("Kpi", "Leads of the period who became customers within the conversion window ÷ leads"
                                   " of the period; split by whether a workflow reached them before"),
          breakdowns=("by_month", "by_channel", "by_automation")),
    KpiDefinition(
        "sql_rejection_rate", "funnel", QT_TRANSLATE_NOOP("Kpi", "MQLs rejected by sales"),
        QT_TRANSLATE_NOOP("Kpi", "Share of the period's MQLs that sales turned down."),
        QT_TRANSLATE_NOOP("Kpi", "MQLs of the period never accepted as SQL and whose lead status says rejected ÷"
                                 " MQLs of the period"),
        RATIO, breakdowns=("by_month",), needs=NEEDS_LEAD_STATUS.text, better=DOWN, tables=_STAGE_TABLES,
        alert=AlertRule(0.30, message=QT_TRANSLATE_NOOP(
            "KpiAlert", "Sales turn down many MQLs: review scoring together."))),
    KpiDefinition(
        "average_lead_score", "funnel", QT_TRANSLATE_NOOP("Kpi", "Average lead score"),
        QT_TRANSLATE_NOOP("Kpi", "Average score (points) of your open leads."),
        QT_TRANSLATE_NOOP("Kpi", "Mean current score of the contacts now at the lead, MQL or SQL stage"),
        COUNT, kind=SNAPSHOT, breakdowns=("by_source",), needs=NEEDS_SCORES.text,
        tables=("contact_records", "contact_scores")),
    KpiDefinition(
        "qualified_lead_value", "funnel", QT_TRANSLATE_NOOP("Kpi", "Average value of a qualified lead"),
        QT_TRANSLATE_NOOP("Kpi", "Revenue an MQL brings on average."),
        QT_TRANSLATE_NOOP("Kpi", "MQL → customer rate × average deal value"),
        CURRENCY, needs=NEEDS_QUALIFIED_LEAD_VALUE.text, tables=("stage_history", "deals")),
)
