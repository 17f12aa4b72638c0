"""normalise.py (and dates.py behind it): raw cells → canonical values, with hand-computed expectations.

The first part pins each layout and rule on literal cells; the last part reads real columns of the sample
exports with the csv module and checks that detection plus parsing accepts every value, spot-checking a few.
"""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from roi_desktop.core.importing.normalise import (
    EMAIL_PATTERN,
    DateFormat,
    NumberFormat,
    clean_text,
    detect_date_format,
    detect_number_format,
    is_empty,
    is_valid_email,
    normalise_email,
    parse_bool,
    parse_int,
    parse_percent,
    split_multi,
    split_tags,
    to_cents,
)

# ---- Empty cells


@pytest.mark.parametrize("value", [None, "", " ", "\t\r\n", "\u00a0", "\u202f", " \u00a0\u202f ", "\u200b"])
def test_is_empty_for_missing_and_blank_cells(value: Any) -> None:
    assert is_empty(value)


@pytest.mark.parametrize("value", ["0", "x", " x ", 0, 0.0, False, date(2024, 1, 1)])
def test_is_empty_is_false_for_values_that_look_falsy(value: Any) -> None:
    assert not is_empty(value)


# ---- Dates: each layout, detected from a one-column sample and parsed


def parse_date(column: list[Any], value: Any, day_first: bool | None = None) -> tuple[str, str] | None:
    return detect_date_format(column, day_first=day_first).parse(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-01-01", ("2024-01-01", "2024-01-01")),
        ("2024-01-01 09:14", ("2024-01-01", "2024-01-01 09:14:00")),
        ("2024-01-01 09:14:00", ("2024-01-01", "2024-01-01 09:14:00")),
        ("2024-01-01T09:14:00", ("2024-01-01", "2024-01-01 09:14:00")),
        ("2024-01-01T09:14:00.123456", ("2024-01-01", "2024-01-01 09:14:00")),
        ("2024-01-01T09:14:00Z", ("2024-01-01", "2024-01-01 09:14:00Z")),
        ("2024-01-01T23:14:00.5+02:00", ("2024-01-01", "2024-01-01 23:14:00+02:00")),
        ("2024-01-01 09:14:00 -0500", ("2024-01-01", "2024-01-01 09:14:00-05:00")),
        ("20240101", ("2024-01-01", "2024-01-01")),
        ("25/12/2024", ("2024-12-25", "2024-12-25")),
        ("25/12/2024 09:05", ("2024-12-25", "2024-12-25 09:05:00")),
        ("25/12/2024 09:05:07", ("2024-12-25", "2024-12-25 09:05:07")),
        ("01-07-2024 09:00", ("2024-07-01", "2024-07-01 09:00:00")),  # Brevo contacts
        ("09-07-2024 10:00:07", ("2024-07-09", "2024-07-09 10:00:07")),  # Brevo recipients
        ("25.12.2024 18:30", ("2024-12-25", "2024-12-25 18:30:00")),
        ("Jan 18, 2024 09:00 am", ("2024-01-18", "2024-01-18 09:00:00")),  # Mailchimp
        ("Jun 13, 2024 08:00 pm", ("2024-06-13", "2024-06-13 20:00:00")),
        ("January 1, 2024 10:26 am", ("2024-01-01", "2024-01-01 10:26:00")),  # Mautic
        ("March 5, 2024 2:15 pm", ("2024-03-05", "2024-03-05 14:15:00")),
        ("September 9, 2024 6:01 pm", ("2024-09-09", "2024-09-09 18:01:00")),
        ("Mon, Apr 26, 2021 12:25", ("2021-04-26", "2021-04-26 12:25:00")),
        ("18 janv. 2024", ("2024-01-18", "2024-01-18")),
        ("5 mars 2024 14:15", ("2024-03-05", "2024-03-05 14:15:00")),
        ("1er juillet 2024", ("2024-07-01", "2024-07-01")),
        ("mardi 5 mars 2024 à 14h15", ("2024-03-05", "2024-03-05 14:15:00")),
        ("3 août 2024", ("2024-08-03", "2024-08-03")),
        ("3 aout 2024", ("2024-08-03", "2024-08-03")),
        ("1 decembre 2024", ("2024-12-01", "2024-12-01")),
        ("12 DÉC. 2024", ("2024-12-12", "2024-12-12")),
        ("29 févr. 2024", ("2024-02-29", "2024-02-29")),
        ("18 Jan 2024", ("2024-01-18", "2024-01-18")),
        ("  2024-01-01 09:14\u00a0", ("2024-01-01", "2024-01-01 09:14:00")),
    ],
)
def test_each_layout_parses_to_day_and_timestamp(value: str, expected: tuple[str, str]) -> None:
    assert parse_date([value], value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("03/14/2024 11:00 AM", ("2024-03-14", "2024-03-14 11:00:00")),  # ActiveCampaign
        ("03/14/2025", ("2025-03-14", "2025-03-14")),
        ("3/5/24 9:07", ("2024-03-05", "2024-03-05 09:07:00")),  # Excel for Mac M/D/YY H:MM
        ("12/31/99 23:59", ("1999-12-31", "1999-12-31 23:59:00")),  # Excel's pivot: 30–99 → 19xx
        ("1/2/29 0:00", ("2029-01-02", "2029-01-02 00:00:00")),
    ],
)
def test_us_layouts_with_the_month_first_hint(value: str, expected: tuple[str, str]) -> None:
    assert parse_date([value], value, day_first=False) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("03/14/2024 12:00 AM", "2024-03-14 00:00:00"),
        ("03/14/2024 12:59 am", "2024-03-14 00:59:00"),
        ("03/14/2024 12:00 PM", "2024-03-14 12:00:00"),
        ("03/14/2024 1:00 p.m.", "2024-03-14 13:00:00"),
        ("03/14/2024 11:59 PM", "2024-03-14 23:59:00"),
    ],
)
def test_twelve_hour_clock(value: str, expected: str) -> None:
    assert parse_date(["03/14/2024 11:00 AM"], value) == ("2024-03-14", expected)


