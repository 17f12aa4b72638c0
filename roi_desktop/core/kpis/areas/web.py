"""KPIs of the web area (KPIS §4.6): visits, key events, conversion rates and traffic peaks.

Figures are web analytics rows summed over the period; the channel of a row is the exported channel group
when there is one, else its source / medium (KPIS §3.6). Breakdowns by source / medium and landing page
list only the values the export has (a file without landing pages gives no `by_landing_page` entries).

Filter (kpis/filters.py): rows of the chosen tools (SQL) and channels (the channel is mapped here, from the
grouped rows, since the mapping is Python data). Peak days judge the site's whole traffic day by day: they
follow the tool filter and ignore the channel filter (note).
"""

from __future__ import annotations

from datetime import timedelta

from roi_desktop.core.channels import channel_of_label, channel_of_source_medium
from roi_desktop.core.kpis.catalogue.web import NEEDS_WEB
from roi_desktop.core.kpis.context import KpiContext
from roi_desktop.core.kpis.peaks import HISTORY_DAYS, SEND_LAG_DAYS, find_peaks
from roi_desktop.core.kpis.result import NO_DATA, KpiResult, Reason
from roi_desktop.core.kpis.series import Sums, count_result, null, ratio_result, unit_of, zero_denominator
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate
from roi_desktop.core.store.kpi import email as email_store
from roi_desktop.core.store.kpi import web as web_store
from roi_desktop.core.store.kpi.web import WebFigures

NOT_IN_WEB_EXPORTS = MessageTemplate(
    "kpi.web.not_in_exports",
    QT_TRANSLATE_NOOP("Messages", "Your web analytics export for this period does not carry this figure: add the"
                                  " metric to the report before downloading it."),
)
NO_LEADS = MessageTemplate(
    "kpi.web.no_leads",
    QT_TRANSLATE_NOOP("Messages", "New leads are needed: import contacts with the day they became leads (HubSpot"
                                  " “Became a Lead Date”)."),
)
SHORT_HISTORY = MessageTemplate(
    "kpi.web.short_history",
    QT_TRANSLATE_NOOP("Messages", "A peak is judged against the 28 days before it, 14 of them at least with data:"
                                  " import web analytics covering the weeks before the period."),
)

KPI_IDS = ("web_sessions", "web_key_events", "web_conversion_rate", "visit_to_lead_rate", "web_peak_days")


def _channel(row: WebFigures) -> str:
    if row.channel_group:
        return channel_of_label(row.channel_group)
    return channel_of_source_medium(row.traffic_source, row.medium)


def _add(sums: Sums, row: WebFigures) -> None:
    sums.rows += 1
    sums.add_value("sessions", row.sessions, row.source, row.sessions is None)
    sums.add_value("key_events", row.key_events, row.source, row.lacking_key_events)
    sums.add_pair("conversion", row.key_events, row.converting_sessions, row.source, row.lacking_key_events)


def compute(context: KpiContext) -> dict[str, KpiResult]:
    period = context.period
    rows = [row for row in web_store.web_figures(context.db, period.first, period.last,
                                                 sources=context.filter.sources)
            if context.filter.channel_ok(_channel(row))]
    if not rows:
        return {kpi_id: null(kpi_id, context, NO_DATA, NEEDS_WEB()) for kpi_id in KPI_IDS}
    total = Sums()
    keys = {"by_month": lambda r: r.month, "by_source": lambda r: r.source,
            "by_source_medium": lambda r: r.source_medium or None, "by_channel": _channel,
            "by_landing_page": lambda r: r.landing_page or None}
    groups: dict[str, dict[str, Sums]] = {name: {} for name in keys}
    for row in rows:
        _add(total, row)
        for name, key in keys.items():
            group = key(row)
            if group is not None:
                _add(groups[name].setdefault(group, Sums()), row)
    groups = {name: dict(sorted(found.items())) for name, found in groups.items()}
    missing = NOT_IN_WEB_EXPORTS()
    return {
        "web_sessions": count_result("web_sessions", context, total, groups, missing, key="sessions"),
        "web_key_events": count_result("web_key_events", context, total, groups, missing, key="key_events"),
        "web_conversion_rate": ratio_result("web_conversion_rate", context, total, groups, missing, key="conversion"),
        "visit_to_lead_rate": _visit_to_lead(context, total, groups["by_month"]),
        "web_peak_days": _peak_days(context),
    }


def _visit_to_lead(context: KpiContext, sessions: Sums, monthly: dict[str, Sums]) -> KpiResult:
    """New leads (funnel area) ÷ sessions: the same period's numerator over its own denominator."""
    leads = context.results.get("leads_new")
    if leads is None or leads.value is None:
        reason = leads.reason if leads is not None and leads.reason else Reason(NO_DATA, NO_LEADS())
        return null("visit_to_lead_rate", context, reason.code, reason.message)
    visits = sessions.values.get("sessions")
    if visits is None:
        return null("visit_to_lead_rate", context, "not_in_exports", NOT_IN_WEB_EXPORTS())
    if visits == 0:
        return zero_denominator("visit_to_lead_rate", context)
    monthly_leads = leads.breakdowns.get("by_month", {})
    result = KpiResult("visit_to_lead_rate", leads.value / visits, unit_of("visit_to_lead_rate", context),
                       counts={"numerator": leads.value, "denominator": visits})
    by_month, month_counts = {}, {}
    for month in context.period.months():
        numerator = monthly_leads.get(month)
        denominator = monthly[month].values.get("sessions") if month in monthly else None
        by_month[month] = numerator / denominator if numerator is not None and denominator else None
        month_counts[month] = {"numerator": numerator, "denominator": denominator}
    result.breakdowns["by_month"] = by_month
    result.month_counts = month_counts
    return result


def _peak_days(context: KpiContext) -> KpiResult:
    period = context.period
    history_start = (period.start - timedelta(days=HISTORY_DAYS)).isoformat()
    sessions = web_store.daily_sessions(context.db, history_start, period.last, sources=context.filter.sources)
    sends = email_store.send_days(context.db, (period.start - timedelta(days=SEND_LAG_DAYS)).isoformat(),
                                  period.last)
    peaks = find_peaks(sessions, period.start, period.end, float(context.setting("peak_factor")), sends)
    if not peaks.judged:
        return null("web_peak_days", context, NO_DATA, SHORT_HISTORY())
    by_month = {month: 0 for month in period.months()}
    for day in peaks.days:
        by_month[day[:7]] += 1
    return KpiResult("web_peak_days", len(peaks.days), unit_of("web_peak_days", context),
                     breakdowns={"by_month": by_month}, counts={"after_send": len(peaks.after_send)})
