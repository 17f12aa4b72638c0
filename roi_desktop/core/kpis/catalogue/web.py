"""KPI definitions of the web area (KPIS §4.6): visits, conversions and traffic peaks from web analytics."""

from roi_desktop.core.kpis.definitions import COUNT, NEUTRAL, RATIO, KpiDefinition, register
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate

NEEDS_WEB = MessageTemplate(
    "kpi.needs.web",
    QT_TRANSLATE_NOOP("KpiNeeds", "Import a Google Analytics 4 traffic acquisition export (by day and session"
                                  " source / medium) covering the period."),
    context="KpiNeeds",
)

_ALL = ("by_month", "by_source", "by_source_medium", "by_channel", "by_landing_page")
_TABLES = ("web_traffic",)

register(
    KpiDefinition(
        "web_sessions", "web", QT_TRANSLATE_NOOP("Kpi", "Website visits"),
        QT_TRANSLATE_NOOP("Kpi", "Sessions recorded by your web analytics."),
        QT_TRANSLATE_NOOP("Kpi", "Sum of sessions in the period"),
        COUNT, breakdowns=_ALL, needs=NEEDS_WEB.text, tables=_TABLES),
    KpiDefinition(
        "web_key_events", "web", QT_TRANSLATE_NOOP("Kpi", "Key events"),
        QT_TRANSLATE_NOOP("Kpi", "Conversions on the site: forms, demo requests…"),
        QT_TRANSLATE_NOOP("Kpi", "Sum of key events (conversions) in the period"),
        COUNT, breakdowns=_ALL, needs=NEEDS_WEB.text, tables=_TABLES),
    KpiDefinition(
        "web_conversion_rate", "web", QT_TRANSLATE_NOOP("Kpi", "Website conversion rate"),
        QT_TRANSLATE_NOOP("Kpi", "Key events per visit (per landing page: landing-page conversion)."),
        QT_TRANSLATE_NOOP("Kpi", "Key events ÷ sessions"),
        RATIO, breakdowns=("by_month", "by_source_medium", "by_channel", "by_landing_page"), needs=NEEDS_WEB.text,
        tables=_TABLES),
    KpiDefinition(
        "visit_to_lead_rate", "web", QT_TRANSLATE_NOOP("Kpi", "Visit-to-lead rate"),
        QT_TRANSLATE_NOOP("Kpi", "New leads per visit."),
        QT_TRANSLATE_NOOP("Kpi", "New leads ÷ sessions"),
        RATIO, breakdowns=("by_month",), needs=NEEDS_WEB.text, tables=("web_traffic", "stage_history")),
    KpiDefinition(
        "web_peak_days", "web", QT_TRANSLATE_NOOP("Kpi", "Traffic peak days"),
        QT_TRANSLATE_NOOP("Kpi", "Days well above usual traffic: do they follow your sends?"),
        QT_TRANSLATE_NOOP("Kpi", "Days whose sessions reach the peak factor times the median of the 28 days"
                                 " before (at least 14 of them with data); also counted: peaks on a send day or"
                                 " up to 2 days after"),
        COUNT, breakdowns=("by_month",), needs=NEEDS_WEB.text, better=NEUTRAL, tables=_TABLES),
)