def test_layout_names_tell_the_user_what_was_decided() -> None:
    assert detect_date_format(["09-07-2024 10:00:07"]).name == "dd-mm-yyyy HH:MM:SS"
    assert detect_date_format(["02/01/2024 19:37", "2024-01-08 07:44", "13/01/2024 08:00"]).name == "dd/mm/yyyy HH:MM"
    assert detect_date_format(["03/14/2024 11:00 AM"]).name == "mm/dd/yyyy HH:MM am/pm"
    assert detect_date_format(["January 1, 2024 10:26 am"]).name == "month d, yyyy HH:MM am/pm"
    assert detect_date_format(["5 mars 2024"]).name == "d month yyyy"
    assert detect_date_format(["20240101"]).name == "yyyymmdd"
    assert detect_date_format([45292.5]).name == "excel serial"
    assert detect_date_format([date(2024, 1, 1)]).name == "date cells"


# ---- Dates: day/month order is decided per column


def test_a_first_component_above_12_makes_the_column_day_first() -> None:
    fmt = detect_date_format(["03/04/2024", "25/04/2024"], day_first=False)  # the sample beats the hint
    assert fmt.day_first is True
    assert fmt.parse("03/04/2024") == ("2024-04-03", "2024-04-03")


def test_a_second_component_above_12_makes_the_column_month_first() -> None:
    fmt = detect_date_format(["03/04/2024", "04/25/2024"], day_first=True)
    assert fmt.day_first is False
    assert fmt.parse("03/04/2024") == ("2024-03-04", "2024-03-04")


def test_an_ambiguous_column_follows_the_hint_and_defaults_to_day_first() -> None:
    column = ["03/04/2024", "05/06/2024 10:00"]
    assert detect_date_format(column, day_first=False).parse("03/04/2024") == ("2024-03-04", "2024-03-04")
    assert detect_date_format(column, day_first=True).parse("03/04/2024") == ("2024-04-03", "2024-04-03")
    assert detect_date_format(column).parse("03/04/2024") == ("2024-04-03", "2024-04-03")


def test_conflicting_evidence_goes_to_the_majority() -> None:
    fmt = detect_date_format(["13/01/2024", "14/01/2024", "01/13/2024"])
    assert fmt.day_first is True
    assert fmt.parse("14/01/2024") == ("2024-01-14", "2024-01-14")
    with pytest.raises(ValueError, match="01/13/2024"):
        fmt.parse("01/13/2024")


def test_a_column_of_month_names_is_not_affected_by_the_hint() -> None:
    assert parse_date(["Jan 2, 2024"], "Jan 2, 2024", day_first=True) == ("2024-01-02", "2024-01-02")
    assert parse_date(["2 janv. 2024"], "2 janv. 2024", day_first=False) == ("2024-01-02", "2024-01-02")


# ---- Dates: mixed columns, the fast path and its caches


def test_a_mixed_column_parses_both_layouts_in_the_decided_order() -> None:
    # A French HubSpot export re-saved by Excel: dd/mm/yyyy HH:MM on most rows, ISO on some.
    column = ["02/01/2024 19:37", "03/01/2024 15:00", "2024-01-08 07:44", "10/01/2024 13:23"]
    fmt = detect_date_format(column)
    assert [fmt.parse(value) for value in column] == [
        ("2024-01-02", "2024-01-02 19:37:00"),
        ("2024-01-03", "2024-01-03 15:00:00"),
        ("2024-01-08", "2024-01-08 07:44:00"),
        ("2024-01-10", "2024-01-10 13:23:00"),
    ]
    # Other layouts consistent with the order are accepted too.
    assert fmt.parse("5/3/2024") == ("2024-03-05", "2024-03-05")
    assert fmt.parse("5 mars 2024 14:15") == ("2024-03-05", "2024-03-05 14:15:00")
    assert fmt.parse("2024-03-05T14:15:00Z") == ("2024-03-05", "2024-03-05 14:15:00Z")


