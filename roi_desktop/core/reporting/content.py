"""What the workbook says, independent of the library that writes it: sheets of titled tables of typed cells.

The content is built once (sheets.py, summary.py, reference.py) and then written (workbook.py) or shown
(the Export page's preview of the Summary). Cells hold real values — numbers, dates, text — with a `kind`
that decides their number format; a cell computed in the workbook is a `Formula` over other columns of its
row (or a `Sum` of the column), carrying the value it must give. A formula is only used where it gives the
app's own figure (`derive`); otherwise the figure is written as a plain number, so the workbook never says
anything the app does not.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

# Kinds of cells: how a value is formatted.
TEXT, COUNT, MONEY, RATIO, DAYS, DATE, MONTH, POINTS, GROWTH, INTEGER, DATETIME, DECIMAL = (
    "text", "count", "money", "ratio", "days", "date", "month", "points", "growth", "integer", "datetime", "decimal",
)
TREND = "trend"
"""A column of sparklines: each cell holds the KPI id whose monthly series the sparkline draws."""
"""count: thousands separators (one decimal when not whole); money: the workspace currency; decimal: an amount
in no stated currency; ratio: a fraction shown as %; points: percentage points; growth: a relative change in
%; integer: an identifier (no separator)."""

# Operations a Formula may use, over the columns it names (a, b).
RATIO_OP, MONEY_RATIO_OP, ROI_OP, SHARE_OP, DIFF_OP, POINTS_OP, GROWTH_OP, DAYS_OP = (
    "ratio", "money_ratio", "roi", "share", "diff", "points", "growth", "days_between",
)


@dataclass(frozen=True)
class Formula:
    """A cell computed from cells of the same row: `op` over the columns `columns` (indices in the table).

    Attributes:
        cached: the value the formula gives, written with it (readers that do not recalculate show it).
    """

    op: str
    columns: tuple[int, ...]
    cached: Any


@dataclass(frozen=True)
class Sum:
    """A totals-row cell: the sum of the data cells above it."""

    cached: float


@dataclass(frozen=True)
class Cell:
    """A value with its own kind (the Summary mixes units in one column) and a tone.

    Attributes:
        tone: "" | "good" | "bad" (a change for the better or the worse) | "alert" (breaches a threshold) |
            "section" (a heading row inside a table) | "muted".
    """

    value: Any
    kind: str | None = None
    tone: str = ""


@dataclass(frozen=True)
class Column:
    """A column of a table: its header, the kind of its values, and the KPI it shows (if any)."""

    header: str
    kind: str
    kpi: str | None = None
    width: float | None = None
    wrap: bool = False
    signed: bool = False


@dataclass(frozen=True)
class Chart:
    """A native chart of a table's rows: `bars` columns as columns, `lines` as lines on a second axis."""

    title: str
    bars: tuple[int, ...] = ()
    lines: tuple[int, ...] = ()
    kind: str = "column"  # column | pie


@dataclass
class Table:
    """A titled table: header row, data rows, an optional totals row, notes under it, an optional chart."""

    key: str
    title: str
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)
    total: list[Any] | None = None
    notes: list[str] = field(default_factory=list)
    chart: Chart | None = None
    filter: bool = False
    header: bool = True

    def column_of(self, kpi_id: str) -> int | None:
        return next((i for i, c in enumerate(self.columns) if c.kpi == kpi_id), None)


@dataclass
class Sheet:
    """A worksheet: a title, lines under it, its tables top to bottom.

    Attributes:
        freeze: "table" freezes the rows down to the first table's header (one main table); "title" the
            title lines and the label column (sheets of several tables).
        one_page: printed on one page (the Summary a manager hands out).
    """

    key: str
    name: str
    title: str
    intro: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    freeze: str = "title"
    one_page: bool = False

    def table(self, key: str) -> Table | None:
        return next((t for t in self.tables if t.key == key), None)


@dataclass
class WorkbookContent:
    """Everything the workbook holds, and its document properties."""

    title: str
    author: str
    subject: str
    language: str
    currency: str
    created: datetime
    sheets: list[Sheet] = field(default_factory=list)
    period: Any = None
    keywords: str = ""
    comments: str = ""

    def sheet(self, key: str) -> Sheet | None:
        return next((s for s in self.sheets if s.key == key), None)


# ---- Formulas that must give the app's figure


def plain(value: Any) -> Any:
    """The value of a cell whatever its wrapper."""
    if isinstance(value, Cell):
        return plain(value.value)
    if isinstance(value, Formula | Sum):
        return value.cached
    return value


def evaluate(op: str, a: Any, b: Any) -> Any:
    """What the workbook formula `op` gives on a and b (blank cells count as 0, as in Excel); None for "".

    Money ratios round to the cent like the KPI engine (half away from zero, as Excel's ROUND)."""
    a = _number(a)
    b = _number(b)
    if op == DIFF_OP:
        return a - b
    if op == POINTS_OP:
        return round_half_away((a - b) * 100, 1)  # ROUND(…, 1): never "-0.0 pt"
    if op == DAYS_OP:
        return a - b
    if op == SHARE_OP:
        return None if a + b == 0 else a / (a + b)
    if b == 0:
        return None
    if op == RATIO_OP:
        return a / b
    if op == MONEY_RATIO_OP:
        return round_half_away(a / b, 2)
    if op == ROI_OP:
        return (a - b) / b
    if op == GROWTH_OP:
        return (a - b) / abs(b)
    raise ValueError(f"unknown formula {op!r}")


def derive(op: str, columns: tuple[int, ...], row: list[Any], expected: Any) -> Any:
    """A Formula over `columns` of `row` when it gives `expected` (the app's figure), else `expected`.

    With `expected` None the formula must give "" (an empty cell); a missing operand makes it a number."""
    operands = [plain(row[i]) for i in columns]
    if any(isinstance(v, str) for v in operands):
        return expected
    found = evaluate(op, *operands)
    if same(found, expected, money=op == MONEY_RATIO_OP):
        return Formula(op, columns, expected if expected is not None else found)
    return expected


def total_sum(values: list[Any], expected: Any) -> Any:
    """A Sum of the column when it adds up to `expected`, else `expected` (stock figures, people counted in
    two tools, rates)."""
    numbers = [plain(v) for v in values]
    if not numbers or any(v is not None and not isinstance(v, int | float) for v in numbers):
        return expected
    found = sum(v for v in numbers if v is not None)
    return Sum(expected) if expected is not None and same(found, expected, money=True) else expected


def same(found: Any, expected: Any, *, money: bool = False) -> bool:
    if found is None or expected is None:
        return found is None and expected is None
    tolerance = 0.0051 if money else 1e-9 * max(1.0, abs(expected))
    return math.isclose(found, expected, rel_tol=0, abs_tol=tolerance)


def round_half_away(value: float, digits: int) -> float:
    scale = 10 ** digits
    return math.copysign(math.floor(abs(value) * scale + 0.5 + 1e-9) / scale, value)


def _number(value: Any) -> float:
    if value is None or value == "":
        return 0
    if isinstance(value, datetime):
        return value.toordinal() + (value - datetime.combine(value.date(), datetime.min.time())).seconds / 86400
    if isinstance(value, date):
        return value.toordinal()
    return value
