"""What the usage audit reads, gathered once per period: the KPIs it builds on, the workflows, their dated
sends and the contacts two workflows e-mailed the same week.

The KPIs come from the KPI engine's own areas (contacts, e-mail, workflows) run on the audit's period, so
every figure the audit shows is the figure of the KPI page; only the contacts area runs with the click
signal, because an engaged contact is one who clicked (settings.py). The checks (checks.py) and the score
(score.py) then judge any window of the period — the period itself, or each of its months for the trend —
from these facts alone, without querying again.

Workflows are identified by (tool, folded name) as the import merges them (KPIS §3.4): the inventory's
"Nurturing MQL" and Mautic's "nurturing mql " e-mails are one workflow. A workflow known only from the
names its automated e-mails carry is listed too, with what those e-mails tell.
"""

from __future__ import annotations

import importlib
import threading
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from itertools import combinations
from typing import Any

from roi_desktop.core.kpis import alerts
from roi_desktop.core.kpis import engine as kpi_engine
from roi_desktop.core.kpis.context import KpiContext, effective_settings
from roi_desktop.core.kpis.period import Period
from roi_desktop.core.kpis.result import KpiResult
from roi_desktop.core.kpis.sends import SendFacts, fold
from roi_desktop.core.kpis.sends import campaigns as sends_campaigns
from roi_desktop.core.kpis.sends import load as load_sends
from roi_desktop.core.progress import CancelToken, Progress
from roi_desktop.core.store import Connection
from roi_desktop.core.store import settings as settings_store
from roi_desktop.core.store import usage as usage_store
from roi_desktop.core.store.kpi import workflows as workflow_store
from roi_desktop.core.store.usage import WorkflowRecord
from roi_desktop.core.usage.settings import usage_settings

AREAS = ("contacts", "email", "workflows")
"""The KPI areas the audit builds on, in the engine's order."""

WorkflowId = tuple[str, str]
"""(tool, folded name)."""


@dataclass
class WorkflowFacts:
    """One workflow as the audit knows it.

    Attributes:
        key: its `by_workflow` key in the KPIs, "<tool>:<name as written>".
        record: what the inventory or automation report says, None when only its e-mails name it.
        send_days: the days its automated e-mails went out, up to the end of the period, sorted.
    """

    id: WorkflowId
    key: str
    source: str
    name: str
    record: WorkflowRecord | None
    send_days: list[str] = field(default_factory=list)

    def exists_on(self, day: str) -> bool:
        created = self.record.created_day if self.record else None
        return created is None or created <= day

    def last_send(self, last: str) -> str | None:
        """Its latest dated send on or before `last`."""
        index = bisect_right(self.send_days, last)
        return self.send_days[index - 1] if index else None

    def last_activity(self, last: str) -> str | None:
        """Its latest dated sign of life on or before `last`: an automated send, or the exported last activity."""
        exported = self.record.last_activity_day if self.record else None
        days = [d for d in (self.last_send(last), exported) if d and d <= last]
        return max(days) if days else None


@dataclass
class UsageFacts:
    """Everything the checks and the score judge.

    Attributes:
        context: the KPI context of the period (settings with the audit's defaults, data end, currency) and,
            in `context.results`, the KPIs of the contacts (click signal), e-mail and workflow areas.
        workflows: every workflow known at the end of the period, by id.
        sends: the e-mail send facts of the period, per campaign and month.
        overlaps: for each pair of workflows, (day, e-mail) of each contact both mailed within one week: the
            day the second of them reached the contact that week.
        recipient_spans: first and last day of each workflow's automated e-mails known recipient by
            recipient in the period (overlaps can only be seen there).
        automated_sources: tools whose automated e-mails are imported (their sends can be checked).
    """

    context: KpiContext
    workflows: dict[WorkflowId, WorkflowFacts]
    sends: SendFacts
    overlaps: dict[tuple[WorkflowId, WorkflowId], list[tuple[str, str]]]
    recipient_spans: dict[WorkflowId, tuple[str, str]]
    automated_sources: set[str]

    @property
    def period(self) -> Period:
        return self.context.period

    @property
    def results(self) -> dict[str, KpiResult]:
        return self.context.results

    def setting(self, key: str) -> Any:
        return self.context.settings[key]


