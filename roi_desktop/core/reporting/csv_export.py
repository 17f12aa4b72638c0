"""Tables as CSV and as tab-separated text for the clipboard, the way Excel reads them in each language.

CSV: UTF-8 with a byte-order mark (without it Excel on Windows reads UTF-8 as ANSI and breaks accents), ';'
between values in French and ',' in English — the list separator Excel expects in that locale, the decimal
comma taking ','. Numbers are written plainly in the language's convention (12,5 / 12.5) so that Excel reads
numbers, not text; text that a spreadsheet would run as a formula is made inert (safety.inert). The file is
written atomically.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from roi_desktop.core.reporting.safety import atomic_path, inert

DELIMITERS = {"fr": ";", "en": ","}
_GROUPED = re.compile(r"^([+\-−]?)(\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+|\d+)([.,]\d+)?(\s?[%€$£]|\s?[A-Z]{3})?$")


def cell_text(value: Any, language: str) -> str:
    """One value as Excel in `language` reads it back: numbers with the language's decimal mark and no
    thousands separator, dates as the language writes them, risky text made inert."""
    decimal = "," if language == "fr" else "."
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        text = format(value, ".12g")
        if "e" in text:
            text = format(value, ".15f").rstrip("0").rstrip(".")
        return text.replace(".", decimal)
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M" if language == "fr" else "%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y") if language == "fr" else value.isoformat()
    return inert(plain_number(str(value), language))


def plain_number(text: str, language: str) -> str:
    """A number shown with thousands separators ("1 234,56 €", "12,345") without them, so that a
    spreadsheet reads a number; any other text unchanged."""
    match = _GROUPED.match(text.strip())
    if not match:
        return text
    sign, digits, fraction, suffix = match.groups()
    thousands = " \u00a0\u202f." if language == "fr" else " \u00a0\u202f,"
    if language != "fr" and fraction and fraction.startswith(","):
        return text  # "1,234" in English: a grouped integer, already handled; "1,5" is not English
    for mark in thousands:
        digits = digits.replace(mark, "")
    if not digits.isdigit():
        return text
    return ("-" if sign in ("-", "−") else sign) + digits + (fraction or "") + (suffix or "").replace("\u202f", " ")


def write_csv(path: Path | str, header: Sequence[str], rows: Sequence[Sequence[Any]], language: str) -> Path:
    """Write a table to `path` (UTF-8 with BOM, the language's separator); UserError when it cannot be."""
    path = Path(path)
    with atomic_path(path) as temporary, temporary.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=DELIMITERS.get(language, ","), lineterminator="\r\n")
        writer.writerow([inert(str(h)) for h in header])
        for row in rows:
            writer.writerow([cell_text(v, language) for v in row])
    return path


def clipboard_text(rows: Sequence[Sequence[Any]], language: str) -> str:
    """Tab-separated lines as Excel pastes them: a cell holding a tab, a line break or a quote is quoted."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        writer.writerow([cell_text(v, language) for v in row])
    return buffer.getvalue()
