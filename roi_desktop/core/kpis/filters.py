"""Filtering the KPIs by tool and by channel (issue #5 item 4).

Decisions (the docstrings of the areas say how each applies them):

- **Tools** (`sources`) are the tools the data came from, the lower-case ids of `by_source` (hubspot, brevo,
  mailchimp, ga4, manual…; core/channels.py `tool_name` names them). A contact matches when at least one of
  the tools whose contact exports hold it is chosen (a contact in HubSpot and Brevo is in both); an e-mail
  send by its campaign's tool; a stage entry by the tool of the contact's earliest entry in that stage (the
  tool `by_source` already credits, so a filtered count equals the unfiltered `by_source` value); a deal,
  a workflow, a web row by its own tool.
- **Channels** (`channels`) are acquisition channels as KPIS §3.6 defines them, the keys of `by_channel`: a
  contact's (and its stage entries') channel is the channel of its original source, `unknown` when none —
  so channels partition contacts, leads, MQLs… and the filtered counts of all channels add up to the
  unfiltered one; an e-mail by its campaign's channel (`email`); a deal by its own lead source's channel,
  else its first contact's, else `unknown`; a cost line by its channel (`unknown` when empty); a web row by
  the channel of its channel group or source / medium.
- Empty = no filter on that dimension. Tools and channels combine with AND; values of one dimension with OR.
- A KPI whose data does not carry a dimension never shows the unfiltered figure as if it were filtered:
  either it keeps its value with the note `filter_ignored` (a snapshot or a total that stays meaningful:
  costs without tools, scores, social, satisfaction, churn and retention, the workflow inventory and the
  peak days for channels) — `IGNORED` lists them —, or it is null with the reason `filter_unsupported` when
  mixing filtered and unfiltered figures would mislead (costs per result and ROIs under a tool filter: costs
  are not recorded per tool; see areas/costs.py).
- When nothing matches the filter, a KPI is null with the reason `filtered_out` (not "import your exports").
- The previous period and last year are computed with the same filter (kpis/compare.py callers pass it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from roi_desktop.core.channels import tool_name
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate

SOURCES, CHANNELS = "sources", "channels"

FILTERED_OUT, FILTER_UNSUPPORTED, FILTER_IGNORED = "filtered_out", "filter_unsupported", "filter_ignored"

NOTHING_MATCHES = MessageTemplate("kpi.filter.filtered_out", QT_TRANSLATE_NOOP(
    "Messages", "Nothing in this period matches the filter ({filter}): clear the filter, or import the exports of"
                " these tools."))
IGNORES_TOOLS = MessageTemplate("kpi.filter.ignores_tools", QT_TRANSLATE_NOOP(
    "Messages", "This figure ignores the tool filter: its data does not say which tool it comes from. It covers"
                " all tools."))
IGNORES_CHANNELS = MessageTemplate("kpi.filter.ignores_channels", QT_TRANSLATE_NOOP(
    "Messages", "This figure ignores the channel filter: its data has no acquisition channel. It covers all"
                " channels."))
COSTS_WITHOUT_TOOLS = MessageTemplate("kpi.filter.costs_without_tools", QT_TRANSLATE_NOOP(
    "Messages", "Costs are not recorded per tool, so this ratio cannot be computed for some tools only: clear the"
                " tool filter (a channel filter works)."))

IGNORED: dict[str, frozenset[str]] = {
    "costs_total": frozenset({SOURCES}),
    "average_lead_score": frozenset({SOURCES, CHANNELS}),
    "churn_rate": frozenset({SOURCES, CHANNELS}),
    "retention_rate": frozenset({SOURCES, CHANNELS}),
    "social_engagement_rate": frozenset({SOURCES, CHANNELS}),
    "csat": frozenset({SOURCES, CHANNELS}),
    "web_peak_days": frozenset({CHANNELS}),
    **{kpi_id: frozenset({CHANNELS}) for kpi_id in (
        "workflows_total", "workflows_active", "workflows_without_trigger", "triggers_configured",
        "workflows_without_goal", "workflows_active_without_enrolment", "workflows_enrolled",
        "workflow_completion_rate", "emails_configured")},
}
"""KPI → the filter dimensions it ignores (it keeps its value with a `filter_ignored` note).

Why: cost lines have a channel but no tool; the average lead score is a snapshot of current scores already
chosen by tool (`score_source`); churn and retention follow customers whatever their origin; social
statistics and survey answers have neither a tool of ours nor a channel; the workflow inventory has a tool but
no channel; peak days judge the site's whole traffic day by day."""

UNSUPPORTED: dict[str, frozenset[str]] = {
    kpi_id: frozenset({SOURCES}) for kpi_id in (
        "cost_per_lead", "cost_per_mql", "customer_acquisition_cost", "cost_per_acquisition", "roi",
        "roi_automation")
}
"""KPI → the dimensions under which it is null `filter_unsupported` (all costs ÷ one tool's leads would
mislead)."""


