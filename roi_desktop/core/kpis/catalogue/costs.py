"""KPI definitions of the costs and ROI area (KPIS §4.5): costs, costs per result, ROI, the value of
automation, the influence of marketing, and the customer KPIs (lifetime value, churn, retention).

Costs are flows (a monthly line counts pro rata of its days in the period); the ratios divide them by the
counts of the funnel, web and deals areas computed earlier in the same run.
"""

from roi_desktop.core.kpis.catalogue.deals import NEEDS_DEALS
from roi_desktop.core.kpis.definitions import (
    CURRENCY,
    DOWN,
    FLOW,
    RATIO,
    STOCK,
    UP,
    AlertRule,
    KpiDefinition,
    register,
)
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate

NEEDS_COSTS = MessageTemplate(
    "kpi.needs.costs",
    QT_TRANSLATE_NOOP("KpiNeeds", "Import your marketing costs workbook (one line per month, category, channel and"
                                  " amount) covering the period."),
    context="KpiNeeds",
)
NEEDS_COSTS_AND_LEADS = MessageTemplate(
    "kpi.needs.costs_and_funnel",
    QT_TRANSLATE_NOOP("KpiNeeds", "Import your marketing costs workbook and a contacts export with stage dates"
                                  " (HubSpot “Became a … Date” columns)."),
    context="KpiNeeds",
)
NEEDS_COSTS_AND_CONVERSIONS = MessageTemplate(
    "kpi.needs.costs_and_conversions",
    QT_TRANSLATE_NOOP("KpiNeeds", "Import your marketing costs workbook and a Google Analytics 4 traffic export with"
                                  " key events (or count leads or customers as conversions in the settings)."),
    context="KpiNeeds",
)
NEEDS_COSTS_AND_DEALS = MessageTemplate(
    "kpi.needs.costs_and_deals",
    QT_TRANSLATE_NOOP("KpiNeeds", "Import your marketing costs workbook and a deals export (HubSpot, Pipedrive,"
                                  " Salesforce…)."),
    context="KpiNeeds",
)
NEEDS_TIME_SAVINGS = MessageTemplate(
    "kpi.needs.time_savings",
    QT_TRANSLATE_NOOP("KpiNeeds", "Import the reports of your automated e-mails (Mautic, Brevo, ActiveCampaign…) and"
                                  " enter your team's hourly rate in the settings."),
    context="KpiNeeds",
)
NEEDS_ATTRIBUTION = MessageTemplate(
    "kpi.needs.attribution",
    QT_TRANSLATE_NOOP("KpiNeeds", "Import a deals export linked to contacts, your contacts exports and the"
                                  " recipient reports of your e-mails (Mautic, Brevo…)."),
    context="KpiNeeds",
)
NEEDS_AUTOMATION_ROI = MessageTemplate(
    "kpi.needs.automation_roi",
    QT_TRANSLATE_NOOP("KpiNeeds", "Import your costs workbook (with its automation and e-mail tool lines), a deals"
                                  " export and the recipient reports of your automated e-mails."),
    context="KpiNeeds",
)
NEEDS_CUSTOMERS = MessageTemplate(
    "kpi.needs.customers",
    QT_TRANSLATE_NOOP("KpiNeeds", "Import a deals export, or contacts with a customer stage date, and a customer end"
                                  " date (a column mapped to “Customer until”)."),
    context="KpiNeeds",
)

_M_CH = ("by_month", "by_channel")


def _cost(kpi_id: str, name: str, tooltip: str, formula: str, unit: str = CURRENCY, *, needs: MessageTemplate,
          breakdowns: tuple[str, ...] = _M_CH, better: str = DOWN, kind: str = FLOW,
          alert: AlertRule | None = None, tables: tuple[str, ...] = ("costs",)) -> KpiDefinition:
    return KpiDefinition(kpi_id, "costs", name, tooltip, formula, unit, kind, breakdowns, needs.text, better, alert,
                         tables)


