"""Workflow hygiene: seven checks, each finding a plain sentence with what to do about it.

A check judges the workflows that exist at the end of a window (the period, or one of its months for the
score's trend) from `UsageFacts` alone. What a check cannot judge is never counted as fine nor as a problem:
it is listed with the export that would tell (a `note`). Decisions (thresholds are settings, settings.py):

- no_trigger: the trigger is known and empty. An active workflow without trigger can never start
  (warning); an inactive one is clutter (notice).
- no_goal: the goal is known and empty (notice): nobody can tell whether the workflow works.
- zombie: an active workflow, created more than `usage.zombie_days` before the window's end, that nobody
  ever entered (enrolled = 0), or whose e-mails and exported activity all stop before those days. A
  workflow that an automation report shows with contacts in it today is alive (when the window reaches the
  export day). Without any dated trace of its activity, it is not judged.
- low_completion: completion rate under `usage.completion_ratio` × the median rate of the workflows with at
  least `usage.completion_min_enrolled` enrolments, when `usage.completion_min_workflows` of them exist.
- bad_rates: a workflow's e-mails cross the unsubscribe or spam-complaint alert thresholds of the KPIs
  (KPIS §5, the workspace's `alert.*` overrides and `alert.min_volume` included), judged on the window's
  sends exactly as the KPI alerts judge the period.
- overlap: at least `usage.overlap_min_contacts` contacts got e-mails of two workflows within one week.
- never_sent: the inventory lists e-mails in the workflow, yet none was ever sent: nobody entered it, or
  its tool's automated e-mails are imported and none of its own appears. An automation report's undated
  e-mail count is a send.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from statistics import median
from typing import Any

from roi_desktop.core.channels import tool_name
from roi_desktop.core.kpis import alerts
from roi_desktop.core.kpis.definitions import definition
from roi_desktop.core.kpis.period import Period
from roi_desktop.core.kpis.result import KpiResult
from roi_desktop.core.kpis.sends import SendFacts
from roi_desktop.core.messages import Message
from roi_desktop.core.usage import check_messages as m
from roi_desktop.core.usage.facts import (
    UsageFacts,
    WorkflowFacts,
    WorkflowId,
    workflow_id,
)

NO_TRIGGER, NO_GOAL, ZOMBIE, LOW_COMPLETION, BAD_RATES, OVERLAP, NEVER_SENT = (
    "no_trigger", "no_goal", "zombie", "low_completion", "bad_rates", "overlap", "never_sent")
CHECKS = (NO_TRIGGER, ZOMBIE, NEVER_SENT, BAD_RATES, OVERLAP, LOW_COMPLETION, NO_GOAL)
"""Every check, in the order they are shown."""

CRITICAL, WARNING, NOTICE = "critical", "warning", "notice"
LEVELS = (CRITICAL, WARNING, NOTICE)


@dataclass(frozen=True)
class Finding:
    """One problem: the workflows concerned, what is wrong and what to do, the numbers behind it."""

    check: str
    level: str
    workflows: tuple[str, ...]
    message: Message
    fix: Message
    figures: dict[str, Any] = field(default_factory=dict)

    def to_json(self, render: Any) -> dict[str, Any]:
        return {"check": self.check, "level": self.level, "workflows": list(self.workflows),
                "message": render(self.message), "fix": render(self.fix), "figures": self.figures}


@dataclass
class CheckResult:
    """What one check found over a window.

    Attributes:
        judged: how many workflows (or pairs of workflows) it could judge.
        notes: what it could not judge, and what to import for it.
    """

    check: str
    judged: int = 0
    findings: list[Finding] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)

    @property
    def status(self) -> str:
        """"issues", "ok" or "not_judged"."""
        return "issues" if self.findings else "ok" if self.judged else "not_judged"

    def to_json(self, render: Any) -> dict[str, Any]:
        return {"title": render(m.TITLES[self.check]()), "status": self.status, "judged": self.judged,
                "issues": len(self.findings), "notes": [render(note) for note in self.notes]}


def run_checks(facts: UsageFacts, first: str, last: str) -> list[CheckResult]:
    """Every check over the window first..last (whole months of the period, or the period itself)."""
    workflows = [w for w in facts.workflows.values() if w.exists_on(last)]
    window = _Window(facts, first, last, workflows)
    results = [getattr(window, f"check_{check}")() for check in CHECKS]
    for result in results:
        result.findings.sort(key=lambda f: (LEVELS.index(f.level), f.workflows))
    return results


def issues_by_workflow(results: list[CheckResult]) -> dict[WorkflowId, list[str]]:
    """Workflow id → codes of the checks it fails."""
    found: dict[WorkflowId, list[str]] = {}
    for result in results:
        for finding in result.findings:
            for key in finding.workflows:
                found.setdefault(workflow_id(key), []).append(finding.check)
    return found


def _names(workflows: list[WorkflowFacts]) -> str:
    return ", ".join(w.name for w in workflows)


class _Window:
    """The checks over one window; each `check_*` returns its CheckResult."""

    def __init__(self, facts: UsageFacts, first: str, last: str, workflows: list[WorkflowFacts]) -> None:
        self.facts, self.first, self.last, self.workflows = facts, first, last, workflows
        self.recorded = [w for w in workflows if w.record is not None]

    def _about(self, workflow: WorkflowFacts, **params: Any) -> dict[str, Any]:
        return {"workflow": workflow.name, "tool": tool_name(workflow.source), **params}

    def check_no_trigger(self) -> CheckResult:
        result = CheckResult(NO_TRIGGER)
        unknown = [w for w in self.recorded if w.record.trigger is None]
        for w in self.recorded:
            if w.record.trigger is None:
                continue
            result.judged += 1
            if w.record.trigger == "":
                active = w.record.active == 1
                about = self._about(w)
                result.findings.append(Finding(
                    NO_TRIGGER, WARNING if active else NOTICE, (w.key,),
                    (m.NO_TRIGGER_ACTIVE if active else m.NO_TRIGGER_OFF)(**about),
                    (m.FIX_TRIGGER_ACTIVE if active else m.FIX_TRIGGER_OFF)(tool=about["tool"])))
        if unknown:
            result.notes.append(m.TRIGGER_UNKNOWN(workflows=_names(unknown)))
        return result

    def check_no_goal(self) -> CheckResult:
        result = CheckResult(NO_GOAL)
        unknown = [w for w in self.recorded if w.record.goal is None]
        for w in self.recorded:
            if w.record.goal is None:
                continue
            result.judged += 1
            if w.record.goal == "":
                about = self._about(w)
                result.findings.append(Finding(NO_GOAL, NOTICE, (w.key,), m.NO_GOAL(**about),
                                               m.FIX_GOAL(tool=about["tool"])))
        if unknown:
            result.notes.append(m.GOAL_UNKNOWN(workflows=_names(unknown)))
        return result

    def check_zombie(self) -> CheckResult:
        result = CheckResult(ZOMBIE)
        days = int(self.facts.setting("usage.zombie_days"))
        since = (date.fromisoformat(self.last) - timedelta(days=days)).isoformat()
        at_export = self.last >= self.facts.context.data_end.isoformat()
        unknown = []
        for w in self.recorded:
            record = w.record
            if record.active != 1 or (record.created_day is not None and record.created_day > since):
                continue
            if at_export and (record.current_contacts or 0) > 0:
                result.judged += 1
                continue
            if record.enrolled == 0:
                result.judged += 1
                result.findings.append(Finding(ZOMBIE, WARNING, (w.key,), m.ZOMBIE_EMPTY(**self._about(w)),
                                               m.FIX_ZOMBIE_EMPTY()))
                continue
            if not w.send_days and record.last_activity_day is None:
                unknown.append(w)
                continue
            result.judged += 1
            latest = w.last_activity(self.last)
            if latest is None or latest <= since:
                result.findings.append(Finding(ZOMBIE, WARNING, (w.key,), m.ZOMBIE_STALE(**self._about(w, days=days)),
                                               m.FIX_ZOMBIE_STALE(), {"last_activity": latest, "days": days}))
        if unknown:
            result.notes.append(m.ZOMBIE_UNKNOWN(workflows=_names(unknown)))
        return result

    def check_low_completion(self) -> CheckResult:
        result = CheckResult(LOW_COMPLETION)
        least = int(self.facts.setting("usage.completion_min_enrolled"))
        needed = int(self.facts.setting("usage.completion_min_workflows"))
        rates = {w.id: w.record.completed / w.record.enrolled for w in self.recorded
                 if w.record.completed is not None and w.record.enrolled and w.record.enrolled >= least}
        if len(rates) < needed:
            result.notes.append(m.COMPLETION_FEW(count=needed, enrolled=least, found=len(rates)))
            return result
        norm = median(rates.values())
        floor = float(self.facts.setting("usage.completion_ratio")) * norm
        result.judged = len(rates)
        for w in self.recorded:
            rate = rates.get(w.id)
            if rate is not None and rate < floor:
                result.findings.append(Finding(
                    LOW_COMPLETION, WARNING, (w.key,),
                    m.LOW_COMPLETION(**self._about(w, rate=_percent(rate), median=_percent(norm))),
                    m.FIX_LOW_COMPLETION(),
                    {"completion_rate": rate, "median": norm, "completed": w.record.completed,
                     "enrolled": w.record.enrolled}))
        return result

    def check_bad_rates(self) -> CheckResult:
        result = CheckResult(BAD_RATES)
        facts = self.facts
        # Send facts are summed per month of the period: a window is the period itself or whole months of it.
        months = set(Period.parse(self.first, self.last).months())
        sends = SendFacts([row for row in facts.sends.rows if row["month"] in months], facts.sends.campaigns)
        by_workflow = {workflow_id(key): sums for key, sums in
                       sends.grouped(lambda _row, c: c.workflow_key).items()}
        if not by_workflow:
            result.notes.append(m.NO_AUTOMATED_SENDS())
            return result
        for w in self.workflows:
            sums = by_workflow.get(w.id)
            if sums is None:
                continue
            result.judged += 1
            for kpi_id, message, fix in (("unsubscribe_rate", m.UNSUBSCRIBES, m.FIX_UNSUBSCRIBES),
                                         ("complaint_rate", m.COMPLAINTS, m.FIX_COMPLAINTS)):
                numerator, denominator = sums.pair(kpi_id)
                if numerator is None or not denominator:
                    continue
                rate = KpiResult(kpi_id, numerator / denominator, "ratio",
                                 counts={"numerator": numerator, "denominator": denominator})
                alert = alerts.evaluate(definition(kpi_id), rate, facts.context.settings, facts.results)
                if alert is not None:
                    result.findings.append(Finding(
                        BAD_RATES, alert.level, (w.key,),
                        message(**self._about(w, rate=_percent(rate.value, 2), count=int(numerator),
                                              delivered=int(denominator), threshold=_percent(alert.threshold, 2))),
                        fix(), {"kpi": kpi_id, "rate": rate.value, "numerator": numerator,
                                "denominator": denominator, "threshold": alert.threshold}))
        return result

    def check_overlap(self) -> CheckResult:
        result = CheckResult(OVERLAP)
        least = int(self.facts.setting("usage.overlap_min_contacts"))
        present = {w.id: w for w in self.workflows}
        spans = self.facts.recipient_spans
        mailing = [w for w in self.workflows if w.id in spans
                   and spans[w.id][0] <= self.last and spans[w.id][1] >= self.first]
        if not mailing:
            result.notes.append(m.NO_RECIPIENT_SENDS())
            return result
        result.judged = len(mailing)
        for (a, b), rows in self.facts.overlaps.items():
            if a not in present or b not in present:
                continue
            shared = {email for day, email in rows if self.first <= day <= self.last}
            if len(shared) >= least:
                one, other = present[a], present[b]
                result.findings.append(Finding(
                    OVERLAP, WARNING, (one.key, other.key),
                    m.OVERLAP(first=one.name, first_tool=tool_name(one.source), second=other.name,
                              second_tool=tool_name(other.source), count=len(shared)),
                    m.FIX_OVERLAP(), {"contacts": len(shared)}))
        return result

    def check_never_sent(self) -> CheckResult:
        result = CheckResult(NEVER_SENT)
        unknown: list[WorkflowFacts] = []
        for w in self.recorded:
            record = w.record
            if not record.emails_configured:
                continue
            if (record.email_sends or 0) > 0 or w.last_send(self.last) is not None:
                result.judged += 1
                continue
            if record.enrolled != 0 and w.source not in self.facts.automated_sources:
                unknown.append(w)
                continue
            result.judged += 1
            active = record.active == 1
            fix = m.FIX_NEVER_SENT_OFF() if not active else (
                m.FIX_NEVER_SENT_EMPTY() if record.enrolled == 0 else m.FIX_NEVER_SENT_ACTIVE())
            result.findings.append(Finding(
                NEVER_SENT, WARNING if active else NOTICE, (w.key,),
                m.NEVER_SENT(**self._about(w, count=record.emails_configured)), fix,
                {"emails_configured": record.emails_configured}))
        if unknown:
            tools = sorted({tool_name(w.source) for w in unknown})
            result.notes.append(m.NEVER_SENT_UNKNOWN(tools=", ".join(tools), workflows=_names(unknown)))
        return result


def _percent(value: float, decimals: int = 0) -> float | int:
    """A ratio as a percentage for a sentence: 0.0123 → 1 (1.23 with two decimals; 0.01 → 1 either way)."""
    shown = round(value * 100, decimals)
    return int(shown) if float(shown).is_integer() else shown
