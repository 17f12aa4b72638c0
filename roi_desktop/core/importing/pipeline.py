"""The import pipeline: files in, one batch per file, a report out — read → map → normalise → validate → load.

The whole import (every file the user dropped) runs in one transaction with a savepoint per file: a file
that cannot be used is rolled back alone and reported; Cancel rolls everything back, so the workspace is
exactly as before (CONVENTIONS §6.4). Rows stream in chunks; between chunks the cancel token is checked
and progress reported in bytes over all files.

Which rows are data: blank rows never reach here (readers.py); a row whose first filled cell says "Total"
or "Grand total", or whose dimensions are all empty where the profile says that marks totals (GA4), is a
totals row; rows of a single filled cell after the last data row are footer lines (Salesforce's
confidentiality notice). They are reported, not read.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from roi_desktop.core.changes import Changes
from roi_desktop.core.collector import cycle_collector_paused
from roi_desktop.core.errors import UserError
from roi_desktop.core.importing import readers
from roi_desktop.core.importing.convert import build_plan
from roi_desktop.core.importing.fields import KINDS
from roi_desktop.core.importing.mapping import Mapping, header_signature
from roi_desktop.core.importing.profiles import ChunkHook, Profile, detect
from roi_desktop.core.importing.records import BUILDERS, BuildContext
from roi_desktop.core.importing.report import FAILED, LOADED, NEEDS_MAPPING, UNCHANGED, FileReport, ImportReport
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate
from roi_desktop.core.progress import CancelToken, Progress, no_progress
from roi_desktop.core.store import Connection, Store
from roi_desktop.core.store import batches as batch_store
from roi_desktop.core.store import loading, mappings
from roi_desktop.core.store import settings as settings_store

CHUNK_ROWS = 5000
FILE_SUFFIXES = readers.TABLE_SUFFIXES | {".txt", ".zip"}
_TOTAL = re.compile(r"^\s*(grand\s+)?totals?\b|^\s*total\s+g[ée]n[ée]ral|^\s*sous[- ]total|^\s*totaux\b", re.IGNORECASE)
_TOTAL_INITIALS = frozenset("TtGgSs \t")
_CURRENCY_SIGNS = {"€": "EUR", "eur": "EUR", "$": "USD", "usd": "USD", "£": "GBP", "gbp": "GBP", "chf": "CHF"}

MISSING_COLUMN = MessageTemplate(
    "import.missing_column",
    QT_TRANSLATE_NOOP(
        "Messages", "“{name}” has no column for “{field}”, which this kind of data needs. Map it in the import wizard."
    ),
)
NOTHING_TO_IMPORT = MessageTemplate(
    "import.no_files",
    QT_TRANSLATE_NOOP("Messages", "“{name}” holds no export ROI Desktop can read (CSV, Excel or OpenDocument files)."),
)
TOTALS_SKIPPED = MessageTemplate(
    "import.totals_skipped",
    QT_TRANSLATE_NOOP("Messages", "{count} totals row(s) and {footer} line(s) below the table were not imported: they are not data."),
)
EDITS_KEPT = MessageTemplate(
    "import.cost_edits_kept",
    QT_TRANSLATE_NOOP(
        "Messages",
        "{count} cost line(s) changed in ROI Desktop since an earlier import kept the values entered there; the"
        " rows of this file that differ are listed below.",
    ),
)
AGGREGATE_SUPERSEDED = MessageTemplate(
    "import.aggregate_superseded",
    QT_TRANSLATE_NOOP(
        "Messages",
        "{count} campaign(s) are already described recipient by recipient by “{file}”; their totals from this file"
        " are kept for comparison only.",
    ),
)
EVENTS_SUPERSEDE = MessageTemplate(
    "import.events_supersede",
    QT_TRANSLATE_NOOP(
        "Messages",
        "{count} campaign(s) also have totals from “{file}”; the recipient rows of this file are used instead, so"
        " nothing is counted twice.",
    ),
)


@dataclass
class Resolved:
    """How to read one file: what kind of data, from which tool, which column feeds which field."""

    kind: str
    source: str
    indexes: dict[str, int]
    label: str | None = None
    profile: Profile | None = None
    mapping: Mapping | None = None
    day_first: bool | None = None
    decimal_comma: bool | None = None
    percent: str = "auto"
    constants: dict[str, Any] = field(default_factory=dict)
    hook: ChunkHook | None = None
    total_when_empty: tuple[str, ...] = ()

    @property
    def profile_id(self) -> str:
        return self.profile.id if self.profile else f"mapping:{self.kind}"


def resolve(header: Sequence[str], saved: dict[str, Any] | None, mapping: Mapping | None,
            delimiter: str | None) -> Resolved | None:
    """A known profile first, else the mapping given for this import, else the one saved for this header."""
    profile = detect(header)
    if profile is not None:
        return Resolved(profile.kind, profile.source, profile.mapping(header), profile.label, profile, None,
                        profile.day_first, profile.decimal_comma if profile.decimal_comma is not None
                        else (True if delimiter == ";" else None), profile.percent, dict(profile.constants),
                        profile.hook(header) if profile.hook else None, profile.total_when_empty)
    if mapping is None and saved is not None:
        mapping = Mapping.from_json(saved)
    if mapping is None or not mapping.indexes(header):
        return None
    return Resolved(mapping.kind, mapping.source, mapping.indexes(header), None, None, mapping, mapping.day_first,
                    mapping.decimal_comma if mapping.decimal_comma is not None else (True if delimiter == ";" else None))


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files to import: the files given, and every export file under the folders given (sorted, hidden and
    non-table files skipped)."""
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FILE_SUFFIXES
                                and not any(part.startswith(".") for part in p.relative_to(path).parts)))
        else:
            found.append(path)
    return found


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class Importer:
    """`workspace.imports`: imports files into the workspace and saves mappings."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def import_paths(self, paths: Iterable[Path], *, mapping: Mapping | None = None,
                     sheets: dict[Path, str] | None = None, progress: Progress = no_progress,
                     cancel: CancelToken | None = None) -> ImportReport:
        """Import files and folders; a Cancelled raised here leaves the workspace untouched.

        A backup copy of the workspace is taken first (report.backup), unless it holds nothing yet.

        `sheets` names the sheet to read for workbooks where the user chose one (default: the first sheet
        with data)."""
        cancel = cancel or CancelToken()
        files = expand(paths)
        incoming = sum(p.stat().st_size for p in files if p.is_file())
        backup = self.store.safety_copy(
            "before-import", progress=lambda done, whole: progress(done, whole + incoming), cancel=cancel)
        try:
            with cycle_collector_paused():  # core/collector.py: 2.7 s of a 30 s import
                report = self._import_files(files, mapping, sheets or {}, backup, progress, cancel)
        except BaseException:
            if backup is not None:  # the transaction was rolled back: the copy would only clutter
                backup.unlink(missing_ok=True)
            raise
        if backup is not None and report.changes.empty:
            backup.unlink(missing_ok=True)
        else:
            report.backup = backup
        return report

    def _import_files(self, files: list[Path], mapping: Mapping | None, sheets: dict[Path, str],
                      backup: Path | None, progress: Progress, cancel: CancelToken) -> ImportReport:
        """The import itself, in one transaction; progress continues from the backup copy's bytes."""
        report = ImportReport()
        copied = backup.stat().st_size if backup else 0
        with tempfile.TemporaryDirectory(prefix="roi-import-") as scratch, self.store.writing() as db:
            queue = self._unpack(files, Path(scratch), report)
            derived, shared = loading.Derived(), {}
            total = copied + (sum(p.stat().st_size for p in queue) or 1)
            done = copied
            for path in queue:
                size = path.stat().st_size

                def file_progress(part: int, whole: int, base: int = done, size: int = size) -> None:
                    progress(base + (size * part // whole if whole else 0), total)

                report.files.append(self._import_file(db, path, sheets.get(path), mapping, (derived, shared),
                                                      file_progress, cancel))
                done += size
                progress(done, total)
            cancel.check()
            derived.rebuild(db)
            self._default_currency(db)
        batch_ids = tuple(f.batch_id for f in report.files if f.status == LOADED and f.batch_id)
        tables = frozenset(t for f in report.files if f.status == LOADED for t in _tables_of(f.kind))
        report.changes = Changes(tables, batch_ids)
        return report

    def preview(self, paths: Iterable[Path], *, sheets: dict[Path, str] | None = None) -> list[Any]:
        """What the wizard shows before importing (preview.py); reads files, writes nothing."""
        from roi_desktop.core.importing.preview import preview_files

        return preview_files(self.store.reader(), paths, sheets=sheets)

    def save_mapping(self, header: Sequence[str], mapping: Mapping) -> Changes:
        with self.store.writing() as db:
            mappings.save_mapping(db, header_signature(header), mapping.to_json())
        return Changes(frozenset({"saved_mappings"}))

    def saved_mapping(self, header: Sequence[str]) -> Mapping | None:
        saved = mappings.find_mapping(self.store.reader(), header_signature(header))
        return Mapping.from_json(saved) if saved else None

    # ---- One file

    def _unpack(self, files: list[Path], scratch: Path, report: ImportReport) -> list[Path]:
        queue: list[Path] = []
        for path in files:
            if path.exists() and readers.is_archive(path):
                try:
                    members = readers.extract_archive(path, scratch / f"{len(queue)}-{path.stem}")
                except UserError as error:
                    report.files.append(FileReport(path, path.name, error=error.message))
                    continue
                if not members:
                    report.files.append(FileReport(path, path.name, error=NOTHING_TO_IMPORT(name=path.name)))
                queue.extend(members)
            else:
                queue.append(path)
        return queue

    def _import_file(self, db: Connection, path: Path, sheet: str | None, mapping: Mapping | None,
                     scope: tuple[loading.Derived, dict[str, Any]], progress: Progress,
                     cancel: CancelToken) -> FileReport:
        """`scope` is what the files of one import share: the derived tables to rebuild at the end, and
        caches (normalised e-mail addresses)."""
        report = FileReport(path, path.name)
        try:
            with readers.open_table(path, sheet=sheet) as table, db.atomic():
                self._load_table(db, table, mapping, scope, report, progress, cancel)
        except UserError as error:
            report.status, report.error, report.batch_id = FAILED, error.message, None
            report.rows_read = report.rows_loaded = report.rows_rejected = report.rows_unchanged = 0
            report.rejected.clear()
            report.warnings.clear()
        except _NothingNew:
            report.status, report.batch_id = UNCHANGED, None
            report.rows_unchanged = report.rows_read - report.rows_rejected
            report.rejected.clear()
        return report

    def _load_table(self, db: Connection, table: readers.Table, mapping: Mapping | None,
                    scope: tuple[loading.Derived, dict[str, Any]], report: FileReport, progress: Progress,
                    cancel: CancelToken) -> None:
        derived, shared = scope
        info = table.info
        report.display_name = info.display_name
        signature = header_signature(info.header)
        resolved = resolve(info.header, mappings.find_mapping(db, signature), mapping, info.delimiter)
        if resolved is None:
            report.status = NEEDS_MAPPING
            return
        report.kind, report.source, report.profile = resolved.kind, resolved.source, resolved.profile_id
        report.profile_label = resolved.label
        kind = KINDS[resolved.kind]
        for key in kind.key_fields:
            if key.name not in resolved.indexes and not (key.name == "name" and "external_id" in resolved.indexes):
                raise UserError(MISSING_COLUMN(name=info.display_name, field=key.label))
        if resolved.mapping is not None:
            mappings.save_mapping(db, signature, resolved.mapping.to_json())
        sha256 = file_sha256(info.path)
        previous = batch_store.find_loaded(db, sha256, info.sheet)
        if previous is not None:
            report.status, report.batch_id = UNCHANGED, previous.id
            report.rows_read, report.rows_rejected = previous.rows_read, previous.rows_rejected
            report.rows_unchanged = previous.rows_read - previous.rows_rejected
            return
        plan = build_plan(kind, resolved.indexes, info.header, table.sample(300), day_first=resolved.day_first,
                          decimal_comma=resolved.decimal_comma, percent=resolved.percent)
        batch_id = batch_store.create_batch(
            db, file_name=info.display_name, file_path=str(info.path), sha256=sha256, sheet=info.sheet,
            profile=resolved.profile_id, source=resolved.source, kind=resolved.kind,
            mapping=resolved.mapping.to_json() if resolved.mapping else None,
        )
        writer = loading.BatchWriter(db, batch_id, derived)
        used = set(resolved.indexes.values())
        context = BuildContext(
            resolved.source, set(resolved.indexes), info.header, {c.field.name: c.header for c in plan}, writer,
            report, resolved.constants, resolved.hook,
            [(i, h) for i, h in enumerate(info.header) if i not in used and h and not h.lower().startswith("http")],
            self._currency(db, info.header), plan, info.format == "csv", shared,
        )
        builder = BUILDERS[resolved.kind](context)
        dimensions = [resolved.indexes[d] for d in resolved.total_when_empty if d in resolved.indexes]
        for numbers, rows in _data_chunks(table, dimensions, report):
            cancel.check()
            loaded, unchanged = builder.load_raw(numbers, rows)
            report.rows_read += len(rows)
            report.rows_loaded += loaded
            report.rows_unchanged += unchanged
            progress(*table.progress())
        self._add_notes(db, report, builder, batch_id)
        if report.rows_loaded == 0 and report.rows_rejected == 0:
            raise _NothingNew()
        batch_store.finish_batch(db, batch_id, read=report.rows_read, loaded=report.rows_loaded,
                                 rejected=report.rows_rejected, unchanged=report.rows_unchanged,
                                 columns_set=writer.columns_json(),
                                 notes=[{"code": n.code, "params": dict(n.params)} for n in report.notes])
        batch_store.save_rejected(db, batch_id, report.rejected)
        report.status, report.batch_id = LOADED, batch_id

    def _add_notes(self, db: Connection, report: FileReport, builder: Any, batch_id: int) -> None:
        if report.totals_skipped or report.footer_skipped:
            report.notes.append(TOTALS_SKIPPED(count=report.totals_skipped, footer=report.footer_skipped))
        if getattr(builder, "kept_edits", 0):
            report.notes.append(EDITS_KEPT(count=builder.kept_edits))
        campaigns = getattr(builder, "campaigns", None) or set(getattr(builder, "campaign_ids", {}).values())
        if report.kind == "campaign_stats":
            count, other = loading.overlapping_campaigns(db, campaigns, batch_id, other="email_events")
            if count:
                report.notes.append(AGGREGATE_SUPERSEDED(count=count, file=other))
        elif report.kind == "email_events":
            count, other = loading.overlapping_campaigns(db, campaigns, batch_id, other="campaign_stats")
            if count:
                report.notes.append(EVENTS_SUPERSEDE(count=count, file=other))

    def _currency(self, db: Connection, header: Sequence[str]) -> str:
        """A money column's header may say its currency ("Montant (€)"); else the workspace's currency."""
        for name in header:
            lowered = name.lower()
            for sign, code in _CURRENCY_SIGNS.items():
                if sign in lowered and ("(" in lowered or lowered.endswith(sign)):
                    return code
        return settings_store.read_setting(db, "currency") or "EUR"

    def _default_currency(self, db: Connection) -> None:
        """KPIS §2: the workspace currency defaults to the first currency imported."""
        if settings_store.read_setting(db, "currency") is None:
            found = batch_store.first_currency(db)
            if found:
                settings_store.write_settings(db, {"currency": found})


class _NothingNew(Exception):
    """Every row of the file is already in the workspace: no batch is kept."""


def _data_chunks(table: readers.Table, dimensions: list[int], report: FileReport
                 ) -> Iterable[tuple[list[int], list[Sequence[Any]]]]:
    """Data rows in chunks, totals and trailing footer lines left out (and counted in the report).

    Per row only C-level checks run (a count of empty cells, a look at the first cell), so that a million
    rows stream without slowing down.
    """
    numbers: list[int] = []
    rows: list[Sequence[Any]] = []
    pending: list[tuple[int, Sequence[Any]]] = []
    width = len(table.info.header)
    sparse_below = width - 1 if width >= 3 else -1
    # With 3+ columns, two filled cells up front prove a row is not sparse without counting its cells, and
    # the appends are bound once: scale 38's 1,015,516 rows, this loop's own time 2.85 s → 1.93 s CPU.
    wide = width >= 3
    add_number, add_row = numbers.append, rows.append
    for number, row in table.rows():
        first = row[0]
        if (first and type(first) is str and first[0] in _TOTAL_INITIALS and _TOTAL.match(first)) or (
                dimensions and all(row[i] is None or not str(row[i]).strip() for i in dimensions)):
            report.totals_skipped += 1
            continue
        if not (wide and first and row[1]) and row.count("") + row.count(None) >= sparse_below:
            if not first and _is_total_text(row):
                report.totals_skipped += 1
                continue
            pending.append((number, row))
            continue
        if pending:
            numbers.extend(p[0] for p in pending)
            rows.extend(p[1] for p in pending)
            pending.clear()
        add_number(number)
        add_row(row)
        if len(rows) >= CHUNK_ROWS:
            yield numbers, rows
            numbers, rows = [], []
            add_number, add_row = numbers.append, rows.append
    report.footer_skipped += len(pending)
    if rows:
        yield numbers, rows


def _is_total_text(row: Sequence[Any]) -> bool:
    first = next((cell for cell in row if cell is not None and str(cell).strip()), None)
    return isinstance(first, str) and bool(_TOTAL.match(first))


def _tables_of(kind: str | None) -> tuple[str, ...]:
    return {
        "contacts": ("contact_records", "contacts", "stage_history"),
        "deals": ("deals", "deal_contacts"),
        "campaign_stats": ("campaigns", "campaign_stats"),
        "email_events": ("campaigns", "email_events", "email_daily"),
        "workflows": ("workflows",),
        "costs": ("costs",),
        "web_traffic": ("web_traffic",),
    }.get(kind or "", ())
