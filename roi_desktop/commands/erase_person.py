"""`roi-desktop erase-person WORKSPACE EMAIL [--yes] [--keep-backups] [--json]`: a GDPR erasure request.

Without --yes nothing is written: it prints where the person appears (a dry run a script can check first).
With --yes the person is anonymised (store/privacy.py), every count staying the same, and the backup copies
are deleted unless --keep-backups. JSON: {"email", "found": {table: rows}, "sources", "erased": bool}.
"""

from __future__ import annotations

import argparse
from typing import Any

from roi_desktop.core.channels import tool_name
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate

NOT_FOUND = MessageTemplate("privacy.cli.not_found", QT_TRANSLATE_NOOP(
    "Messages", "No one with the address {email} is in this workspace."))
FOUND = MessageTemplate("privacy.cli.found", QT_TRANSLATE_NOOP(
    "Messages", "{email} appears in {rows} rows ({sources}). Add --yes to erase them."))
ERASED = MessageTemplate("privacy.cli.erased", QT_TRANSLATE_NOOP(
    "Messages", "{email} was erased from {rows} rows. Every count stays the same."))


def run(args: argparse.Namespace, out: Any) -> int:
    from roi_desktop.core.workspace import Workspace

    with Workspace.open(args.workspace, read_only=not args.yes) as workspace:
        found = workspace.person_footprint(args.email)
        erase = args.yes and found.found
        if erase:
            workspace.erase_person(found.email, delete_backups=not args.keep_backups)
    rows = sum(found.rows.values())
    if out.as_json:
        out.emit_json({"email": found.email, "found": found.rows, "sources": list(found.sources), "erased": erase})
    elif not found.found:
        out.say(NOT_FOUND(email=found.email))
    elif erase:
        out.say(ERASED(email=found.email, rows=rows))
    else:
        out.say(FOUND(email=found.email, rows=rows, sources=", ".join(tool_name(s) for s in found.sources) or "—"))
    return 0
