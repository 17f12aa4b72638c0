"""Periods (KPIS §1, §7): [from, to] inclusive days, their months, the previous period and last year's.

A period of whole calendar months compares with the same number of months just before (March → February,
Q2 → Q1); any other period with the same number of days just before. Last year is the same dates a year
earlier (29 February → 28 February).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Period:
    """[start, end], both inclusive."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"period ends before it starts: {self.start} → {self.end}")

    @classmethod
    def parse(cls, start: str, end: str) -> Period:
        return cls(date.fromisoformat(start), date.fromisoformat(end))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def first(self) -> str:
        return self.start.isoformat()

    @property
    def last(self) -> str:
        return self.end.isoformat()

    def months(self) -> list[str]:
        """Every 'YYYY-MM' overlapping the period."""
        found, year, month = [], self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            found.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return found

    def whole_months(self) -> bool:
        return self.start.day == 1 and (self.end + timedelta(days=1)).day == 1

    def previous(self) -> Period:
        if self.whole_months():
            count = len(self.months())
            end = self.start - timedelta(days=1)
            start = _add_months(self.start, -count)
            return Period(start, end)
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))

    def last_year(self) -> Period:
        return Period(_minus_year(self.start), _minus_year(self.end))

    def month_end(self, month: str) -> date:
        """The last day of `month` ('YYYY-MM'), capped at the period's end (stock KPIs by month)."""
        year, number = int(month[:4]), int(month[5:7])
        following = date(year + number // 12, number % 12 + 1, 1)
        return min(following - timedelta(days=1), self.end)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _minus_year(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def month_bounds(month: str) -> Period:
    start = date(int(month[:4]), int(month[5:7]), 1)
    return Period(start, _add_months(start, 1) - timedelta(days=1))
