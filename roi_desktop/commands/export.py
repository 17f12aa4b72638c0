"""`roi-desktop export WORKSPACE OUT.xlsx [--from DATE] [--to DATE] [--json]`: the KPI workbook (DESIGN §7).

The workbook is in the language of the command (`--lang`, else the system's), over the period given (default:
all data), compared with the previous period. Exit codes: 0 written, 1 not written (one plain sentence: the
folder is missing, the file is open in Excel, the disk is full…), 2 wrong usage (a bad date, not an .xlsx name).
"""

from __future__ import annotations

import argparse
from typing import Any

from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate

WRITTEN = MessageTemplate("cli.export_written", QT_TRANSLATE_NOOP(
    "Messages", "Workbook written to {path} ({sheets} sheets, {start} → {end})."))
WRITTEN_EMPTY = MessageTemplate("cli.export_written_empty", QT_TRANSLATE_NOOP(
    "Messages", "Workbook written to {path} ({sheets} sheets); the workspace holds no data yet."))


def run(args: argparse.Namespace, out: Any) -> int:
    from roi_desktop.cli import _period_of
    from roi_desktop.core.reporting.service import NOT_XLSX, ExportOptions
    from roi_desktop.core.workspace import Workspace

    if args.out.suffix.lower() != ".xlsx":
        out.fail(NOT_XLSX(name=args.out.name))
        return 2
    with Workspace.open(args.workspace, read_only=True) as workspace:
        period = _period_of(args, workspace.default_period(), out)
        if isinstance(period, int):
            return period
        result = workspace.reports.export(args.out, ExportOptions(period=period, language=out.language))
    if out.as_json:
        span = {"from": result.period.first, "to": result.period.last} if result.period else {"from": None, "to": None}
        out.emit_json({"path": str(result.path), "period": span, "language": out.language,
                       "sheets": list(result.sheets), "cells": result.cells, "formulas": result.formulas,
                       "charts": result.charts})
    elif result.period is None:
        out.say(WRITTEN_EMPTY(path=str(result.path), sheets=len(result.sheets)))
    else:
        out.say(WRITTEN(path=str(result.path), sheets=len(result.sheets), start=result.period.first,
                        end=result.period.last))
    return 0
