"""KPI definitions of social networks and customer satisfaction (KPIS §4.7)."""

from roi_desktop.core.kpis.definitions import RATIO, KpiDefinition, register
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate

NEEDS_SOCIAL = MessageTemplate(
    "kpi.needs.social",
    QT_TRANSLATE_NOOP("KpiNeeds", "Import a social statistics export (LinkedIn page, Facebook…) with impressions"
                                  " and interactions per post."),
    context="KpiNeeds",
)
NEEDS_SURVEY = MessageTemplate(
    "kpi.needs.survey",
    QT_TRANSLATE_NOOP("KpiNeeds", "Import a satisfaction survey export (one answer per row, with its date and"
                                  " mark)."),
    context="KpiNeeds",
)

register(
    KpiDefinition(
        "social_engagement_rate", "social", QT_TRANSLATE_NOOP("Kpi", "Social engagement rate"),
        QT_TRANSLATE_NOOP("Kpi", "Reactions, comments and shares per impression."),
        QT_TRANSLATE_NOOP("Kpi", "(Reactions + comments + shares) ÷ impressions, posts of the period"),
        RATIO, breakdowns=("by_month", "by_source"), needs=NEEDS_SOCIAL.text, tables=("social_stats",)),
    KpiDefinition(
        "csat", "social", QT_TRANSLATE_NOOP("Kpi", "Customer satisfaction (CSAT)"),
        QT_TRANSLATE_NOOP("Kpi", "Share of satisfied answers (top two marks)."),
        QT_TRANSLATE_NOOP("Kpi", "Answers with one of the two best marks ÷ answers of the period"),
        RATIO, breakdowns=("by_month", "by_source"), needs=NEEDS_SURVEY.text, tables=("satisfaction",)),
)