register(
    _cost("costs_total", QT_TRANSLATE_NOOP("Kpi", "Marketing costs"),
          QT_TRANSLATE_NOOP("Kpi", "Tools, staff time, ads, content, agency."),
          QT_TRANSLATE_NOOP("Kpi", "Sum of the cost lines of the period, a month counted pro rata of its days in"
                                   " the period"),
          needs=NEEDS_COSTS, breakdowns=("by_month", "by_channel", "by_category")),
    _cost("cost_per_lead", QT_TRANSLATE_NOOP("Kpi", "Cost per lead (CPL)"),
          QT_TRANSLATE_NOOP("Kpi", "Costs ÷ new leads."),
          QT_TRANSLATE_NOOP("Kpi", "Marketing costs ÷ new leads; per channel, that channel's costs ÷ its new leads"),
          needs=NEEDS_COSTS_AND_LEADS, tables=("costs", "stage_history")),
    _cost("cost_per_mql", QT_TRANSLATE_NOOP("Kpi", "Cost per MQL"),
          QT_TRANSLATE_NOOP("Kpi", "Costs ÷ new MQLs."),
          QT_TRANSLATE_NOOP("Kpi", "Marketing costs ÷ new MQLs"),
          needs=NEEDS_COSTS_AND_LEADS, tables=("costs", "stage_history")),
    _cost("customer_acquisition_cost", QT_TRANSLATE_NOOP("Kpi", "Customer acquisition cost (CAC)"),
          QT_TRANSLATE_NOOP("Kpi", "Costs ÷ new customers."),
          QT_TRANSLATE_NOOP("Kpi", "Marketing costs ÷ new customers"),
          needs=NEEDS_COSTS_AND_LEADS, tables=("costs", "stage_history")),
    _cost("cost_per_acquisition", QT_TRANSLATE_NOOP("Kpi", "Cost per acquisition (CPA)"),
          QT_TRANSLATE_NOOP("Kpi", "Costs ÷ conversions (site key events by default)."),
          QT_TRANSLATE_NOOP("Kpi", "Marketing costs ÷ conversions (site key events, or new leads or customers per"
                                   " the settings)"),
          needs=NEEDS_COSTS_AND_CONVERSIONS, tables=("costs", "web_traffic")),
    _cost("roi", QT_TRANSLATE_NOOP("Kpi", "Marketing ROI"),
          QT_TRANSLATE_NOOP("Kpi", "(Revenue − costs) ÷ costs: 1.5 = each euro spent brought back 2.5."),
          QT_TRANSLATE_NOOP("Kpi", "(Revenue won − marketing costs) ÷ marketing costs"), RATIO,
          needs=NEEDS_COSTS_AND_DEALS, breakdowns=("by_month",), better=UP, tables=("costs", "deals"),
          alert=AlertRule(0.0, above=False, needs_volume=False,
                          message=QT_TRANSLATE_NOOP("KpiAlert", "Costs exceed the revenue won."))),
    _cost("time_savings_value", QT_TRANSLATE_NOOP("Kpi", "Value of time saved"),
          QT_TRANSLATE_NOOP("Kpi", "Staff time saved by automated e-mails, at your hourly rate."),
          QT_TRANSLATE_NOOP("Kpi", "Automated e-mails sent × minutes saved per e-mail ÷ 60 × hourly rate"),
          needs=NEEDS_TIME_SAVINGS, breakdowns=("by_month", "by_workflow"), better=UP,
          tables=("email_daily", "campaigns")),
    _cost("revenue_automated_workflows", QT_TRANSLATE_NOOP("Kpi", "Revenue from automated workflows"),
          QT_TRANSLATE_NOOP("Kpi", "Revenue won credited to workflows by the attribution model."),
          QT_TRANSLATE_NOOP("Kpi", "Share of the revenue won that the attribution model gives to workflow"
                                   " enrolments and clicks in automated e-mails"),
          needs=NEEDS_ATTRIBUTION, breakdowns=("by_month", "by_workflow", "by_campaign"), better=UP,
          tables=("deals", "automated_sends")),
    _cost("roi_automation", QT_TRANSLATE_NOOP("Kpi", "Marketing automation ROI"),
          QT_TRANSLATE_NOOP("Kpi", "(Workflow revenue + time saved − automation costs) ÷ automation costs."),
          QT_TRANSLATE_NOOP("Kpi", "(Revenue from workflows + value of time saved − costs of the automation and"
                                   " e-mail channels) ÷ those costs"), RATIO,
          needs=NEEDS_AUTOMATION_ROI, breakdowns=("by_month",), better=UP, tables=("costs", "deals")),
    _cost("marketing_influenced_revenue_share", QT_TRANSLATE_NOOP("Kpi", "Marketing-influenced revenue"),
          QT_TRANSLATE_NOOP("Kpi", "Share of revenue won from deals whose contacts had a marketing touch before"
                                   " signing."),
          QT_TRANSLATE_NOOP("Kpi", "Amount of the won deals with a marketing touch before the close ÷ revenue won"),
          RATIO, needs=NEEDS_ATTRIBUTION, breakdowns=("by_month", "by_source"), better=UP, tables=("deals",)),
    _cost("customer_lifetime_value", QT_TRANSLATE_NOOP("Kpi", "Customer lifetime value (CLV)"),
          QT_TRANSLATE_NOOP("Kpi", "Revenue a customer has brought so far, on average."),
          QT_TRANSLATE_NOOP("Kpi", "Gross margin × amount of the deals won by the end of the period ÷ distinct"
                                   " customers among them"),
          needs=NEEDS_DEALS, breakdowns=(), better=UP, kind=STOCK, tables=("deals",)),
    _cost("churn_rate", QT_TRANSLATE_NOOP("Kpi", "Customer churn rate"),
          QT_TRANSLATE_NOOP("Kpi", "Share of start-of-period customers who left during it."),
          QT_TRANSLATE_NOOP("Kpi", "Customers at the start of the period who stopped being customers during it ÷"
                                   " customers at the start"), RATIO,
          needs=NEEDS_CUSTOMERS, breakdowns=("by_month",), tables=("contacts", "deals")),
    _cost("retention_rate", QT_TRANSLATE_NOOP("Kpi", "Customer retention rate"),
          QT_TRANSLATE_NOOP("Kpi", "Share of start-of-period customers still customers at its end."),
          QT_TRANSLATE_NOOP("Kpi", "Customers at the start of the period still customers at its end ÷ customers at"
                                   " the start"), RATIO,
          needs=NEEDS_CUSTOMERS, breakdowns=("by_month",), better=UP, tables=("contacts", "deals")),
)