@dataclass(frozen=True)
class KpiFilter:
    """Which tools and channels the KPIs count; empty = all.

    Attributes:
        sources: tool ids (hubspot, brevo, mailchimp, ga4…), as in `by_source`.
        channels: channel ids of KPIS §3.6 (email, organic_search, unknown…), as in `by_channel`.
    """

    sources: frozenset[str] = field(default_factory=frozenset)
    channels: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, sources: Iterable[str] = (), channels: Iterable[str] = ()) -> KpiFilter:
        """A filter from any iterables (ids lower-cased and stripped, empty ones dropped)."""
        return cls(frozenset(s.strip().lower() for s in sources if s and s.strip()),
                   frozenset(c.strip().lower() for c in channels if c and c.strip()))

    @property
    def active(self) -> bool:
        return bool(self.sources or self.channels)

    def dimensions(self) -> set[str]:
        """The dimensions this filter restricts."""
        return {name for name, values in ((SOURCES, self.sources), (CHANNELS, self.channels)) if values}

    def source_ok(self, source: str | None) -> bool:
        return not self.sources or (source or "") in self.sources

    def sources_ok(self, sources: str | None) -> bool:
        """A comma list of tools (a contact's) matches when one of them is chosen."""
        return not self.sources or any(s in self.sources for s in (sources or "").split(","))

    def channel_ok(self, channel: str | None) -> bool:
        return not self.channels or (channel or "unknown") in self.channels

    def describe(self) -> str:
        """"HubSpot, Brevo; email" — the filter in a sentence of a message."""
        parts = []
        if self.sources:
            parts.append(", ".join(tool_name(s) for s in sorted(self.sources)))
        if self.channels:
            parts.append(", ".join(sorted(self.channels)))
        return "; ".join(parts)

    def to_json(self) -> dict[str, Any]:
        """The `filter` object of `kpis --json`: sorted lists, empty when not filtered."""
        return {"sources": sorted(self.sources), "channels": sorted(self.channels)}

    def store_args(self) -> dict[str, frozenset[str]]:
        """Keyword arguments of the store queries that filter (`sources=`, `channels=`)."""
        return {"sources": self.sources, "channels": self.channels}


NO_FILTER = KpiFilter()


@dataclass(frozen=True)
class FilterChoices:
    """What a workspace can be filtered by: tool → rows, channel → rows (most rows first)."""

    sources: dict[str, int]
    channels: dict[str, int]


def choices(db: Any) -> FilterChoices:
    """The tools and channels present in a workspace, with how many rows carry each."""
    from roi_desktop.core.channels import channel_of_label, channel_of_source_medium
    from roi_desktop.core.store.kpi import filters as store

    sources: dict[str, int] = {}
    for source, rows in store.source_counts(db):
        sources[source] = sources.get(source, 0) + rows
    channels: dict[str, int] = {}
    for channel, rows in store.channel_counts(db):
        key = channel or "unknown"
        channels[key] = channels.get(key, 0) + rows
    for group, source, medium, rows in store.web_channel_rows(db):
        key = channel_of_label(group) if group else channel_of_source_medium(source, medium)
        channels[key] = channels.get(key, 0) + rows

    def ordered(counts: dict[str, int]) -> dict[str, int]:
        return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))

    return FilterChoices(ordered(sources), ordered(channels))


def apply_notes(results: dict[str, Any], kpi_filter: KpiFilter) -> None:
    """After the areas ran under an active filter: a `filter_ignored` note on the KPIs that ignore a chosen
    dimension, null `filter_unsupported` where it cannot apply, and `filtered_out` instead of "import your
    exports" when nothing matched (KPIs that ignore every chosen dimension keep their own reason)."""
    from roi_desktop.core.kpis.result import NO_DATA, Note, Reason

    chosen = kpi_filter.dimensions()
    if not chosen:
        return
    notes = {SOURCES: IGNORES_TOOLS, CHANNELS: IGNORES_CHANNELS}
    for kpi_id, result in results.items():
        ignored = IGNORED.get(kpi_id, frozenset()) & chosen
        if UNSUPPORTED.get(kpi_id, frozenset()) & chosen:
            result.value = None
            result.breakdowns = {name: {} for name in result.breakdowns}
            result.counts, result.notes, result.month_counts = {}, [], {}
            result.reason = Reason(FILTER_UNSUPPORTED, COSTS_WITHOUT_TOOLS())
            continue
        if result.value is not None:
            result.notes.extend(Note(FILTER_IGNORED, notes[d]()) for d in sorted(ignored))
        elif result.reason is not None and result.reason.code == NO_DATA and ignored != chosen:
            result.reason = Reason(FILTERED_OUT, NOTHING_MATCHES(filter=kpi_filter.describe()))
