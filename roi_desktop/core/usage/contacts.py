"""Contacts and licences: how many contacts the team pays to keep, how many engage, what each engaged contact
costs, and who has been silent for a year (the sunset list).

- Total contacts and engaged contacts are the KPIs contacts_total and contacts_active, the latter computed
  with the click signal (a reachable contact who clicked in the `active_window_days` up to the period's end).
- Sunset list: reachable contacts, first seen at least `usage.sunset_months` before the period's end (undated
  ones when the data go back that far), with no open and no click in those months. It needs e-mail reports
  that reach back that far (starting at most a month into the window); otherwise it has no value.
- Cost per engaged contact = licence costs of the period (category `licence`, counted pro rata like every
  cost, KPIS §3.4) ÷ engaged contacts. Per tool, when a licence line's item or channel names the tool
  ("Brevo Business", "Hébergement Mautic"): that tool's licences ÷ the contacts who clicked through it (one of
  its e-mails, or its contact export's last click date). Lines naming no tool count in the total only.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction
from typing import Any

from roi_desktop.core.channels import tool_name
from roi_desktop.core.importing.fields import header_key
from roi_desktop.core.kpis import engine as kpi_engine
from roi_desktop.core.kpis.amounts import Converter, half_up
from roi_desktop.core.kpis.context import KpiContext
from roi_desktop.core.kpis.result import KpiResult, money
from roi_desktop.core.kpis.spend import spend
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message, MessageTemplate
from roi_desktop.core.store import usage as usage_store
from roi_desktop.core.store.usage import SilentContact

TOOL_WORDS: dict[str, tuple[str, ...]] = {
    "hubspot": ("hubspot",), "brevo": ("brevo", "sendinblue"), "mailchimp": ("mailchimp",), "mautic": ("mautic",),
    "activecampaign": ("activecampaign", "active campaign"), "plezi": ("plezi",), "pipedrive": ("pipedrive",),
    "salesforce": ("salesforce", "pardot"),
}
"""Words that name a tool in a cost line's item or channel (folded: accents and case ignored)."""

NO_LICENCE = MessageTemplate("usage.contacts.no_licence", QT_TRANSLATE_NOOP(
    "Messages", "No tool licence appears in your costs for this period: add your tools' subscriptions to your"
                " costs workbook."))
NO_ENGAGED = MessageTemplate("usage.contacts.no_engaged", QT_TRANSLATE_NOOP(
    "Messages", "Nobody clicked in the last {days} days of the period, so there is no engaged contact to divide"
                " the licences by."))
NO_TOOL_CLICKS = MessageTemplate("usage.contacts.no_tool_clicks", QT_TRANSLATE_NOOP(
    "Messages", "No click came through {tool} in the last {days} days: it sends no e-mail in your imports, or"
                " nobody clicked."))
NO_TOOL_LICENCE = MessageTemplate("usage.contacts.no_tool_licence", QT_TRANSLATE_NOOP(
    "Messages", "No licence line of your costs names {tool}."))
NO_EMAIL_HISTORY = MessageTemplate("usage.sunset.no_history", QT_TRANSLATE_NOOP(
    "Messages", "No e-mail report is imported, so nobody can tell who has stopped reading."))
SHORT_HISTORY = MessageTemplate("usage.sunset.short_history", QT_TRANSLATE_NOOP(
    "Messages", "Your e-mail reports cover less than the {months} months before the end of the period: contacts"
                " silent for that long cannot be told apart yet."))


@dataclass
class ToolLicence:
    """One tool: its licence costs in the period (cents), its engaged contacts, their ratio (currency units)."""

    tool: str
    licence_cents: int | None
    engaged: int
    reason: Message | None = None

    @property
    def cost_per_engaged(self) -> float | None:
        if self.licence_cents is None or not self.engaged:
            return None
        return money(half_up(Fraction(self.licence_cents, self.engaged)))


