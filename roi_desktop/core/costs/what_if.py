"""What-if: move budget from one channel to another and see the leads, customers and revenue it should bring.

Each channel's observed economics come from the KPI engine over the period: its cost per lead (its own cost
lines ÷ its new leads), its lead → customer rate (the cohort rate of KPIS §4.3) and the average value of the
deals it brought (revenue of won deals whose first touch is the channel ÷ their number; the overall average
deal value when it brought none). The calculation is linear — each euro buys leads at today's average cost —
which is optimistic for large moves (returns diminish); the page says so and shows every step.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from roi_desktop.core.kpis.attribution import UNKNOWN, Attribution
from roi_desktop.core.kpis.engine import KpiReport
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message, MessageTemplate

SAME_CHANNEL = MessageTemplate("what_if.same_channel", QT_TRANSLATE_NOOP(
    "Messages", "Choose two different channels."))
NOT_PROJECTABLE = MessageTemplate("what_if.not_projectable", QT_TRANSLATE_NOOP(
    "Messages", "This channel has no cost line or no new lead in the period: its cost per lead is unknown."))
NOT_POSITIVE = MessageTemplate("what_if.not_positive", QT_TRANSLATE_NOOP(
    "Messages", "Enter an amount above 0 to move."))
MORE_THAN_SPENT = MessageTemplate("what_if.more_than_spent", QT_TRANSLATE_NOOP(
    "Messages", "You cannot move more than the channel cost in the period ({spent} {currency})."))


@dataclass(frozen=True)
class ChannelEconomics:
    """What one channel costs and brings over the period.

    Attributes:
        costs_cents: its cost lines; leads: its new leads.
        conversion: share of its leads that became customers (None: unknown).
        deal_value_cents: average value of its won deals (None: unknown).
        deal_value_is_average: True when the channel brought no won deal and the overall average is used.
        won_deals: won deals whose first touch is the channel.
    """

    channel: str
    costs_cents: int
    leads: int
    conversion: float | None
    deal_value_cents: float | None
    deal_value_is_average: bool = False
    won_deals: int = 0

    @property
    def cost_per_lead_cents(self) -> float:
        return self.costs_cents / self.leads


@dataclass(frozen=True)
class Effect:
    """The arithmetic for one channel: budget ÷ cost per lead = leads; × conversion = customers; × deal
    value = revenue. Signed: the channel that gives budget loses."""

    channel: str
    budget_cents: int
    cost_per_lead_cents: float
    leads: float
    conversion: float | None
    customers: float | None
    deal_value_cents: float | None
    revenue_cents: float | None
    deal_value_is_average: bool = False


@dataclass
class WhatIf:
    """The expected change of a budget move, or why it cannot be computed (`problems`)."""

    source: Effect | None = None
    target: Effect | None = None
    problems: list[tuple[str, Message]] = field(default_factory=list)

    @property
    def leads(self) -> float | None:
        return _net(self, "leads")

    @property
    def customers(self) -> float | None:
        return _net(self, "customers")

    @property
    def revenue_cents(self) -> float | None:
        return _net(self, "revenue_cents")


def _net(found: WhatIf, name: str) -> float | None:
    if found.source is None or found.target is None:
        return None
    parts = (getattr(found.source, name), getattr(found.target, name))
    return None if None in parts else parts[0] + parts[1]


def economics(report: KpiReport, first_touch: Attribution | None) -> dict[str, ChannelEconomics]:
    """The channels whose cost per lead is known (cost lines and new leads in the period), by channel id."""
    results = report.results

    def by_channel(kpi_id: str) -> dict[str, float | None]:
        result = results.get(kpi_id)
        return result.breakdowns.get("by_channel", {}) if result is not None and result.value is not None else {}

    costs, leads, conversion = by_channel("costs_total"), by_channel("leads_new"), by_channel("lead_to_customer_rate")
    average = results.get("average_deal_value")
    average_cents = round(average.value * 100) if average is not None and average.value is not None else None
    revenue: dict[str, int] = {}
    deals: dict[str, int] = {}
    for credit in first_touch.credits if first_touch is not None else []:
        channel = credit.touches[0].channel if credit.touches else UNKNOWN
        revenue[channel] = revenue.get(channel, 0) + credit.deal.cents
        deals[channel] = deals.get(channel, 0) + 1
    found = {}
    for channel, cost in costs.items():
        count = leads.get(channel)
        if not cost or not count:
            continue
        won = deals.get(channel, 0)
        found[channel] = ChannelEconomics(
            channel, round(cost * 100), int(count), conversion.get(channel),
            revenue[channel] / won if won else average_cents, not won, won)
    return found


def what_if(channels: dict[str, ChannelEconomics], source: str, target: str, amount_cents: int,
            currency: str = "") -> WhatIf:
    """Move `amount_cents` of budget from `source` to `target` (channel ids); `currency` names the amounts in
    the problems."""
    found = WhatIf()
    if source == target:
        found.problems.append(("target", SAME_CHANNEL()))
    for name, channel in (("source", source), ("target", target)):
        if channel not in channels:
            found.problems.append((name, NOT_PROJECTABLE()))
    if amount_cents <= 0:
        found.problems.append(("amount", NOT_POSITIVE()))
    elif source in channels and amount_cents > channels[source].costs_cents:
        found.problems.append(("amount", MORE_THAN_SPENT(spent=channels[source].costs_cents / 100,
                                                               currency=currency)))
    if found.problems:
        return found
    found.source = _effect(channels[source], -amount_cents)
    found.target = _effect(channels[target], amount_cents)
    return found


def _effect(channel: ChannelEconomics, budget_cents: int) -> Effect:
    leads = budget_cents / channel.cost_per_lead_cents
    customers = leads * channel.conversion if channel.conversion is not None else None
    revenue = (customers * channel.deal_value_cents
               if customers is not None and channel.deal_value_cents is not None else None)
    return Effect(channel.channel, budget_cents, channel.cost_per_lead_cents, leads, channel.conversion, customers,
                  channel.deal_value_cents, revenue, channel.deal_value_is_average)