def test_the_fast_path_gives_the_same_answer_every_time() -> None:
    fmt = detect_date_format(["09-07-2024 10:00:07"])
    values = ["09-07-2024 10:00:07", "10-07-2024 23:59:59", "09-07-2024 00:00:00", "09-07-2024 10:00:07"]
    expected = [
        ("2024-07-09", "2024-07-09 10:00:07"),
        ("2024-07-10", "2024-07-10 23:59:59"),
        ("2024-07-09", "2024-07-09 00:00:00"),
        ("2024-07-09", "2024-07-09 10:00:07"),
    ]
    assert [fmt.parse(value) for value in values] == expected
    assert [fmt.parse(value) for value in values] == expected  # now answered from the caches


def test_the_fast_path_pads_minutes_only_clocks() -> None:
    fmt = detect_date_format(["01-07-2024 09:00"])
    assert fmt.parse("01-07-2024 09:00") == ("2024-07-01", "2024-07-01 09:00:00")
    assert fmt.parse("01-07-2024 09:00") == ("2024-07-01", "2024-07-01 09:00:00")
    assert fmt.parse("01-07-2024") == ("2024-07-01", "2024-07-01")  # a known day without a clock


def test_a_value_of_the_same_length_but_another_layout_is_not_read_from_the_caches() -> None:
    # 'Jan 8, 2024 9:00' has the 16 characters of 'dd/mm/yyyy HH:MM': its pieces must not be reused.
    fmt = detect_date_format(["02/01/2024 19:37"])
    values = ["Jan 8, 2024 9:00", "Jan 8, 2023 9:00", "Jan 8, 2024 9:00", "Jan 8, 2023 9:00", "02/01/2024 9:00"]
    assert [fmt.parse(value) for value in values] == [
        ("2024-01-08", "2024-01-08 09:00:00"),
        ("2023-01-08", "2023-01-08 09:00:00"),
        ("2024-01-08", "2024-01-08 09:00:00"),
        ("2023-01-08", "2023-01-08 09:00:00"),
        ("2024-01-02", "2024-01-02 09:00:00"),
    ]


@pytest.mark.parametrize("value", ["", None, "   ", "\u00a0"])
def test_empty_cells_parse_to_none(value: Any) -> None:
    assert detect_date_format(["09-07-2024 10:00:07"]).parse(value) is None


# ---- Dates: invalid values


@pytest.mark.parametrize(
    "value",
    [
        "31/02/2024",  # no such day, in the fast layout
        "29/02/2023",
        "00/01/2024",
        "01/13/2024",  # month 13 in a day-first column
        "32/01/2024 10:00",
        "01/01/2024 24:00",
        "01/01/2024 10:60",
        "01/01/2024 10:00:61",
        "01/01/2024 13:00 pm",
        "01/01/2024 0:30 am",
        "2024-02-30",
        "20241301",
        "Foo 18, 2024",
        "31 juin 2024",
        "5 jui. 2024",  # juin or juillet?
        "hello",
        "2024",
        "12.5",
    ],
)
def test_invalid_dates_raise_value_error_naming_the_value(value: str) -> None:
    fmt = detect_date_format(["01/01/2024 10:00"])
    for _ in range(2):  # a failure is never cached
        with pytest.raises(ValueError, match=repr(value).replace(".", r"\.")):
            fmt.parse(value)


def test_detection_refuses_a_column_that_is_mostly_not_dates() -> None:
    with pytest.raises(ValueError, match="only 1 of 3"):
        detect_date_format(["Lyon", "Paris", "2024-01-01"])
    # exactly half is enough; empty cells do not count
    assert detect_date_format(["Lyon", "", None, "2024-01-01"]).parse("2024-01-01") == ("2024-01-01", "2024-01-01")


def test_detection_without_any_value_still_gives_a_working_format() -> None:
    fmt = detect_date_format(["", None, "  "], day_first=False)
    assert fmt.name == "any layout"
    assert fmt.parse("03/04/2024 10:00") == ("2024-03-04", "2024-03-04 10:00:00")
    assert detect_date_format([]).parse("03/04/2024") == ("2024-04-03", "2024-04-03")


def test_detection_looks_only_at_the_first_values() -> None:
    # 300 ISO values, then garbage: the sample stops before the garbage, so detection succeeds.
    column = iter(["2024-01-01"] * 300 + ["garbage"] * 1_000)
    assert detect_date_format(column).name == "yyyy-mm-dd"