@dataclass
class ContactUsage:
    """The contacts and licence section.

    Attributes:
        total / engaged: the KPIs contacts_total and contacts_active (click signal).
        silent: the sunset list, or None with `silent_reason`.
        licence_cents: licence costs of the period (None: no cost line at all in the period).
    """

    total: KpiResult
    engaged: KpiResult
    window_days: int
    sunset_months: int
    silent: list[SilentContact] | None
    silent_reason: Message | None
    licence_cents: int | None
    currency: str
    by_tool: list[ToolLicence] = field(default_factory=list)

    @property
    def cost_reason(self) -> Message | None:
        if not self.licence_cents:
            return NO_LICENCE()
        if not self.engaged.value:
            return self.engaged.reason.message if self.engaged.reason else NO_ENGAGED(days=self.window_days)
        return None

    @property
    def cost_per_engaged(self) -> float | None:
        if self.cost_reason is not None:
            return None
        return money(half_up(Fraction(self.licence_cents, int(self.engaged.value))))

    def to_json(self, render: Any) -> dict[str, Any]:
        def reason(message: Message | None) -> dict[str, str] | None:
            return {"message": render(message), "code": message.code} if message else None

        return {
            "total": self.total.value, "engaged": self.engaged.value, "engaged_window_days": self.window_days,
            "engaged_reason": reason(self.engaged.reason.message) if self.engaged.reason else None,
            "never_engaged": len(self.silent) if self.silent is not None else None,
            "never_engaged_months": self.sunset_months, "never_engaged_reason": reason(self.silent_reason),
            "licence_costs": money(self.licence_cents), "cost_per_engaged_contact": self.cost_per_engaged,
            "cost_reason": reason(self.cost_reason), "currency": self.currency,
            "by_tool": {t.tool: {"licence_costs": money(t.licence_cents), "engaged": t.engaged,
                                 "cost_per_engaged_contact": t.cost_per_engaged, "reason": reason(t.reason)}
                        for t in self.by_tool},
        }


def contact_usage(context: KpiContext) -> ContactUsage:
    db, period = context.db, context.period
    last = period.last
    window = int(context.setting("active_window_days"))
    months = int(context.setting("usage.sunset_months"))
    undated_apply = period.end >= context.data_end
    silent, silent_reason = _silent(context, months, undated_apply)
    costs = spend(context)
    licence = costs.by_category().get("licence", 0) if costs.lines else None
    after = (period.end - timedelta(days=window)).isoformat()
    clickers = usage_store.clickers_by_tool(db, after, last, undated_apply)
    usage = ContactUsage(context.results["contacts_total"], context.results["contacts_active"], window, months,
                         silent, silent_reason, licence, context.currency)
    tools = licence_by_tool(context)
    for tool in sorted(set(tools) | set(clickers)):
        engaged = clickers.get(tool, 0)
        reason = (NO_TOOL_LICENCE(tool=tool_name(tool)) if tool not in tools
                  else NO_TOOL_CLICKS(tool=tool_name(tool), days=window) if not engaged else None)
        usage.by_tool.append(ToolLicence(tool, tools.get(tool), engaged, reason))
    return usage


def _silent(context: KpiContext, months: int, undated_apply: bool) -> tuple[list[SilentContact] | None,
                                                                           Message | None]:
    db, end = context.db, context.period.end
    start = months_before(end, months)
    history = usage_store.email_history_start(db)
    if history is None:
        return None, NO_EMAIL_HISTORY()
    if history > (start + timedelta(days=31)).isoformat():
        return None, SHORT_HISTORY(months=months)
    span = kpi_engine.default_period(db)
    undated = span is not None and span.start <= start
    return usage_store.silent_contacts(db, start.isoformat(), end.isoformat(), start.isoformat(), undated,
                                       undated_apply), None


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier (the month's last day when it is shorter: 31 March − 1 → 28 February)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def tool_of(text: str) -> str | None:
    """The tool a cost line's text names ("Hébergement Mautic" → mautic), if any."""
    folded = header_key(text)
    squashed = folded.replace(" ", "")
    for tool, words in TOOL_WORDS.items():
        if any(header_key(word).replace(" ", "") in squashed for word in words):
            return tool
    return None


def licence_by_tool(context: KpiContext) -> dict[str, int]:
    """Licence costs of the period per tool named by the line, in workspace cents, pro rata of the days of
    each month inside the period (as every cost, KPIS §3.4)."""
    period = context.period
    months = period.months()
    # As spend.py: a rate entered for the month wins over the currency's single rate.
    converter = Converter(context.currency, context.setting("exchange_rates"),
                          context.setting("exchange_rates_monthly"))
    found: dict[str, Fraction] = {}
    for month, day, text, amount, currency in usage_store.licence_lines(context.db, months[0], months[-1]):
        tool = tool_of(text)
        cents = converter.cents(amount, currency, month)
        if tool is None or cents is None or (day is not None and not period.first <= day <= period.last):
            continue
        share = Fraction(1) if day is not None else _share(period.start, period.end, month)
        found[tool] = found.get(tool, Fraction(0)) + cents * share
    return {tool: half_up(value) for tool, value in sorted(found.items())}


def _share(first: date, last: date, month: str) -> Fraction:
    year, number = int(month[:4]), int(month[5:7])
    length = calendar.monthrange(year, number)[1]
    start, end = max(first, date(year, number, 1)), min(last, date(year, number, length))
    return Fraction((end - start).days + 1, length)
