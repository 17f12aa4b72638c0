"""KPIs of social networks and customer satisfaction (KPIS §4.7): engagement rate and CSAT.

Both are ratios of the period's own sums, broken down by month and by network or survey tool.
"""

from __future__ import annotations

from roi_desktop.core.kpis.catalogue.social import NEEDS_SOCIAL, NEEDS_SURVEY
from roi_desktop.core.kpis.context import KpiContext
from roi_desktop.core.kpis.result import NO_DATA, KpiResult
from roi_desktop.core.kpis.series import Sums, null, ratio_result
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate
from roi_desktop.core.store.kpi import social as social_store

NO_IMPRESSIONS = MessageTemplate(
    "kpi.social.no_impressions",
    QT_TRANSLATE_NOOP("Messages", "Your social statistics for this period give no impressions with interactions."),
)


def compute(context: KpiContext) -> dict[str, KpiResult]:
    first, last = context.period.first, context.period.last
    engagement = social_store.engagement(context.db, first, last)
    answers = [(*row, 0) for row in social_store.satisfaction(context.db, first, last)]
    return {
        "social_engagement_rate": _ratio("social_engagement_rate", context, engagement, NEEDS_SOCIAL,
                                         NO_IMPRESSIONS),
        "csat": _ratio("csat", context, answers, NEEDS_SURVEY, NEEDS_SURVEY),
    }


def _ratio(kpi_id: str, context: KpiContext, rows: list[tuple[str, str, float | None, float | None, int]],
           needs: MessageTemplate, missing: MessageTemplate) -> KpiResult:
    """A ratio from rows (month, source, numerator, denominator, rows lacking the figures)."""
    if not rows:
        return null(kpi_id, context, NO_DATA, needs())
    total: Sums = Sums()
    groups: dict[str, dict[str, Sums]] = {"by_month": {}, "by_source": {}}
    for month, source, numerator, denominator, lacking in rows:
        for sums in (total, groups["by_month"].setdefault(month, Sums()),
                     groups["by_source"].setdefault(source, Sums())):
            sums.rows += 1
            sums.add_pair(kpi_id, numerator, denominator, source, lacking)
    groups["by_source"] = dict(sorted(groups["by_source"].items()))
    return ratio_result(kpi_id, context, total, groups, missing())