# ---- Dates: workbook cells


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (45292, ("2024-01-01", "2024-01-01")),
        (45292.0, ("2024-01-01", "2024-01-01")),
        (45292.5, ("2024-01-01", "2024-01-01 12:00:00")),
        (45292.25, ("2024-01-01", "2024-01-01 06:00:00")),
        (45292 + (9 * 3600 + 14 * 60 + 7) / 86400, ("2024-01-01", "2024-01-01 09:14:07")),
        (45291.9999999, ("2024-01-01", "2024-01-01 00:00:00")),  # rounds to the next midnight
        (45351, ("2024-02-29", "2024-02-29")),
        (20240101, ("2024-01-01", "2024-01-01")),  # GA4 Date once Excel has typed it as a number
        (20240229.0, ("2024-02-29", "2024-02-29")),
        (date(2024, 1, 1), ("2024-01-01", "2024-01-01")),
        (datetime(2024, 1, 1), ("2024-01-01", "2024-01-01 00:00:00")),
        (datetime(2024, 1, 1, 9, 14, 7, 999_000), ("2024-01-01", "2024-01-01 09:14:07")),
        (
            datetime(2024, 1, 1, 23, 30, tzinfo=timezone(timedelta(hours=2))),
            ("2024-01-01", "2024-01-01 23:30:00+02:00"),
        ),
        (datetime(2024, 1, 1, 23, 30, tzinfo=UTC), ("2024-01-01", "2024-01-01 23:30:00+00:00")),
    ],
)
def test_workbook_cells(value: Any, expected: tuple[str, str]) -> None:
    assert detect_date_format([45292, date(2024, 1, 2)]).parse(value) == expected


@pytest.mark.parametrize("value", [True, False, 100, 19999.0, 80000, 12.5, float("nan"), float("inf"), 20241301])
def test_numbers_that_are_not_plausible_dates_are_refused(value: Any) -> None:
    fmt = detect_date_format([45292, 45293])
    with pytest.raises(ValueError, match="not a date"):
        fmt.parse(value)


def test_a_serial_outside_the_plausible_range_is_accepted_in_a_column_of_dates() -> None:
    # 100 is 1900-04-09 in Excel: accepted only because the other values are real dates.
    assert detect_date_format([date(2024, 1, 1), "2024-01-02"]).parse(100) == ("1900-04-09", "1900-04-09")
    with pytest.raises(ValueError):
        detect_date_format([45292]).parse(100)


def test_a_workbook_column_mixing_date_cells_and_text() -> None:
    # The costs workbook: real dates in 2024, typed text 01/mm/2025 afterwards.
    fmt = detect_date_format([date(2024, 12, 1), "01/01/2025", "01/02/2025"])
    assert fmt.parse(date(2024, 12, 1)) == ("2024-12-01", "2024-12-01")
    assert fmt.parse("01/02/2025") == ("2025-02-01", "2025-02-01")


def test_date_format_repr_names_the_layout() -> None:
    assert repr(detect_date_format(["03/14/2024"])) == "DateFormat('mm/dd/yyyy', day_first=False)"
    assert isinstance(detect_date_format([]), DateFormat)


# ---- E-mails


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("R.Lambert@Menuiserie-bellecour.Example.com", "r.lambert@menuiserie-bellecour.example.com"),
        ("  j.doe@example.org\u00a0", "j.doe@example.org"),
        ("\u200bj.doe@EXAMPLE.org\ufeff\u202f", "j.doe@example.org"),
        ("", ""),
        ("   ", ""),
        (None, ""),
        ("not an e-mail", "not an e-mail"),
    ],
)
def test_normalise_email(value: Any, expected: str) -> None:
    assert normalise_email(value) == expected


@pytest.mark.parametrize(
    ("email", "valid"),
    [
        ("j.doe@example.org", True),
        ("a@b.c", True),
        ("prénom@société.example.fr", True),
        ("", False),
        ("j.doe", False),
        ("j.doe@example", False),
        ("j doe@example.org", False),
        ("j.doe@@example.org", False),
        ("@example.org", False),
        ("j.doe@example.org\n", False),
    ],
)
def test_is_valid_email(email: str, valid: bool) -> None:
    assert is_valid_email(email) is valid
    assert EMAIL_PATTERN.pattern == r"^[^@\s]+@[^@\s]+\.[^@\s]+$"


