"""Period presets are relative to the last day with data (or today when the data is current)."""

from datetime import date

import pytest

from roi_desktop.core.kpis.period import Period
from roi_desktop.core.kpis.presets import preset_period

DATA = Period(date(2024, 1, 1), date(2025, 6, 30))
TODAY = date(2026, 11, 28)


@pytest.mark.parametrize(
    ("preset", "start", "end"),
    [
        ("this_month", date(2025, 6, 1), date(2025, 6, 30)),
        ("last_month", date(2025, 5, 1), date(2025, 5, 31)),
        ("this_quarter", date(2025, 4, 1), date(2025, 6, 30)),
        ("last_quarter", date(2025, 1, 1), date(2025, 3, 31)),
        ("year_to_date", date(2025, 1, 1), date(2025, 6, 30)),
        ("last_12_months", date(2024, 7, 1), date(2025, 6, 30)),
        ("all", date(2024, 1, 1), date(2025, 6, 30)),
    ],
)
def test_presets_follow_the_data(preset: str, start: date, end: date) -> None:
    assert preset_period(preset, DATA, TODAY) == Period(start, end)


def test_current_data_uses_today() -> None:
    data = Period(date(2026, 1, 1), date(2026, 12, 31))
    assert preset_period("this_quarter", data, date(2026, 2, 10)) == Period(date(2026, 1, 1), date(2026, 3, 31))
    assert preset_period("last_quarter", data, date(2026, 2, 10)) == Period(date(2025, 10, 1), date(2025, 12, 31))
    assert preset_period("all", None, TODAY) is None
