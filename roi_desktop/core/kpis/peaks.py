"""Traffic peak days (KPIS §4.6): days whose visits stand well above the usual level, and whether they
follow an e-mail send.

"Usual" is the median of the 28 days before, so that a single earlier peak does not raise the bar; a day is
judged only with at least 14 of those days in the data (the first two weeks of an export are never peaks).
Pure functions over plain values, so the rule is tested without a workspace.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median

HISTORY_DAYS = 28
MIN_HISTORY = 14
SEND_LAG_DAYS = 2


@dataclass(frozen=True)
class Peaks:
    """Peak days of a span.

    Attributes:
        days: the peak days, in order.
        judged: how many days had enough history to be judged.
        after_send: the peak days on or at most SEND_LAG_DAYS days after a send.
    """

    days: list[str]
    judged: int
    after_send: list[str]


def find_peaks(sessions: Mapping[str, float], first: date, last: date, factor: float,
               send_days: Iterable[str] = ()) -> Peaks:
    """Peak days of first..last from daily sessions (days absent from `sessions` have no data)."""
    sends = set(send_days)
    peaks, judged = [], 0
    # Every day from HISTORY_DAYS before `first` to `last`, formatted once: day i's history is the slice just
    # before it (the median does not care about order), instead of 28 dates formatted per day judged: the web
    # area went from 7 to 5 ms a quarter change at scale 38 (benchmarks/kpis.py, same machine).
    since = first - timedelta(days=HISTORY_DAYS)
    days = [(since + timedelta(days=n)).isoformat() for n in range((last - since).days + 1)]
    for index in range(HISTORY_DAYS, len(days)):
        today = sessions.get(days[index])
        if today is None:
            continue
        history = [sessions[d] for d in days[index - HISTORY_DAYS:index] if d in sessions]
        if len(history) >= MIN_HISTORY:
            judged += 1
            if today > 0 and today >= factor * median(history):
                peaks.append(days[index])
    following = [p for p in peaks if sends & set(_days_before(date.fromisoformat(p), SEND_LAG_DAYS + 1, True))]
    return Peaks(peaks, judged, following)


def _days_before(day: date, count: int, including: bool = False) -> list[str]:
    start = 0 if including else 1
    return [(day - timedelta(days=n)).isoformat() for n in range(start, count + start)]