# ---- Numbers


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12", 12.0),
        ("-12", -12.0),
        ("+12", 12.0),
        ("57718,40", 57718.4),
        ("127300,00", 127300.0),
        ("0,5", 0.5),
        ("0,751", 0.751),  # a thousands group never follows a lone 0
        ("1234,567", 1234.567),  # nor 4 digits
        ("1,751", 1751.0),  # a lone group of 3: the column's choice (point here) makes it thousands
        ("12,500,000", 12_500_000.0),
        ("1,234.50", 1234.5),
        ("1.234,50", 1234.5),
        ("1.234.567,89", 1_234_567.89),
        ("1 751", 1751.0),
        ("1\u00a0751,25", 1751.25),
        ("250\u00a0023,00", 250_023.0),
        ("1\u202f234\u202f567", 1_234_567.0),
        ("1'234.50", 1234.5),
        ("89,70 €", 89.7),
        ("€1,234.50", 1234.5),
        ("$12", 12.0),
        ("12 EUR", 12.0),
        ("CHF 1'200", 1200.0),
        ("US$ 3.5", 3.5),
        ("-€5", -5.0),
        ("€ -5", -5.0),
        ("(12.50)", -12.5),
        ("(1 234,50 €)", -1234.5),
        ("\u22123,5", -3.5),
        ("39.29%", 39.29),
        ("71,00 %", 71.0),
        (".5", 0.5),
        ("  42  ", 42.0),
        (12, 12.0),
        (12.5, 12.5),
        ("", None),
        ("\u00a0", None),
        (None, None),
    ],
)
def test_number_forms_in_a_decimal_point_column(value: Any, expected: float | None) -> None:
    assert NumberFormat(decimal_comma=False).parse(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1,751", 1.751),
        ("1.751", 1751.0),
        ("57718,40", 57718.4),
        ("12", 12.0),
        ("1 234,5", 1234.5),
        ("1,234.50", 1234.5),  # shows its own decimal point: read as written
    ],
)
def test_number_forms_in_a_decimal_comma_column(value: str, expected: float) -> None:
    assert NumberFormat(decimal_comma=True).parse(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        *["abc", "12,", "1.2.3", "12,5,0", "1 23", "+33 6 12 34 56 78", "12 apples", "1e5", "--12", "(12"],
        *[True, date(2024, 1, 1), float("nan")],
    ],
)
def test_values_that_are_not_numbers_raise(value: Any) -> None:
    with pytest.raises(ValueError, match="not a number"):
        NumberFormat(decimal_comma=False).parse(value)


@pytest.mark.parametrize(
    ("column", "hint", "decimal_comma"),
    [
        (["1,751", "12,500,000"], None, False),  # groups of 3 and nothing else: thousands
        (["1,751", "12,500,000"], True, False),  # 12,500,000 shows it, the hint is not needed
        (["1,751", "89,70"], None, True),  # a 2-digit decimal shows the comma is decimal
        (["57718,40", "", "127300,00"], None, True),
        (["1.234,56"], None, True),
        (["1.234.567"], None, True),
        (["1,234.56"], None, False),
        (["3.14"], True, False),
        (["1,5", "2,5", "1,234.56"], None, True),  # majority
        (["1,751"], None, False),  # ambiguous: thousands without a hint
        (["1,751"], True, True),  # ambiguous: the hint decides
        (["1 751", "12", 3.5], True, True),  # nothing shown: the hint decides
        (["1 751", "12"], None, False),
        ([], True, True),
    ],
)
def test_detect_number_format(column: list[Any], hint: bool | None, decimal_comma: bool) -> None:
    assert detect_number_format(column, decimal_comma=hint) == NumberFormat(decimal_comma=decimal_comma)


def test_the_same_text_reads_differently_per_column() -> None:
    thousands = detect_number_format(["1,751", "12,500,000"])
    decimals = detect_number_format(["1,751", "89,70"])
    assert thousands.parse("1,751") == 1751.0
    assert decimals.parse("1,751") == 1.751


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1,751", 1751),
        ("1.751", 1751),  # without a format, a lone group of 3 is thousands: a whole number is expected
        ("12.0", 12),
        ("12,0", 12),
        (12.0, 12),
        (12, 12),
        ("1 751", 1751),
        ("1\u00a0751", 1751),
        ("-3", -3),
        ("12345678901234567", 12_345_678_901_234_567),  # exact, no float rounding
        ("", None),
        (None, None),
    ],
)
def test_parse_int(value: Any, expected: int | None) -> None:
    assert parse_int(value) == expected


def test_parse_int_with_a_column_format() -> None:
    assert parse_int("1.751", NumberFormat(decimal_comma=True)) == 1751
    with pytest.raises(ValueError, match="not a whole number"):
        parse_int("1.751", NumberFormat(decimal_comma=False))


@pytest.mark.parametrize("value", ["12.5", 12.5, "12,5", "abc", True])
def test_parse_int_refuses_fractions_and_text(value: Any) -> None:
    with pytest.raises(ValueError):
        parse_int(value)


@pytest.mark.parametrize(
    ("value", "cents"),
    [
        (0.285, 29),
        (89.7, 8970),
        (-0.005, -1),
        (0.005, 1),
        (1.005, 101),
        (2.675, 268),
        (57718.4, 5771840),
        (0.1 + 0.2, 30),
        (12, 1200),
        (-12.344, -1234),
        (0.0, 0),
    ],
)
def test_to_cents_rounds_half_away_from_zero_on_the_written_value(value: float, cents: int) -> None:
    assert to_cents(value) == cents


def test_to_cents_refuses_nan() -> None:
    with pytest.raises(ValueError):
        to_cents(float("nan"))