def kpi_context(db: Connection, period: Period | None, overrides: dict[str, Any] | None) -> KpiContext | None:
    """The KPI context of the audit (as the engine builds it), or None for a workspace without data."""
    stored = {**settings_store.read_settings(db), **(overrides or {})}
    settings = usage_settings(effective_settings(stored))
    span = kpi_engine.default_period(db)
    period = period or span or _snapshot_period(db)
    if period is None:
        return None
    data_end = span.end if span else period.end
    return KpiContext(db, period, data_end, settings, settings.get("currency") or "EUR")


def _snapshot_period(db: Connection) -> Period | None:
    """The period of a workspace holding workflows but no dated fact (an inventory or automation report
    alone): the current month up to today, as the KPI engine computes an empty period — workflow figures
    are snapshots, so every workflow is in it."""
    if not usage_store.has_workflows(db):
        return None
    today = date.today()
    return Period(today.replace(day=1), today)


def run_kpis(context: KpiContext, progress: Progress, cancel: CancelToken) -> None:
    """The KPIs of the areas the audit builds on, into `context.results` (engaged = clicked: settings.py)."""
    clicks = KpiContext(context.db, context.period, context.data_end,
                        {**context.settings, "active_signal": "click"}, context.currency)
    for step, area in enumerate(AREAS):
        cancel.check()
        progress(step, len(AREAS) + 2)
        module = importlib.import_module(f"roi_desktop.core.kpis.areas.{area}")
        context.results.update(module.compute(clicks if area == "contacts" else context))
    alerts.apply(context)


def gather(context: KpiContext, cancel: CancelToken, overlaps: OverlapCache | None = None) -> UsageFacts:
    """What the checks and the score judge over the context's period (run_kpis first: the workflows known
    only from their e-mails come from the emails_configured KPI). With `overlaps`, the weekly overlaps of the
    whole data are read once and kept; the checks keep those of their window."""
    db, period = context.db, context.period
    names = workflow_store.workflow_names(db)
    sends = load_sends(db, period.first, period.last, names)
    workflows, spans, of_campaign = known_workflows(context, sends.campaigns)
    cancel.check()
    automated = {c.source for c in sends.campaigns.values() if c.automated}
    if overlaps is None:
        found = weekly_overlaps(usage_store.automated_recipients(db, period.first, period.last), of_campaign, cancel)
    else:
        found = overlaps.get(db, of_campaign, cancel)
    return UsageFacts(context, workflows, sends, found, spans, automated)


def inventory_facts(context: KpiContext) -> UsageFacts:
    """The facts the workflow table (workflows.workflow_rows) reads, without what only the checks and the
    score judge (the period's send figures, the weekly overlaps): the workbook's workflow inventory
    (reporting/inventory.py); the "workflows" KPI area first. At scale 38 (all data, under cProfile) gather()
    takes 1.1 s with a cold overlap cache, of which the weekly overlaps 1.07 s."""
    campaigns = sends_campaigns(context.db, workflow_store.workflow_names(context.db))
    workflows, spans, _of_campaign = known_workflows(context, campaigns)
    return UsageFacts(context, workflows, SendFacts([], campaigns), {}, spans, set())


def known_workflows(context: KpiContext, campaigns: dict[int, Any]) -> tuple[
        dict[WorkflowId, WorkflowFacts], dict[WorkflowId, tuple[str, str]], dict[int, WorkflowId]]:
    """Every workflow known at the end of the period (by id, sorted), the spans of its automated e-mails known
    recipient by recipient in the period, and the campaign → workflow mapping."""
    db, period = context.db, context.period
    workflows: dict[WorkflowId, WorkflowFacts] = {}
    for record in usage_store.workflow_records(db, period.last):
        found_id = (record.source, record.name_key)
        workflows[found_id] = WorkflowFacts(found_id, f"{record.source}:{record.name}", record.source, record.name,
                                            record)
    configured = context.results.get("emails_configured")
    for key in (configured.breakdowns.get("by_workflow", {}) if configured else {}):
        source, name = key.split(":", 1)
        workflows.setdefault((source, fold(name)), WorkflowFacts((source, fold(name)), key, source, name, None))
    of_campaign = {c.id: workflow_id(c.workflow_key) for c in campaigns.values() if c.workflow_key}
    days: dict[WorkflowId, set[str]] = defaultdict(set)
    spans: dict[WorkflowId, tuple[str, str]] = {}
    for campaign_id, day, by_recipient in usage_store.automated_send_days(db, period.last):
        found_id = of_campaign.get(campaign_id)
        if found_id is None:
            continue
        days[found_id].add(day)
        if by_recipient and day >= period.first:
            known = spans.get(found_id)
            spans[found_id] = (min(day, known[0]), max(day, known[1])) if known else (day, day)
    for found_id, found in days.items():
        if found_id in workflows:
            workflows[found_id].send_days = sorted(found)
    return dict(sorted(workflows.items())), spans, of_campaign


