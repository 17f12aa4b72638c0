"""The KPIs made of attribution credit (KPIS §4.5, §6): revenue_won by channel, the revenue of automated
workflows and the share of revenue marketing influenced.

They share one set of journeys (the touch queries are the costly part) and the model of `attribution_model`,
computed by the deals area for the deals won in the period — each deal's journey, credit and influence once per
state of the data and settings (attribution.py `credited`), since none of them depends on the period.
"""

from __future__ import annotations

from collections import defaultdict
from operator import attrgetter

from roi_desktop.core.kpis import attribution
from roi_desktop.core.kpis.attribution_models import MODELS
from roi_desktop.core.kpis.breakdowns import money_map, ratio_map, set_month_ratios
from roi_desktop.core.kpis.context import KpiContext
from roi_desktop.core.kpis.result import NOT_IN_EXPORTS, ZERO_DENOMINATOR, KpiResult, Note, money
from roi_desktop.core.kpis.series import months_filled, null, unit_of
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate
from roi_desktop.core.store.kpi import attribution as store

IDS = ("revenue_automated_workflows", "marketing_influenced_revenue_share")

NO_AUTOMATED_SENDS = MessageTemplate("attributed.no_automated_sends", QT_TRANSLATE_NOOP(
    "Messages", "No automated e-mail was imported recipient by recipient, so no revenue can be traced to a"
                " workflow: import the sent-e-mails report of your automation tool (Mautic, Brevo…)."))
UNLINKED_DEALS = MessageTemplate("attributed.unlinked_deals", QT_TRANSLATE_NOOP(
    "Messages", "{count} won deals are linked to no contact: only their own lead source can explain them, else"
                " they count as “unknown”."))
NO_REVENUE = MessageTemplate("attributed.no_revenue", QT_TRANSLATE_NOOP(
    "Messages", "No revenue was won in this period."))


def compute(context: KpiContext, deals: list[attribution.WonDeal], revenue: KpiResult) -> dict[str, KpiResult]:
    """Adds `by_channel` to revenue_won; returns the workflow revenue and the influenced share."""
    if revenue.value is None:
        reason = revenue.reason
        return {kpi_id: null(kpi_id, context, reason.code, reason.message) for kpi_id in IDS}
    model = context.setting("attribution_model")
    found = attribution.credited(context, deals, model if model in MODELS else "linear")
    revenue.breakdowns["by_channel"] = money_map(attribution.summed(found, attrgetter("channels")))
    results = {
        "revenue_automated_workflows": _workflow_revenue(context, found),
        "marketing_influenced_revenue_share": _influenced_share(context, found),
    }
    unlinked = sum(not entry.journey.contacts for entry in found)
    if unlinked:
        note = Note("unlinked_deals", UNLINKED_DEALS(count=unlinked))
        for result in (revenue, *results.values()):
            if result.value is not None:
                result.notes.append(note)
    return results


def _workflow_revenue(context: KpiContext, found: list[attribution.Credited]) -> KpiResult:
    kpi_id = "revenue_automated_workflows"
    if not store.has_automated_sends(context.db):
        return null(kpi_id, context, NOT_IN_EXPORTS, NO_AUTOMATED_SENDS())
    months: dict[str, int] = defaultdict(int)
    for entry in found:
        if entry.workflow_cents:
            months[entry.credit.deal.close_day[:7]] += entry.workflow_cents
    return KpiResult(kpi_id, money(sum(months.values())), unit_of(kpi_id, context), {
        "by_month": money_map(months_filled(context.period.months(), months)),
        "by_workflow": money_map(attribution.summed(found, attrgetter("workflows"))),
        "by_campaign": money_map(attribution.summed(found, attrgetter("workflow_campaigns"))),
    })


def _influenced_share(context: KpiContext, found: list[attribution.Credited]) -> KpiResult:
    kpi_id = "marketing_influenced_revenue_share"
    total: dict[str, dict[str, int]] = {"month": defaultdict(int), "source": defaultdict(int)}
    touched: dict[str, dict[str, int]] = {"month": defaultdict(int), "source": defaultdict(int)}
    for entry in found:
        deal = entry.journey.deal
        marketing = entry.influenced
        for group, key in (("month", deal.close_day[:7]), ("source", deal.source)):
            total[group][key] += deal.cents
            if marketing:
                touched[group][key] += deal.cents
    numerator, denominator = sum(touched["month"].values()), sum(total["month"].values())
    if not denominator:
        return null(kpi_id, context, ZERO_DENOMINATOR, NO_REVENUE())
    result = KpiResult(kpi_id, numerator / denominator, unit_of(kpi_id, context),
                       counts={"numerator": money(numerator), "denominator": money(denominator)})
    set_month_ratios(result, context, touched["month"], total["month"])
    result.breakdowns["by_source"] = ratio_map(touched["source"], total["source"])
    return result