@pytest.mark.parametrize(
    ("value", "assume", "expected"),
    [
        ("39.29%", "auto", 0.3929),
        ("3.57%", "auto", 0.0357),
        ("0.00%", "auto", 0.0),
        ("71,00 %", "auto", 0.71),
        ("21.43%", "fraction", 0.2143),  # the sign wins over the assumption
        ("0.6123", "fraction", 0.6123),
        ("0.6123", "auto", 0.6123),
        ("33.2", "percent", 0.332),
        ("33.2", "auto", 0.332),
        ("0.5", "percent", 0.005),
        ("1", "auto", 1.0),
        ("100", "auto", 1.0),
        (0.3929, "auto", 0.3929),  # a percent-formatted workbook cell holds the fraction
        (39.29, "auto", 0.3929),
        ("", "auto", None),
        (None, "percent", None),
    ],
)
def test_parse_percent_returns_a_fraction(value: Any, assume: str, expected: float | None) -> None:
    assert parse_percent(value, assume=assume) == expected


def test_parse_percent_uses_the_column_format_and_checks_assume() -> None:
    assert parse_percent("1,5", fmt=NumberFormat(decimal_comma=True)) == 0.015
    with pytest.raises(ValueError, match="assume"):
        parse_percent("12", assume="ratio")
    with pytest.raises(ValueError):
        parse_percent("n/a")


# ---- Booleans, lists, text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        *[(word, True) for word in ["Yes", "yes", "OUI", "Oui", "True", "TRUE", "Vrai", "Y", "o", "1", "1.0"]],
        *[(word, True) for word in ["x", "X", "✓", " yes "]],
        *[(word, False) for word in ["No", "NO", "Non", "non", "False", "FALSE", "Faux", "N", "n", "0", "0.0"]],
        (True, True),
        (False, False),
        (1, True),
        (0, False),
        (1.0, True),
        (0.0, False),
        ("", None),
        ("\u00a0", None),
        (None, None),
    ],
)
def test_parse_bool(value: Any, expected: bool | None) -> None:
    assert parse_bool(value) is expected


@pytest.mark.parametrize("value", ["maybe", "2", 2, "oui non", date(2024, 1, 1)])
def test_parse_bool_refuses_other_values(value: Any) -> None:
    with pytest.raises(ValueError, match="yes/no"):
        parse_bool(value)


@pytest.mark.parametrize(
    ("value", "separators", "expected"),
    [
        ("Decision Maker;Influencer", ";", ["Decision Maker", "Influencer"]),
        (" a ; b;;a ; c ", ";", ["a", "b", "c"]),
        ("a|b,c", "|,", ["a", "b", "c"]),
        ("single", ";", ["single"]),
        ("", ";", []),
        (" ; ", ";", []),
        (None, ";", []),
        (19800000592.0, ";", ["19800000592"]),
    ],
)
def test_split_multi(value: Any, separators: str, expected: list[str]) -> None:
    assert split_multi(value, separators) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('"Newsletter","Artisans"', ["Newsletter", "Artisans"]),  # Mailchimp
        ('"Newsletter","Artisans","Salon Lyon 2024"', ["Newsletter", "Artisans", "Salon Lyon 2024"]),
        ('"Newsletter"', ["Newsletter"]),
        ('"A, B", "C"', ["A, B", "C"]),
        ("webinaire, artisan", ["webinaire", "artisan"]),  # ActiveCampaign
        ("webinaire, client, artisan, webinaire", ["webinaire", "client", "artisan"]),
        ("a;b", ["a", "b"]),  # HubSpot
        ("Lyon, France;Paris", ["Lyon, France", "Paris"]),
        ("", []),
        (None, []),
    ],
)
def test_split_tags(value: Any, expected: list[str]) -> None:
    assert split_tags(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("  Menuiserie  Bellecour \u00a0", "Menuiserie  Bellecour"),
        ('=HYPERLINK("https://example.com","clic")', '=HYPERLINK("https://example.com","clic")'),
        ("=1+2", "=1+2"),
        ("+33 6 12 34 56 78", "+33 6 12 34 56 78"),
        ("@SUM(A1:A9)", "@SUM(A1:A9)"),
        ("-Projet", "-Projet"),
        (69001.0, "69001"),  # a postcode typed as a number in a workbook
        (12.5, "12.5"),
        (42, "42"),
        ("", None),
        (" \u202f", None),
        (None, None),
    ],
)
def test_clean_text_keeps_formulas_as_plain_text(value: Any, expected: str | None) -> None:
    assert clean_text(value) == expected


# ---- Real columns of the sample exports


def read_column(path: Path, column: str, *, encoding: str = "utf-8", delimiter: str = ",", skip: int = 0) -> list[str]:
    with path.open(encoding=encoding, newline="") as file:
        for _ in range(skip):
            file.readline()
        return [row[column] for row in csv.DictReader(file, delimiter=delimiter)]


def number(fmt: NumberFormat, value: Any) -> float:
    result = fmt.parse(value)
    assert result is not None
    return result


def parse_all(values: list[str], **hint: Any) -> tuple[DateFormat, list[tuple[str, str]]]:
    """Detect on the column, then parse every non-empty value (any ValueError fails the test)."""
    fmt = detect_date_format(values, **hint)
    parsed = [fmt.parse(value) for value in values if not is_empty(value)]
    return fmt, [result for result in parsed if result is not None]


