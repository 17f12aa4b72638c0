"""From raw cells to canonical values, a column at a time.

A file's conventions (date layout, decimal comma) are decided once per column from a sample
(`build_plan`), then every chunk of rows is converted column by column (`convert`): one list comprehension
per column is several times faster than a dict per row, which matters on a million e-mail events. A cell
that cannot be read is recorded with its row and column, never silently turned into 0.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from roi_desktop.core.importing import normalise as n
from roi_desktop.core.importing.fields import BOOL, DATETIME, EMAIL, INTEGER, LIST, MONEY, NUMBER, PERCENT, TEXT, Field, Kind
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message, MessageTemplate

Parser = Callable[[Any], Any]

BAD_DATE = MessageTemplate("import.bad_date", QT_TRANSLATE_NOOP("Messages", "“{value}” is not a date."))
BAD_NUMBER = MessageTemplate("import.bad_number", QT_TRANSLATE_NOOP("Messages", "“{value}” is not a number."))
BAD_WHOLE = MessageTemplate(
    "import.bad_integer", QT_TRANSLATE_NOOP("Messages", "“{value}” is not a whole number.")
)
BAD_BOOL = MessageTemplate(
    "import.bad_bool", QT_TRANSLATE_NOOP("Messages", "“{value}” is neither yes nor no.")
)
_MESSAGES = {DATETIME: BAD_DATE, NUMBER: BAD_NUMBER, MONEY: BAD_NUMBER, PERCENT: BAD_NUMBER, INTEGER: BAD_WHOLE,
             BOOL: BAD_BOOL}


@dataclass(frozen=True)
class ColumnPlan:
    """How one canonical field is read: from which column, with which parser."""

    field: Field
    index: int
    header: str
    parse: Parser


@dataclass
class Chunk:
    """Rows converted to canonical values, column-wise.

    Attributes:
        numbers: the row number in the file of each row.
        raw: the raw rows (for the values shown in the report and the extra columns).
        values: field name → one canonical value per row (None when empty or unreadable).
        problems: field name → {row position: message} for cells that could not be read.
    """

    numbers: list[int]
    raw: list[Sequence[Any]]
    values: dict[str, list[Any]] = field(default_factory=dict)
    problems: dict[str, dict[int, Message]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.numbers)


def build_plan(kind: Kind, indexes: dict[str, int], header: Sequence[str], sample: Sequence[Sequence[Any]], *,
               day_first: bool | None, decimal_comma: bool | None, percent: str) -> list[ColumnPlan]:
    """Choose a parser for each mapped field, deciding dates and numbers from the column's sample values."""
    plan = []
    for name, index in indexes.items():
        f = kind.field(name)
        values = [row[index] for row in sample if index < len(row)]
        plan.append(ColumnPlan(f, index, header[index], _parser(f.type, values, day_first, decimal_comma, percent)))
    return plan


def _parser(kind: str, values: list[Any], day_first: bool | None, decimal_comma: bool | None, percent: str) -> Parser:
    if kind == EMAIL:
        return lambda v: n.normalise_email(v) or None
    if kind == DATETIME:
        try:
            return n.detect_date_format(values, day_first=day_first).parse
        except ValueError:
            return n.detect_date_format([], day_first=day_first).parse
    if kind == BOOL:
        return n.parse_bool
    if kind == LIST:
        return lambda v: n.split_tags(v) or None
    if kind in (NUMBER, INTEGER, MONEY, PERCENT):
        try:
            number = n.detect_number_format(values, decimal_comma=decimal_comma)
        except ValueError:
            number = n.detect_number_format([], decimal_comma=decimal_comma)
        if kind == NUMBER:
            return number.parse
        if kind == INTEGER:
            return lambda v: n.parse_int(v, number)
        if kind == PERCENT:
            return lambda v: n.parse_percent(v, assume=percent, fmt=number)
        return lambda v: _cents(number.parse(v))
    return n.clean_text


def _cents(value: float | None) -> int | None:
    return None if value is None else n.to_cents(value)


def convert(plan: Sequence[ColumnPlan], numbers: list[int], rows: list[Sequence[Any]]) -> Chunk:
    """Convert a chunk of raw rows with `plan`: each column in one pass; a column where a cell cannot be
    read is done again cell by cell to record which."""
    chunk = Chunk(numbers, rows)
    for column in plan:
        cells = list(map(itemgetter(column.index), rows))
        try:
            chunk.values[column.field.name] = _FAST[column.field.type](column.parse, cells)
        except (ValueError, TypeError, ArithmeticError):
            chunk.values[column.field.name], chunk.problems[column.field.name] = _convert_slowly(column, cells)
    return chunk


def _memoised(parse: Parser, cells: list[Any]) -> list[Any]:
    """Parse each distinct value once: counts, flags, labels and amounts repeat a lot down a column."""
    memo: dict[Any, Any] = {"": None, None: None}
    out: list[Any] = []
    append = out.append
    for cell in cells:
        try:
            append(memo[cell])
        except KeyError:
            value = memo[cell] = parse(cell)
            append(value)
    return out


def _emails(parse: Parser, cells: list[Any]) -> list[Any]:
    """E-mails are all different: the common text cell is trimmed and lower-cased inline."""
    return [(c.strip(n.BLANKS).lower() or None) if type(c) is str else parse(c) for c in cells]


def _dates(parse: Parser, cells: list[Any]) -> list[Any]:
    """DateFormat.parse has its own caches (day and clock parts); empty cells are skipped inline."""
    return [parse(c) if c else None for c in cells]


_FAST: dict[str, Callable[[Parser, list[Any]], list[Any]]] = {EMAIL: _emails, DATETIME: _dates}
_FAST.update({kind: _memoised for kind in (TEXT, NUMBER, INTEGER, MONEY, PERCENT, BOOL, LIST)})


def _convert_slowly(column: ColumnPlan, cells: list[Any]) -> tuple[list[Any], dict[int, Message]]:
    """Cell by cell, recording the cells that cannot be read (the fast path met at least one)."""
    out: list[Any] = []
    problems: dict[int, Message] = {}
    template = _MESSAGES.get(column.field.type, BAD_NUMBER)
    for position, cell in enumerate(cells):
        if cell == "" or cell is None:
            out.append(None)
            continue
        try:
            out.append(column.parse(cell))
        except (ValueError, TypeError, ArithmeticError):
            out.append(None)
            problems[position] = template(value=str(cell).strip())
    return out, problems
