"""Opening an export as a table — header, then rows streamed one at a time — whatever file the user brings.

`open_table` looks at the content, not the extension (a ".xls" may be a web page, a ".csv" a renamed
workbook), sniffs CSV encoding, delimiter and header row (sniff.py), hands workbooks to workbooks.py, and
refuses anything unusable with one plain sentence naming the file, never a traceback. Rows are streamed so
that a 200 MB export never sits in memory; everything above the reader (mapping, totals and footer rows,
normalisation) is the caller's job. Zip exports (Mailchimp audience, Mautic, HubSpot reports) are unpacked
by `extract_archive` before their members are opened.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime
import io
import shutil
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path, PurePosixPath
from types import TracebackType

from roi_desktop.core.errors import UserError
from roi_desktop.core.importing import sniff
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate

Cell = str | int | float | bool | datetime.date | datetime.datetime | datetime.time | datetime.timedelta | None
"""A cell: raw text from a CSV; from a workbook whatever python-calamine gives ("" for an empty cell)."""

TABLE_SUFFIXES = frozenset({".csv", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods"})
"""Members of a zip export that are extracted as tables."""

MAX_EXTRACTED_BYTES = 2 << 30
MAX_COMPRESSION_RATIO = 200

NOT_FOUND = MessageTemplate("read.not_found", QT_TRANSLATE_NOOP(
    "Messages", "The file “{name}” is not there any more: it may have been moved, renamed or deleted."))
IS_FOLDER = MessageTemplate("read.is_folder", QT_TRANSLATE_NOOP(
    "Messages", "“{name}” is a folder. Choose the export file inside it."))
UNREADABLE = MessageTemplate("read.unreadable", QT_TRANSLATE_NOOP(
    "Messages",
    "“{name}” cannot be read: you may not be allowed to open it. Copy it into your Documents folder and "
    "try again."))
EMPTY = MessageTemplate("read.empty", QT_TRANSLATE_NOOP(
    "Messages", "“{name}” is empty (0 bytes). Export it again from your tool."))
BLANK = MessageTemplate("read.blank", QT_TRANSLATE_NOOP(
    "Messages", "“{name}” contains only blank lines: there is no table in it. Export it again."))
NOT_A_TABLE = MessageTemplate("read.not_a_table", QT_TRANSLATE_NOOP(
    "Messages",
    "“{name}” is not a table that ROI Desktop can read. Choose a CSV file or an Excel or LibreOffice "
    "workbook (.xlsx, .xls, .ods)."))
WEB_PAGE = MessageTemplate("read.web_page", QT_TRANSLATE_NOOP(
    "Messages",
    "“{name}” is a web page, not a real spreadsheet. Open it in Excel, save it as .xlsx or .csv, then "
    "import that file."))
XML_SPREADSHEET = MessageTemplate("read.xml_spreadsheet", QT_TRANSLATE_NOOP(
    "Messages",
    "“{name}” is in the old Excel 2003 XML format. Open it in Excel, save it as .xlsx or .csv, then "
    "import that file."))
DAMAGED = MessageTemplate("read.damaged", QT_TRANSLATE_NOOP(
    "Messages",
    "“{name}” is damaged or incomplete, perhaps because the download was interrupted. Export or download "
    "it again."))
PASSWORD = MessageTemplate("read.password", QT_TRANSLATE_NOOP(
    "Messages",
    "“{name}” is protected by a password. Open it in Excel, remove the password, save it, then import it "
    "again."))
ARCHIVE = MessageTemplate("read.archive", QT_TRANSLATE_NOOP(
    "Messages", "“{name}” is a compressed folder (.zip), not a table: import the files it contains."))
UNCLOSED_QUOTE = MessageTemplate("read.unclosed_quote", QT_TRANSLATE_NOOP(
    "Messages",
    "In “{name}”, a quotation mark opened on line {line} is never closed, so the rest of the file cannot "
    "be read. Fix that line in a text editor, or export the file again."))
MISPLACED_QUOTE = MessageTemplate("read.misplaced_quote", QT_TRANSLATE_NOOP(
    "Messages",
    "In “{name}”, line {line} has a quotation mark in an unexpected place. Fix that line in a text "
    "editor, or export the file again."))
DAMAGED_LINE = MessageTemplate("read.damaged_line", QT_TRANSLATE_NOOP(
    "Messages",
    "“{name}” looks damaged at line {line}: it contains characters that are not text. Export it again "
    "from your tool."))
MIXED_ENCODING = MessageTemplate("read.mixed_encoding", QT_TRANSLATE_NOOP(
    "Messages",
    "“{name}” cannot be read from line {line} on: its letters are not stored the same way as in the rest "
    "of the file. Open it in Excel, save it as “CSV UTF-8”, then import that file."))
NO_DATA = MessageTemplate("read.no_data", QT_TRANSLATE_NOOP(
    "Messages",
    "“{name}” contains column names but no rows of data. Check that the export was not filtered down to "
    "nothing."))
TOO_MANY_COLUMNS = MessageTemplate("read.too_many_columns", QT_TRANSLATE_NOOP(
    "Messages",
    "“{name}” has {count} columns, more than the {limit} ROI Desktop can read: is this really a table? "
    "Keep only the useful columns and save it again."))
ARCHIVE_DAMAGED = MessageTemplate("read.archive_damaged", QT_TRANSLATE_NOOP(
    "Messages", "The compressed folder “{name}” is damaged and cannot be opened. Download or export it again."))
ARCHIVE_PASSWORD = MessageTemplate("read.archive_password", QT_TRANSLATE_NOOP(
    "Messages",
    "The compressed folder “{name}” is protected by a password. Extract it yourself, then import the "
    "files inside."))
ARCHIVE_TOO_BIG = MessageTemplate("read.archive_too_big", QT_TRANSLATE_NOOP(
    "Messages",
    "The compressed folder “{name}” would take more than {size} GB once extracted, which no export does. "
    "Extract it yourself and import the files inside."))
ARCHIVE_NO_TABLE = MessageTemplate("read.archive_no_table", QT_TRANSLATE_NOOP(
    "Messages",
    "The compressed folder “{name}” contains no table: no CSV file and no Excel or LibreOffice workbook."))


@dataclass(frozen=True)
class TableInfo:
    """What was found out about a table before reading its rows.

    Attributes:
        path: the file.
        display_name: the file name; "book.xlsx › Sheet" for a workbook sheet.
        format: "csv" (any delimited text), "xlsx" (also .xlsm/.xlsb), "xls" or "ods".
        sheet: the sheet read, None for CSV.
        sheets: every sheet of the workbook, in order (hidden ones too); () for CSV.
        encoding: the codec the text is read with (Python name), None for workbooks.
        delimiter: "," ";" "\\t" or "|", None for workbooks.
        header_row: 1-based line (CSV) or row (sheet) where the header starts.
        header: the column names, trimmed and unique; "" for an unnamed column.
        preamble: the non-empty lines or rows above the header (titles, GA4 '#' lines), as text.
        size_bytes: the file size.
    """

    path: Path
    display_name: str
    format: str
    sheet: str | None
    sheets: tuple[str, ...]
    encoding: str | None
    delimiter: str | None
    header_row: int
    header: tuple[str, ...]
    preamble: tuple[str, ...]
    size_bytes: int


class Table:
    """An open table: its `info`, and its data rows as often as asked (each call reads the file again).

    Attributes:
        info: see TableInfo.
    """

    def __init__(self, info: TableInfo) -> None:
        self.info = info
        self._done: Callable[[], int] = lambda: 0
        self._total = 0

    def rows(self) -> Iterator[tuple[int, list[Cell]]]:
        """Data rows below the header as (1-based line/row number where the row starts, cells).

        Each row has exactly len(header) cells (padded with "", extra cells dropped); all-empty rows are
        skipped, nothing else is (totals and footers are the caller's). CSV cells are raw, unstripped text.
        """
        raise NotImplementedError

    def sample(self, n: int = 200) -> list[list[Cell]]:
        """The first `n` data rows, as rows() gives them (for previews and column guessing)."""
        return [cells for _, cells in islice(self.rows(), n)]

    def progress(self) -> tuple[int, int]:
        """(done, total) of the latest rows() run: bytes for CSV, rows for sheets; (total, total) at its end."""
        return self._done(), self._total

    def close(self) -> None:
        """Release the file. Rows being iterated are closed by their generator; nothing else is held open."""

    def __enter__(self) -> Table:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


# ---- Opening


def open_table(path: Path, *, sheet: str | None = None) -> Table:
    """Sniff and open `path` by its content. `sheet` picks a workbook sheet (None: the first visible one
    with data) and is ignored for CSV. Raises UserError with one plain sentence for anything unusable."""
    path = Path(path)
    name = path.name
    try:
        if path.is_dir():
            raise UserError(IS_FOLDER(name=name))
        size = path.stat().st_size
        with path.open("rb") as file:
            head = file.read(sniff.SAMPLE_BYTES)
    except FileNotFoundError:
        raise UserError(NOT_FOUND(name=name)) from None
    except OSError:
        raise UserError(UNREADABLE(name=name)) from None
    if size == 0:
        raise UserError(EMPTY(name=name))
    kind = sniff.file_kind(head)
    if kind == "zip":
        kind = _zip_kind(path)
    elif kind == "ole":
        kind = "password" if _contains(path, "EncryptedPackage".encode("utf-16-le")) else "xls"
    if kind in {"xlsx", "xls", "ods"}:
        from roi_desktop.core.importing.workbooks import open_workbook  # workbooks.py builds on Table

        return open_workbook(path, kind, sheet, size)
    refusals = {"html": WEB_PAGE, "xml-spreadsheet": XML_SPREADSHEET, "damaged": DAMAGED, "password": PASSWORD,
                "zip": ARCHIVE, "document": NOT_A_TABLE, "binary": NOT_A_TABLE}
    if kind in refusals:
        raise UserError(refusals[kind](name=name))
    return _open_csv(path, head, size)


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else None
    except (zipfile.BadZipFile, OSError, EOFError):
        return "damaged"
    return sniff.zip_kind(names, mimetype)


def _contains(path: Path, needle: bytes) -> bool:
    """Whether the file holds `needle`, read in chunks (an OLE directory can sit anywhere in the file)."""
    tail = b""
    with path.open("rb") as file:
        while chunk := file.read(1 << 20):
            if needle in tail + chunk:
                return True
            tail = chunk[-len(needle) :]
    return False


# ---- CSV


class CsvTable(Table):
    """Delimited text, streamed through csv.reader: the per-row work is padding and the blank-row test."""

    def __init__(self, info: TableInfo, records_to_skip: int) -> None:
        super().__init__(info)
        self._skip = records_to_skip
        self._total = info.size_bytes

    def rows(self) -> Iterator[tuple[int, list[Cell]]]:
        info = self.info
        name, width = info.path.name, len(info.header)
        padding: list[Cell] = [""] * width
        end = 0
        try:
            with info.path.open("rb", buffering=0) as file:
                counter = _CountingFile(file, check_nul=not info.encoding.startswith("utf-16"))
                self._done = lambda: counter.position
                text = io.TextIOWrapper(io.BufferedReader(counter, 1 << 16), encoding=info.encoding, newline="")
                reader = csv.reader(text, delimiter=info.delimiter, strict=True)
                for _ in islice(reader, self._skip):
                    pass
                end = reader.line_num
                for row in reader:
                    start, end = end + 1, reader.line_num
                    if len(row) != width:
                        if len(row) < width:
                            row += padding[len(row) :]
                        else:
                            del row[width:]
                    # Most rows start with a non-blank cell: the join runs only for the rest.
                    if (row[0] and not row[0].isspace()) or "".join(row).strip():
                        yield start, row
            self._done = lambda: self._total
        except csv.Error as error:
            raise _quote_error(name, end + 1, error) from None
        except UnicodeDecodeError:
            raise UserError(MIXED_ENCODING(name=name, line=_line_of_bad_text(info.path, info.encoding))) from None
        except _NulByte as nul:
            raise UserError(DAMAGED_LINE(name=name, line=_line_at(info.path, nul.offset))) from None
        except OSError:
            raise UserError(UNREADABLE(name=name)) from None


class _NulByte(Exception):
    def __init__(self, offset: int) -> None:
        super().__init__(offset)
        self.offset = offset


class _CountingFile(io.RawIOBase):
    """The raw file under the text decoder: counts bytes for progress() and stops at a NUL byte.

    A NUL never belongs in UTF-8 or single-byte text (it marks a damaged or zero-filled file), but
    csv.reader accepts it since Python 3.11, so it is caught here, one cheap search per 64 KB chunk.
    """

    def __init__(self, file: io.FileIO, *, check_nul: bool) -> None:
        super().__init__()
        self._file = file
        self._check_nul = check_nul
        self.position = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        count = self._file.readinto(buffer) or 0
        if self._check_nul and count:
            nul = bytes(buffer[:count]).find(0)
            if nul >= 0:
                raise _NulByte(self.position + nul)
        self.position += count
        return count


def _open_csv(path: Path, head: bytes, size: int) -> CsvTable:
    name = path.name
    complete = len(head) == size
    encoding = sniff.detect_encoding(head, complete=complete)
    if encoding is None:
        raise UserError(NOT_A_TABLE(name=name))
    if encoding == "utf-8" and not complete and head.isascii():
        encoding = _encoding_further_down(path, len(head))
    if not encoding.startswith("utf-16") and (nul := head.find(0)) >= 0:
        raise UserError(DAMAGED_LINE(name=name, line=_line_at(path, nul)))
    try:
        text = sniff.decode_sample(head, encoding, complete=complete)
    except UnicodeDecodeError:
        raise UserError(MIXED_ENCODING(name=name, line=_line_of_bad_text(path, encoding))) from None
    if not text.strip():
        raise UserError(BLANK(name=name))
    delimiter = sniff.detect_delimiter(text)
    records = _parse(text, delimiter, name, complete)
    rows = [cells for _, cells in records]
    index = sniff.find_header(rows)
    if index is None:
        raise UserError(BLANK(name=name))
    # Only the first 1,000 data rows of the sample are looked at: testing the other ~8,000 rows of a 1 MB
    # sample for blankness cost 27 ms a file (scale 38's 25 files: opening them 1.8 s → 1.0 s CPU).
    data = list(islice((row for row in rows[index + 1 :] if not sniff.is_blank(row)), 1000))
    if not data and complete:
        raise UserError(NO_DATA(name=name))
    width = max([sniff.extent(rows[index]), *(sniff.extent(row) for row in data[:1000])])
    if width > sniff.MAX_COLUMNS:
        raise UserError(TOO_MANY_COLUMNS(name=name, count=width, limit=sniff.MAX_COLUMNS))
    lines = io.StringIO(text, newline="").readlines()
    preamble = tuple(
        lines[start - 1].rstrip("\r\n " + delimiter) for start, cells in records[:index] if not sniff.is_blank(cells)
    )
    info = TableInfo(
        path=path, display_name=name, format="csv", sheet=None, sheets=(), encoding=encoding, delimiter=delimiter,
        header_row=records[index][0], header=sniff.header_names(rows[index], width), preamble=preamble,
        size_bytes=size,
    )
    return CsvTable(info, records_to_skip=index + 1)


def _encoding_further_down(path: Path, offset: int) -> str:
    """The encoding of a big file whose first megabyte is plain ASCII (which fits any encoding), guessed
    from the first later chunk that is not, so that accents far down do not make rows() fail there."""
    with path.open("rb") as file:
        file.seek(offset)
        while chunk := file.read(1 << 20):
            if not chunk.isascii():
                chunk = chunk.lstrip(bytes(range(0x80, 0xC0)))  # a UTF-8 character cut at the start
                return sniff.detect_encoding(chunk, complete=False) or "utf-8"
    return "utf-8"


def _parse(text: str, delimiter: str, name: str, complete: bool) -> list[tuple[int, list[str]]]:
    """The records of the sample as (line where each starts, cells), parsed exactly as rows() will."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    end = 0
    try:
        for row in reader:
            records.append((end + 1, row))
            end = reader.line_num
    except csv.Error as error:
        # A sample cut inside a quoted field ends early; anywhere else the error is real.
        if complete or "unexpected end of data" not in str(error):
            raise _quote_error(name, end + 1, error) from None
    return records


def _quote_error(name: str, line: int, error: csv.Error) -> UserError:
    """csv.Error as the user's problem: a quote never closed (end of data, or a field swallowing the file
    past csv's field size limit) or a stray one (strict mode's "',' expected after '\"'")."""
    if "expected after" in str(error):
        return UserError(MISPLACED_QUOTE(name=name, line=line))
    return UserError(UNCLOSED_QUOTE(name=name, line=line))


def _line_at(path: Path, offset: int) -> int:
    """1-based line number of byte `offset` (for single-byte encodings and UTF-8)."""
    newlines = 0
    with path.open("rb") as file:
        while offset > 0 and (chunk := file.read(min(offset, 1 << 20))):
            newlines += chunk.count(b"\n")
            offset -= len(chunk)
    return newlines + 1


def _line_of_bad_text(path: Path, encoding: str) -> int:
    """1-based line number of the first bytes `encoding` cannot decode (rescans the file: errors only)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    newlines = 0
    with path.open("rb") as file:
        while True:
            chunk = file.read(1 << 16)
            state = decoder.getstate()
            try:
                newlines += decoder.decode(chunk, final=not chunk).count("\n")
            except UnicodeDecodeError as error:
                decoder.setstate(state)
                newlines += decoder.decode(chunk[: max(0, error.start - len(state[0]))]).count("\n")
                return newlines + 1
            if not chunk:
                return newlines + 1


# ---- Zip exports


def is_archive(path: Path) -> bool:
    """True for a zip that is not a workbook (.xlsx and .ods are zips too), or a damaged file named .zip."""
    try:
        with Path(path).open("rb") as file:
            if sniff.file_kind(file.read(8)) != "zip":
                return False
    except OSError:
        return False
    kind = _zip_kind(Path(path))
    return kind == "zip" or (kind == "damaged" and Path(path).suffix.lower() == ".zip")


def extract_archive(path: Path, into: Path) -> list[Path]:
    """Extract the table files of the zip `path` (CSV, XLSX, XLS, ODS; not folders, __MACOSX or hidden
    files) into `into`, keeping their folders, and return their paths.

    Members with an absolute path or '..' are skipped (they could write outside `into`); an archive that
    would grow past 2 GB, or one member more than 200 times its compressed size, is refused as a zip bomb.
    """
    path, into = Path(path), Path(into)
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError):
        raise UserError(ARCHIVE_DAMAGED(name=name)) from None
    with archive:
        members = [(info, parts) for info in archive.infolist() if (parts := _table_member(info))]
        if not members:
            raise UserError(ARCHIVE_NO_TABLE(name=name))
        if any(info.flag_bits & 0x1 for info, _ in members):
            raise UserError(ARCHIVE_PASSWORD(name=name))
        too_dense = any(
            info.file_size > 1 << 20 and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1)
            for info, _ in members
        )
        if too_dense or sum(info.file_size for info, _ in members) > MAX_EXTRACTED_BYTES:
            raise UserError(ARCHIVE_TOO_BIG(name=name, size=MAX_EXTRACTED_BYTES >> 30))
        extracted = []
        for info, parts in members:
            target = into.joinpath(*parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                # ZipExtFile stops at the declared size and checks the CRC, so a lying header cannot
                # write more than the total checked above.
                with archive.open(info) as source, target.open("wb") as sink:
                    shutil.copyfileobj(source, sink, 1 << 20)
            except (zipfile.BadZipFile, EOFError, NotImplementedError, zlib.error):
                with contextlib.suppress(OSError):
                    target.unlink()
                raise UserError(ARCHIVE_DAMAGED(name=name)) from None
            extracted.append(target)
    return extracted


def _table_member(info: zipfile.ZipInfo) -> tuple[str, ...] | None:
    """The safe relative path parts of a table member, None for anything to leave in the archive."""
    if info.is_dir():
        return None
    raw = info.filename.replace("\\", "/")
    parts = PurePosixPath(raw).parts
    if raw.startswith("/") or (parts and parts[0].endswith(":")) or ".." in parts:
        return None
    if any(part.startswith(".") or part == "__MACOSX" for part in parts):
        return None
    if PurePosixPath(raw).suffix.lower() not in TABLE_SUFFIXES:
        return None
    return parts
