"""The usage audit of a period, as the GUI page and `roi-desktop usage --json` show it.

Five sections: e-mails sent (emails.py), workflows (workflows.py), hygiene checks (checks.py), contacts and
licences (contacts.py), and the usage score (score.py). `audit()` builds them from one gathering of facts
(facts.py); every number that is a KPI of the catalogue is that KPI, computed by the engine's own code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from roi_desktop.core.kpis.period import Period
from roi_desktop.core.kpis.result import KpiResult
from roi_desktop.core.progress import CancelToken, Progress
from roi_desktop.core.store import Connection
from roi_desktop.core.usage import facts as usage_facts
from roi_desktop.core.usage.checks import (
    CheckResult,
    Finding,
    issues_by_workflow,
    run_checks,
)
from roi_desktop.core.usage.contacts import ContactUsage, contact_usage
from roi_desktop.core.usage.emails import EmailUsage, email_usage
from roi_desktop.core.usage.score import UsageScore, usage_score
from roi_desktop.core.usage.workflows import WorkflowUsage, summary, workflow_rows


@dataclass
class UsageAudit:
    """How well the automation tools are used over one period (None: the workspace has no data).

    Attributes:
        kpis: the KPIs the audit builds on (contacts_active is the click-engaged count), by id.
        workflows: the workflow table; workflow_kpis: the KPIs that sum it up, by JSON key.
        checks: every hygiene check's result (findings and what it could not judge).
        settings: the effective settings the audit used (thresholds, weights, windows).
    """

    period: Period | None
    currency: str
    emails: EmailUsage | None = None
    workflows: list[WorkflowUsage] = field(default_factory=list)
    workflow_kpis: dict[str, KpiResult | None] = field(default_factory=dict)
    checks: list[CheckResult] = field(default_factory=list)
    contacts: ContactUsage | None = None
    score: UsageScore | None = None
    kpis: dict[str, KpiResult] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def findings(self) -> list[Finding]:
        """Every hygiene issue open, worst first, in the order of the checks."""
        return [finding for result in self.checks for finding in result.findings]

    def to_json(self, render: Any) -> dict[str, Any]:
        """`roi-desktop usage --json`; `render(Message) -> str` translates sentences."""
        period = {"from": self.period.first, "to": self.period.last} if self.period else {"from": None, "to": None}
        if self.period is None:
            return {"period": period, "currency": self.currency, "emails": None, "workflows": None, "checks": None,
                    "contacts": None, "score": None}
        return {
            "period": period,
            "currency": self.currency,
            "emails": self.emails.to_json(render) if self.emails else None,
            "workflows": {
                **{key: (result.value if result is not None else None) for key, result in self.workflow_kpis.items()},
                "listed": len(self.workflows),
                "rows": [row.to_json() for row in self.workflows],
            },
            "checks": {
                "issues": len(self.findings),
                "by_check": {result.check: result.to_json(render) for result in self.checks},
                "findings": [finding.to_json(render) for finding in self.findings],
            },
            "contacts": self.contacts.to_json(render) if self.contacts else None,
            "score": self.score.to_json(render) if self.score else None,
        }


def audit(db: Connection, period: Period | None = None, *, overrides: dict[str, Any] | None = None,
          progress: Progress | None = None, cancel: CancelToken | None = None,
          overlaps: usage_facts.OverlapCache | None = None) -> UsageAudit:
    """The usage audit of `period` (default: all data); `overrides` replace settings for this run; `overlaps`
    keeps what does not depend on the period between audits of one workspace."""
    progress = progress or (lambda done, total: None)
    cancel = cancel or CancelToken()
    context = usage_facts.kpi_context(db, period, overrides)
    if context is None:
        return UsageAudit(None, "EUR")
    usage_facts.run_kpis(context, progress, cancel)
    facts = usage_facts.gather(context, cancel, overlaps)
    progress(len(usage_facts.AREAS), len(usage_facts.AREAS) + 2)
    checks = run_checks(facts, context.period.first, context.period.last)
    result = UsageAudit(context.period, context.currency, settings=context.settings)
    result.kpis = dict(context.results)
    result.emails = email_usage(context.results, context.period.months())
    result.workflows = workflow_rows(facts, issues_by_workflow(checks))
    result.workflow_kpis = summary(context.results)
    result.checks = checks
    cancel.check()
    result.contacts = contact_usage(context)
    result.score = usage_score(facts, checks)
    progress(len(usage_facts.AREAS) + 2, len(usage_facts.AREAS) + 2)
    return result


def workflow_inventory(db: Connection, period: Period | None = None, *,
                       cancel: CancelToken | None = None) -> list[WorkflowUsage]:
    """The audit's workflow table alone (`audit(...).workflows` without the `issues` of each row), for the
    workbook's Usage sheet (reporting/inventory.py): it needs neither the contacts and e-mail areas, nor the
    hygiene checks, the contacts section or the score. At scale 38 (all data) 0.03 s instead of the whole
    audit's 2.2 s (4.0 s under cProfile: the contacts area with the click signal 2.2 s, the weekly overlaps
    1.1 s with a cold cache, the contacts section 0.5 s)."""
    from roi_desktop.core.kpis.areas import workflows as workflow_area

    context = usage_facts.kpi_context(db, period, None)
    if context is None:
        return []
    (cancel or CancelToken()).check()
    context.results.update(workflow_area.compute(context))
    return workflow_rows(usage_facts.inventory_facts(context), {})
