"""Guessing how an export is written — kind of file, text encoding, delimiter, header row — from a sample.

Nothing inside a CSV says how it was written, and the same HubSpot export reaches us as UTF-8 from the tool,
as cp1252 with ';' once Excel on a French Windows machine has re-saved it, as Mac OS Roman from Excel for Mac,
or as UTF-16 with tabs from Excel's "Unicode text". Hand-made workbooks and GA4 downloads put titles or '#'
comment lines above the header. Every guess is made here by pure functions over bytes or rows, so tests can
feed them anything; readers.py and workbooks.py do the I/O and turn a failed guess into a UserError that
names the file.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import io
import math
import re
from collections import Counter
from collections.abc import Sequence
from itertools import islice

SAMPLE_BYTES = 1 << 20
"""How much of a file the guesses look at (the header search and sample rows come from it too)."""

HEADER_SEARCH_ROWS = 50
"""The header is looked for in this many rows at most: title blocks are short."""

DELIMITERS = (",", ";", "\t", "|")
"""Candidate delimiters, in order of preference when two fit equally well."""

MAX_COLUMNS = 1000
"""Wider than this, a "table" is almost surely not one (or a sheet with a stray cell far to the right)."""

_SIGNATURES = {
    b"PK\x03\x04": "zip",
    b"PK\x05\x06": "zip",  # an empty zip
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "ole",  # .xls, or an encrypted .xlsx
    b"\x89PNG": "binary",
    b"\xff\xd8\xff": "binary",  # JPEG
    b"GIF8": "binary",
    b"%PDF": "binary",
    b"\x1f\x8b": "binary",  # gzip
    b"7z\xbc\xaf": "binary",
    b"Rar!": "binary",
    b"\x7fELF": "binary",
}
_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body|table|meta)\b", re.IGNORECASE)
_XML_SPREADSHEET = b"urn:schemas-microsoft-com:office:spreadsheet"

# Bytes a text file never holds (tab, LF, VT, FF, CR and DOS's end-of-file 0x1A excepted).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1A), *range(0x1B, 0x20)])
_BINARY_CONTROL_SHARE = 0.02

_SINGLE_BYTE_CANDIDATES = ("cp1252", "mac_roman", "latin-1")
"""Windows Excel, Excel for Mac, and latin-1 last (it decodes anything, so only wins when the others fail)."""

_SCORED_CHARS = 256 * 1024
"""Enough text to score an encoding: accents are spread all over an export."""
_WORD = re.compile(r"[^\W\d_]+")
_OTHER_NON_ASCII = re.compile(r"[^\w\x00-\x7f]")
_COMMON_SYMBOLS = frozenset("€’‘“”«»–—…•°§²\u00a0\u202f")

_SEP_LINE = re.compile(r"sep=([,;\t|])[ \t]*(?:\r\n|\r|\n|$)")
_NUMBER_LIKE = re.compile(r"[\s\d.,:;/%€$£+\-()]+")


# ---- What kind of file


def file_kind(head: bytes) -> str:
    """What the first bytes of a file say it is: "zip", "ole", "html", "xml-spreadsheet", "binary" or "text".

    Content decides, not the extension: users rename files, and tools save web pages as ".xls".
    """
    for magic, kind in _SIGNATURES.items():
        if head.startswith(magic):
            return kind
    start = head.lstrip(codecs.BOM_UTF8 + b" \t\r\n")[:4096]
    if start.startswith(b"<"):
        if _XML_SPREADSHEET in start:  # before HTML: its rows sit in a <Table> too
            return "xml-spreadsheet"
        if _HTML.search(start):
            return "html"
    return "text"


def zip_kind(names: Sequence[str], mimetype: bytes | None) -> str:
    """What a zip holds, from its member names and its "mimetype" member (OpenDocument files start with
    one): "xlsx", "ods", "document" (another office file) or "zip" (an archive of files)."""
    if any(name.startswith("xl/workbook.") for name in names):
        return "xlsx"
    if mimetype is not None and mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
        return "ods"
    if "[Content_Types].xml" in names or mimetype is not None:
        return "document"
    return "zip"


# ---- Encoding


def detect_encoding(sample: bytes, *, complete: bool) -> str | None:
    """The codec to read `sample` with, or None when it is not text at all.

    `complete` says the sample is the whole file: if not, a multi-byte character cut at its end is fine.
    """
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    utf16 = _utf16_without_bom(sample[:1024])
    if utf16:
        return utf16
    head = sample[:65536]
    if len(head) - len(head.translate(None, _CONTROL_BYTES)) > _BINARY_CONTROL_SHARE * len(head):
        return None
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=complete)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    return best_single_byte_encoding(sample)


def _utf16_without_bom(head: bytes) -> str | None:
    """Excel's "Unicode text" without its BOM: ASCII text where every other byte is NUL."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.7 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.7 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def best_single_byte_encoding(sample: bytes) -> str:
    """cp1252 or mac_roman (or latin-1), whichever turns the accented bytes into the most natural text.

    Both decode almost any byte, so validity cannot decide; but French decoded with the wrong one shows
    capitals inside words ('PrŽnom', 'GÈrant') and odd symbols ('‡' for 'à'), which the score penalises.
    """
    best, best_score = "latin-1", -math.inf
    for encoding in _SINGLE_BYTE_CANDIDATES:
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue  # cp1252 leaves five bytes undefined
        score = naturalness(text[:_SCORED_CHARS])
        if score > best_score:
            best, best_score = encoding, score
    return best


