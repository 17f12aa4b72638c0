"""KPIs of the e-mail area (KPIS §4.2): counts and rates over the send facts of the period.

Every figure is a sum over SF rows dated in the period; a rate sums its numerator and its denominator over
the rows that carry the numerator, so a tool that does not export complaints is left out of the complaint
rate instead of diluting it (note partial_sources). Notes also say when aggregate reports were set aside
for recipient rows (aggregate_superseded), when undated sends could not be counted (undated_excluded) and
when a total is only a count of yes/no flags (lower_bound). The MPP-free open rate also counts the opens
made by Apple Mail alone: when they pass half of the opens, the panel suggests the click signal (KPIS §2).

Filter (kpis/filters.py): only the sends of campaigns of the chosen tools and channels count (a campaign's
channel is `email`), so filtering on Brevo gives Brevo's sends, opens and clicks — `by_source[brevo]`.
"""

from __future__ import annotations

from roi_desktop.core.kpis import sends
from roi_desktop.core.kpis.catalogue.email import NEEDS_EMAIL
from roi_desktop.core.kpis.context import KpiContext
from roi_desktop.core.kpis.result import NO_DATA, KpiResult, Note
from roi_desktop.core.kpis.series import count_result, null, ratio_result
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate
from roi_desktop.core.store.kpi import email as email_store
from roi_desktop.core.store.kpi import workflows as workflow_store

NOT_IN_EMAIL_EXPORTS = MessageTemplate(
    "kpi.email.not_in_exports",
    QT_TRANSLATE_NOOP("Messages", "None of your e-mail exports for this period carries this figure."),
)
NO_MPP_FLAGS = MessageTemplate(
    "kpi.email.no_mpp_flags",
    QT_TRANSLATE_NOOP("Messages", "None of your e-mail exports for this period says which opens come only from"
                                  " Apple Mail (Brevo recipient exports do)."),
)
SUPERSEDED = MessageTemplate(
    "kpi.email.aggregate_superseded",
    QT_TRANSLATE_NOOP("Messages", "{count} campaigns are described recipient by recipient: their aggregate report"
                                  " is kept for comparison only and not added."),
)
UNDATED = MessageTemplate(
    "kpi.email.undated_excluded",
    QT_TRANSLATE_NOOP("Messages", "{count} sends without a date (automation reports, undated totals) are in no"
                                  " period; the workflow KPIs use them."),
)
LOWER_BOUND = MessageTemplate(
    "kpi.email.lower_bound",
    QT_TRANSLATE_NOOP("Messages", "{sources} only export whether each recipient opened or clicked, not how many"
                                  " times: their totals count each recipient once (a lower bound)."),
)

COUNT_IDS = sends.COUNT_IDS
RATE_IDS = sends.RATE_IDS


def compute(context: KpiContext) -> dict[str, KpiResult]:
    period = context.period
    facts = sends.load(context.db, period.first, period.last, workflow_store.workflow_names(context.db),
                       **context.filter.store_args())
    if not facts.rows:
        return {kpi_id: null(kpi_id, context, NO_DATA, NEEDS_EMAIL()) for kpi_id in COUNT_IDS + RATE_IDS}
    total, groups = facts.total(), facts.breakdowns()
    results = {}
    for kpi_id in COUNT_IDS:
        results[kpi_id] = count_result(kpi_id, context, total, groups, NOT_IN_EMAIL_EXPORTS())
    for kpi_id in RATE_IDS:
        missing = NO_MPP_FLAGS() if kpi_id == "open_rate_excl_mpp" else NOT_IN_EMAIL_EXPORTS()
        results[kpi_id] = ratio_result(kpi_id, context, total, groups, missing)
    if results["open_rate_excl_mpp"].value is not None:
        mpp, opens = total.pair("mpp_share")
        results["open_rate_excl_mpp"].counts |= {"mpp_only_opens": mpp, "unique_opens": opens}
    shared = _shared_notes(context)
    flagged = email_store.flag_only_campaigns(context.db)
    for kpi_id, result in results.items():
        if result.value is None:
            continue
        result.notes.extend(shared)
        if kpi_id in flagged:
            sources = sorted({facts.campaigns[r["campaign_id"]].source for r in facts.rows
                              if r["campaign_id"] in flagged[kpi_id]})
            if sources:
                result.notes.append(Note("lower_bound", LOWER_BOUND(sources=", ".join(sources))))
    return results


def _shared_notes(context: KpiContext) -> list[Note]:
    notes = []
    superseded = email_store.superseded_campaigns(context.db, context.period.first, context.period.last,
                                                  **context.filter.store_args())
    if superseded:
        notes.append(Note("aggregate_superseded", SUPERSEDED(count=superseded)))
    undated = email_store.undated_sends(context.db, **context.filter.store_args())
    if undated:
        notes.append(Note("undated_excluded", UNDATED(count=undated)))
    return notes
