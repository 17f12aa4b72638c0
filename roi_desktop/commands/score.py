"""`roi-desktop score WORKSPACE [--json]`: re-evaluate the active scoring model on today's data, write its
scores and stage entries (as applying it in the app does), and print contacts per stage."""

from __future__ import annotations

import argparse
from typing import Any

from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate

SCORED = MessageTemplate("cli.score.scored", QT_TRANSLATE_NOOP(
    "Messages", "Scoring model “{name}”, version {version}: {contacts} contacts scored on the data up to {day}."))
STAGE_LINE = MessageTemplate("cli.score.stages", QT_TRANSLATE_NOOP(
    "Messages", "Contacts who reached each stage:"))


def run(args: argparse.Namespace, out: Any) -> int:
    from roi_desktop.core.scoring.labels import stage_label
    from roi_desktop.core.workspace import Workspace

    with Workspace.open(args.workspace) as workspace:
        applied = workspace.scoring.rescore()
    version = applied.version
    if out.as_json:
        out.emit_json({
            "model": {"id": version.id, "name": version.name, "version": version.version,
                      "saved_at": version.created_at},
            "evaluation_day": applied.evaluation_day.isoformat(),
            "contacts": applied.contacts,
            "stages": applied.stage_counts,
            "current_stage": {key or "none": count for key, count in applied.current_counts.items()},
            "stage_entries_written": applied.entries,
        })
        return 0
    out.say(SCORED(name=version.name, version=version.version, contacts=applied.contacts,
                   day=applied.evaluation_day.isoformat()))
    out.say(STAGE_LINE())
    for key, count in applied.stage_counts.items():
        name = applied.stage_names.get(key) or stage_label(key, out.translate)
        print(f"  {name:<24} {out.format_value(count):>10}")
    return 0
