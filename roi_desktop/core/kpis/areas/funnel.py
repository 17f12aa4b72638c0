"""KPIs of the funnel (KPIS §3.3, §4.3): new contacts per stage, cohort conversion rates, MQLs rejected by
sales, the average lead score.

Rates are cohort rates: the contacts who entered the starting stage in the period, followed whatever the
date of their conversion, within `conversion_window_days` — so a rate stays within 0–100 % and answers
"what share of our MQLs become customers?". `qualified_lead_value` multiplies a rate of this area by the
average deal value, so the deals area computes it.

Filter (kpis/filters.py): a stage entry counts when the contact's channel is chosen and its earliest entry in
the stage comes from a chosen tool (the tool `by_source` credits); cohorts start from the filtered entries of
their first stage and follow those contacts wherever they convert. Channels partition contacts, so the leads
of every channel add up to all leads. The average lead score is a snapshot of current scores, chosen by tool
with `score_source`: it ignores the filter (note).
"""

from __future__ import annotations

from collections import defaultdict

from roi_desktop.core.importing.fields import header_key
from roi_desktop.core.kpis.breakdowns import ratio_map, set_month_ratios
from roi_desktop.core.kpis.catalogue.funnel import NEEDS_SCORES, NEEDS_STAGES
from roi_desktop.core.kpis.context import KpiContext
from roi_desktop.core.kpis.result import (
    NO_DATA,
    NOT_IN_EXPORTS,
    SETTING_MISSING,
    ZERO_DENOMINATOR,
    KpiResult,
    Note,
    Reason,
    ratio,
)
from roi_desktop.core.kpis.series import SNAPSHOT, months_filled, null, unit_of
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate
from roi_desktop.core.stages import OPEN_LEAD_STAGES, STAGES, stage_of_label
from roi_desktop.core.store.kpi import funnel as store
from roi_desktop.core.store.kpi.funnel import COHORTS, FunnelRows

NEW_IDS = dict(zip(STAGES, ("subscribers_new", "leads_new", "mqls_new", "sqls_new", "opportunities_new",
                            "customers_new"), strict=True))
RATE_IDS = dict(zip(COHORTS, ("lead_to_mql_rate", "mql_to_sql_rate", "sql_to_customer_rate", "mql_to_customer_rate",
                              "lead_to_customer_rate"), strict=True))
SCORE_SOURCES = ("hubspot", "mautic", "activecampaign", "plezi", "brevo")
"""Tools whose scores `score_source = auto` reads when no scoring model is active, in this order."""

NO_ACTIVE_MODEL = MessageTemplate("funnel.no_active_model", QT_TRANSLATE_NOOP(
    "Messages", "The funnel follows the scoring model, but no scoring model is active: activate one, or base the"
                " funnel on the imported stages again."))
MODEL_NOT_EVALUATED = MessageTemplate("funnel.model_not_evaluated", QT_TRANSLATE_NOOP(
    "Messages", "The active scoring model has not placed anyone in the funnel yet: evaluate it."))
EMPTY_COHORT = MessageTemplate("funnel.empty_cohort", QT_TRANSLATE_NOOP(
    "Messages", "Nobody entered the starting stage in this period."))
NO_LEAD_STATUS = MessageTemplate("funnel.no_lead_status", QT_TRANSLATE_NOOP(
    "Messages", "None of these MQLs has a lead status in your exports: import a CRM contacts export with its"
                " “Lead Status” column."))
COHORT_MATURING = MessageTemplate("funnel.cohort_maturing", QT_TRANSLATE_NOOP(
    "Messages", "{count} of these contacts entered less than {days} days before the end of your data: some may"
                " still convert, so the rate can still rise."))
NO_SCORES_FROM = MessageTemplate("funnel.no_scores_from", QT_TRANSLATE_NOOP(
    "Messages", "Your exports carry no lead score from {source}: import its contacts export, or choose another"
                " score source."))
NO_OPEN_LEADS = MessageTemplate("funnel.no_open_leads", QT_TRANSLATE_NOOP(
    "Messages", "No scored contact is currently a lead, MQL or SQL."))
