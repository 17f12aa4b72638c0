"""The workflow table of the audit: every workflow the imports know, with its tool, status, trigger, goal,
e-mails configured, contacts enrolled, completions, e-mails sent and last activity.

Per-workflow figures are the `by_workflow` breakdowns of the workflow KPIs (emails_configured,
workflows_enrolled, workflow_completion_rate, automated_emails_sent), so the table adds up to the KPI page;
what no KPI breaks down (status text, trigger and goal wording, completions, undated sends of an automation
report) comes from the workflow record. The counts of the section (workflows, active ones, configured
triggers…) are the KPIs themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from roi_desktop.core.kpis.result import KpiResult
from roi_desktop.core.usage.facts import UsageFacts, WorkflowId, workflow_id

SUMMARY_KPIS = {
    "total": "workflows_total",
    "active": "workflows_active",
    "triggers_configured": "triggers_configured",
    "without_trigger": "workflows_without_trigger",
    "without_goal": "workflows_without_goal",
    "active_without_enrolment": "workflows_active_without_enrolment",
    "enrolled": "workflows_enrolled",
    "completion_rate": "workflow_completion_rate",
    "emails_configured": "emails_configured",
}
"""JSON key of the workflow section → the KPI it is."""


@dataclass(frozen=True)
class WorkflowUsage:
    """One row of the workflow table. None = no export says.

    Attributes:
        key: "<tool>:<name>" (the KPIs' `by_workflow` key).
        emails_sent: automated e-mails it sent in the period (dated sends only).
        undated_sends: the all-time e-mail count of an automation report, which no period can hold.
        last_activity: its latest automated send or exported activity on or before the period's end.
        issues: codes of the hygiene checks it fails (checks.py).
    """

    key: str
    source: str
    name: str
    status: str | None
    active: bool | None
    trigger: str | None
    goal: str | None
    emails_configured: int | None
    enrolled: int | None
    completed: int | None
    completion_rate: float | None
    emails_sent: int | None
    undated_sends: int | None
    last_activity: str | None
    created: str | None
    issues: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "tool": self.source, "name": self.name, "status": self.status,
                "active": self.active, "trigger": self.trigger, "goal": self.goal,
                "emails_configured": self.emails_configured, "enrolled": self.enrolled, "completed": self.completed,
                "completion_rate": self.completion_rate, "emails_sent": self.emails_sent,
                "emails_sent_undated": self.undated_sends, "last_activity": self.last_activity,
                "created": self.created, "issues": list(self.issues)}


def workflow_rows(facts: UsageFacts, issues: dict[WorkflowId, list[str]]) -> list[WorkflowUsage]:
    """The table, active workflows first, then by tool and name."""
    results, last = facts.results, facts.period.last
    configured = _by_workflow(results.get("emails_configured"))
    enrolled = _by_workflow(results.get("workflows_enrolled"))
    completion = _by_workflow(results.get("workflow_completion_rate"))
    sent_kpi = results.get("automated_emails_sent")
    sent = _by_workflow(sent_kpi)
    rows = []
    for found_id, workflow in facts.workflows.items():
        record = workflow.record
        rows.append(WorkflowUsage(
            workflow.key, workflow.source, workflow.name,
            record.status if record else None,
            None if record is None or record.active is None else bool(record.active),
            record.trigger if record else None,
            record.goal if record else None,
            configured.get(found_id),
            enrolled.get(found_id),
            record.completed if record else None,
            completion.get(found_id),
            sent.get(found_id, 0) if sent_kpi is not None and sent_kpi.value is not None else None,
            record.email_sends if record else None,
            workflow.last_activity(last),
            record.created_day if record else None,
            tuple(dict.fromkeys(issues.get(found_id, ()))),
        ))
    return sorted(rows, key=lambda r: (r.active is not True, r.source, r.name.casefold()))


def _by_workflow(result: KpiResult | None) -> dict[WorkflowId, Any]:
    if result is None or result.value is None:
        return {}
    return {workflow_id(key): value for key, value in result.breakdowns.get("by_workflow", {}).items()}


def summary(results: dict[str, KpiResult]) -> dict[str, KpiResult | None]:
    """The KPIs that sum the workflows up, by the section's JSON key."""
    return {key: results.get(kpi_id) for key, kpi_id in SUMMARY_KPIS.items()}