class OverlapCache:
    """The weekly overlaps of all the data, kept between the audits of one open workspace.

    Reading who got which automated e-mail is the audit's longest read of its own (220,000 rows, about half
    a second at scale 38); the answer only changes with the data, so a period change reuses it (checks.py
    keeps the overlaps of its window). The key is what the data's state is made of: the imports (an import or
    an undo adds or changes a batch), the count of automated recipients (an erased person leaves it) and the
    campaign → workflow mapping. Shared by the background threads of the GUI, hence the lock.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: Any = None
        self._value: dict[tuple[WorkflowId, WorkflowId], list[tuple[str, str]]] = {}

    def get(self, db: Connection, of_campaign: dict[int, WorkflowId],
            cancel: CancelToken) -> dict[tuple[WorkflowId, WorkflowId], list[tuple[str, str]]]:
        key = (usage_store.data_version(db), tuple(sorted(of_campaign.items())))
        with self._lock:
            if key == self._key:
                return self._value
        value = weekly_overlaps(usage_store.automated_recipients(db, "", "9999-12-31"), of_campaign, cancel)
        with self._lock:
            self._key, self._value = key, value
        return value


def workflow_id(key: str) -> WorkflowId:
    """The id of a `by_workflow` key "<tool>:<name>"."""
    source, name = key.split(":", 1)
    return source, fold(name)


def weekly_overlaps(rows: Any, of_campaign: dict[int, WorkflowId],
                    cancel: CancelToken) -> dict[tuple[WorkflowId, WorkflowId], list[tuple[str, str]]]:
    """Contacts two workflows e-mailed within the same Monday-to-Sunday week, from (e-mail, campaign, day) rows
    in e-mail order. One pass that only looks closer at contacts who got e-mails of two workflows or more:
    most contacts are in one workflow (220,000 rows in 0.3 s at scale 38)."""
    found: dict[tuple[WorkflowId, WorkflowId], list[tuple[str, str]]] = defaultdict(list)
    current, first, mixed, sends = None, None, False, []
    for count, (email, campaign_id, day) in enumerate(rows):
        workflow = of_campaign.get(campaign_id)
        if workflow is None:
            continue
        if email != current:
            if mixed:
                _pairs(current, sends, found)
            current, first, mixed, sends = email, workflow, False, []
            if count % 50_000 == 0:
                cancel.check()
        elif workflow != first:
            mixed = True
        sends.append((workflow, day))
    if mixed:
        _pairs(current, sends, found)
    return dict(found)


def _pairs(email: str | None, sends: list[tuple[WorkflowId, str]],
           found: dict[tuple[WorkflowId, WorkflowId], list[tuple[str, str]]]) -> None:
    """Record the pairs of workflows that mailed `email` within one week: (day the second reached it, email)."""
    weeks: dict[str, dict[WorkflowId, str]] = {}
    for workflow, day in sends:
        firsts = weeks.setdefault(_monday(day), {})
        if workflow not in firsts or day < firsts[workflow]:
            firsts[workflow] = day
    for firsts in weeks.values():
        if len(firsts) > 1:
            for a, b in combinations(sorted(firsts), 2):
                found[(a, b)].append((max(firsts[a], firsts[b]), email))


@cache
def _monday(day: str) -> str:
    moment = date.fromisoformat(day)
    return (moment - timedelta(days=moment.weekday())).isoformat()