FROM_MODEL = MessageTemplate("funnel.from_model", QT_TRANSLATE_NOOP(
    "Messages", "From the scoring model “{name}”, version {version} (saved {saved}), applied {applied}."))


def compute(context: KpiContext) -> dict[str, KpiResult]:
    results = {"average_lead_score": average_lead_score(context)}
    ids = [*NEW_IDS.values(), *RATE_IDS.values(), "sql_rejection_rate"]
    origin, reason = _origin(context)
    if origin is not None:
        rows = store.funnel_rows(context.db, origin, context.period.start, context.period.end,
                                 int(context.setting("conversion_window_days")), context.data_end,
                                 **context.filter.store_args())
        if not rows.new:
            reason = Reason(NO_DATA, NEEDS_STAGES())
    if reason is not None:
        return results | {kpi_id: null(kpi_id, context, reason.code, reason.message) for kpi_id in ids}
    for stage, kpi_id in NEW_IDS.items():
        results[kpi_id] = _new(context, kpi_id, stage, rows)
    for pair, kpi_id in RATE_IDS.items():
        results[kpi_id] = _cohort_rate(context, kpi_id, pair, rows)
    results["sql_rejection_rate"] = _rejection_rate(context, rows)
    if origin != "import":
        note = _model_note(context, store.active_model_id(context.db))
        for kpi_id in ids:
            if results[kpi_id].value is not None and note is not None:
                results[kpi_id].notes.append(note)
    return results


def _model_note(context: KpiContext, model_id: int | None) -> Note | None:
    """Which scoring model version produced a figure (issue #6: results say which version made them)."""
    described = store.model_version(context.db, model_id) if model_id is not None else None
    if described is None:
        return None
    name, version, saved, applied = described
    return Note("scoring_model", FROM_MODEL(name=name, version=version, saved=saved[:10],
                                            applied=(applied or "")[:10]))


def _origin(context: KpiContext) -> tuple[str | None, Reason | None]:
    """Which stage entries the funnel reads (`funnel_basis`), or why there are none."""
    if context.setting("funnel_basis") != "model":
        return "import", None
    model_id = store.active_model_id(context.db)
    if model_id is None:
        return None, Reason(SETTING_MISSING, NO_ACTIVE_MODEL())
    origin = store.model_origin(model_id)
    if not store.has_entries(context.db, origin):
        return None, Reason(NO_DATA, MODEL_NOT_EVALUATED())
    return origin, None


def _new(context: KpiContext, kpi_id: str, stage: str, rows: FunnelRows) -> KpiResult:
    """Contacts entering `stage` in the period; tools and channels seen at any stage are listed (0 if none)."""
    months: dict[str, int] = defaultdict(int)
    sources = dict.fromkeys(sorted({key[2] for key in rows.new}), 0)
    channels = dict.fromkeys(sorted({key[3] for key in rows.new}), 0)
    for (entered, month, source, channel), count in rows.new.items():
        if entered == stage:
            months[month] += count
            sources[source] += count
            channels[channel] += count
    return KpiResult(kpi_id, sum(months.values()), unit_of(kpi_id, context), {
        "by_month": months_filled(context.period.months(), months),
        "by_source": sources,
        "by_channel": channels,
    })


