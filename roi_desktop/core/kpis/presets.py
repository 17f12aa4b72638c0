"""The period picker's presets: this month, last quarter, year to date… — relative to the data, not the clock.

"This month" relative to the calendar would show an empty month to a team whose last export is from June:
the reference day is the last day with data when it is earlier than today, else today.
"""

from __future__ import annotations

from datetime import date, timedelta

from roi_desktop.core.kpis.period import Period
from roi_desktop.core.messages import QT_TRANSLATE_NOOP

PRESETS: dict[str, str] = {
    "this_month": QT_TRANSLATE_NOOP("Periods", "This month"),
    "last_month": QT_TRANSLATE_NOOP("Periods", "Last month"),
    "this_quarter": QT_TRANSLATE_NOOP("Periods", "This quarter"),
    "last_quarter": QT_TRANSLATE_NOOP("Periods", "Last quarter"),
    "year_to_date": QT_TRANSLATE_NOOP("Periods", "Year to date"),
    "last_12_months": QT_TRANSLATE_NOOP("Periods", "Last 12 months"),
    "all": QT_TRANSLATE_NOOP("Periods", "All data"),
}


def reference_day(data: Period | None, today: date | None = None) -> date:
    today = today or date.today()
    return min(data.end, today) if data else today


def preset_period(preset: str, data: Period | None, today: date | None = None) -> Period | None:
    """The period a preset names; None for "all" on an empty workspace."""
    if preset == "all":
        return data
    day = reference_day(data, today)
    month_start = day.replace(day=1)
    if preset == "this_month":
        return Period(month_start, _month_end(month_start))
    if preset == "last_month":
        start = (month_start - timedelta(days=1)).replace(day=1)
        return Period(start, _month_end(start))
    quarter_start = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if preset == "this_quarter":
        return Period(quarter_start, _month_end(_shift(quarter_start, 2)))
    if preset == "last_quarter":
        start = _shift(quarter_start, -3)
        return Period(start, _month_end(_shift(start, 2)))
    if preset == "year_to_date":
        return Period(date(day.year, 1, 1), day)
    if preset == "last_12_months":
        return Period(_shift(month_start, -11), _month_end(month_start))
    raise ValueError(f"unknown period preset {preset!r}")


def _shift(first_of_month: date, months: int) -> date:
    index = first_of_month.year * 12 + first_of_month.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _month_end(first_of_month: date) -> date:
    return _shift(first_of_month, 1) - timedelta(days=1)