def naturalness(text: str) -> float:
    """How much the non-ASCII characters of `text` look like real European text (higher is better)."""
    score = 0.0
    for word in _WORD.findall(text):
        if not word.isascii():
            score += 1 if word.islower() or word.isupper() or word.istitle() else -2
    for char in _OTHER_NON_ASCII.findall(text):
        if char in _COMMON_SYMBOLS:
            score += 1
        elif "\x80" <= char <= "\x9f":
            score -= 5  # C1 control characters: latin-1's reading of Windows punctuation
        else:
            score -= 1
    return score


def decode_sample(sample: bytes, encoding: str, *, complete: bool) -> str:
    """`sample` as text; when it is not the whole file, a character or a line cut at its end is dropped."""
    text = codecs.getincrementaldecoder(encoding)().decode(sample, final=complete)
    if not complete:
        cut = max(text.rfind("\n"), text.rfind("\r"))
        text = text[: cut + 1] if cut >= 0 else text
    return text


# ---- Delimiter


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the lines of `text` into the most consistent number of fields (> 1).

    Lines are parsed with csv on each candidate, so quoted commas and newlines do not mislead; comment and
    blank lines are ignored. A one-column file gets ",". Excel's "sep=;" first line, when present, decides.
    """
    hint = _SEP_LINE.match(text)
    if hint:
        return hint.group(1)
    head = text[:65536]
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        reader = csv.reader(io.StringIO(head, newline=""), delimiter=delimiter)
        counts = [len(row) for row in islice(reader, 500) if not is_blank(row) and not is_comment(row)]
        if not counts:
            continue
        width, frequency = Counter(counts).most_common(1)[0]
        score = (frequency / len(counts), width)
        if width > 1 and score > best_score:
            best, best_score = delimiter, score
    return best


# ---- Header row


def is_blank_cell(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def is_blank(row: Sequence[object]) -> bool:
    """True for rows with only empty or whitespace cells (';;;;', bordered empty Excel rows)."""
    return all(is_blank_cell(cell) for cell in row)


def is_comment(row: Sequence[object]) -> bool:
    """A '#' comment line (GA4 preamble). A lone '#' column header in a wider row is not one."""
    first = row[0] if row else None
    if not isinstance(first, str) or not first.lstrip().startswith("#"):
        return False
    return first.strip() != "#" or filled(row) == 1


def filled(row: Sequence[object]) -> int:
    return sum(not is_blank_cell(cell) for cell in row)


def extent(row: Sequence[object]) -> int:
    """1 + the index of the last non-empty cell (0 for an empty row)."""
    for index in range(len(row) - 1, -1, -1):
        if not is_blank_cell(row[index]):
            return index + 1
    return 0


def find_header(rows: Sequence[Sequence[object]]) -> int | None:
    """Index in `rows` of the header row, or None when every row is blank or a comment.

    The header is the first row, among the first HEADER_SEARCH_ROWS, that is neither blank nor a comment,
    fills at least half the width of the rows below it (so a title or subtitle with one cell is skipped)
    and holds mostly text rather than numbers. Failing that, the first non-blank, non-comment row.
    """
    candidates = [i for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]) if not is_blank(row) and not is_comment(row)]
    for index in candidates:
        row = rows[index]
        width = _width_below(rows, index) or extent(row)
        needed = 1 if width <= 1 else max(2, math.ceil(width / 2))
        if filled(row) >= needed and _mostly_text(row):
            return index
    return candidates[0] if candidates else None


def _width_below(rows: Sequence[Sequence[object]], index: int) -> int:
    below = (row for row in rows[index + 1 :] if not is_blank(row) and not is_comment(row))
    return max((extent(row) for row in islice(below, 20)), default=0)


def _mostly_text(row: Sequence[object]) -> bool:
    cells = [cell for cell in row if not is_blank_cell(cell)]
    text = sum(isinstance(cell, str) and not _NUMBER_LIKE.fullmatch(cell) for cell in cells)
    return text > len(cells) - text


def header_names(cells: Sequence[object], width: int) -> tuple[str, ...]:
    """The header as `width` unique names: trimmed text, "" for an empty cell, " (2)", " (3)" on repeats.

    Empty names are left empty (the caller shows them as unnamed columns) rather than numbered.
    """
    names = [cell_text(cell) for cell in cells[:width]]
    names += [""] * (width - len(names))
    taken = set(names)
    seen: set[str] = set()
    unique = []
    for name in names:
        if name and name in seen:
            number = 2
            while f"{name} ({number})" in taken:
                number += 1
            name = f"{name} ({number})"
            taken.add(name)
        seen.add(name)
        unique.append(name)
    return tuple(unique)


def cell_text(cell: object) -> str:
    """A cell as the user reads it: trimmed (BOM and non-breaking spaces too), 2024.0 as '2024', dates ISO."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime.date | datetime.time):
        return cell.isoformat()
    return str(cell).replace("\ufeff", "").replace("\u200b", "").strip()


def row_text(cells: Sequence[object]) -> str:
    """A preamble row (title, subtitle) as one line of text."""
    return " ".join(text for text in map(cell_text, cells) if text)
