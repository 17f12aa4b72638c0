"""What the import wizard shows before anything is written: each file's source, status and first rows.

`preview_files` reads only the start of each file (header and sample), recognises its profile or a saved
mapping, checks whether the same bytes were already imported, and converts the sample exactly as the import
will (same plan as pipeline.py), so that the user sees "as it will be stored" values. Nothing is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from roi_desktop.core.errors import UserError
from roi_desktop.core.importing import readers
from roi_desktop.core.importing.convert import build_plan, convert
from roi_desktop.core.importing.fields import KINDS
from roi_desktop.core.importing.mapping import Mapping, header_signature, suggest
from roi_desktop.core.importing.pipeline import expand, file_sha256, resolve
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message, MessageTemplate
from roi_desktop.core.store import Connection
from roi_desktop.core.store import batches as batch_store
from roi_desktop.core.store import mappings

READY, UNCHANGED, NEEDS_MAPPING, FAILED, ARCHIVE = "ready", "unchanged", "needs_mapping", "failed", "archive"
SAMPLE_ROWS = 20

ALREADY_IMPORTED = MessageTemplate(
    "preview.already_imported",
    QT_TRANSLATE_NOOP("Messages", "Already imported on {day} (import {batch_id}): importing it again changes nothing."),
)
UNKNOWN_FORMAT = MessageTemplate(
    "preview.unknown_format",
    QT_TRANSLATE_NOOP("Messages", "Format not recognised: tell ROI Desktop once which column is which."),
)
ARCHIVE_CONTENT = MessageTemplate(
    "preview.archive", QT_TRANSLATE_NOOP("Messages", "Archive: its export files are imported one by one.")
)


@dataclass
class FilePreview:
    """One file as the wizard lists it.

    Attributes:
        status: READY, UNCHANGED, NEEDS_MAPPING, FAILED or ARCHIVE.
        profile_label: the recognised export ("HubSpot contacts"), a "Profiles" literal to translate.
        header / sample: the file's columns and first raw rows.
        fields: canonical fields shown in the preview, in order, and `stored`: the converted sample rows
            (one dict field → value per row; values are canonical: ISO days, cents, booleans…).
        mapping: the saved or suggested mapping for a file no profile knows (to edit in the mapping step).
        message: a sentence about the status (error, already imported, unknown format).
    """

    path: Path
    display_name: str
    status: str
    kind: str | None = None
    source: str | None = None
    profile_label: str | None = None
    sheets: tuple[str, ...] = ()
    sheet: str | None = None
    header: tuple[str, ...] = ()
    sample: list[list[Any]] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    stored: list[dict[str, Any]] = field(default_factory=list)
    mapping: Mapping | None = None
    message: Message | None = None
    size_bytes: int = 0


def preview_files(db: Connection, paths: Iterable[Path], *, sheets: dict[Path, str] | None = None
                  ) -> list[FilePreview]:
    """A preview of every file the paths name (folders expanded); `sheets`: the sheet chosen per workbook."""
    sheets = sheets or {}
    previews = []
    for path in expand(paths):
        if path.exists() and readers.is_archive(path):
            previews.append(FilePreview(path, path.name, ARCHIVE, message=ARCHIVE_CONTENT(),
                                        size_bytes=path.stat().st_size))
            continue
        previews.append(preview_file(db, path, sheets.get(path)))
    return previews


def preview_file(db: Connection, path: Path, sheet: str | None = None) -> FilePreview:
    try:
        with readers.open_table(path, sheet=sheet) as table:
            return _preview_table(db, table)
    except UserError as error:
        return FilePreview(path, path.name, FAILED, message=error.message)


def _preview_table(db: Connection, table: readers.Table) -> FilePreview:
    info = table.info
    sample = table.sample(max(SAMPLE_ROWS, 200))
    preview = FilePreview(info.path, info.display_name, READY, sheets=info.sheets, sheet=info.sheet, header=info.header,
                          sample=[list(row) for row in sample[:SAMPLE_ROWS]], size_bytes=info.size_bytes)
    saved = mappings.find_mapping(db, header_signature(info.header))
    resolved = resolve(info.header, saved, None, info.delimiter)
    if resolved is None:
        preview.status, preview.message = NEEDS_MAPPING, UNKNOWN_FORMAT()
        preview.mapping = suggest(info.header, sample)
        return preview
    preview.kind, preview.source, preview.profile_label = resolved.kind, resolved.source, resolved.label
    preview.mapping = resolved.mapping
    kind = KINDS[resolved.kind]
    plan = build_plan(kind, resolved.indexes, info.header, sample, day_first=resolved.day_first,
                      decimal_comma=resolved.decimal_comma, percent=resolved.percent)
    chunk = convert(plan, list(range(len(preview.sample))), preview.sample)
    preview.fields = [f.name for f in kind.fields if f.name in chunk.values]
    preview.stored = [{name: chunk.values[name][i] for name in preview.fields} for i in range(len(chunk))]
    previous = batch_store.find_loaded(db, file_sha256(info.path), info.sheet)
    if previous is not None:
        preview.status = UNCHANGED
        preview.message = ALREADY_IMPORTED(day=previous.imported_at[:10], batch_id=previous.id)
    return preview


def field_labels(kind: str, names: Sequence[str]) -> list[str]:
    """The English labels (to translate, context "Fields") of canonical fields."""
    fields = KINDS[kind].by_name()
    return [fields[name].label for name in names]
