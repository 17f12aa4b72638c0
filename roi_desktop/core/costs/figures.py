"""Every figure of the ROI page for one period, computed by the KPI engine and put side by side.

The catalogue's KPIs (roi, cost_per_lead, customer_acquisition_cost, time_savings_value…) come from
`core.kpis` unchanged — they are what `kpis --json` prints. This module adds only what the page shows
beyond the catalogue, each a documented derived figure in the same `KpiResult` form:

- `gains`: revenue won, or — when the user counts qualified leads instead (setting gains_basis) — new MQLs ×
  the value of a qualified lead (typed, else the measured qualified_lead_value);
- `workflow_runs_value`: workflow enrolments × minutes saved per run ÷ 60 × hourly cost; enrolments are
  undated totals, so a period shorter than the data counts its share of the data's days (note);
- `time_saved`: value of the time saved by automated e-mails (time_savings_value) + workflow runs;
- `roi_gains`: (gains − costs) ÷ costs — the catalogue's roi when gains are the revenue won;
- `roi_with_time_saved`: (gains + time saved − costs) ÷ costs;
- the months side by side (costs by category, gains, cumulative ROI), the channels table, the six
  attribution models, the channels' economics for the what-if, and the sales cycle before and after the day
  automation started (two more runs of the engine).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

from roi_desktop.core.costs import value_settings
from roi_desktop.core.costs.attribution_table import AttributionTable, attribution_table
from roi_desktop.core.costs.what_if import ChannelEconomics, economics
from roi_desktop.core.kpis import engine as kpi_engine
from roi_desktop.core.kpis.amounts import half_up, split_cents
from roi_desktop.core.kpis.attribution import side_by_side
from roi_desktop.core.kpis.context import KpiContext, effective_settings
from roi_desktop.core.kpis.engine import KpiReport
from roi_desktop.core.kpis.period import Period
from roi_desktop.core.kpis.result import (
    NO_DATA,
    SETTING_MISSING,
    ZERO_DENOMINATOR,
    KpiResult,
    Note,
    Reason,
    money,
)
from roi_desktop.core.kpis.spend import spend
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message, MessageTemplate
from roi_desktop.core.store import Connection
from roi_desktop.core.store import settings as settings_store

NO_HOURLY_COST = MessageTemplate("roi.no_hourly_cost", QT_TRANSLATE_NOOP(
    "Messages", "Enter the hourly cost of your team under Value settings to count the time automation saves."))
NO_LEAD_VALUE = MessageTemplate("roi.no_lead_value", QT_TRANSLATE_NOOP(
    "Messages", "No value for a qualified lead: type one under Value settings, or import deals and contacts with"
                " stage dates so that it can be measured."))
RUNS_SHARE = MessageTemplate("roi.runs_share", QT_TRANSLATE_NOOP(
    "Messages", "Workflow enrolments are totals without dates: this period counts {share} % of them, its share"
                " of the {days} days of your data."))
ONLY_RUNS = MessageTemplate("roi.only_runs", QT_TRANSLATE_NOOP(
    "Messages", "No automated e-mail in this period: only the workflow runs count."))
NO_SPLIT_DAY = MessageTemplate("roi.no_split_day", QT_TRANSLATE_NOOP(
    "Messages", "Set the day your automation started under Value settings to compare the sales cycle before and"
                " after."))
SPLIT_OUTSIDE = MessageTemplate("roi.split_outside", QT_TRANSLATE_NOOP(
    "Messages", "Automation started on {day}, outside this period: choose a period that spans that day."))
NO_COSTS_ROI = MessageTemplate("roi.no_costs", QT_TRANSLATE_NOOP(
    "Messages", "The costs of this period add up to 0."))


@dataclass
class ChannelRow:
    """One channel of the table "costs and results by channel" (engine breakdowns; None where unknown)."""

    channel: str
    costs: float | None = None
    leads: float | None = None
    mqls: float | None = None
    customers: float | None = None
    conversions: float | None = None
    cost_per_lead: float | None = None
    cost_per_mql: float | None = None
    customer_acquisition_cost: float | None = None
    cost_per_acquisition: float | None = None
    revenue: float | None = None


@dataclass
class CycleSplit:
    """The sales cycle of deals won before and after the day automation started.

    Attributes:
        day: the setting automation_start_date, or None.
        before, after: sales_cycle_days over [period start, day − 1] and [day, period end].
        reason: why there is no comparison (no day, day outside the period).
    """

    day: str | None = None
    before: KpiResult | None = None
    after: KpiResult | None = None
    before_period: Period | None = None
    after_period: Period | None = None
    reason: Message | None = None

    @property
    def change(self) -> float | None:
        """Days gained (negative: shorter since automation)."""
        if self.before is None or self.after is None or None in (self.before.value, self.after.value):
            return None
        return self.after.value - self.before.value


@dataclass
class RoiFigures:
    """Everything the ROI page shows for one period.

    Attributes:
        report: the KPI catalogue over the period.
        values: the value settings in effect.
        derived: the page's own figures (module docstring), by id.
        months: the period's months; costs_by_category: month → category → cost; gains_by_month,
            time_saved_by_month: month → value; cumulative_roi: month → ROI of the period so far.
        channels: the channels table; unassigned_costs: costs on channels that bring no lead (shared lines,
            automation tools), which no channel's cost per lead includes; unassigned_channels: those channels.
        attribution: the six models side by side; economics: the what-if's channels.
        cycle: sales cycle before/after automation.
    """

    report: KpiReport
    values: dict[str, Any]
    derived: dict[str, KpiResult] = field(default_factory=dict)
    months: list[str] = field(default_factory=list)
    costs_by_category: dict[str, dict[str, float]] = field(default_factory=dict)
    gains_by_month: dict[str, float | None] = field(default_factory=dict)
    time_saved_by_month: dict[str, float | None] = field(default_factory=dict)
    cumulative_roi: dict[str, float | None] = field(default_factory=dict)
    channels: list[ChannelRow] = field(default_factory=list)
    unassigned_costs: float = 0.0
    unassigned_channels: list[str] = field(default_factory=list)
    attribution: AttributionTable | None = None
    economics: dict[str, ChannelEconomics] = field(default_factory=dict)
    cycle: CycleSplit = field(default_factory=CycleSplit)

    @property
    def period(self) -> Period | None:
        return self.report.period

    @property
    def currency(self) -> str:
        return self.report.currency

    def figure(self, figure_id: str) -> KpiResult | None:
        """A derived figure, else the catalogue KPI of that id."""
        return self.derived.get(figure_id) or self.report.results.get(figure_id)


def compute_figures(db: Connection, period: Period | None = None) -> RoiFigures:
    """The ROI page over `period` (default: all data)."""
    report = kpi_engine.compute(db, period)
    stored = settings_store.read_settings(db)
    values = value_settings.effective(stored, report.currency)
    figures = RoiFigures(report, values)
    if report.period is None:
        return figures
    period = report.period
    figures.months = period.months()
    span = kpi_engine.default_period(db) or period
    context = KpiContext(db, period, span.end, effective_settings(stored), report.currency)
    _months(figures, context)
    _gains(figures)
    _time_saved(figures, span)
    _rois(figures)
    _channels(figures, str(context.setting("cpa_conversion")))
    models = side_by_side(db, period)
    figures.attribution = attribution_table(models, values["attribution_model"])
    figures.economics = economics(report, models.get("first_touch"))
    figures.cycle = _cycle(db, period, values.get("automation_start_date"))
    return figures


# ---- Months


def _months(figures: RoiFigures, context: KpiContext) -> None:
    """Costs by month and category, as the engine counts them (pro rata, converted)."""
    spent = spend(context)
    for month in figures.months:
        by_category: dict[str, int] = {}
        for (category, _channel), cents in spent.months.get(month, {}).items():
            by_category[category] = by_category.get(category, 0) + cents
        figures.costs_by_category[month] = {category: cents / 100 for category, cents in sorted(by_category.items())}


def _cents(value: float | None) -> int:
    return round((value or 0) * 100)


def _result(figures: RoiFigures, kpi_id: str) -> KpiResult | None:
    return figures.report.results.get(kpi_id)


def _null(figure_id: str, unit: str, reason: Reason) -> KpiResult:
    return KpiResult.null(figure_id, unit, reason)


def _reason(result: KpiResult | None, fallback: Message) -> Reason:
    if result is not None and result.reason is not None:
        return result.reason
    return Reason(NO_DATA, fallback)


# ---- Gains


def _gains(figures: RoiFigures) -> None:
    currency = figures.currency
    if figures.values.get("gains_basis") != value_settings.QUALIFIED_LEADS:
        revenue = _result(figures, "revenue_won")
        if revenue is None or revenue.value is None:
            figures.derived["gains"] = _null("gains", currency, _reason(revenue, NO_LEAD_VALUE()))
            return
        figures.derived["gains"] = KpiResult("gains", revenue.value, currency,
                                             {"by_month": dict(revenue.breakdowns.get("by_month", {}))},
                                             counts={"revenue_won": revenue.value}, notes=list(revenue.notes))
    else:
        mqls = _result(figures, "mqls_new")
        typed = figures.values.get("qualified_lead_value")
        measured = _result(figures, "qualified_lead_value")
        value = typed if typed is not None else (measured.value if measured is not None else None)
        if mqls is None or mqls.value is None:
            figures.derived["gains"] = _null("gains", currency, _reason(mqls, NO_LEAD_VALUE()))
            return
        if value is None:
            figures.derived["gains"] = _null("gains", currency, Reason(SETTING_MISSING, NO_LEAD_VALUE()))
            return
        per_lead = Fraction(Decimal(str(value))) * 100

        def worth(count: float | None) -> float:
            return money(half_up(per_lead * Fraction(count or 0)))

        figures.derived["gains"] = KpiResult(
            "gains", worth(mqls.value), currency,
            {"by_month": {m: worth(c) for m, c in mqls.breakdowns.get("by_month", {}).items()}},
            counts={"qualified_leads": mqls.value, "lead_value": float(value), "measured": typed is None})
    figures.gains_by_month = {m: figures.derived["gains"].breakdowns["by_month"].get(m) for m in figures.months}


# ---- Time saved


def _time_saved(figures: RoiFigures, span: Period) -> None:
    currency, values = figures.currency, figures.values
    emails = _result(figures, "time_savings_value")
    rate = values.get("hourly_rate")
    if rate in (None, ""):
        reason = Reason(SETTING_MISSING, NO_HOURLY_COST())
        figures.derived["workflow_runs_value"] = _null("workflow_runs_value", currency, reason)
        figures.derived["time_saved"] = _null("time_saved", currency, reason)
        return
    runs = _workflow_runs(figures, span, Fraction(Decimal(str(rate))))
    figures.derived["workflow_runs_value"] = runs
    runs_cents = _cents(runs.value)
    runs_months = _spread(runs_cents, figures.period, figures.months) if runs_cents else {}
    notes = list(runs.notes)
    if emails is None or emails.value is None:
        if not runs_cents:
            figures.derived["time_saved"] = _null("time_saved", currency, _reason(emails, NO_HOURLY_COST()))
            return
        notes.append(Note("only_runs", ONLY_RUNS()))
        email_cents, email_months = 0, {}
    else:
        email_cents = _cents(emails.value)
        email_months = {m: _cents(v) for m, v in emails.breakdowns.get("by_month", {}).items()}
    by_month = {m: money(email_months.get(m, 0) + runs_months.get(m, 0)) for m in figures.months}
    counts = {"emails": money(email_cents), "workflow_runs": money(runs_cents)}
    if emails is not None and emails.value is not None:
        counts |= {"automated_emails": emails.counts.get("automated_emails"),
                   "hours_saved_emails": emails.counts.get("hours_saved")}
    figures.derived["time_saved"] = KpiResult("time_saved", money(email_cents + runs_cents), currency,
                                              {"by_month": by_month}, counts=counts, notes=notes)
    figures.time_saved_by_month = by_month


def _workflow_runs(figures: RoiFigures, span: Period, rate: Fraction) -> KpiResult:
    currency = figures.currency
    minutes = Fraction(Decimal(str(figures.values.get("minutes_saved_per_workflow_run") or 0)))
    enrolled = _result(figures, "workflows_enrolled")
    if not minutes or enrolled is None or enrolled.value is None:
        return KpiResult("workflow_runs_value", 0.0, currency, counts={"enrolments": 0, "hours_saved": 0.0})
    period = figures.period
    overlap = (min(period.end, span.end) - max(period.start, span.start)).days + 1
    share = Fraction(max(overlap, 0), span.days) if period.start > span.start or period.end < span.end else 1
    hours = Fraction(enrolled.value) * minutes / 60 * share
    notes = [Note("runs_share", RUNS_SHARE(share=round(float(share) * 100, 1), days=span.days))] if share != 1 else []
    return KpiResult("workflow_runs_value", money(half_up(hours * rate * 100)), currency,
                     counts={"enrolments": enrolled.value, "hours_saved": float(hours)}, notes=notes)


def _spread(cents: int, period: Period, months: list[str]) -> dict[str, int]:
    """`cents` split over the months by their days inside the period (exact, largest remainder)."""
    days = []
    for month in months:
        start = max(period.start, date(int(month[:4]), int(month[5:7]), 1))
        days.append(Fraction((period.month_end(month) - start).days + 1))
    return dict(zip(months, split_cents(cents, days), strict=True))


# ---- ROI


def _rois(figures: RoiFigures) -> None:
    currency_costs = _result(figures, "costs_total")
    gains = figures.derived["gains"]
    saved = figures.derived.get("time_saved")
    costs_months = {m: _cents(v) for m, v in
                    (currency_costs.breakdowns.get("by_month", {}) if currency_costs is not None else {}).items()}
    if figures.values.get("gains_basis") != value_settings.QUALIFIED_LEADS and _result(figures, "roi") is not None:
        figures.derived["roi_gains"] = _result(figures, "roi")
    else:
        figures.derived["roi_gains"] = _ratio("roi_gains", figures, gains, None, currency_costs)
    figures.derived["roi_with_time_saved"] = _ratio("roi_with_time_saved", figures, gains, saved, currency_costs)
    gained = costs = 0
    for month in figures.months:
        gained += _cents(figures.gains_by_month.get(month))
        costs += costs_months.get(month, 0)
        figures.cumulative_roi[month] = (gained - costs) / costs if costs else None


def _ratio(figure_id: str, figures: RoiFigures, gains: KpiResult, saved: KpiResult | None,
           costs: KpiResult | None) -> KpiResult:
    """(gains [+ time saved] − costs) ÷ costs, by month too."""
    for part in (costs, gains, saved) if saved is not None else (costs, gains):
        if part is None or part.value is None:
            return _null(figure_id, "ratio", _reason(part, NO_HOURLY_COST()))
    spent = _cents(costs.value)
    if not spent:
        return _null(figure_id, "ratio", Reason(ZERO_DENOMINATOR, NO_COSTS_ROI()))
    extra = _cents(saved.value) if saved is not None else 0
    gain = _cents(gains.value) + extra - spent
    by_month = {}
    for month, cost in costs.breakdowns.get("by_month", {}).items():
        cents = _cents(cost)
        month_gain = _cents(gains.breakdowns.get("by_month", {}).get(month))
        month_gain += _cents(saved.breakdowns.get("by_month", {}).get(month)) if saved is not None else 0
        by_month[month] = (month_gain - cents) / cents if cents else None
    counts = {"gains": money(_cents(gains.value)), "costs": money(spent)}
    if saved is not None:
        counts["time_saved"] = money(extra)
    notes = [n for n in (costs.notes + gains.notes + (saved.notes if saved else [])) if n.code != "snapshot"]
    return KpiResult(figure_id, gain / spent, "ratio", {"by_month": by_month}, counts=counts, notes=notes)


# ---- Channels


def _channels(figures: RoiFigures, cpa_conversion: str) -> None:
    """The channels table from the engine's breakdowns; `cpa_conversion` is what the CPA divides by."""
    def by_channel(kpi_id: str) -> dict[str, float | None]:
        result = _result(figures, kpi_id)
        return result.breakdowns.get("by_channel", {}) if result is not None and result.value is not None else {}

    columns = {
        "costs": by_channel("costs_total"), "leads": by_channel("leads_new"), "mqls": by_channel("mqls_new"),
        "customers": by_channel("customers_new"), "conversions": by_channel(cpa_conversion),
        "cost_per_lead": by_channel("cost_per_lead"), "cost_per_mql": by_channel("cost_per_mql"),
        "customer_acquisition_cost": by_channel("customer_acquisition_cost"),
        "cost_per_acquisition": by_channel("cost_per_acquisition"), "revenue": by_channel("revenue_won"),
    }
    channels = sorted({channel for found in columns.values() for channel in found})
    rows = [ChannelRow(channel, **{name: found.get(channel) for name, found in columns.items()})
            for channel in channels]
    figures.channels = sorted(rows, key=lambda row: (-(row.costs or 0), -(row.revenue or 0), row.channel))
    unassigned = [row for row in rows if row.costs and not row.leads]
    figures.unassigned_costs = money(sum(_cents(row.costs) for row in unassigned)) or 0.0
    figures.unassigned_channels = [row.channel for row in unassigned]


# ---- Sales cycle


def _cycle(db: Connection, period: Period, day: str | None) -> CycleSplit:
    if not day:
        return CycleSplit(reason=NO_SPLIT_DAY())
    split = date.fromisoformat(day)
    if not period.start < split <= period.end:
        return CycleSplit(day, reason=SPLIT_OUTSIDE(day=day))
    before = Period(period.start, split - timedelta(days=1))
    after = Period(split, period.end)
    return CycleSplit(day, kpi_engine.compute(db, before).results.get("sales_cycle_days"),
                      kpi_engine.compute(db, after).results.get("sales_cycle_days"), before, after)
