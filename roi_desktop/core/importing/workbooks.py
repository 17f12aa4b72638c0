"""Workbook sheets (.xlsx, .xls, .ods) as tables, read with python-calamine.

calamine reads the three formats with one API, by content rather than by extension, and far faster than
openpyxl; it ignores the sheet's declared <dimension> (a sheet claiming A1:H1048576 with three rows costs
three rows) and returns cached formula values ("" when there is none). It holds a sheet's cells compactly
in Rust; rows become Python lists one at a time as rows() goes. The header is found as for CSV (sniff.py):
hand-kept workbooks put a title and a subtitle above it.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from python_calamine import CalamineSheet, CalamineWorkbook, PasswordError, SheetTypeEnum, SheetVisibleEnum

from roi_desktop.core.errors import UserError
from roi_desktop.core.importing import sniff
from roi_desktop.core.importing.readers import (
    DAMAGED,
    NO_DATA,
    PASSWORD,
    TOO_MANY_COLUMNS,
    UNREADABLE,
    Cell,
    Table,
    TableInfo,
)
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate

NO_SHEET = MessageTemplate(
    "read.no_sheet",
    QT_TRANSLATE_NOOP("Messages", "“{name}” has no sheet named “{sheet}”. Its sheets are: {sheets}."),
)
EMPTY_WORKBOOK = MessageTemplate(
    "read.empty_workbook",
    QT_TRANSLATE_NOOP("Messages", "“{name}” has no data in any of its visible sheets."),
)
EMPTY_SHEET = MessageTemplate(
    "read.empty_sheet",
    QT_TRANSLATE_NOOP("Messages", "The sheet “{sheet}” of “{name}” is empty. Choose another sheet."),
)

UNREADABLE_ROW = MessageTemplate(
    "read.unreadable_row",
    QT_TRANSLATE_NOOP(
        "Messages",
        "Row {row} of “{name}” has a cell that cannot be read (a date far outside the calendar, for instance). Open"
        " the file in Excel, correct or clear that cell, save it and import it again.",
    ),
)
_LOOK_AHEAD = sniff.HEADER_SEARCH_ROWS + 200
"""Rows read at open: the header search, then enough rows below it to measure the table's width."""


class SheetTable(Table):
    """One sheet of a workbook; rows are numbered as in Excel (the 1-based sheet row)."""

    def __init__(self, info: TableInfo, sheet: CalamineSheet) -> None:
        super().__init__(info)
        self._sheet: CalamineSheet | None = sheet
        # iter_rows() starts at row 1 even when the data starts lower (empty rows are padded in), so the
        # last row number is the end row index + 1.
        self._total = sheet.end[0] + 1 if sheet.end else 0

    def rows(self) -> Iterator[tuple[int, list[Cell]]]:
        if self._sheet is None:
            raise ValueError("rows() on a closed table")
        width, first = len(self.info.header), self.info.header_row + 1
        padding: list[Cell] = [""] * width
        number = first - 1
        self._done = lambda: number
        for number, row in enumerate(islice(_rows(self._sheet, self.info.display_name), first - 1, None), first):
            if len(row) != width:
                if len(row) < width:
                    row += padding[len(row) :]
                else:
                    del row[width:]
            # count("") runs in C and settles calamine's empty rows; is_blank the rare whitespace-only ones.
            if row.count("") != width and not sniff.is_blank(row):
                yield number, row
        self._done = lambda: self._total

    def close(self) -> None:
        self._sheet = None


def open_workbook(path: Path, fmt: str, sheet: str | None, size: int) -> SheetTable:
    """Open `sheet` of the workbook at `path` (None: the first visible sheet with data) as a table."""
    name = path.name
    try:
        with path.open("rb") as file:
            book = CalamineWorkbook.from_filelike(file)  # detects the format by content, not by extension
    except PasswordError:
        raise UserError(PASSWORD(name=name)) from None
    except OSError:
        raise UserError(UNREADABLE(name=name)) from None
    except Exception:  # noqa: BLE001 - calamine reports a damaged file through several exception types
        raise UserError(DAMAGED(name=name)) from None
    try:
        chosen, loaded = _choose_sheet(book, name, sheet)
        sheets = tuple(book.sheet_names)
    finally:
        book.close()
    display_name = f"{name} › {chosen}"
    rows = _rows(loaded, display_name)
    head = list(islice(rows, _LOOK_AHEAD))
    index = sniff.find_header(head)
    if index is None:
        raise UserError(EMPTY_SHEET(name=name, sheet=chosen))
    data = [row for row in head[index + 1 :] if not sniff.is_blank(row)]
    if not data and all(sniff.is_blank(row) for row in rows):
        raise UserError(NO_DATA(name=display_name))
    width = max([sniff.extent(head[index]), *(sniff.extent(row) for row in data)])
    if width > sniff.MAX_COLUMNS:
        raise UserError(TOO_MANY_COLUMNS(name=display_name, count=width, limit=sniff.MAX_COLUMNS))
    info = TableInfo(
        path=path, display_name=display_name, format=fmt, sheet=chosen, sheets=sheets, encoding=None,
        delimiter=None, header_row=index + 1, header=sniff.header_names(head[index], width),
        preamble=tuple(sniff.row_text(row) for row in head[:index] if not sniff.is_blank(row)), size_bytes=size,
    )
    return SheetTable(info, loaded)


def _choose_sheet(book: CalamineWorkbook, name: str, sheet: str | None) -> tuple[str, CalamineSheet]:
    if sheet is not None:
        if sheet not in book.sheet_names:
            raise UserError(NO_SHEET(name=name, sheet=sheet, sheets=", ".join(book.sheet_names)))
        return sheet, _load(book, name, sheet)
    for meta in book.sheets_metadata:
        if meta.visible == SheetVisibleEnum.Visible and meta.typ == SheetTypeEnum.WorkSheet:
            loaded = _load(book, name, meta.name)
            if not all(sniff.is_blank(row) for row in _rows(loaded, f"{name} › {meta.name}")):
                return meta.name, loaded
    raise UserError(EMPTY_WORKBOOK(name=name))


def _load(book: CalamineWorkbook, name: str, sheet: str) -> CalamineSheet:
    try:
        return book.get_sheet_by_name(sheet)
    except PasswordError:
        raise UserError(PASSWORD(name=name)) from None
    except Exception:  # noqa: BLE001 - as in open_workbook: a sheet's XML can be damaged too
        raise UserError(DAMAGED(name=name)) from None


def _rows(sheet: CalamineSheet, name: str) -> Iterator[list[Cell]]:
    """`sheet.iter_rows()`, with calamine's panics turned into one sentence naming the row. A cell formatted
    as a date that holds a number far outside the calendar (-4e18) makes calamine 0.9 panic while building
    its row (python-calamine issue #139); a Rust panic reaches Python as a PanicException, which derives
    from BaseException, not Exception, and is not importable: it is recognised by its name."""
    rows = sheet.iter_rows()
    number = 0
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except BaseException as error:
            if type(error).__name__ != "PanicException":
                raise
            raise UserError(UNREADABLE_ROW(row=number + 1, name=name)) from None
        number += 1
        yield row