def test_fixture_brevo_contacts(fixtures: Path) -> None:
    path = fixtures / "brevo" / "export_contacts_brevo_2025-07-01.csv"
    added = read_column(path, "ADDED_TIME", encoding="utf-8-sig", delimiter=";")
    fmt, parsed = parse_all(added)
    assert fmt.name == "dd-mm-yyyy HH:MM"
    assert len(parsed) == len(added) == 1580
    assert parsed[0] == ("2024-07-01", "2024-07-01 09:00:00")  # migrated from Mailchimp
    assert all("2024-01-01" <= day <= "2025-06-30" for day, _ in parsed)
    modified = read_column(path, "MODIFIED_TIME", encoding="utf-8-sig", delimiter=";")
    assert detect_date_format(modified).parse(modified[2]) == ("2024-08-22", "2024-08-22 18:00:00")

    budget = read_column(path, "BUDGET_ANNUEL", encoding="utf-8-sig", delimiter=";")
    numbers = detect_number_format(budget)
    assert numbers.decimal_comma is True
    amounts = [numbers.parse(value) for value in budget]
    assert amounts[0] == 57718.4
    assert amounts[12] == 25002.3
    assert all(amount is None or amount > 0 for amount in amounts)
    blacklisted = read_column(path, "EMAIL_BLACKLISTED", encoding="utf-8-sig", delimiter=";")
    assert [parse_bool(value) for value in blacklisted[:3]] == [False, False, True]
    assert {parse_bool(value) for value in blacklisted} == {True, False}


def test_fixture_brevo_recipients(fixtures: Path) -> None:
    path = fixtures / "brevo" / "campagnes" / "campaign-[12]-newsletter-juillet-2024.csv"
    fmt, sent = parse_all(read_column(path, "Send_Date", encoding="utf-8-sig", delimiter=";"))
    assert fmt.name == "dd-mm-yyyy HH:MM:SS"
    assert len(sent) == 460
    assert sent[7] == ("2024-07-09", "2024-07-09 10:00:07")
    _, opened = parse_all(read_column(path, "Open_Date", encoding="utf-8-sig", delimiter=";"))
    assert opened[0] == ("2024-07-10", "2024-07-10 10:18:03")


def test_fixture_french_hubspot_mixes_two_date_layouts(fixtures: Path) -> None:
    french = fixtures / "hubspot" / "hubspot-crm-exports-contacts-aura-2025-07-01 (modifié Excel).csv"
    with french.open(encoding="cp1252", newline="") as file:
        rows = [row for row in csv.DictReader(file, delimiter=";") if row["ID de fiche d'informations"]]
    created = [row["Date de création"] for row in rows]
    fmt, parsed = parse_all(created)
    assert (fmt.name, fmt.day_first, len(parsed)) == ("dd/mm/yyyy HH:MM", True, 1081)
    assert sum(value[4] == "-" for value in created) == 95  # the rows Excel left in ISO
    assert parsed[0] == ("2024-01-02", "2024-01-02 19:37:00")
    assert parsed[created.index("2024-01-08 07:44")] == ("2024-01-08", "2024-01-08 07:44:00")

    # Same people as the English export: each creation time must be the one written there.
    english = fixtures / "hubspot" / "hubspot-crm-exports-all-contacts-2025-07-01.csv"
    with english.open(encoding="utf-8", newline="") as file:
        create_dates = {row["Record ID"]: row["Create Date"] for row in csv.DictReader(file)}
    english_format = detect_date_format(create_dates.values())
    assert english_format.name == "yyyy-mm-dd HH:MM"
    for row, (_, stamp) in zip(rows, parsed, strict=True):
        assert english_format.parse(create_dates[row["ID de fiche d'informations"]]) == (stamp[:10], stamp)

    revenue = [row["Chiffre d'affaires annuel"] for row in rows]
    numbers = detect_number_format(revenue, decimal_comma=True)
    amounts = [numbers.parse(value) for value in revenue]
    assert numbers.decimal_comma is True
    assert amounts[:3] == [1_991_079.0, None, 671_674.5]
    assert 250_023.0 in amounts  # written '250\xa0023,00'
    assert detect_number_format(revenue) == numbers  # the values show the decimal comma without a hint
    assert parse_bool("Oui") is True


def test_fixture_mailchimp_campaigns(fixtures: Path) -> None:
    path = fixtures / "mailchimp" / "mailchimp_campaigns_2024-06-30.csv"
    fmt, parsed = parse_all(read_column(path, "Send Date"))
    assert fmt.name == "month d, yyyy HH:MM am/pm"
    days = [day for day, _ in parsed]
    assert days == ["2024-01-18", "2024-02-15", "2024-03-14", "2024-04-18", "2024-05-16", "2024-06-13"]
    assert parsed[0] == ("2024-01-18", "2024-01-18 09:00:00")
    rates = [parse_percent(value) for value in read_column(path, "Open Rate")]
    assert rates[:2] == [0.3929, 0.3478]


