"""Tiny hand-made exports for the usage audit's tests, imported through the real pipeline.

The inventory, automation report, contacts and Brevo recipients come from the KPI tests' writers
(tests/core/kpis/contact_exports.py); Mautic's sent-e-mails report is written here with its Unsubscribed
flag, which the hygiene checks read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from roi_desktop.core.kpis.period import Period
from roi_desktop.core.usage.audit import UsageAudit
from roi_desktop.core.workspace import Workspace
from tests.core.kpis import contact_exports
from tests.core.kpis.contact_exports import MAUTIC_SENDS, _mautic_stamp, write_csv

YEAR = Period.parse("2024-01-01", "2024-12-31")


def mautic_sends(folder: Path, rows: Iterable[dict[str, Any]], name: str = "report_emails_envoyes.csv") -> Path:
    """rows: {"id" (e-mail id), "workflow", "email", "sent" (day), "unsubscribed" (bool)}."""
    flag = lambda value: "Yes" if value else "No"
    return write_csv(folder / name, MAUTIC_SENDS, [
        [row["id"], f"E-mail {row['id']}", f"E-mail {row['id']}", row["workflow"], row["email"],
         _mautic_stamp(row["sent"]), "No", "", "No", flag(row.get("unsubscribed")), "No"] for row in rows])


def sends(workflow: str, email_id: str, day: str, emails: Sequence[str], unsubscribed: int = 0) -> list[dict[str, Any]]:
    """One automated e-mail of `workflow` sent on `day` to each of `emails`, the first `unsubscribed` of whom
    unsubscribed."""
    return [{"id": email_id, "workflow": workflow, "email": email, "sent": day, "unsubscribed": i < unsubscribed}
            for i, email in enumerate(emails)]


def people(prefix: str, count: int) -> list[str]:
    return [f"{prefix}{i:03d}@example.com" for i in range(count)]


def inventory(folder: Path, rows: Iterable[dict[str, Any]]) -> Path:
    """rows: {"tool", "name", "status", "trigger", "goal", "enrolled", "emails", "created" (day)}; trigger and
    goal default to set values (an empty cell is written only when given as "")."""
    completed = [{"trigger": "Formulaire", "goal": "Démo", **row} for row in rows]
    return contact_exports.inventory(folder, completed)


def audit_of(folder: Path, files: Sequence[Path], period: Period | None = YEAR,
             settings: dict[str, Any] | None = None, overrides: dict[str, Any] | None = None) -> UsageAudit:
    """A workspace in `folder` with `files` imported; the audit of `period`."""
    with contact_exports.build(folder / "usage.roidb", files, settings) as workspace:
        return workspace.usage.audit(period, overrides=overrides)


def reopen(folder: Path) -> Workspace:
    return Workspace.open(folder / "usage.roidb", read_only=True)
