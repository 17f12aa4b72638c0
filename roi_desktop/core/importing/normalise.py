"""Raw cells → canonical values: e-mails, dates, numbers, money, percentages, booleans, lists, text (FR/EN).

Readers hand over cells as the file has them (CSV text, untouched; workbook numbers, dates, booleans), and
the same field is written differently by each tool and each locale: `57718,40`, `1,751`, `1 234,50 €`,
`39.29%`, `Oui`, `"Newsletter","Artisans"`. Everything here accepts any `Cell` and either returns the
canonical value, None for an empty cell, or raises ValueError naming the value, which the validator turns
into a row error.

Whatever depends on the column rather than on the cell — day/month order, decimal comma or thousands comma —
is decided once per file column from a sample (`detect_date_format`, `detect_number_format`), because a
single `03/04/2024` or `1,751` cannot be read right alone, and because per-cell guessing would cost too much
on a million-row file. The dates live in `dates.py` (re-exported here); import everything from this module.

Formula-looking text (`=HYPERLINK(…)`, `+33 6…`, `@SUM(A1)`) is only ever data here: nothing is evaluated.
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from itertools import islice

from roi_desktop.core.importing.dates import BLANKS, Cell, DateFormat, detect_date_format, is_empty

__all__ = [
    "EMAIL_PATTERN",
    "Cell",
    "DateFormat",
    "NumberFormat",
    "clean_text",
    "detect_date_format",
    "detect_number_format",
    "is_empty",
    "is_valid_email",
    "normalise_email",
    "parse_bool",
    "parse_int",
    "parse_percent",
    "split_multi",
    "split_tags",
    "to_cents",
]

# ---- Text and e-mails

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _text(value: Cell) -> str:
    """A cell as text, stripped of blanks. Whole floats lose their '.0': a workbook turns postcodes, phone
    numbers and ids typed as numbers into floats, and '69001.0' is not what the user typed."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return "" if value is None else str(value).strip(BLANKS)


def clean_text(value: Cell) -> str | None:
    """The cell as text, stripped (inner spaces kept), or None if empty; formulas stay plain text."""
    return _text(value) or None


def normalise_email(value: Cell) -> str:
    """Trimmed (also no-break and zero-width spaces) and lower-cased, "" if empty: the key to deduplicate
    contacts across tools that keep the case as typed (`R.Lambert@Menuiserie-bellecour.Example.com`)."""
    return _text(value).lower()


def is_valid_email(email: str) -> bool:
    """Whether a normalised e-mail is plausible (one @, a dot in the domain, no spaces)."""
    return EMAIL_PATTERN.fullmatch(email) is not None


# ---- Booleans and lists

_TRUE = frozenset({"yes", "oui", "true", "vrai", "y", "o", "1", "1.0", "x", "✓", "✔"})
_FALSE = frozenset({"no", "non", "false", "faux", "n", "0", "0.0"})


def parse_bool(value: Cell) -> bool | None:
    """Yes/No, Oui/Non, True/False, Vrai/Faux, Y/N, O/N, 1/0, x or ✓ for true; None if empty."""
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if not text:
        return None
    raise ValueError(f"not a yes/no value: {value!r}")


def _unique(items: Iterable[str]) -> list[str]:
    """Items trimmed, empty ones dropped, first occurrence kept: a list cell read twice stays the same."""
    return list(dict.fromkeys(item for item in (part.strip(BLANKS) for part in items) if item))


def split_multi(value: Cell, separators: str = ";") -> list[str]:
    """Split a multi-valued cell on any of the (non-empty) `separators`: HubSpot checkboxes 'a;b'."""
    text = _text(value)
    return _unique(re.split(f"[{re.escape(separators)}]", text)) if text else []


def split_tags(value: Cell) -> list[str]:
    """Tags as each tool writes them: Mailchimp '"Newsletter","Artisans"' (CSV inside the cell), HubSpot
    'a;b', ActiveCampaign 'webinaire, artisan'. A ';' wins over ',' since a tag may contain a comma."""
    text = _text(value)
    if text.startswith('"'):
        try:
            return _unique(next(csv.reader([text], skipinitialspace=True)))
        except csv.Error:  # quoted tags on several lines ('"a"⏎"b"'): each line or comma is a tag
            return split_multi(text.replace('"', ""), ",\r\n")
    return split_multi(text, ";" if ";" in text else ",")