def _cohort_rate(context: KpiContext, kpi_id: str, pair: tuple[str, str], rows: FunnelRows) -> KpiResult:
    by_month: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_channel: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    maturing = 0
    for (source, target, month, channel), (members, converted, open_window) in rows.cohorts.items():
        if (source, target) == pair:
            for group in (by_month[month], by_channel[channel]):
                group[0] += converted
                group[1] += members
            maturing += open_window
    converted, members = sum(g[0] for g in by_month.values()), sum(g[1] for g in by_month.values())
    if not members:
        return null(kpi_id, context, ZERO_DENOMINATOR, EMPTY_COHORT())
    result = KpiResult(kpi_id, converted / members, unit_of(kpi_id, context),
                       counts={"numerator": converted, "denominator": members})
    set_month_ratios(result, context, {m: g[0] for m, g in by_month.items()}, {m: g[1] for m, g in by_month.items()})
    result.breakdowns["by_channel"] = ratio_map({c: g[0] for c, g in by_channel.items()},
                                                {c: g[1] for c, g in by_channel.items()})
    if pair == ("lead", "customer"):
        groups = {group: rows.automation.get(group, (0, 0)) for group in ("enrolled", "not_enrolled")}
        result.breakdowns["by_automation"] = {group: ratio(done, count) for group, (count, done) in groups.items()}
    if maturing:
        result.notes.append(Note("cohort_maturing", COHORT_MATURING(
            count=maturing, days=int(context.setting("conversion_window_days")))))
    return result


def _rejection_rate(context: KpiContext, rows: FunnelRows) -> KpiResult:
    """MQLs of the period never accepted as SQL whose lead status is one of `rejected_lead_statuses`."""
    kpi_id = "sql_rejection_rate"
    rejected_labels = {header_key(label) for label in context.setting("rejected_lead_statuses") or ()}
    members: dict[str, int] = defaultdict(int)
    rejected: dict[str, int] = defaultdict(int)
    with_status = 0
    for (month, entered_sql, status), count in rows.rejection.items():
        members[month] += count
        if status:
            with_status += count
            if not entered_sql and header_key(status) in rejected_labels:
                rejected[month] += count
    total = sum(members.values())
    if not total:
        return null(kpi_id, context, ZERO_DENOMINATOR, EMPTY_COHORT())
    if not with_status:
        return null(kpi_id, context, NOT_IN_EXPORTS, NO_LEAD_STATUS())
    result = KpiResult(kpi_id, sum(rejected.values()) / total, unit_of(kpi_id, context),
                       counts={"numerator": sum(rejected.values()), "denominator": total})
    set_month_ratios(result, context, rejected, members)
    return result


def average_lead_score(context: KpiContext) -> KpiResult:
    """Mean score of open leads (current stage lead, MQL or SQL; every scored contact whose stage is unknown)
    from `score_source`; `by_source` shows each tool's own mean beside the one chosen."""
    kpi_id = "average_lead_score"
    to = context.period.last
    per_tool: dict[str, list[float]] = {}
    for tool, label, count, total in store.score_groups(context.db, to):
        sums = per_tool.setdefault(tool, [0, 0.0])
        if label is None or stage_of_label(label) in OPEN_LEAD_STAGES:
            sums[0] += count
            sums[1] += total
    chosen = context.setting("score_source") or "auto"
    model = [0, 0.0]
    model_id = store.active_model_id(context.db) if chosen == "auto" else None
    for stage, count, total in store.model_score_groups(context.db, model_id, to) if model_id is not None else ():
        if stage in OPEN_LEAD_STAGES:  # a model knows every stage: NULL = no stage reached, not "unknown"
            model = [model[0] + count, model[1] + total]
    if chosen != "auto":
        if chosen not in per_tool:
            return null(kpi_id, context, NOT_IN_EXPORTS, NO_SCORES_FROM(source=chosen))
        count, total = per_tool[chosen]
    elif model[0]:
        count, total = model
    else:
        source = next((tool for tool in SCORE_SOURCES if tool in per_tool), None)
        if source is None:
            return null(kpi_id, context, NO_DATA, NEEDS_SCORES())
        count, total = per_tool[source]
    if not count:
        return null(kpi_id, context, ZERO_DENOMINATOR, NO_OPEN_LEADS())
    by_source = {tool: ratio(sums[1], sums[0]) for tool, sums in sorted(per_tool.items())}
    notes = [Note("snapshot", SNAPSHOT())]
    if chosen == "auto" and model[0]:
        note = _model_note(context, model_id)
        notes += [note] if note is not None else []
    return KpiResult(kpi_id, total / count, unit_of(kpi_id, context), {"by_source": by_source},
                     counts={"numerator": total, "denominator": count}, notes=notes)
