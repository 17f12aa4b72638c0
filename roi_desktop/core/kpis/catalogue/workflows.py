"""KPI definitions of the workflow area (KPIS §4.7): automation hygiene and automated sends.

Workflow counts are snapshots of the inventory and automation reports; automated sends are flows over the
e-mail send facts.
"""

from roi_desktop.core.kpis.catalogue.email import NEEDS_EMAIL
from roi_desktop.core.kpis.definitions import (
    COUNT, DOWN, FLOW, NEUTRAL, RATIO, SNAPSHOT, UP, AlertRule, KpiDefinition, register,
)
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate

NEEDS_WORKFLOWS = MessageTemplate(
    "kpi.needs.workflows",
    QT_TRANSLATE_NOOP("KpiNeeds", "Import your workflow inventory (a workbook listing each workflow, its status,"
                                  " trigger and goal) or an automation report (ActiveCampaign automations…)."),
    context="KpiNeeds",
)

_TABLES = ("workflows",)


def _workflow(kpi_id: str, name: str, tooltip: str, formula: str, unit: str = COUNT,
              breakdowns: tuple[str, ...] = ("by_source",), better: str = UP,
              alert: AlertRule | None = None) -> KpiDefinition:
    return KpiDefinition(kpi_id, "workflows", name, tooltip, formula, unit, SNAPSHOT, breakdowns,
                         NEEDS_WORKFLOWS.text, better, alert, _TABLES)


register(
    _workflow("workflows_total", QT_TRANSLATE_NOOP("Kpi", "Workflows"),
              QT_TRANSLATE_NOOP("Kpi", "Automations defined in your tools."),
              QT_TRANSLATE_NOOP("Kpi", "Number of workflows created by the end of the period or of unknown date")),
    _workflow("workflows_active", QT_TRANSLATE_NOOP("Kpi", "Active workflows"),
              QT_TRANSLATE_NOOP("Kpi", "Workflows switched on."),
              QT_TRANSLATE_NOOP("Kpi", "Number of workflows whose status is active")),
    _workflow("workflows_without_trigger", QT_TRANSLATE_NOOP("Kpi", "Workflows without trigger"),
              QT_TRANSLATE_NOOP("Kpi", "With no trigger, a workflow never starts."),
              QT_TRANSLATE_NOOP("Kpi", "Number of workflows whose trigger is known to be empty, whatever their"
                                       " status"), better=DOWN,
              alert=AlertRule(1, inclusive=True, on="active", needs_volume=False, message=QT_TRANSLATE_NOOP(
                  "KpiAlert", "An active workflow has no trigger: it will never start."))),
    _workflow("triggers_configured", QT_TRANSLATE_NOOP("Kpi", "Configured triggers"),
              QT_TRANSLATE_NOOP("Kpi", "Workflows whose trigger is set."),
              QT_TRANSLATE_NOOP("Kpi", "Number of workflows with a trigger")),
    _workflow("workflows_without_goal", QT_TRANSLATE_NOOP("Kpi", "Workflows without goal"),
              QT_TRANSLATE_NOOP("Kpi", "With no goal you cannot judge a workflow."),
              QT_TRANSLATE_NOOP("Kpi", "Number of workflows whose goal is known to be empty, whatever their"
                                       " status"), better=DOWN),
    _workflow("workflows_active_without_enrolment", QT_TRANSLATE_NOOP("Kpi", "Active workflows nobody enters"),
              QT_TRANSLATE_NOOP("Kpi", "Switched on, yet no contact entered."),
              QT_TRANSLATE_NOOP("Kpi", "Number of active workflows with 0 contacts enrolled"), better=DOWN,
              alert=AlertRule(1, inclusive=True, needs_volume=False, message=QT_TRANSLATE_NOOP(
                  "KpiAlert", "An active workflow has nobody enrolled: check its trigger."))),
    _workflow("workflows_enrolled", QT_TRANSLATE_NOOP("Kpi", "Workflow enrolments"),
              QT_TRANSLATE_NOOP("Kpi", "Contacts who entered your workflows."),
              QT_TRANSLATE_NOOP("Kpi", "Sum of contacts enrolled in the workflows"),
              breakdowns=("by_source", "by_workflow")),
    _workflow("workflow_completion_rate", QT_TRANSLATE_NOOP("Kpi", "Workflow completion rate"),
              QT_TRANSLATE_NOOP("Kpi", "Share of enrolled contacts who reached the end."),
              QT_TRANSLATE_NOOP("Kpi", "Contacts who completed ÷ contacts enrolled, over the workflows reporting"
                                       " both (the export's own rate is not used)"), RATIO,
              breakdowns=("by_source", "by_workflow"),
              alert=AlertRule(0.5, above=False, message=QT_TRANSLATE_NOOP(
                  "KpiAlert", "Contacts drop out before the end of your scenarios."))),
    _workflow("emails_configured", QT_TRANSLATE_NOOP("Kpi", "E-mails in workflows"),
              QT_TRANSLATE_NOOP("Kpi", "E-mails your workflows contain."),
              QT_TRANSLATE_NOOP("Kpi", "Sum of the e-mails listed in the inventory, else the distinct automated"
                                       " e-mails sent by each workflow"),
              breakdowns=("by_source", "by_workflow"), better=NEUTRAL),
    KpiDefinition(
        "automated_emails_sent", "workflows", QT_TRANSLATE_NOOP("Kpi", "Automated e-mails sent"),
        QT_TRANSLATE_NOOP("Kpi", "E-mails sent by workflows in the period."),
        QT_TRANSLATE_NOOP("Kpi", "Sum of recipients of the automated e-mails sent in the period"), COUNT, FLOW,
        ("by_month", "by_source", "by_workflow", "by_campaign"), NEEDS_EMAIL.text,
        tables=("email_daily", "campaign_stats", "campaigns")),
    KpiDefinition(
        "automated_email_share", "workflows", QT_TRANSLATE_NOOP("Kpi", "Share of automated e-mails"),
        QT_TRANSLATE_NOOP("Kpi", "Share of automated e-mails among all sends."),
        QT_TRANSLATE_NOOP("Kpi", "Automated e-mails sent ÷ e-mails sent"), RATIO, FLOW,
        ("by_month", "by_source"), NEEDS_EMAIL.text, tables=("email_daily", "campaign_stats", "campaigns")),
)
