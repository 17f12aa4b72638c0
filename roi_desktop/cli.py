"""`roi-desktop`: opens the GUI by default; headless sub-commands drive the same core (DESIGN §7).

The GUI is imported only in the GUI branch, so `roi-desktop kpis --json` runs where PySide6 cannot load.
Exit codes: 0 success, 1 the work failed, 2 wrong usage. Errors are one translated sentence on stderr, or a
JSON `error` object on stdout with --json; never a traceback (that goes to the log file).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from roi_desktop import __version__
from roi_desktop.core import paths
from roi_desktop.core.errors import Cancelled, UserError
from roi_desktop.core.lean_imports import import_without
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message, MessageTemplate
from roi_desktop.core.translations import LANGUAGES, system_language, translator

log = logging.getLogger(__name__)

NOT_YET = MessageTemplate(
    "cli.not_available",
    QT_TRANSLATE_NOOP("Messages", "“{command}” is not available in this version of ROI Desktop yet."),
)
UNEXPECTED = MessageTemplate(
    "cli.unexpected",
    QT_TRANSLATE_NOOP(
        "Messages", "Something unexpected went wrong; nothing was changed. Details were written to {log}."
    ),
)
DEMO_BUILT = MessageTemplate(
    "cli.demo_built", QT_TRANSLATE_NOOP("Messages", "Demo workspace written to {path}.")
)
UNDONE = MessageTemplate(
    "cli.undone", QT_TRANSLATE_NOOP("Messages", "Import {batch_id} was undone.")
)
MAPPING_UNREADABLE = MessageTemplate(
    "cli.mapping_unreadable", QT_TRANSLATE_NOOP("Messages", "The mapping file “{name}” cannot be read.")
)
FILE_LINE = MessageTemplate(
    "cli.import_line",
    QT_TRANSLATE_NOOP(
        "Messages", "{file}: {status} — {loaded} row(s) imported, {rejected} rejected, {unchanged} already there."
    ),
)
STATUS_WORDS = {
    "loaded": MessageTemplate("cli.status_loaded", QT_TRANSLATE_NOOP("Messages", "imported")),
    "unchanged": MessageTemplate("cli.status_unchanged", QT_TRANSLATE_NOOP("Messages", "nothing new")),
    "needs_mapping": MessageTemplate(
        "cli.status_needs_mapping", QT_TRANSLATE_NOOP("Messages", "unknown format, map its columns in the app")
    ),
    "failed": MessageTemplate("cli.status_failed", QT_TRANSLATE_NOOP("Messages", "not imported")),
}
BAD_DATE = MessageTemplate(
    "cli.bad_date", QT_TRANSLATE_NOOP("Messages", "“{value}” is not a date: write it as YYYY-MM-DD, e.g. 2025-03-31.")
)
BAD_PERIOD = MessageTemplate(
    "cli.bad_period", QT_TRANSLATE_NOOP("Messages", "The period ends ({end}) before it starts ({start}).")
)
PERIOD_LINE = MessageTemplate("cli.period", QT_TRANSLATE_NOOP("Messages", "Period: {start} → {end}"))
FILTER_LINE = MessageTemplate("cli.filter", QT_TRANSLATE_NOOP("Messages", "Filtered: {filter}"))
NO_IMPORTS = MessageTemplate("cli.no_imports", QT_TRANSLATE_NOOP("Messages", "No imports yet."))
UNDONE_TAG = MessageTemplate("cli.undone_tag", QT_TRANSLATE_NOOP("Messages", "(undone)"))

_HELP = {
    "demo": QT_TRANSLATE_NOOP("Cli", "build the demo workspace from the sample exports"),
    "import": QT_TRANSLATE_NOOP("Cli", "import files, or every file under a folder"),
    "batches": QT_TRANSLATE_NOOP("Cli", "list the imports of a workspace"),
    "undo": QT_TRANSLATE_NOOP("Cli", "remove everything one import brought in"),
    "kpis": QT_TRANSLATE_NOOP("Cli", "compute the KPI catalogue over a period"),
    "score": QT_TRANSLATE_NOOP("Cli", "re-evaluate the active scoring model and funnel"),
    "usage": QT_TRANSLATE_NOOP("Cli", "audit how the automation tool is used"),
    "export": QT_TRANSLATE_NOOP("Cli", "write the KPI workbook (.xlsx)"),
    "costs": QT_TRANSLATE_NOOP("Cli", "list the cost ledger"),
    "erase-person": QT_TRANSLATE_NOOP("Cli", "erase a person by e-mail, keeping every count (GDPR request)"),
}


class Output:
    """Prints results and errors in the chosen language, as text or JSON."""

    def __init__(self, language: str, as_json: bool) -> None:
        self.language = language
        self.as_json = as_json
        self._translate = translator(language)

    def text(self, message: Message) -> str:
        return message.render(self._translate, self.format_value)

    def translate(self, context: str, text: str) -> str:
        return self._translate(context, text)

    def kpi_value(self, value: float, unit: str) -> str:
        """A KPI value as a person reads it: 1 234 / 12.3 % / 58.8 days / 765 845,50 €."""
        french = self.language == "fr"

        def number(amount: float, decimals: int) -> str:
            text = f"{amount:,.{decimals}f}"
            return text.replace(",", "\u202f").replace(".", ",") if french else text

        if unit == "count":
            return number(value, 0 if float(value).is_integer() else 1)
        if unit == "ratio":
            return number(value * 100, 1) + ("\u202f%" if french else "%")
        if unit == "days":
            return number(value, 1) + (" j" if french else " d")
        return number(value, 2) + ("\u202f" + unit if french else " " + unit)

    def format_value(self, value: Any) -> str:
        if isinstance(value, int) and not isinstance(value, bool):
            grouped = f"{value:,}"
            return grouped.replace(",", "\u202f") if self.language == "fr" else grouped
        return str(value)

    def say(self, message: Message) -> None:
        print(self.text(message))

    def emit_json(self, payload: Any) -> None:
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")

    def fail(self, message: Message) -> int:
        if self.as_json:
            self.emit_json({"error": {"code": message.code, "message": self.text(message)}})
        else:
            print(self.text(message), file=sys.stderr)
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    from_shell = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    if _command_of(argv) in COMMANDS:
        if from_shell and _command_of(argv) == "kpis":
            import_without("roi_desktop.core.store", "numpy")  # 150-200 ms saved: core/lean_imports.py
        return _run_command(argv)
    return _run_gui(argv)


def _command_of(argv: list[str]) -> str | None:
    """The first positional word, skipping option values (`--lang fr import …`)."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word == "--lang":
            skip = True
        elif not word.startswith("-"):
            return word
    return None


