"""KPIs of the costs and ROI area (KPIS §4.5): costs, costs per result, ROI and the value of automation.

This area runs last: it divides the period's spend (spend.py) by the counts other areas computed in the same
run — new leads, MQLs and customers (funnel), key events (web), revenue (deals), automated sends (workflows).
A missing count gives a null with that count's own reason, so the panel names the export to import. The
customer KPIs (lifetime value, churn, retention) are in customers.py.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from roi_desktop.core.kpis import customers
from roi_desktop.core.kpis.amounts import half_up
from roi_desktop.core.kpis.breakdowns import money_map, set_month_ratios
from roi_desktop.core.kpis.catalogue.costs import (
    NEEDS_COSTS,
    NEEDS_COSTS_AND_CONVERSIONS,
    NEEDS_COSTS_AND_DEALS,
    NEEDS_COSTS_AND_LEADS,
    NEEDS_TIME_SAVINGS,
)
from roi_desktop.core.kpis.context import KpiContext
from roi_desktop.core.kpis.result import (
    NO_DATA,
    SETTING_MISSING,
    ZERO_DENOMINATOR,
    KpiResult,
    Note,
    Reason,
    money,
)
from roi_desktop.core.kpis.series import null, unit_of
from roi_desktop.core.kpis.spend import Spend, spend
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate

PER_RESULT = {"cost_per_lead": "leads_new", "cost_per_mql": "mqls_new", "customer_acquisition_cost": "customers_new"}
"""Costs per result: KPI → the count it divides by."""
CPA_CONVERSIONS = ("web_key_events", "leads_new", "customers_new")

PRORATED = MessageTemplate("costs.prorated", QT_TRANSLATE_NOOP(
    "Messages", "The period covers only part of {months}: their monthly costs count pro rata of the days"
                " covered."))
NOTHING_TO_DIVIDE_BY = MessageTemplate("costs.zero_results", QT_TRANSLATE_NOOP(
    "Messages", "There is nothing to divide the costs by in this period: the count is 0."))
NO_COSTS = MessageTemplate("costs.zero_costs", QT_TRANSLATE_NOOP(
    "Messages", "The costs of this period add up to 0."))
NO_AUTOMATION_COSTS = MessageTemplate("costs.no_automation_costs", QT_TRANSLATE_NOOP(
    "Messages", "No cost on the automation and e-mail channels in this period: add your automation tool's licence"
                " to the costs workbook."))
NO_HOURLY_RATE = MessageTemplate("costs.no_hourly_rate", QT_TRANSLATE_NOOP(
    "Messages", "Enter your team's hourly rate in the settings to value the time automated e-mails save."))
TIME_SAVINGS_LEFT_OUT = MessageTemplate("costs.time_savings_left_out", QT_TRANSLATE_NOOP(
    "Messages", "The time saved counts 0 because no hourly rate is set: enter it in the settings."))
UNKNOWN_CONVERSION = MessageTemplate("costs.unknown_conversion", QT_TRANSLATE_NOOP(
    "Messages", "The conversion “{value}” chosen for the cost per acquisition is unknown: choose key events, new"
                " leads or new customers in the settings."))


def compute(context: KpiContext) -> dict[str, KpiResult]:
    costs = spend(context)
    results = customers.compute(context)
    results["time_savings_value"] = _time_savings(context)
    if not costs.lines:
        cost_ids = ("costs_total", *PER_RESULT, "cost_per_acquisition", "roi", "roi_automation")
        return results | {kpi_id: null(kpi_id, context, NO_DATA, NEEDS_COSTS()) for kpi_id in cost_ids}
    mismatch = costs.converter.mismatch()
    if mismatch is not None:
        cost_ids = ("costs_total", *PER_RESULT, "cost_per_acquisition", "roi", "roi_automation")
        return results | {kpi_id: null(kpi_id, context, mismatch.code, mismatch.message) for kpi_id in cost_ids}
    notes = costs.converter.notes()
    if costs.prorated:
        notes.append(Note("prorated_costs", PRORATED(months=", ".join(costs.prorated))))
    results["costs_total"] = KpiResult("costs_total", money(costs.total()), unit_of("costs_total", context), {
        "by_month": money_map(costs.by_month()),
        "by_channel": money_map(costs.by_channel()),
        "by_category": money_map(costs.by_category()),
    }, notes=list(notes))
    for kpi_id, count_id in PER_RESULT.items():
        results[kpi_id] = _per_result(context, kpi_id, costs, context.results.get(count_id), notes,
                                      NEEDS_COSTS_AND_LEADS)
    results["cost_per_acquisition"] = _cost_per_acquisition(context, costs, notes)
    results["roi"] = _roi(context, costs, notes)
    results["roi_automation"] = _roi_automation(context, costs, results["time_savings_value"], notes)
    return results


def _reason_of(result: KpiResult | None, missing: MessageTemplate) -> Reason:
    """Why a count another area computed is missing: its own reason, or no_data naming the export."""
    if result is not None and result.reason is not None:
        return result.reason
    return Reason(NO_DATA, missing())


def _cents(value: float | None) -> int:
    return round((value or 0) * 100)


def _per_result(context: KpiContext, kpi_id: str, costs: Spend, counted: KpiResult | None, notes: list[Note],
                missing: MessageTemplate) -> KpiResult:
    """costs ÷ count; by month; by channel each channel's costs ÷ its count (null where it has no cost line)."""
    if counted is None or counted.value is None:
        reason = _reason_of(counted, missing)
        return null(kpi_id, context, reason.code, reason.message)
    if not counted.value:
        return null(kpi_id, context, ZERO_DENOMINATOR, NOTHING_TO_DIVIDE_BY())
    total = costs.total()
    result = KpiResult(kpi_id, money(half_up(Fraction(total) / Fraction(counted.value))), unit_of(kpi_id, context),
                       counts={"numerator": money(total), "denominator": counted.value}, notes=list(notes))
    months = counted.breakdowns.get("by_month", {})
    result.breakdowns["by_month"] = {month: _divide(cents, months.get(month))
                                     for month, cents in costs.by_month().items()}
    result.month_counts = {month: {"numerator": money(cents), "denominator": months.get(month)}
                           for month, cents in costs.by_month().items()}
    channel_costs = costs.by_channel()
    channel_counts = counted.breakdowns.get("by_channel", {})
    result.breakdowns["by_channel"] = {
        channel: _divide(channel_costs[channel], channel_counts.get(channel)) if channel in channel_costs else None
        for channel in sorted(set(channel_costs) | set(channel_counts))
    }
    return result


