"""The area sheets, declared as data: which KPIs each lists, which monthly and breakdown tables, which charts.

Every area sheet opens with the period figures of all its KPIs (so every KPI of the catalogue is in the
workbook, with the previous period and the change), then its monthly tables (with a native chart) and its
breakdowns by tool, channel, campaign, workflow… Columns computed by formula (`Derive`) are the ones a
finance reader re-computes: rates from their counts, ROI, CPL and CAC from costs and results.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.reporting import content
from roi_desktop.core.reporting.content import Chart, Sheet, Table
from roi_desktop.core.reporting.kpi_tables import (
    Derive,
    Spec,
    breakdown_table,
    monthly_table,
)
from roi_desktop.core.reporting.summary import figures_table
from roi_desktop.core.reporting.texts import Texts

R, M, ROI, SHARE = content.RATIO_OP, content.MONEY_RATIO_OP, content.ROI_OP, content.SHARE_OP


@dataclass(frozen=True)
class TableSpec:
    """A monthly or breakdown table: `chart` indexes `columns` (bars, then lines on a second axis)."""

    key: str
    title: str
    columns: tuple[Spec, ...]
    breakdown: str = "by_month"
    chart: Chart | None = None
    filter: bool = False
    partial: bool = False


@dataclass(frozen=True)
class AreaSpec:
    key: str
    name: str
    title: str
    figures: tuple[str, ...]
    tables: tuple[TableSpec, ...]


_EMAIL_RATES: tuple[Spec, ...] = (
    Derive("open_rate", R, ("unique_opens", "emails_delivered")),
    Derive("click_rate", R, ("unique_clicks", "emails_delivered")),
    Derive("unsubscribe_rate", R, ("unsubscribes", "emails_delivered")),
)
_EMAIL_SHORT: tuple[Spec, ...] = ("emails_sent", "emails_delivered", "unique_opens", "unique_clicks",
                                  "unsubscribes", *_EMAIL_RATES)
_FUNNEL_COUNTS = ("subscribers_new", "leads_new", "mqls_new", "sqls_new", "opportunities_new", "customers_new")
_FUNNEL_RATES = ("lead_to_mql_rate", "mql_to_sql_rate", "sql_to_customer_rate", "mql_to_customer_rate",
                 "lead_to_customer_rate")
_COST_PER: tuple[Spec, ...] = (
    "costs_total", "leads_new", Derive("cost_per_lead", M, ("costs_total", "leads_new")),
    "mqls_new", Derive("cost_per_mql", M, ("costs_total", "mqls_new")),
    "customers_new", Derive("customer_acquisition_cost", M, ("costs_total", "customers_new")),
)
_WEB: tuple[Spec, ...] = ("web_sessions", "web_key_events",
                          Derive("web_conversion_rate", R, ("web_key_events", "web_sessions")))

AREAS: tuple[AreaSpec, ...] = (
    AreaSpec(
        "engagement", QT_TRANSLATE_NOOP("Workbook", "Engagement"),
        QT_TRANSLATE_NOOP("Workbook", "Engagement: contacts and e-mails"),
        ("contacts_total", "contacts_new", "contacts_active", "contacts_inactive", "contacts_unsubscribed",
         "emails_sent", "emails_delivered", "emails_bounced", "hard_bounces", "soft_bounces", "unique_opens",
         "unique_clicks", "total_opens", "total_clicks", "unsubscribes", "complaints", "open_rate", "click_rate",
         "click_to_open_rate", "unsubscribe_rate", "bounce_rate", "complaint_rate", "open_rate_excl_mpp"),
        (
            TableSpec("email_by_month", QT_TRANSLATE_NOOP("Workbook", "E-mails by month"), (
                "emails_sent", "emails_delivered", "emails_bounced", "unique_opens", "unique_clicks",
                "unsubscribes", "complaints", *_EMAIL_RATES[:2],
                Derive("click_to_open_rate", R, ("unique_clicks", "unique_opens")),
                Derive("bounce_rate", R, ("emails_bounced", "emails_sent")), _EMAIL_RATES[2], "complaint_rate"),
                chart=Chart(QT_TRANSLATE_NOOP("Workbook", "E-mails sent (bars) and open and click rates (lines)"),
                            bars=(0,), lines=(7, 8))),
            TableSpec("contacts_by_month", QT_TRANSLATE_NOOP("Workbook", "Contacts by month"), (
                "contacts_total", "contacts_new", "contacts_active", "contacts_inactive", "contacts_unsubscribed")),
            TableSpec("email_by_source", QT_TRANSLATE_NOOP("Workbook", "E-mails by tool"), _EMAIL_SHORT, "by_source"),
            TableSpec("email_by_campaign", QT_TRANSLATE_NOOP("Workbook", "E-mails by campaign"), _EMAIL_SHORT,
                      "by_campaign", filter=True),
            TableSpec("email_by_workflow", QT_TRANSLATE_NOOP("Workbook", "Automated e-mails by workflow"),
                      _EMAIL_SHORT, "by_workflow", partial=True),
            TableSpec("contacts_by_source", QT_TRANSLATE_NOOP("Workbook", "Contacts by tool"),
                      ("contacts_total", "contacts_unsubscribed"), "by_source"),
        ),
    ),
    AreaSpec(
        "acquisition", QT_TRANSLATE_NOOP("Workbook", "Acquisition & funnel"),
        QT_TRANSLATE_NOOP("Workbook", "Acquisition and funnel: from contact to customer"),
        (*_FUNNEL_COUNTS, *_FUNNEL_RATES, "sql_rejection_rate", "average_lead_score", "deals_created",
         "deals_won", "deals_lost", "deals_open", "win_rate", "sales_cycle_days"),
        (
            TableSpec("funnel_by_month", QT_TRANSLATE_NOOP("Workbook", "Funnel by month"),
                      (*_FUNNEL_COUNTS, *_FUNNEL_RATES, "sql_rejection_rate"),
                      chart=Chart(QT_TRANSLATE_NOOP("Workbook", "New leads, MQLs and customers by month"),
                                  bars=(1, 2, 5))),
            TableSpec("deals_by_month", QT_TRANSLATE_NOOP("Workbook", "Deals by month"), (
                "deals_created", "deals_won", "deals_lost", "deals_open",
                Derive("win_rate", SHARE, ("deals_won", "deals_lost")), "sales_cycle_days")),
            TableSpec("funnel_by_channel", QT_TRANSLATE_NOOP("Workbook", "Funnel by channel"),
                      (*_FUNNEL_COUNTS, *_FUNNEL_RATES), "by_channel", filter=True),
            TableSpec("funnel_by_source", QT_TRANSLATE_NOOP("Workbook", "Funnel and deals by tool"), (
                "leads_new", "mqls_new", "sqls_new", "customers_new", "deals_created", "deals_won", "deals_lost",
                Derive("win_rate", SHARE, ("deals_won", "deals_lost")), "sales_cycle_days"), "by_source"),
            TableSpec("leads_by_automation", QT_TRANSLATE_NOOP("Workbook", "Lead conversion with and without workflows"),
                      ("lead_to_customer_rate",), "by_automation"),
        ),
    ),
    AreaSpec(
        "revenue", QT_TRANSLATE_NOOP("Workbook", "Revenue & ROI"),
        QT_TRANSLATE_NOOP("Workbook", "Revenue and return on investment"),
        ("revenue_won", "costs_total", "roi", "average_deal_value", "qualified_lead_value",
         "revenue_automated_workflows", "time_savings_value", "roi_automation", "marketing_influenced_revenue_share",
         "customer_lifetime_value", "churn_rate", "retention_rate"),
        (
            TableSpec("revenue_by_month", QT_TRANSLATE_NOOP("Workbook", "Revenue, costs and ROI by month"), (
                "revenue_won", "costs_total", Derive("roi", ROI, ("revenue_won", "costs_total")), "deals_won",
                Derive("average_deal_value", M, ("revenue_won", "deals_won")), "revenue_automated_workflows",
                "roi_automation", "marketing_influenced_revenue_share"),
                chart=Chart(QT_TRANSLATE_NOOP("Workbook", "Revenue won and marketing costs (bars), ROI (line)"),
                            bars=(0, 1), lines=(2,))),
            TableSpec("revenue_by_channel", QT_TRANSLATE_NOOP("Workbook", "Revenue and costs by channel"), (
                "revenue_won", *_COST_PER), "by_channel", filter=True),
            TableSpec("revenue_by_source", QT_TRANSLATE_NOOP("Workbook", "Revenue by tool"), (
                "revenue_won", "deals_won", Derive("average_deal_value", M, ("revenue_won", "deals_won")),
                "marketing_influenced_revenue_share"), "by_source"),
            TableSpec("revenue_by_workflow", QT_TRANSLATE_NOOP("Workbook", "Revenue and time saved by workflow"),
                      ("revenue_automated_workflows", "time_savings_value"), "by_workflow"),
        ),
    ),
    AreaSpec(
        "costs", QT_TRANSLATE_NOOP("Workbook", "Costs"), QT_TRANSLATE_NOOP("Workbook", "Marketing costs"),
        ("costs_total", "cost_per_lead", "cost_per_mql", "customer_acquisition_cost", "cost_per_acquisition"),
        (
            TableSpec("costs_by_month", QT_TRANSLATE_NOOP("Workbook", "Costs and cost per result by month"),
                      (*_COST_PER, "cost_per_acquisition"),
                      chart=Chart(QT_TRANSLATE_NOOP("Workbook", "Marketing costs by month"), bars=(0,))),
            TableSpec("costs_by_category", QT_TRANSLATE_NOOP("Workbook", "Costs by category"), ("costs_total",),
                      "by_category",
                      chart=Chart(QT_TRANSLATE_NOOP("Workbook", "Share of each cost category"), bars=(0,), kind="pie")),
            TableSpec("costs_by_channel", QT_TRANSLATE_NOOP("Workbook", "Costs and cost per result by channel"),
                      (*_COST_PER, "cost_per_acquisition"), "by_channel", filter=True),
        ),
    ),
    AreaSpec(
        "usage", QT_TRANSLATE_NOOP("Workbook", "Usage"), QT_TRANSLATE_NOOP("Workbook", "Use of the automation tool"),
        ("workflows_total", "workflows_active", "workflows_without_trigger", "triggers_configured",
         "workflows_without_goal", "workflows_active_without_enrolment", "workflows_enrolled",
         "workflow_completion_rate", "emails_configured", "automated_emails_sent", "automated_email_share"),
        (
            TableSpec("usage_by_month", QT_TRANSLATE_NOOP("Workbook", "Automated e-mails by month"), (
                "emails_sent", "automated_emails_sent",
                Derive("automated_email_share", R, ("automated_emails_sent", "emails_sent")), "time_savings_value"),
                chart=Chart(QT_TRANSLATE_NOOP("Workbook", "All e-mails and automated e-mails sent by month"),
                            bars=(0, 1))),
            TableSpec("usage_by_workflow", QT_TRANSLATE_NOOP("Workbook", "Workflows"), (
                "workflows_enrolled", "workflow_completion_rate", "emails_configured", "automated_emails_sent",
                "time_savings_value", "revenue_automated_workflows"), "by_workflow", filter=True),
            TableSpec("usage_by_source", QT_TRANSLATE_NOOP("Workbook", "Workflow hygiene by tool"), (
                "workflows_total", "workflows_active", "workflows_without_trigger", "triggers_configured",
                "workflows_without_goal", "workflows_active_without_enrolment", "workflows_enrolled",
                "workflow_completion_rate", "automated_emails_sent", "automated_email_share"), "by_source"),
        ),
    ),
    AreaSpec(
        "web", QT_TRANSLATE_NOOP("Workbook", "Web"), QT_TRANSLATE_NOOP("Workbook", "Website, social media and satisfaction"),
        ("web_sessions", "web_key_events", "web_conversion_rate", "visit_to_lead_rate", "web_peak_days",
         "social_engagement_rate", "csat"),
        (
            TableSpec("web_by_month", QT_TRANSLATE_NOOP("Workbook", "Website by month"), (
                *_WEB, "leads_new", Derive("visit_to_lead_rate", R, ("leads_new", "web_sessions")), "web_peak_days",
                "social_engagement_rate", "csat"),
                chart=Chart(QT_TRANSLATE_NOOP("Workbook", "Visits (bars) and conversion rate (line) by month"),
                            bars=(0,), lines=(2,))),
            TableSpec("web_by_channel", QT_TRANSLATE_NOOP("Workbook", "Website by channel"), _WEB, "by_channel"),
            TableSpec("web_by_source_medium", QT_TRANSLATE_NOOP("Workbook", "Website by source / medium"), _WEB,
                      "by_source_medium", filter=True),
            TableSpec("web_by_landing_page", QT_TRANSLATE_NOOP("Workbook", "Website by landing page"), _WEB,
                      "by_landing_page"),
        ),
    ),
)
BY_KEY = {area.key: area for area in AREAS}
FIGURES = QT_TRANSLATE_NOOP("Workbook", "Figures of the period")
NO_TABLE = QT_TRANSLATE_NOOP("Workbook", "No monthly or detailed figures: the exports this area needs are not"
                                         " imported for the period (see the notes above).")


def area_sheet(spec: AreaSpec, data: Any, texts: Texts) -> Sheet:
    """An area's sheet from the computed data (service.ExportData): figures, then its tables."""
    sheet = Sheet(spec.key, texts(spec.name), texts(spec.title), intro=list(data.intro))
    sheet.tables.append(figures_table("figures", texts(FIGURES), ((None, spec.figures),), data.current, data.base,
                                      data.deltas, texts, data.comparison, details=True))
    for table_spec in spec.tables:
        table = _table(table_spec, data, texts)
        if table is not None:
            sheet.tables.append(table)
    for extra in data.extras.get(spec.key, ()):
        if extra is not None:
            sheet.tables.append(extra)
    if len(sheet.tables) == 1:
        sheet.tables[0].notes.append(texts(NO_TABLE))
    return sheet


def _table(spec: TableSpec, data: Any, texts: Texts) -> Table | None:
    chart = Chart(texts(spec.chart.title), spec.chart.bars, spec.chart.lines, spec.chart.kind) if spec.chart else None
    if spec.breakdown == "by_month":
        return monthly_table(spec.key, texts(spec.title), data.current, spec.columns, texts, chart=chart)
    table = breakdown_table(spec.key, texts(spec.title), data.current, spec.columns, spec.breakdown, texts,
                            filter=spec.filter, partial=spec.partial)
    if table is not None and chart is not None:
        found = [table.column_of(spec.columns[i] if isinstance(spec.columns[i], str) else spec.columns[i].kpi)
                 for i in chart.bars]
        table.chart = Chart(chart.title, tuple(c for c in found if c is not None), (), chart.kind)
    return table