def test_fixture_mailchimp_audience_tags(fixtures: Path) -> None:
    path = fixtures / "mailchimp" / "members_export_5e1f0c9a3b" / "subscribed_members_export_5e1f0c9a3b.csv"
    tags = [split_tags(value) for value in read_column(path, "TAGS")]
    assert tags[0] == ["Newsletter", "Artisans"]
    assert {tag for cell in tags for tag in cell} == {"Newsletter", "Artisans", "Salon Lyon 2024"}
    _, parsed = parse_all(read_column(path, "OPTIN_TIME"))
    assert parsed[0] == ("2024-01-01", "2024-01-01 08:14:18")
    assert len(parsed) == 432


def test_fixture_mautic_sends(fixtures: Path) -> None:
    path = fixtures / "mautic" / "report_emails_envoyes.csv"
    fmt, sent = parse_all(read_column(path, "Date sent"))
    assert fmt.name == "month d, yyyy HH:MM am/pm"
    assert len(sent) == 5913
    assert sent[:3] == [
        ("2024-01-01", "2024-01-01 10:26:00"),
        ("2024-01-01", "2024-01-01 10:38:00"),
        ("2024-01-01", "2024-01-01 12:45:00"),  # 12:45 pm
    ]
    assert sent[6] == ("2024-01-03", "2024-01-03 16:12:00")  # 4:12 pm
    _, read = parse_all(read_column(path, "Date read"))
    assert read[0] == ("2024-01-03", "2024-01-03 00:07:00")  # 12:07 am
    assert {parse_bool(value) for value in read_column(path, "Read")} == {True, False}
    ratios = read_column(fixtures / "mautic" / "report_emails.csv", "Read ratio")  # percents without '%'
    assert [parse_percent(value, assume="percent") for value in ratios[:2]] == [0.332, 0.325]


def test_fixture_activecampaign(fixtures: Path) -> None:
    campaigns = fixtures / "activecampaign" / "campaigns-performance.csv"
    fmt, parsed = parse_all(read_column(campaigns, "Send Date"))
    assert (fmt.name, fmt.day_first) == ("mm/dd/yyyy HH:MM am/pm", False)
    assert parsed[0] == ("2024-03-14", "2024-03-14 11:00:00")
    assert parsed[3] == ("2024-12-05", "2024-12-05 11:00:00")  # 12/05: month first, decided by 03/14
    contacts = fixtures / "activecampaign" / "contacts-export.csv"
    assert split_tags(read_column(contacts, "Tags")[0]) == ["webinaire", "artisan"]


def test_fixture_ga4_and_salesforce(fixtures: Path) -> None:
    ga4 = fixtures / "ga4" / "traffic_acquisition_session_source_medium_20240101-20250630.csv"
    fmt, days = parse_all(read_column(ga4, "Date", skip=10))  # 9 '#' lines and a blank line
    assert fmt.name == "yyyymmdd"
    assert days[0] == ("2024-01-01", "2024-01-01")
    assert days[-1] == ("2025-06-30", "2025-06-30")
    rates = [parse_percent(value, assume="fraction") for value in read_column(ga4, "Engagement rate", skip=10)]
    assert rates[:2] == [0.6279, 0.5439]

    salesforce = fixtures / "salesforce" / "report_opportunites_grands_comptes.csv"
    with salesforce.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))[:10]  # 5 footer lines follow
    fmt, closed = parse_all([row["Close Date"] for row in rows])
    assert closed[0] == ("2024-09-10", "2024-09-10")
    amounts = detect_number_format([row["Amount"] for row in rows])
    assert to_cents(number(amounts, rows[0]["Amount"])) == 12_730_000


def test_fixture_costs_workbook_adds_up_to_the_expected_total(fixtures: Path, expected: dict[str, Any]) -> None:
    from python_calamine import CalamineWorkbook  # the workbook reader of the app

    workbook = CalamineWorkbook.from_path(str(fixtures / "manual" / "couts_marketing_2024-2025.xlsx"))
    sheet = workbook.get_sheet_by_name("Coûts")
    rows: list[list[Any]] = sheet.to_python()[4:154]  # header on row 4, 150 data rows, then the Total row
    _, months = parse_all([row[0] for row in rows])
    assert len(months) == 150
    assert months[0] == ("2024-01-01", "2024-01-01")  # a real date cell
    assert months[-1] == ("2025-06-01", "2025-06-01")  # text '01/06/2025'
    assert {day[:7] for day, _ in months} == set(expected["costs"]["per_month"])
    numbers = detect_number_format([row[4] for row in rows], decimal_comma=True)
    assert sum(isinstance(row[4], str) for row in rows) == 2  # '89,70 €' typed as text
    cents = sum(to_cents(number(numbers, row[4])) for row in rows)
    assert cents == to_cents(expected["costs"]["total"]) == 7_572_068
