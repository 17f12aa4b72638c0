"""What an import did, file by file: rows read = loaded + rejected + unchanged, and why each row was rejected.

The report is plain data: the wizard shows it, the CLI prints it as JSON (DESIGN §7), and it can be saved
as a CSV the user fixes their file with. Row issues name the file, the row, the column and the value.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from roi_desktop.core.changes import Changes
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message, MessageTemplate

LOADED, UNCHANGED, NEEDS_MAPPING, FAILED = "loaded", "unchanged", "needs_mapping", "failed"

REPORT_COLUMNS = (
    QT_TRANSLATE_NOOP("ImportReport", "File"),
    QT_TRANSLATE_NOOP("ImportReport", "Row"),
    QT_TRANSLATE_NOOP("ImportReport", "Column"),
    QT_TRANSLATE_NOOP("ImportReport", "Value"),
    QT_TRANSLATE_NOOP("ImportReport", "Problem"),
    QT_TRANSLATE_NOOP("ImportReport", "What happened"),
)
REJECTED_WORD = MessageTemplate("import.row_rejected", QT_TRANSLATE_NOOP("Messages", "row not imported"))
IGNORED_WORD = MessageTemplate("import.value_ignored", QT_TRANSLATE_NOOP("Messages", "value left empty, row imported"))
KEPT_WORD = MessageTemplate("import.edit_kept", QT_TRANSLATE_NOOP("Messages", "row not imported, your change kept"))


@dataclass(frozen=True)
class RowIssue:
    """One problem in one row: rejected rows, or values that could not be read (the row is still loaded).
    `outcome` says what happened when it is neither (a row left out so as to keep a change made in the app)."""

    row: int
    column: str | None
    value: str | None
    message: Message
    outcome: Message | None = None


@dataclass
class FileReport:
    """The outcome of importing one file (or one sheet of a workbook)."""

    path: Path
    display_name: str
    status: str = FAILED
    profile: str | None = None
    profile_label: str | None = None
    source: str | None = None
    kind: str | None = None
    batch_id: int | None = None
    rows_read: int = 0
    rows_loaded: int = 0
    rows_rejected: int = 0
    rows_unchanged: int = 0
    totals_skipped: int = 0
    footer_skipped: int = 0
    rejected: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)
    error: Message | None = None

    @property
    def balanced(self) -> bool:
        """rows read = loaded + rejected + unchanged, the promise the report makes."""
        return self.rows_read == self.rows_loaded + self.rows_rejected + self.rows_unchanged

    def to_json(self, render: Callable[[Message], str]) -> dict[str, Any]:
        """The object `import --json` prints for this file (DESIGN §7)."""
        return {
            "path": str(self.path),
            "profile": self.profile,
            "status": self.status,
            "batch_id": self.batch_id,
            "rows_read": self.rows_read,
            "rows_loaded": self.rows_loaded,
            "rows_rejected": self.rows_rejected,
            "rows_unchanged": self.rows_unchanged,
            "error": {"code": self.error.code, "message": render(self.error)} if self.error else None,
            "notes": [{"code": n.code, "message": render(n)} for n in self.notes],
        }


@dataclass
class ImportReport:
    """Every file of one import, and what changed in the workspace."""

    files: list[FileReport] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    backup: Path | None = None
    """The copy of the workspace taken before this import (None: nothing to lose, or nothing changed)."""

    @property
    def failed(self) -> bool:
        return any(f.status == FAILED for f in self.files)

    def totals(self) -> dict[str, int]:
        keys = ("rows_read", "rows_loaded", "rows_rejected", "rows_unchanged")
        return {key: sum(getattr(f, key) for f in self.files) for key in keys}


def save_issues_csv(report: ImportReport, target: Path, render: Callable[[Message], str],
                    translate: Callable[[str, str], str]) -> int:
    """Write every rejected row and ignored value to a CSV (UTF-8 with BOM, ';' so that Excel in French
    opens it straight); returns the number of lines written."""
    lines = 0
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([translate("ImportReport", c) for c in REPORT_COLUMNS])
        for file in report.files:
            for issues, outcome in ((file.rejected, REJECTED_WORD()), (file.warnings, IGNORED_WORD())):
                for issue in issues:
                    writer.writerow([file.display_name, issue.row, issue.column or "", _inert(issue.value or ""),
                                     render(issue.message), render(issue.outcome or outcome)])
                    lines += 1
    return lines


def _inert(text: str) -> str:
    """A value that Excel would run as a formula is written with a leading apostrophe (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
