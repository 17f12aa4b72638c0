"""KPIs of the workflow area (KPIS §4.7): inventory hygiene (snapshots) and automated sends (flows).

The inventory and automation reports describe workflows as they are today, so their KPIs are snapshots:
the period only leaves out workflows created after its end (note snapshot). A trigger, goal, status or
count that no export gives is unknown: the workflow is left out of that KPI (note partial_sources), and a
KPI nobody's export informs is null `not_in_exports` — never a silent 0.

Filter (kpis/filters.py): the inventory KPIs keep the workflows of the chosen tools and ignore the channel
filter (workflows have no acquisition channel: note `filter_ignored`); automated sends follow the e-mail
area's filter (campaign tool and channel).
"""

from __future__ import annotations

from collections.abc import Callable

from roi_desktop.core.kpis import sends
from roi_desktop.core.kpis.areas.email import NOT_IN_EMAIL_EXPORTS
from roi_desktop.core.kpis.catalogue.email import NEEDS_EMAIL
from roi_desktop.core.kpis.catalogue.workflows import NEEDS_WORKFLOWS
from roi_desktop.core.kpis.context import KpiContext
from roi_desktop.core.kpis.result import NO_DATA, NOT_IN_EXPORTS, KpiResult, Note
from roi_desktop.core.kpis.series import SNAPSHOT, Sums, count_result, null, partial_note, ratio_result, unit_of
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate
from roi_desktop.core.store.kpi import workflows as workflow_store
from roi_desktop.core.store.kpi.workflows import WorkflowRow

NOT_IN_WORKFLOW_EXPORTS = MessageTemplate(
    "kpi.workflows.not_in_exports",
    QT_TRANSLATE_NOOP("Messages", "None of your workflow exports says this (the column is missing)."),
)

_SNAPSHOTS = ("workflows_total", "workflows_active", "workflows_without_trigger", "triggers_configured",
              "workflows_without_goal", "workflows_active_without_enrolment", "workflows_enrolled",
              "workflow_completion_rate", "emails_configured")

# KPI → (workflows it can judge, workflows it counts); a workflow it cannot judge is "unknown" for it.
_COUNTED: dict[str, tuple[Callable[[WorkflowRow], bool], Callable[[WorkflowRow], bool]]] = {
    "workflows_total": (lambda w: True, lambda w: True),
    "workflows_active": (lambda w: w.active is not None, lambda w: w.active == 1),
    "workflows_without_trigger": (lambda w: w.trigger is not None, lambda w: w.trigger == ""),
    "triggers_configured": (lambda w: w.trigger is not None, lambda w: bool(w.trigger)),
    "workflows_without_goal": (lambda w: w.goal is not None, lambda w: w.goal == ""),
    "workflows_active_without_enrolment": (lambda w: w.active is not None and w.enrolled is not None,
                                           lambda w: w.active == 1 and w.enrolled == 0),
}


def compute(context: KpiContext) -> dict[str, KpiResult]:
    db, last = context.db, context.period.last
    rows = workflow_store.workflows(db, last, sources=context.filter.sources)
    results = {kpi_id: _count(kpi_id, context, rows) for kpi_id in _COUNTED}
    results["workflows_enrolled"] = _enrolled(context, rows)
    results["workflow_completion_rate"] = _completion(context, rows)
    results["emails_configured"] = _emails_configured(context, rows)
    for kpi_id in _SNAPSHOTS:
        if results[kpi_id].value is not None:
            results[kpi_id].notes.insert(0, Note("snapshot", SNAPSHOT()))
    results.update(_automated(context))
    return results


def _key(row: WorkflowRow) -> str:
    return f"{row.source}:{row.name}"


def _no_inventory(kpi_id: str, context: KpiContext) -> KpiResult:
    return null(kpi_id, context, NO_DATA, NEEDS_WORKFLOWS())


def _count(kpi_id: str, context: KpiContext, rows: list[WorkflowRow]) -> KpiResult:
    if not rows:
        return _no_inventory(kpi_id, context)
    judged, counted = _COUNTED[kpi_id]
    known = [w for w in rows if judged(w)]
    if not known:
        return null(kpi_id, context, NOT_IN_EXPORTS, NOT_IN_WORKFLOW_EXPORTS())
    by_source: dict[str, int] = {}
    for w in known:
        by_source[w.source] = by_source.get(w.source, 0) + int(counted(w))
    result = KpiResult(kpi_id, sum(by_source.values()), unit_of(kpi_id, context),
                       breakdowns={"by_source": dict(sorted(by_source.items()))})
    if kpi_id == "workflows_without_trigger":
        result.counts = {"active": sum(1 for w in known if counted(w) and w.active == 1)}
    unknown = {w.source for w in rows if not judged(w)}
    if unknown:
        result.notes.append(partial_note(unknown))
    return result