# ---- Numbers

_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
_PLAIN_INTEGER = re.compile(r"[+-]?\d+")
_CURRENCY = r"[€$£¥]|[a-z]{1,3}\$|[a-z]{3}"  # €, US$, EUR, CHF…
_NUMBER = re.compile(
    rf"""(?P<paren>\()?\s*(?P<sign>[-+])?\s*(?:(?:{_CURRENCY})\s*(?P<sign2>[-+])?\s*)?
    (?P<digits>\d(?:[\d.,'’\s]*\d)?|[.,]\d+)\s*(?P<percent>%)?\s*(?:{_CURRENCY})?\s*(?(paren)\))""",
    re.VERBOSE | re.IGNORECASE,
)
_GROUPING = str.maketrans({"'": " ", "’": " ", "\u00a0": " ", "\u202f": " "})  # never a decimal separator
_GROUPED = re.compile(r"\d*|\d{1,3}(?P<sep>[ ,.])\d{3}(?:(?P=sep)\d{3})*")
_THOUSANDS_HEAD = re.compile(r"[1-9]\d{0,2}")


def _decimal_separator(digits: str, decimal_comma: bool | None) -> str | None:
    """Which of ',' and '.' is the decimal separator in `digits`, None when neither is.

    Only one form is ambiguous: a single separator with 1–3 digits (not a lone 0) before it and exactly 3
    after ('1,751', '1.751'); there the column's choice decides, and None means 'thousands' (the caller
    expects a whole number). Every other form shows its own answer: both separators (the last is decimal),
    one separator repeated (thousands), 1–2 or 4+ digits after it, or a space grouping before it.
    """
    commas, dots = digits.count(","), digits.count(".")
    if commas and dots:
        return "," if digits.rfind(",") > digits.rfind(".") else "."
    if commas + dots != 1:
        return None
    separator = "," if commas else "."
    head, tail = digits.split(separator)
    if len(tail) == 3 and _THOUSANDS_HEAD.fullmatch(head):
        return separator if (separator == ",") == decimal_comma else None
    return separator


def _shows_decimal_comma(digits: str) -> bool | None:
    """What one value proves about its column: True decimal comma, False decimal point, None nothing."""
    as_comma, as_point = _decimal_separator(digits, True), _decimal_separator(digits, False)
    if as_comma != as_point:
        return None  # '1,751': depends on the column
    if as_comma is not None:
        return as_comma == ","
    if "," in digits or "." in digits:
        return "." in digits  # '12,500,000' groups with commas, so its column's decimals are points
    return None


def _parse_number_text(text: str, decimal_comma: bool | None) -> tuple[float, bool]:
    """(number, written with a '%') from a non-empty text cell; ValueError when it is not one number."""
    match = _NUMBER.fullmatch(text.strip(BLANKS).replace("\u2212", "-"))  # U+2212 is the typographic minus
    if match is None:
        raise ValueError(f"not a number: {text!r}")
    digits = match["digits"].translate(_GROUPING)
    separator = _decimal_separator(digits, decimal_comma)
    whole, _, fraction = digits.rpartition(separator) if separator else (digits, "", "0")
    if not _GROUPED.fullmatch(whole) or not fraction.isdecimal():
        raise ValueError(f"not a number: {text!r}")
    number = float(re.sub(r"\D", "", whole) + "." + fraction)
    negative = match["paren"] is not None or "-" in (match["sign"] or "") + (match["sign2"] or "")
    return (-number if negative else number), match["percent"] is not None


def _number_cell(value: Cell) -> float:
    """A non-empty workbook cell that is not text: numbers pass through, anything else is not a number."""
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    raise ValueError(f"not a number: {value!r}")