def _language_of(argv: list[str]) -> str | None:
    """The value of --lang, read before the parser exists so that its help can be translated."""
    for word, following in zip(argv, [*argv[1:], ""], strict=True):
        if word == "--lang" and following in LANGUAGES:
            return following
        if word.startswith("--lang=") and word[7:] in LANGUAGES:
            return word[7:]
    return None


# ---- GUI


def _run_gui(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="roi-desktop", description="ROI Desktop")
    parser.add_argument("workspace", nargs="?", type=Path, help="workspace to open (.roidb)")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo workspace")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the interface (default: the system's)")
    parser.add_argument("--version", action="version", version=f"ROI Desktop {__version__}")
    args = parser.parse_args(argv)
    from roi_desktop.gui.app import run_gui  # Qt only on this branch

    return run_gui(workspace=args.workspace, demo=args.demo, language=args.lang)


# ---- Headless commands


def _parser(language: str) -> argparse.ArgumentParser:
    translate = translator(language)
    parser = argparse.ArgumentParser(prog="roi-desktop")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of messages (default: the system's)")
    parser.add_argument("--version", action="version", version=f"ROI Desktop {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, *, json_flag: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=translate("Cli", _HELP[name]))
        p.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        if json_flag:
            p.add_argument("--json", action="store_true", help="print JSON")
        return p

    command("demo", json_flag=False).add_argument("workspace", type=Path)
    p = command("import")
    p.add_argument("workspace", type=Path)
    p.add_argument("paths", nargs="+", type=Path)
    p.add_argument("--mapping", type=Path, help="apply this saved mapping (JSON) to files no profile knows")
    command("batches").add_argument("workspace", type=Path)
    p = command("undo")
    p.add_argument("workspace", type=Path)
    p.add_argument("batch_id", type=int)
    for name in ("kpis", "export"):
        p = command(name)
        p.add_argument("workspace", type=Path)
        if name == "export":
            p.add_argument("out", type=Path)
        p.add_argument("--from", dest="date_from", help="first day (YYYY-MM-DD)")
        p.add_argument("--to", dest="date_to", help="last day (YYYY-MM-DD)")
        if name == "kpis":
            p.add_argument("--source", dest="sources", action="append", default=[], metavar="TOOL",
                           help="count only this tool's data (hubspot, brevo…); repeat for several")
            p.add_argument("--channel", dest="channels", action="append", default=[], metavar="CHANNEL",
                           help="count only this acquisition channel (email, paid_search…); repeat for several")
    for name in ("score", "usage", "costs"):
        command(name).add_argument("workspace", type=Path)
    p = command("erase-person")
    p.add_argument("workspace", type=Path)
    p.add_argument("email")
    p.add_argument("--yes", action="store_true", help="erase (without it, only show where the person appears)")
    p.add_argument("--keep-backups", action="store_true", help="keep the backup copies (they still hold the person)")
    return parser


def _run_command(argv: list[str]) -> int:
    language = _language_of(argv) or system_language()
    args = _parser(language).parse_args(argv)
    out = Output(language, getattr(args, "json", False))
    try:
        return COMMANDS[args.command](args, out)
    except UserError as error:
        return out.fail(error.message)
    except Cancelled:
        return 1
    except Exception as error:  # noqa: BLE001 - the CLI promises one sentence, never a traceback
        from roi_desktop.core.store.connection import damaged_workspace

        damaged = damaged_workspace(error)
        return out.fail(damaged.message if damaged else UNEXPECTED(log=str(_log_exception())))


def _log_exception() -> Path:
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "roi-desktop-cli.log"
    with path.open("a", encoding="utf-8") as handle:
        handle.write(traceback.format_exc())
    return path


def _cmd_demo(args: argparse.Namespace, out: Output) -> int:
    from roi_desktop.core.demo import build_demo
    from roi_desktop.core.workspace import with_suffix

    path = build_demo(with_suffix(args.workspace))
    out.say(DEMO_BUILT(path=str(path)))
    return 0


def _cmd_import(args: argparse.Namespace, out: Output) -> int:
    from roi_desktop.core.importing.mapping import Mapping
    from roi_desktop.core.importing.report import FAILED
    from roi_desktop.core.workspace import Workspace

    mapping = None
    if args.mapping is not None:
        try:
            text = args.mapping.read_text(encoding="utf-8-sig")  # -sig: Notepad starts UTF-8 with a BOM
        except (OSError, UnicodeDecodeError):
            return out.fail(MAPPING_UNREADABLE(name=args.mapping.name))
        mapping = Mapping.from_text(text, name=args.mapping.name)
    with Workspace.create(args.workspace) as workspace:
        report = workspace.imports.import_paths(args.paths, mapping=mapping)
    if out.as_json:
        out.emit_json({"files": [f.to_json(out.text) for f in report.files]})
    else:
        for f in report.files:
            out.say(FILE_LINE(file=f.display_name, status=out.text(STATUS_WORDS[f.status]()),
                              loaded=f.rows_loaded, rejected=f.rows_rejected, unchanged=f.rows_unchanged))
            for line in ([f.error] if f.error else []) + f.notes:
                print("    " + out.text(line))
    return 1 if any(f.status == FAILED for f in report.files) else 0


def _cmd_batches(args: argparse.Namespace, out: Output) -> int:
    from roi_desktop.core.workspace import Workspace

    with Workspace.open(args.workspace, read_only=True) as workspace:
        batches = workspace.batches()
    if out.as_json:
        out.emit_json({"batches": [b.to_json() for b in batches]})
        return 0
    if not batches:
        out.say(NO_IMPORTS())
    for b in batches:
        status = out.text(UNDONE_TAG()) if b.status == "undone" else ""
        print(f"{b.id:>4}  {b.imported_at[:16].replace('T', ' ')}  {b.source or '?':<14} "
              f"{out.format_value(b.rows_loaded):>9}  {b.file_name}  {status}".rstrip())
    return 0


def _cmd_undo(args: argparse.Namespace, out: Output) -> int:
    from roi_desktop.core.workspace import Workspace

    with Workspace.open(args.workspace) as workspace:
        workspace.undo(args.batch_id)
    if out.as_json:
        out.emit_json({"undone": args.batch_id})
    else:
        out.say(UNDONE(batch_id=args.batch_id))
    return 0


def _cmd_kpis(args: argparse.Namespace, out: Output) -> int:
    """The catalogue over a period; `--source`/`--channel` (repeatable) filter it, and the JSON's `filter`
    says which filter was applied ({"sources": [], "channels": []} without one)."""
    from roi_desktop.core.kpis.definitions import all_definitions
    from roi_desktop.core.kpis.filters import KpiFilter
    from roi_desktop.core.workspace import Workspace

    kpi_filter = KpiFilter.of(args.sources, args.channels)
    with Workspace.open(args.workspace, read_only=True) as workspace:
        period = _period_of(args, workspace.default_period(), out)
        if isinstance(period, int):
            return period
        report = workspace.kpis(period, filter=kpi_filter)
    if out.as_json:
        out.emit_json(report.to_json(out.text))
        return 0
    definitions = all_definitions()
    if report.period:
        print(out.text(PERIOD_LINE(start=report.period.first, end=report.period.last)))
    if kpi_filter.active:
        print(out.text(FILTER_LINE(filter=kpi_filter.describe())))
    for kpi_id, result in report.results.items():
        name = out.translate("Kpi", definitions[kpi_id].name)
        shown = out.kpi_value(result.value, result.unit) if result.value is not None else "—"
        print(f"{name:<48} {shown:>18}")
    return 0


def _period_of(args: argparse.Namespace, default: Any, out: Output) -> Any:
    """The --from/--to period, completed with the data's own bounds; an exit code (2) on a bad date."""
    from datetime import date

    from roi_desktop.core.kpis.period import Period

    bounds = []
    for given, fallback in ((args.date_from, default.start if default else None),
                            (args.date_to, default.end if default else None)):
        try:
            bounds.append(date.fromisoformat(given) if given else fallback)
        except ValueError:
            out.fail(BAD_DATE(value=given))
            return 2
    start, end = bounds
    if start is None or end is None:
        return None
    if end < start:
        out.fail(BAD_PERIOD(start=start.isoformat(), end=end.isoformat()))
        return 2
    return Period(start, end)


def _feature_command(args: argparse.Namespace, out: Output) -> int:
    """Commands of a feature area live in roi_desktop/commands/<name>.py."""
    import importlib

    return importlib.import_module(f"roi_desktop.commands.{args.command.replace('-', '_')}").run(args, out)


COMMANDS: dict[str, Callable[[argparse.Namespace, Output], int]] = {
    "demo": _cmd_demo,
    "import": _cmd_import,
    "batches": _cmd_batches,
    "undo": _cmd_undo,
    "kpis": _cmd_kpis,
    "score": _feature_command,
    "usage": _feature_command,
    "export": _feature_command,
    "costs": _feature_command,
    "erase-person": _feature_command,
}
