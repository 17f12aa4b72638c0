"""The usage score: one figure out of 100 that sums up how well the team uses the automation it pays for.

    score = 100 × (wa × A + ws × S + wc × C) ÷ (wa + ws + wc)

- A, share of active workflows: active workflows ÷ workflows whose status is known (the KPIs
  workflows_active and workflows_total when every status is known);
- S, share of e-mails sent by workflows: the KPI automated_email_share;
- C, share of clean workflows: workflows that fail no hygiene check (checks.py) ÷ workflows listed;
- wa, ws, wc: `usage.score_weights` (1, 1, 1 by default: a plain average).

A share that cannot be computed (no e-mail export: no S) leaves the formula with its weight, and the score is
the weighted average of the others, said in a note; with fewer than two shares there is no score (one share
alone — say C of an automation report that tells no status — would read as a verdict it is not). By month,
each share is measured on the month: the workflows that existed at its end, the month's sends, the checks
run over the month alone — so the trend shows the effect of tidying up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from roi_desktop.core.kpis.period import Period, month_bounds
from roi_desktop.core.kpis.result import ratio
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message, MessageTemplate
from roi_desktop.core.usage.checks import CheckResult, issues_by_workflow, run_checks
from roi_desktop.core.usage.facts import UsageFacts
from roi_desktop.core.usage.settings import SCORE_PARTS

PART_NAMES = {
    "active_workflows": MessageTemplate("usage.score.active_workflows", QT_TRANSLATE_NOOP(
        "Messages", "share of active workflows")),
    "automated_share": MessageTemplate("usage.score.automated_share", QT_TRANSLATE_NOOP(
        "Messages", "share of e-mails sent by workflows")),
    "clean_workflows": MessageTemplate("usage.score.clean_workflows", QT_TRANSLATE_NOOP(
        "Messages", "share of workflows without a hygiene issue")),
}
FORMULA = MessageTemplate("usage.score.formula", QT_TRANSLATE_NOOP(
    "Messages", "Usage score = 100 × ({active_weight} × share of active workflows + {automated_weight} × share of"
                " e-mails sent by workflows + {clean_weight} × share of workflows without a hygiene issue) ÷"
                " {total_weight}"))
TOO_FEW = MessageTemplate("usage.score.too_few", QT_TRANSLATE_NOOP(
    "Messages", "The usage score needs at least two of its three shares: import your workflow inventory (with each"
                " workflow's status) and your e-mail reports."))
LEFT_OUT = {
    "active_workflows": MessageTemplate("usage.score.no_status", QT_TRANSLATE_NOOP(
        "Messages", "No export says which workflows are switched on: the score leaves that share out.")),
    "automated_share": MessageTemplate("usage.score.no_sends", QT_TRANSLATE_NOOP(
        "Messages", "No e-mail sent in this period is known: the score leaves the share of automated e-mails out.")),
    "clean_workflows": MessageTemplate("usage.score.no_workflows", QT_TRANSLATE_NOOP(
        "Messages", "No workflow is known: the score leaves the share of clean workflows out.")),
}
"""The note of a share that cannot be measured (the score then averages the others)."""


@dataclass(frozen=True)
class ScorePart:
    """One share of the score, with the counts it is made of."""

    key: str
    value: float | None
    weight: float
    numerator: float | None
    denominator: float | None

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "weight": self.weight, "numerator": self.numerator,
                "denominator": self.denominator}


@dataclass
class UsageScore:
    """The score of the period, its parts, its formula and its value month by month."""

    value: float | None
    parts: list[ScorePart]
    formula: Message
    by_month: dict[str, float | None] = field(default_factory=dict)
    notes: list[Message] = field(default_factory=list)
    reason: Message | None = None

    def to_json(self, render: Any) -> dict[str, Any]:
        out: dict[str, Any] = {"value": self.value, "unit": "points", "formula": render(self.formula),
                               "parts": {p.key: p.to_json() for p in self.parts}, "by_month": self.by_month}
        if self.reason is not None:
            out["reason"] = {"code": self.reason.code, "message": render(self.reason.message)}
        if self.notes:
            out["notes"] = [render(note) for note in self.notes]
        return out


def usage_score(facts: UsageFacts, checks: list[CheckResult]) -> UsageScore:
    weights = facts.setting("usage.score_weights")
    formula = FORMULA(active_weight=weights["active_workflows"], automated_weight=weights["automated_share"],
                      clean_weight=weights["clean_workflows"], total_weight=sum(weights.values()))
    share = facts.results.get("automated_email_share")
    period = facts.period
    parts = _parts(facts, period.last, checks, share.counts.get("numerator") if share else None,
                   share.counts.get("denominator") if share else None)
    value, notes = _combine(parts)
    score = UsageScore(value, parts, formula, notes=notes)
    if value is None:
        score.reason = TOO_FEW()
        return score
    by_month = share.breakdowns.get("by_month", {}) if share and share.value is not None else {}
    counts = share.month_counts if share is not None else {}
    for month in period.months():
        bounds = month_bounds(month)
        window = Period(max(bounds.start, period.start), min(bounds.end, period.end))
        month_checks = run_checks(facts, window.first, window.last)
        known = counts.get(month, {})
        numerator = known.get("numerator") if by_month.get(month) is not None else None
        score.by_month[month] = _combine(_parts(facts, window.last, month_checks, numerator,
                                                known.get("denominator") if numerator is not None else None))[0]
    return score


def _parts(facts: UsageFacts, last: str, checks: list[CheckResult], automated: float | None,
           sent: float | None) -> list[ScorePart]:
    weights = facts.setting("usage.score_weights")
    workflows = [w for w in facts.workflows.values() if w.exists_on(last)]
    known = [w for w in workflows if w.record is not None and w.record.active is not None]
    active = sum(1 for w in known if w.record.active == 1)
    failing = issues_by_workflow(checks)
    clean = sum(1 for w in workflows if w.id not in failing)
    figures = {"active_workflows": (active, len(known)), "automated_share": (automated, sent),
               "clean_workflows": (clean, len(workflows))}
    return [ScorePart(key, ratio(*figures[key]), weights[key], *figures[key]) for key in SCORE_PARTS]


def _combine(parts: list[ScorePart]) -> tuple[float | None, list[Message]]:
    """The weighted average of the measurable shares, out of 100 (None with fewer than two of them)."""
    if sum(1 for p in parts if p.value is not None) < 2:
        return None, []
    usable = [p for p in parts if p.value is not None and p.weight > 0]
    total = sum(p.weight for p in usable)
    if not total:
        return None, []
    notes = [LEFT_OUT[p.key]() for p in parts if p.value is None and p.weight > 0]
    return 100 * sum(p.weight * p.value for p in usable) / total, notes