@dataclass(frozen=True, slots=True)
class NumberFormat:
    """How the numbers of one file column are written; built by `detect_number_format`.

    Attributes:
        decimal_comma: whether an ambiguous '1,751' means 1.751 (and '1.751' means 1751) in this column.
    """

    decimal_comma: bool

    def parse(self, value: Cell) -> float | None:
        """The number as written ('39.29%' gives 39.29), None if empty; ValueError if not a number."""
        if type(value) is str:
            plain = _PLAIN_INTEGER if self.decimal_comma else _PLAIN_NUMBER
            if plain.fullmatch(value):  # the common case, without separators or symbols
                return float(value)
            return None if is_empty(value) else _parse_number_text(value, self.decimal_comma)[0]
        return None if value is None else _number_cell(value)


_POINT = NumberFormat(decimal_comma=False)


def detect_number_format(samples: Iterable[Cell], *, decimal_comma: bool | None = None) -> NumberFormat:
    """Decide the decimal separator of one file column from its text values (the first 1,000).

    Each value that shows its separator votes ('89,70' and '57718,40' for the comma, '12,500,000' and
    '1,234.50' for the point) and the majority wins. When no value shows it (only '1,751'-like or plain
    numbers), `decimal_comma` decides — the caller's hint from the file's language — and without a hint
    '1,751' is read as thousands.
    """
    texts = (value for value in samples if isinstance(value, str) and not is_empty(value))
    votes: Counter[bool | None] = Counter()
    for text in islice(texts, 1_000):
        match = _NUMBER.fullmatch(text.strip(BLANKS))
        if match is not None:
            votes[_shows_decimal_comma(match["digits"].translate(_GROUPING))] += 1
    if votes[True] != votes[False]:
        return NumberFormat(decimal_comma=votes[True] > votes[False])
    return NumberFormat(decimal_comma=bool(decimal_comma))


def parse_int(value: Cell, fmt: NumberFormat | None = None) -> int | None:
    """A whole number (a count), None if empty; ValueError for 12.5 or text. Without `fmt`, '1,751' and
    '1.751' are read as thousands, since a whole number is expected."""
    if type(value) is str:
        if _PLAIN_INTEGER.fullmatch(value):
            return storable(int(value))  # exact even for long ids, which a float would round
        if is_empty(value):
            return None
        number = _parse_number_text(value, fmt.decimal_comma if fmt else None)[0]
    elif value is None:
        return None
    else:
        number = _number_cell(value)
    if not number.is_integer():
        raise ValueError(f"not a whole number: {value!r}")
    return storable(int(number))


def storable(number: int) -> int:
    """`number` if SQLite can store it (a 64-bit integer), else ValueError: Python's integers have no limit,
    and a count or amount beyond it (a cell of 20 nines) used to stop the whole import at the INSERT."""
    if not -(2**63) <= number < 2**63:
        raise ValueError(f"too large: {number}")
    return number


def to_cents(value: float) -> int:
    """Money in whole cents, rounded half away from zero on the decimal value as written (0.285 → 29,
    -0.005 → -1): binary floats would round 0.285 down, since it is stored as 0.28499999…"""
    if not math.isfinite(value) or abs(value) >= 2**63 / 100:  # quantize fails beyond 28 digits
        raise ValueError(f"not an amount: {value!r}")
    return storable(int((Decimal(str(value)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)))


def parse_percent(value: Cell, *, assume: str = "auto", fmt: NumberFormat | None = None) -> float | None:
    """A rate as a fraction (0.3929), None if empty.

    '39.29%' and '71,00 %' are percents by their sign. Without a sign, `assume` says how the column is
    written: "percent" (Mautic's 'Read ratio' 33.2), "fraction" (GA4's 'Engagement rate' 0.6123), or
    "auto", where a value above 1 is a percent. Division is decimal so that 39.29% is exactly 0.3929.
    """
    if assume not in ("auto", "percent", "fraction"):
        raise ValueError(f"assume must be 'auto', 'percent' or 'fraction', not {assume!r}")
    if is_empty(value):
        return None
    if isinstance(value, str):
        number, percent_sign = _parse_number_text(value, (fmt or _POINT).decimal_comma)
    else:
        number, percent_sign = _number_cell(value), False
    if percent_sign or assume == "percent" or (assume == "auto" and abs(number) > 1):
        return float(Decimal(repr(number)) / 100)
    return number
