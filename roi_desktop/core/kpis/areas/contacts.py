"""KPIs of the contacts area (KPIS §4.1, §3.1): total, new, active, inactive and unsubscribed contacts.

The stocks are measured at every month end of the period (the last one capped at its end) in one pass over
the contacts: each contact exists from its first-seen day, is reachable until it first opts out or bounces,
and is active at a month end when it opened or clicked in the `active_window_days` before it. A contact
without a creation day exists in every month; a flag without a day (an export's status column) applies
only from the end of the data on, since it describes the day the file was exported.

The stocks come from `contact_stocks` (each stock's changes day by day, kept by the import): a month end sums
the changes up to it, whatever the number of contacts. For activity settings the table was not built for (an
override, a window changed since the last import) the area walks the contacts one by one (`Stocks`), which
gives the same figures more slowly.

Filter (kpis/filters.py): a contact counts when one of its tools and its channel are chosen; every stock,
`by_source` (limited to the chosen tools) and `by_channel` follow. Both paths apply it: the table's rows carry
the tools and channel of the contacts they sum, the walk skips the other contacts.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import reduce
from operator import or_

from roi_desktop.core.kpis.catalogue.contacts import NEEDS_CONTACTS
from roi_desktop.core.kpis.context import KpiContext
from roi_desktop.core.kpis.result import NO_DATA, NOT_IN_EXPORTS, KpiResult, Note
from roi_desktop.core.kpis.series import null, unit_of
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate
from roi_desktop.core.store.kpi import contacts as contact_store
from roi_desktop.core.store.kpi.contacts import ContactFacts

NONE_CREATED = MessageTemplate(
    "kpi.contacts.none_created",
    QT_TRANSLATE_NOOP("Messages", "No contact was created in this period (contacts without a creation date are"
                                  " never new)."),
)
NO_ACTIVITY_DATA = MessageTemplate(
    "kpi.contacts.no_activity_data",
    QT_TRANSLATE_NOOP("Messages", "No export tells who opened or clicked: import recipient exports of your"
                                  " campaigns, or contacts with their last open and click dates."),
)
UNDATED_CONTACTS = MessageTemplate(
    "kpi.contacts.undated_contacts",
    QT_TRANSLATE_NOOP("Messages", "Contacts without a creation date ({count}) are in every month's total and"
                                  " never new."),
)

KPI_IDS = ("contacts_total", "contacts_new", "contacts_active", "contacts_inactive", "contacts_unsubscribed")


class Stocks:
    """Counts at each month end (bit or index i of `ends`), gathered contact by contact.

    A contact's activity is a bit mask of the month ends it is active at: each activity day covers the month
    ends from its own to the last one less than `window_days` later; the mask is cut to the month ends
    where the contact is reachable, and contacts sharing a mask are counted together.
    """

    def __init__(self, ends: list[str], window_days: int, undated_from: int) -> None:
        self.ends = ends
        self.starts = [(date.fromisoformat(d) - timedelta(days=window_days)).isoformat() for d in ends]
        self.undated_from = undated_from
        size = len(ends)
        self.total, self.unsubscribed, self.reachable = [0] * (size + 1), [0] * (size + 1), [0] * (size + 1)
        self.masks: Counter[int] = Counter()
        self.undated = 0
        self.sources: Counter[str] = Counter()
        self.unsubscribed_sources: Counter[str] = Counter()
        self.day_masks = self._day_masks(date.fromisoformat(self.starts[0]), date.fromisoformat(ends[-1]))

    def _day_masks(self, after: date, last: date) -> dict[str, int]:
        """Day → the month ends an activity that day makes a contact active at, for every day of the span."""
        found, day = {}, after + timedelta(days=1)
        while day <= last:
            text = day.isoformat()
            first, stop = bisect_left(self.ends, text), bisect_left(self.starts, text)
            found[text] = (1 << stop) - (1 << first) if stop > first else 0
            day += timedelta(days=1)
        return found

    def add(self, facts: ContactFacts) -> None:
        """Count one contact (the hot loop of the area: a hundred thousand contacts at scale)."""
        ends, last = self.ends, len(self.ends)
        if facts.seen is None:
            self.undated += 1
        seen = bisect_left(ends, facts.seen) if facts.seen else 0
        if seen >= last:
            return
        optout = bisect_left(ends, facts.optout_day) if facts.optout_day else last
        bounce = bisect_left(ends, facts.bounce_day) if facts.bounce_day else last
        if facts.optout_undated:
            optout = min(optout, self.undated_from)
        if facts.bounce_undated:
            bounce = min(bounce, self.undated_from)
        lost = min(optout, bounce)
        self.total[seen] += 1
        self.unsubscribed[max(seen, optout)] += 1
        self.sources[facts.sources] += 1
        if optout < last:
            self.unsubscribed_sources[facts.sources] += 1
        if lost > seen:
            self.reachable[seen] += 1
            self.reachable[lost] -= 1
            if facts.activity:
                mask = reduce(or_, map(self.day_masks.__getitem__, facts.activity))
                self.masks[mask & ((1 << lost) - (1 << seen))] += 1

    def by_source(self, unsubscribed: bool = False) -> dict[str, int]:
        """Contacts per tool at the last month end (a contact in two tools counts in both)."""
        counts: Counter[str] = Counter()
        for sources, contacts in (self.unsubscribed_sources if unsubscribed else self.sources).items():
            for source in sources.split(","):
                counts[source] += contacts
        return {source: counts[source] for source in sorted({s for k in self.sources for s in k.split(",")})}

    def active(self) -> list[int]:
        counts = [0] * len(self.ends)
        for mask, contacts in self.masks.items():
            for i in range(len(counts)):
                if mask >> i & 1:
                    counts[i] += contacts
        return counts

    @staticmethod
    def running(changes: list[int]) -> list[int]:
        found, value = [], 0
        for change in changes[:-1]:
            value += change
            found.append(value)
        return found


@dataclass
class Figures:
    """What the results are made of, either way they were counted: values at each month end, contacts per tool
    at the last one, new contacts per month and channel, contacts without a creation day."""

    total: list[int]
    unsubscribed: list[int]
    reachable: list[int]
    active: list[int]
    by_source: dict[str, int]
    unsubscribed_by_source: dict[str, int]
    new_by_month: Counter[str]
    new_by_channel: Counter[str]
    undated: int


def compute(context: KpiContext) -> dict[str, KpiResult]:
    period = context.period
    months = period.months()
    ends = [period.month_end(month).isoformat() for month in months]
    clicks_only = context.setting("active_signal") == "click"
    window_days = int(context.setting("active_window_days"))
    figures = _from_table(context, ends, window_days, clicks_only) or _by_contact(context, ends, window_days,
                                                                                   clicks_only)
    total = figures.total
    if total[-1] == 0:
        return {kpi_id: null(kpi_id, context, NO_DATA, NEEDS_CONTACTS()) for kpi_id in KPI_IDS}
    notes = [Note("undated_contacts", UNDATED_CONTACTS(count=figures.undated))] if figures.undated else []

    def stock(kpi_id: str, values: list[int], **breakdowns: dict[str, int]) -> KpiResult:
        return KpiResult(kpi_id, values[-1], unit_of(kpi_id, context),
                         breakdowns={"by_month": dict(zip(months, values, strict=True)), **breakdowns})

    results = {
        "contacts_total": stock("contacts_total", total, by_source=figures.by_source),
        "contacts_new": null("contacts_new", context, NO_DATA, NONE_CREATED()),
        "contacts_unsubscribed": stock("contacts_unsubscribed", figures.unsubscribed,
                                       by_source=figures.unsubscribed_by_source),
    }
    results["contacts_total"].notes.extend(notes)
    new_by_month, new_by_channel = figures.new_by_month, figures.new_by_channel
    if new_by_month:
        results["contacts_new"] = KpiResult(
            "contacts_new", sum(new_by_month.values()), unit_of("contacts_new", context),
            breakdowns={"by_month": {month: new_by_month[month] for month in months},
                        "by_channel": dict(sorted(new_by_channel.items()))}, notes=list(notes))
    if not contact_store.has_activity_data(context.db, clicks_only):
        for kpi_id in ("contacts_active", "contacts_inactive"):
            results[kpi_id] = null(kpi_id, context, NOT_IN_EXPORTS, NO_ACTIVITY_DATA())
        return results
    reachable, active = figures.reachable, figures.active
    results["contacts_active"] = stock("contacts_active", active)
    results["contacts_inactive"] = inactive = stock("contacts_inactive", [r - a for r, a in zip(reachable, active,
                                                                                                  strict=True)])
    inactive.counts = {"reachable": reachable[-1], "active": active[-1]}
    inactive.month_counts = {month: {"reachable": r, "active": a}
                             for month, r, a in zip(months, reachable, active, strict=True)}
    return results


def _from_table(context: KpiContext, ends: list[str], window_days: int, clicks_only: bool) -> Figures | None:
    """The figures from `contact_stocks`; None when it was not built for these activity settings.

    A change on day d counts at the month ends from the first one on or after d; a month end before the end of
    the data takes the `before_end` changes, the others the `from_end` ones (undated flags)."""
    db, last = context.db, ends[-1]
    chosen = context.filter.store_args()
    changes = contact_store.stock_changes(db, window_days, clicks_only, last, **chosen)
    if changes is None:
        return None
    size = len(ends)
    sums: dict[str, tuple[list[int], list[int]]] = {
        kind: ([0] * size, [0] * size) for kind in ("seen", "optout", "reachable", "active")}
    for kind, day, before_end, from_end in changes:
        before, after = sums[kind]
        index = bisect_left(ends, day)
        before[index] += before_end
        after[index] += from_end
    data_end = context.data_end.isoformat()
    ended = [end >= data_end for end in ends]

    def values(kind: str) -> list[int]:
        found, before_sum, after_sum = [], 0, 0
        for before, after, past_end in zip(*sums[kind], ended, strict=True):
            before_sum += before
            after_sum += after
            found.append(after_sum if past_end else before_sum)
        return found

    per_source: dict[str, Counter[str]] = {"seen": Counter(), "optout": Counter()}
    for kind, sources, before_end, from_end in contact_store.stocks_by_source(db, last, **chosen):
        contacts = from_end if ended[-1] else before_end
        for source in sources.split(","):
            per_source[kind][source] += contacts
    tools = sorted(source for source, contacts in per_source["seen"].items()
                   if contacts and context.filter.source_ok(source))
    new_by_month: Counter[str] = Counter()
    new_by_channel: Counter[str] = Counter()
    for month, channel, contacts in contact_store.new_contacts(db, context.period.first, last, **chosen):
        new_by_month[month] += contacts
        new_by_channel[channel or "unknown"] += contacts
    return Figures(values("seen"), values("optout"), values("reachable"), values("active"),
                   {tool: per_source["seen"][tool] for tool in tools},
                   {tool: per_source["optout"][tool] for tool in tools},
                   new_by_month, new_by_channel, contact_store.undated_contacts(db, **chosen))


def _by_contact(context: KpiContext, ends: list[str], window_days: int, clicks_only: bool) -> Figures:
    """The figures counted contact by contact (the reference the table is checked against)."""
    period = context.period
    stocks = Stocks(ends, window_days, bisect_left(ends, context.data_end.isoformat()))
    new_by_month: Counter[str] = Counter()
    new_by_channel: Counter[str] = Counter()
    first, last = period.first, period.last
    kept = context.filter
    for facts in contact_store.contact_facts(context.db, stocks.starts[0], last, clicks_only):
        if not (kept.sources_ok(facts.sources) and kept.channel_ok(facts.channel)):
            continue
        stocks.add(facts)
        if facts.seen and first <= facts.seen <= last:
            new_by_month[facts.seen[:7]] += 1
            new_by_channel[facts.channel or "unknown"] += 1
    tools = {tool for tool in stocks.by_source() if kept.source_ok(tool)}

    def chosen(counts: dict[str, int]) -> dict[str, int]:
        return {tool: n for tool, n in counts.items() if tool in tools}

    return Figures(stocks.running(stocks.total), stocks.running(stocks.unsubscribed),
                   stocks.running(stocks.reachable), stocks.active(), chosen(stocks.by_source()),
                   chosen(stocks.by_source(unsubscribed=True)), new_by_month, new_by_channel, stocks.undated)
