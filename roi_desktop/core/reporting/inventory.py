"""The Usage sheet's workflow inventory, from the usage audit when the workspace has one (core/usage).

Every workflow the imports know, with what the KPIs cannot say in numbers: its status, its trigger and goal
as written, its enrolments and completions (the completion rate is a formula on them) and its last activity.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.reporting import content
from roi_desktop.core.reporting.content import Column, Table
from roi_desktop.core.reporting.texts import Texts

TITLE = QT_TRANSLATE_NOOP("Workbook", "Workflow inventory")
NONE = QT_TRANSLATE_NOOP("Workbook", "none")
NOTE = QT_TRANSLATE_NOOP("Workbook", "“none”: the export says the workflow has no trigger or no goal; an empty cell:"
                                     " the export does not say.")
HEADERS = (
    (QT_TRANSLATE_NOOP("Workbook", "Workflow"), content.TEXT),
    (QT_TRANSLATE_NOOP("Workbook", "Tool"), content.TEXT),
    (QT_TRANSLATE_NOOP("Workbook", "Status"), content.TEXT),
    (QT_TRANSLATE_NOOP("Workbook", "Trigger"), content.TEXT),
    (QT_TRANSLATE_NOOP("Workbook", "Goal"), content.TEXT),
    (QT_TRANSLATE_NOOP("Workbook", "E-mails in the workflow"), content.COUNT),
    (QT_TRANSLATE_NOOP("Workbook", "Contacts enrolled"), content.COUNT),
    (QT_TRANSLATE_NOOP("Workbook", "Completed"), content.COUNT),
    (QT_TRANSLATE_NOOP("Workbook", "Completion rate"), content.RATIO),
    (QT_TRANSLATE_NOOP("Workbook", "E-mails sent in the period"), content.COUNT),
    (QT_TRANSLATE_NOOP("Workbook", "Last activity"), content.DATE),
)


def workflow_table(workflows: list[Any], texts: Texts) -> Table | None:
    """Rows of the audit's workflow table (usage.workflows.WorkflowUsage); None when there is none."""
    if not workflows:
        return None
    columns = [Column(texts(header), kind) for header, kind in HEADERS]
    table = Table("workflow_inventory", texts(TITLE), columns, filter=True, notes=[texts(NOTE)])
    for workflow in workflows:
        row: list[Any] = [workflow.name, texts.tool(workflow.source), workflow.status or "",
                          _said(workflow.trigger, texts), _said(workflow.goal, texts), workflow.emails_configured,
                          workflow.enrolled, workflow.completed, None, workflow.emails_sent,
                          _day(workflow.last_activity)]
        if workflow.enrolled and workflow.completed is not None:
            row[8] = content.derive(content.RATIO_OP, (7, 6), row, workflow.completed / workflow.enrolled)
        table.rows.append(row)
    return table


def _said(value: str | None, texts: Texts) -> str:
    if value is None:
        return ""
    return value if value.strip() else texts(NONE)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
