"""The audit of workspaces that hold little: nothing at all, or a workflow export alone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from roi_desktop.core.workspace import Workspace
from tests.core.kpis import contact_exports
from tests.core.usage.exports import audit_of


def test_an_empty_workspace_has_no_audit(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "empty") as workspace:
        audit = workspace.usage.audit()
    assert audit.period is None and audit.findings == [] and audit.score is None
    assert audit.to_json(str)["workflows"] is None


def test_a_workflow_export_alone_is_audited_as_of_today(tmp_path: Path) -> None:
    files = [contact_exports.ac_automations(tmp_path, [{"name": "Relance", "entries": 40, "completions": 10}])]
    audit = audit_of(tmp_path, files, period=None)
    today = date.today()
    assert (audit.period.start, audit.period.end) == (today.replace(day=1), today)
    assert [row.name for row in audit.workflows] == ["Relance"]
    assert audit.emails.reason.code == "no_data"
    # One share (clean workflows) is no score: its status and sends are unknown.
    assert audit.score.value is None and audit.score.reason.code == "usage.score.too_few"