def _divide(cents: int, count: float | None) -> float | None:
    return money(half_up(Fraction(cents) / Fraction(count))) if count else None


def _cost_per_acquisition(context: KpiContext, costs: Spend, notes: list[Note]) -> KpiResult:
    kpi_id = "cost_per_acquisition"
    conversion = context.setting("cpa_conversion")
    if conversion not in CPA_CONVERSIONS:
        return null(kpi_id, context, SETTING_MISSING, UNKNOWN_CONVERSION(value=conversion))
    return _per_result(context, kpi_id, costs, context.results.get(conversion), notes, NEEDS_COSTS_AND_CONVERSIONS)


def _roi(context: KpiContext, costs: Spend, notes: list[Note]) -> KpiResult:
    """(revenue won − costs) ÷ costs, per month too; null no_data without deals."""
    kpi_id = "roi"
    revenue = context.results.get("revenue_won")
    if revenue is None or revenue.value is None:
        reason = _reason_of(revenue, NEEDS_COSTS_AND_DEALS)
        return null(kpi_id, context, reason.code, reason.message)
    total = costs.total()
    if not total:
        return null(kpi_id, context, ZERO_DENOMINATOR, NO_COSTS())
    gain = _cents(revenue.value) - total
    result = KpiResult(kpi_id, gain / total, unit_of(kpi_id, context),
                       counts={"numerator": money(gain), "denominator": money(total)},
                       notes=list(notes) + [n for n in revenue.notes if n.code == "currency_excluded"])
    revenue_months = {month: _cents(value) for month, value in revenue.breakdowns.get("by_month", {}).items()}
    cost_months = costs.by_month()
    set_month_ratios(result, context, {m: revenue_months.get(m, 0) - c for m, c in cost_months.items()}, cost_months)
    result.month_counts = {month: {key: money(value) for key, value in pair.items()}
                           for month, pair in result.month_counts.items()}
    return result


def _time_savings(context: KpiContext) -> KpiResult:
    """Automated e-mails sent × minutes saved ÷ 60 × hourly rate; null setting_missing without a rate."""
    kpi_id = "time_savings_value"
    sent = context.results.get("automated_emails_sent")
    if sent is None or sent.value is None:
        reason = _reason_of(sent, NEEDS_TIME_SAVINGS)
        return null(kpi_id, context, reason.code, reason.message)
    rate = context.setting("hourly_rate")
    if rate in (None, ""):
        return null(kpi_id, context, SETTING_MISSING, NO_HOURLY_RATE())
    minutes = Fraction(Decimal(str(context.setting("minutes_saved_per_automated_email"))))
    per_email = minutes / 60 * Fraction(Decimal(str(rate))) * 100  # cents

    def value(emails: float | None) -> float | None:
        return None if emails is None else money(half_up(per_email * Fraction(emails)))

    return KpiResult(kpi_id, value(sent.value), unit_of(kpi_id, context), {
        "by_month": {month: value(count) for month, count in sent.breakdowns.get("by_month", {}).items()},
        "by_workflow": {key: value(count) for key, count in sent.breakdowns.get("by_workflow", {}).items()},
    }, counts={"automated_emails": sent.value, "hours_saved": float(minutes / 60 * Fraction(sent.value))})


def _roi_automation(context: KpiContext, costs: Spend, savings: KpiResult, notes: list[Note]) -> KpiResult:
    """(workflow revenue + time saved − automation costs) ÷ automation costs, A = costs on
    `automation_cost_channels`; time savings without an hourly rate count 0 (note)."""
    kpi_id = "roi_automation"
    revenue = context.results.get("revenue_automated_workflows")
    if revenue is None or revenue.value is None:
        reason = _reason_of(revenue, NEEDS_COSTS)
        return null(kpi_id, context, reason.code, reason.message)
    channels = set(context.setting("automation_cost_channels") or ())
    spent = costs.total(channels)
    if not spent:
        return null(kpi_id, context, ZERO_DENOMINATOR, NO_AUTOMATION_COSTS())
    notes = list(notes)
    saved_months: dict[str, float | None] = savings.breakdowns.get("by_month", {}) if savings.value is not None else {}
    if savings.value is None and savings.reason is not None and savings.reason.code == SETTING_MISSING:
        notes.append(Note("setting_missing", TIME_SAVINGS_LEFT_OUT()))
    gain = _cents(revenue.value) + _cents(savings.value) - spent
    result = KpiResult(kpi_id, gain / spent, unit_of(kpi_id, context),
                       counts={"numerator": money(gain), "denominator": money(spent)}, notes=notes)
    revenue_months = revenue.breakdowns.get("by_month", {})
    spent_months = costs.by_month(channels)
    gains = {m: _cents(revenue_months.get(m)) + _cents(saved_months.get(m)) - c for m, c in spent_months.items()}
    set_month_ratios(result, context, gains, spent_months)
    return result