def _grouped(rows: list[WorkflowRow],
             add: Callable[[Sums, WorkflowRow], None]) -> tuple[Sums, dict[str, dict[str, Sums]]]:
    total, by_source, by_workflow = Sums(), {}, {}
    for w in rows:
        for sums in (total, by_source.setdefault(w.source, Sums()), by_workflow.setdefault(_key(w), Sums())):
            sums.rows += 1
            add(sums, w)
    return total, {"by_source": dict(sorted(by_source.items())), "by_workflow": dict(sorted(by_workflow.items()))}


def _enrolled(context: KpiContext, rows: list[WorkflowRow]) -> KpiResult:
    if not rows:
        return _no_inventory("workflows_enrolled", context)
    total, groups = _grouped(rows, lambda s, w: s.add_value("enrolled", w.enrolled, w.source, w.enrolled is None))
    return count_result("workflows_enrolled", context, total, groups, NOT_IN_WORKFLOW_EXPORTS(), key="enrolled")


def _completion(context: KpiContext, rows: list[WorkflowRow]) -> KpiResult:
    if not rows:
        return _no_inventory("workflow_completion_rate", context)

    def add(sums: Sums, w: WorkflowRow) -> None:
        both = w.enrolled is not None and w.completed is not None
        sums.add_pair("completion", w.completed if both else None, w.enrolled if both else None, w.source,
                      not both)

    total, groups = _grouped(rows, add)
    return ratio_result("workflow_completion_rate", context, total, groups, NOT_IN_WORKFLOW_EXPORTS(),
                        key="completion")


def _emails_configured(context: KpiContext, rows: list[WorkflowRow]) -> KpiResult:
    """Σ e-mails the inventory lists; a workflow it does not count (or one known only from automated e-mails)
    counts its distinct automated campaigns."""
    sent = {}
    for source, workflow, count in workflow_store.automated_campaigns(context.db, context.period.last,
                                                                       sources=context.filter.sources):
        key = (source, sends.fold(workflow))
        name, known = sent.get(key, (workflow, 0))
        sent[key] = (name, known + count)
    if not rows and not sent:
        return _no_inventory("emails_configured", context)
    figures: list[WorkflowRow] = []
    for w in rows:
        name, count = sent.pop((w.source, w.name_key), (w.name, 0))
        emails = w.emails_configured if w.emails_configured is not None else count
        figures.append(WorkflowRow(w.source, w.name, w.name_key, w.active, w.trigger, w.goal, emails, None, None))
    for (source, key), (name, count) in sorted(sent.items()):
        figures.append(WorkflowRow(source, name, key, None, None, None, count, None, None))
    total, groups = _grouped(figures, lambda s, w: s.add_value("emails", w.emails_configured, w.source))
    return count_result("emails_configured", context, total, groups, NOT_IN_WORKFLOW_EXPORTS(), key="emails")


def _automated(context: KpiContext) -> dict[str, KpiResult]:
    """Automated sends: SF of automated campaigns in the period, and their share of all sends."""
    period = context.period
    facts = sends.load(context.db, period.first, period.last, workflow_store.workflow_names(context.db),
                       **context.filter.store_args())
    if not facts.rows:
        return {kpi_id: null(kpi_id, context, NO_DATA, NEEDS_EMAIL())
                for kpi_id in ("automated_emails_sent", "automated_email_share")}
    total, groups = facts.total(), facts.breakdowns()
    automated = {c.key for c in facts.campaigns.values() if c.automated}
    groups["by_campaign"] = {key: sums for key, sums in groups["by_campaign"].items() if key in automated}
    return {
        "automated_emails_sent": count_result("automated_emails_sent", context, total, groups,
                                              NOT_IN_EMAIL_EXPORTS(), key="automated_sent"),
        "automated_email_share": ratio_result("automated_email_share", context, total, groups,
                                              NOT_IN_EMAIL_EXPORTS(), key="automated_share"),
    }
