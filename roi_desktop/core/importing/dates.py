"""Dates in exported files → canonical text ('YYYY-MM-DD', 'YYYY-MM-DD HH:MM:SS'), fast enough for a million rows.

Each tool writes dates its own way (Brevo `09-07-2024 10:00:07`, Mautic `January 1, 2024 10:26 am`,
ActiveCampaign `03/14/2024 11:00 AM`, GA4 `20240101`, a French Excel `05/03/2024 14:15`, a workbook real date
cells or serial numbers). Guessing per cell is both slow and wrong: `03/04/2024` is ambiguous alone but not in
a column that also holds `25/04/2024`. So `detect_date_format` decides the layout once per file column from a
sample, and the `DateFormat` it returns is applied to every cell of that column:

* fast path: a value in the column's most common fixed-width layout (`dd-mm-yyyy HH:MM:SS`, `yyyy-mm-dd`…)
  is cut in two by slicing, and each part is looked up in a cache of parts already checked (the calendar
  once per distinct day, the clock once per distinct reading): two slices and two dict look-ups, no regex,
  and an empty cell costs one test;
* slow path: any other layout (a mixed column, month names, am/pm, offsets) goes through a few regexes read
  with the column's day/month order — never `strptime`, which is slow and depends on the locale.

Days and times are kept as written: no time-zone conversion (KPIs count months as the file shows them).
`Cell` and `is_empty` live here because this is the lowest layer of normalisation; import everything from
`roi_desktop.core.importing.normalise`, which re-exports this module.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from itertools import islice

Cell = str | int | float | bool | date | datetime | None
"""One cell as a reader yields it: str from CSV (raw), any of these from a workbook (python-calamine)."""

#: Characters that count as blank around a value: every Unicode space (with the no-break spaces U+00A0 and
#: U+202F that French locales and Excel put in numbers) plus zero-width marks and a stray byte-order mark.
BLANKS = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace()) + "\u200b\u200c\u200d\u2060\ufeff"

_SAMPLE_SIZE = 300
_EXCEL_EPOCH = datetime(1899, 12, 30)  # 1900 date system, right from serial 61 (Lotus's fake 1900-02-29 is 60)
_FIRST_SERIAL, _END_OF_SERIALS = 61, 2_958_466  # 1900-03-01 .. 9999-12-31
_PLAUSIBLE_SERIALS = (20_000, 80_000)  # 1954-10-03 .. 2119-01-10: a bare number there is taken as a date
_YYYYMMDD = (19_000_101, 29_991_231)  # GA4 `Date` typed as a number once Excel has opened the file
_LAST_YEAR = 2199
"""Later dates are placeholders, not dates: exports write "never" as 31/12/9999, and read as a day it pushed
activity windows past the calendar's end (year 10000) and spans of 95,000 months. They are read as unreadable
dates: the value is left empty and the import report says so."""

_MONTH_NAMES = (
    "january janvier", "february février fevrier", "march mars", "april avril", "may mai", "june juin",
    "july juillet", "august août aout", "september septembre", "october octobre", "november novembre",
    "december décembre decembre",
)  # fmt: skip


def _split_clock(value: str) -> tuple[str, str]:
    """("January 1, 2024", "10:26 am") from "January 1, 2024 10:26 am", by string splitting (a regex search
    per cell cost more than the whole cached parse); ("", "") when the value does not end with a clock."""
    head, _, last = value.rpartition(" ")
    if last.lower().rstrip(".") in ("am", "pm", "a.m", "p.m"):
        head, _, clock = head.rpartition(" ")
        last = f"{clock} {last}"
    if not head or not _CLOCK_TEXT.fullmatch(last):
        return "", ""
    return head, last


def _month_lookup() -> dict[str, int]:
    """Every unambiguous prefix of 3+ letters of the English and French month names ('janv', 'févr', 'sept').

    Prefixes rather than a list of abbreviations because each tool abbreviates its own way; 'jui' (juin or
    juillet) is left out since it names two months.
    """
    found: dict[str, set[int]] = {}
    for number, names in enumerate(_MONTH_NAMES, start=1):
        for name in names.split():
            for end in range(3, len(name) + 1):
                found.setdefault(name[:end], set()).add(number)
    return {prefix: numbers.pop() for prefix, numbers in found.items() if len(numbers) == 1}


_MONTHS = _month_lookup()
_WORD = r"[a-zà-ÿ]+"  # text is lower-cased before matching
# A clock after the date: 'T', a space, ', ' or ' at '/' à '; 'h' is the French separator (14h15).
_TIME = (
    r"(?:t|,?\s+(?:at\s+|à\s+)?)(?P<H>\d{1,2})[:h](?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?"
    r"(?:\s*(?P<ap>[ap])\.?m\.?)?(?:\s*(?P<tz>z|[+-]\d{2}:?\d{2}))?"
)
_LAYOUTS = tuple(
    (kind, re.compile(pattern + f"(?:{_TIME})?"))
    for kind, pattern in (
        ("iso", r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"),
        ("numeric", r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"),
        ("compact", r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})"),
        # [Mon, ]Jan 18[th][,] 2024 — the weekday needs its comma, or 'January 1' would backtrack through it
        ("month_first", rf"(?:{_WORD}\.?,\s*)?(?P<mon>{_WORD})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
                        r"(?P<y>\d{4})"),
        # [mardi ]1er juillet 2024, 18 janv. 2024, 18-Jan-2024
        ("day_first", rf"(?:{_WORD}\.?,?\s+)?(?P<d>\d{{1,2}})(?:er|st|nd|rd|th)?[\s-]+(?P<mon>{_WORD})\.?"
                      r"(?:,?\s+|-)(?P<y>\d{4})"),
    )
)  # fmt: skip
_COMPACT = dict(_LAYOUTS)["compact"]
# The fixed-width layouts the fast path can cut by position (digits written 'd' in a template).
_FIXED = re.compile(r"\d{8}|(?:\d{4}-\d\d-\d\d|\d\d([-/.])\d\d\1\d{4})(?:[ T]\d\d:\d\d(?::\d\d)?)?")
_AS_TEMPLATE = str.maketrans("0123456789", "dddddddddd")
_PLAIN_CLOCK = re.compile(r"[ T]\d\d:\d\d(?::\d\d)?")
# The time closing a text date, as the word layouts write it ("10:26 am", "14h15"); never an offset.
_CLOCK_TEXT = re.compile(r"\d{1,2}[:h]\d{2}(?::\d{2})?(?: [aApP]\.?[mM]\.?)?")


# The clock caches of every DateFormat (the fast path's ' HH:MM:SS' readings, the word layouts' '10:26 am'):
# what a clock reads does not depend on the column, so one import's files share what earlier files learnt
# instead of each of the 25 recipient files of an import re-checking the same 86,400 possible readings.
# Keys are only validated clocks of fixed shapes, so the dictionaries stay below about 200,000 entries.
# Measured on the 24 Brevo files of scale 38 (6 date columns, 4.76 M cells): 3.0–4.2 s → 2.6–2.8 s CPU.
_CLOCKS: dict[str, str] = {}
_TEXT_CLOCKS: dict[str, str] = {}


def is_empty(value: Cell) -> bool:
    """True for a missing cell: None, "" or blanks only (a formula without cached value also reads as "")."""
    return value is None or (isinstance(value, str) and not value.strip(BLANKS))


def _match_text(value: str) -> tuple[str, re.Match[str]] | None:
    """The layout kind a text date is written in, with its match, or None when no layout fits."""
    text = value.strip(BLANKS).lower()
    for kind, pattern in _LAYOUTS:
        match = pattern.fullmatch(text)
        if match:
            return kind, match
    return None


def _build(value: Cell, kind: str, match: re.Match[str], day_first: bool) -> tuple[str, str]:
    """(day, timestamp) from a matched text, checking the calendar (31/02 fails) and the clock."""
    try:
        if kind == "numeric":
            first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
            day, month = (first, second) if day_first else (second, first)
            if year < 100:
                year += 2000 if year < 30 else 1900  # Excel's pivot for two-digit years
        else:
            day, year = int(match["d"]), int(match["y"])
            month = int(match["m"]) if kind in ("iso", "compact") else _MONTHS[match["mon"]]
        if year > _LAST_YEAR:
            raise ValueError
        iso = date(year, month, day).isoformat()
        if match["H"] is None:
            return iso, iso
        hour, minute, second = int(match["H"]), int(match["M"]), int(match["S"] or 0)
        if match["ap"]:
            if not 1 <= hour <= 12:
                raise ValueError
            hour = hour % 12 + (12 if match["ap"] == "p" else 0)  # 12 am is 00:xx, 12 pm is 12:xx
        if hour > 23 or minute > 59 or second > 59:
            raise ValueError
    except (KeyError, ValueError):
        raise ValueError(f"not a date: {value!r}") from None
    zone = match["tz"]
    offset = "" if not zone else "Z" if zone == "z" else f"{zone[:3]}:{zone[-2:]}"  # +0200 → +02:00
    return iso, f"{iso} {hour:02d}:{minute:02d}:{second:02d}{offset}"


def _is_yyyymmdd(number: float) -> bool:
    low, high = _YYYYMMDD
    return low <= number <= high and number == int(number)


def _describe(value: Cell, day_first: bool) -> str:
    """The layout of one value in the words the import wizard shows ('dd/mm/yyyy HH:MM')."""
    if isinstance(value, date):
        return "date cells"
    if isinstance(value, int | float):
        return "yyyymmdd" if _is_yyyymmdd(value) else "excel serial"
    kind, match = _match_text(str(value)) or ("", None)
    if match is None:
        return ""
    sep = match["sep"] if kind in ("iso", "numeric") else ""
    if kind == "numeric":
        year = "yyyy" if len(match["y"]) == 4 else "yy"
        text = sep.join(["dd", "mm", year] if day_first else ["mm", "dd", year])
    else:
        names = {"iso": f"yyyy{sep}mm{sep}dd", "compact": "yyyymmdd", "month_first": "month d, yyyy"}
        text = names.get(kind, "d month yyyy")
    if match["H"]:
        text += " HH:MM" + (":SS" if match["S"] else "") + (" am/pm" if match["ap"] else "")
        text += "+HH:MM" if match["tz"] else ""
    return text


class DateFormat:
    """How the dates of one file column are written; built by `detect_date_format`, then applied to each cell.

    Attributes:
        name: the column's main layout for people ('dd-mm-yyyy HH:MM:SS', 'month d, yyyy HH:MM am/pm').
        day_first: how an ambiguous numeric date (03/04/2024) is read in this column.
    """

    def __init__(self, name: str, *, day_first: bool = True, template: str = "", any_serial: bool = False) -> None:
        """`template` is the fast-path layout with digits as 'd' ('dd-dd-dddd dd:dd:dd'), "" for none;
        `any_serial` accepts Excel serials outside the plausible range (the column's other values are dates)."""
        self.name = name
        self.day_first = day_first
        self._template = template
        self._any_serial = any_serial
        # The fast path: two caches filled from values of the template's exact shape once fully parsed, one
        # from the date part as written (first 10 characters, all 8 of yyyymmdd) to the ISO day, one from
        # the rest (' 10:00', 'T10:00:07', "") to ' HH:MM:SS'. Only a value made of two known parts is
        # answered from them, so the calendar and the clock are each checked once. They stay small: a column
        # has a few thousand distinct days and at most 86,400 distinct clock readings.
        self._days: dict[str, str] = {}
        self._clocks = _CLOCKS
        self._text_days: dict[str, str] = {}
        self._text_clocks = _TEXT_CLOCKS

    def __repr__(self) -> str:
        return f"DateFormat({self.name!r}, day_first={self.day_first})"

    def parse(self, value: Cell) -> tuple[str, str] | None:
        """None when empty; else (day, timestamp): day = 'YYYY-MM-DD' as written (no time-zone conversion),
        timestamp = 'YYYY-MM-DD HH:MM:SS' or 'YYYY-MM-DD' when the value has no time, with a written offset
        ('Z', '+02:00') kept at the end. Raises ValueError naming the value when it is not a date."""
        if type(value) is str:  # the hot path: two slices and two dict look-ups per cell
            if not value:
                return None
            try:
                day = self._days[value[:10]]
                return day, day + self._clocks[value[10:]]
            except KeyError:
                return self._parse_text(value)
        return None if value is None else self._parse_object(value)

    def _parse_text(self, value: str) -> tuple[str, str] | None:
        """The slow path: any layout, read with the column's day/month order; feeds the fast path's caches.

        Two shortcuts come first. A known day with a time not seen yet (' 10:00:07': a recipient export has a
        new second on nearly every row) is checked by slicing. Layouts with words ("January 1, 2024 10:26 am")
        have no fixed width, so a second pair of caches keys their date words and their clock separately:
        each distinct day and time goes through the regexes once.
        """
        day = self._days.get(value[:10])
        if day is not None:
            clock = self._new_clock(value[10:])
            if clock is not None:
                return day, day + clock
        # A word layout whose day and clock are both known: looked up before `_split_clock` checks the clock
        # ("10:26" is the last word, "10:26 am" the last two), which gives the same split for any clock in
        # the cache. Mautic's 222,238 rows at scale 38, two date columns: 1.36–1.47 s → 1.24 s CPU.
        head, _, last = value.rpartition(" ")
        clock = self._text_clocks.get(last)
        if clock is None:
            head = head.rpartition(" ")[0]
            clock = self._text_clocks.get(value[len(head) + 1 :])
        if clock is not None:
            day = self._text_days.get(head)
            if day is not None:
                return day, day + clock
        head, clock_text = _split_clock(value)
        if clock_text:
            day = self._text_days.get(head)
            clock = self._text_clocks.get(clock_text) if day is not None else None
            if day is not None and clock is not None:
                return day, day + clock
        found = _match_text(value)
        if found is None:
            if is_empty(value):
                return None
            raise ValueError(f"not a date: {value!r}")
        day, stamp = _build(value, *found, self.day_first)
        if value.translate(_AS_TEMPLATE) == self._template:
            self._days[value[:10]] = day
            self._clocks[value[10:]] = stamp[10:]
        elif clock_text and len(stamp) == 19:
            self._text_days[head] = day
            self._text_clocks[clock_text] = stamp[10:]
        return day, stamp

    def _new_clock(self, tail: str) -> str | None:
        """' HH:MM[:SS]' after a known day, checked by slicing and remembered; None for anything else."""
        if not _PLAIN_CLOCK.fullmatch(tail):
            return None
        hour, minute, second = int(tail[1:3]), int(tail[4:6]), int(tail[7:9] or 0)
        if hour > 23 or minute > 59 or second > 59:
            return None
        clock = self._clocks[tail] = f" {hour:02d}:{minute:02d}:{second:02d}"
        return clock

    def _parse_object(self, value: Cell) -> tuple[str, str]:
        """Workbook cells: real dates, and numbers that are Excel serials or yyyymmdd."""
        if isinstance(value, date) and value.year > _LAST_YEAR:
            raise ValueError(f"not a date: {value!r}")
        if isinstance(value, datetime):
            stamp = value.isoformat(" ", "seconds")
            return stamp[:10], stamp
        if isinstance(value, date):
            return value.isoformat(), value.isoformat()
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
            if _is_yyyymmdd(value) and (match := _COMPACT.fullmatch(str(int(value)))):
                return _build(value, "compact", match, self.day_first)
            low, high = _PLAUSIBLE_SERIALS
            if low <= value < high or (self._any_serial and _FIRST_SERIAL <= value < _END_OF_SERIALS):
                return self._from_serial(value)
        raise ValueError(f"not a date: {value!r}")

    @staticmethod
    def _from_serial(serial: float) -> tuple[str, str]:
        """Excel serial → day, with the time of day from the fraction (to the nearest second) if any."""
        whole = int(serial)
        try:  # .999999 of the calendar's last day rounds to the day after it
            stamp = _EXCEL_EPOCH + timedelta(days=whole, seconds=round((serial - whole) * 86_400))
        except OverflowError:
            raise ValueError(f"not a date: {serial!r}") from None
        if stamp.year > _LAST_YEAR:
            raise ValueError(f"not a date: {serial!r}")
        if whole == serial:
            return stamp.date().isoformat(), stamp.date().isoformat()
        return stamp.date().isoformat(), stamp.isoformat(" ")


def detect_date_format(samples: Iterable[Cell], *, day_first: bool | None = None) -> DateFormat:
    """Decide how one file column writes its dates, from up to 300 of its non-empty values.

    Numeric dates are read day first if some first component is > 12, month first if some second component
    is (the larger count wins if both), else as `day_first` says (the caller knows the file's language or
    source), day first when None. The fast path takes the most common fixed-width layout. With no
    non-empty sample the format still parses every layout. Raises ValueError when fewer than half of the
    sample values are dates (the caller then treats the column as text).
    """
    values = list(islice((value for value in samples if not is_empty(value)), _SAMPLE_SIZE))
    texts = [value for value in values if isinstance(value, str)]
    matches = [found for found in map(_match_text, texts) if found]
    numeric = [match for kind, match in matches if kind == "numeric"]
    firsts = sum(int(match["a"]) > 12 for match in numeric)
    seconds = sum(int(match["b"]) > 12 for match in numeric)
    order = firsts > seconds if firsts != seconds else day_first is not False
    shapes = Counter(text.translate(_AS_TEMPLATE) for text in texts if _FIXED.fullmatch(text))
    template = shapes.most_common(1)[0][0] if shapes else ""
    any_serial = bool(matches) or any(isinstance(value, date) for value in values)
    fmt = DateFormat("any layout", day_first=order, template=template, any_serial=any_serial)
    layouts: Counter[str] = Counter()
    for value in values:
        try:
            fmt.parse(value)
        except ValueError:
            continue
        layouts[_describe(value, order)] += 1
    parsed = sum(layouts.values())
    if parsed * 2 < len(values):
        raise ValueError(f"not a date column: only {parsed} of {len(values)} sample values are dates")
    if layouts:
        fmt.name = layouts.most_common(1)[0][0]
    return fmt
