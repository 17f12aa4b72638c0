"""The contact facts the contact KPIs read (KPIS §3.1): creation, opt-out and bounce days, activity.

A contact leaves the reachable list on its first opt-out (unsubscribe, blocklist, spam complaint) or hard
bounce, whichever tool says it: the merged `contacts` row carries the contact exports' flags, and the
recipient rows add the dated unsubscribe, complaint and hard-bounce events (read through a small partial
index, never by scanning the event table). A flag without a day is kept apart: it describes the export day
and applies only from the end of the data on.

On a period change the area reads `contact_stocks` instead (a few thousand rows whatever the number of
contacts): every contact's contribution to each stock, summed per day by `rebuild_stocks` when the contacts or
their activity change. `contact_facts` stays the reference, for activity settings the table was not built for.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator
from datetime import date
from typing import Any, NamedTuple

from sqlite_utils import Database

from roi_desktop.core.store.kpi import filters
from roi_desktop.core.store.settings import read_setting

_STATE = """
WITH ev AS (
    SELECT email,
        min(CASE WHEN unsubscribed = 1 OR complaint = 1 THEN coalesce(unsubscribe_day, send_day) END) AS optout_day,
        min(CASE WHEN hard_bounce = 1 THEN coalesce(bounce_day, send_day) END) AS bounce_day
    FROM email_events WHERE unsubscribed = 1 OR complaint = 1 OR hard_bounce = 1 GROUP BY email
), state AS (
    SELECT c.email, c.first_seen_day AS seen, c.sources, c.channel, c.last_open_day, c.last_click_day,
        CASE WHEN c.optout = 1 AND c.optout_day IS NOT NULL
                AND (ev.optout_day IS NULL OR c.optout_day < ev.optout_day)
            THEN c.optout_day ELSE ev.optout_day END AS optout_day,
        c.optout = 1 AND c.optout_day IS NULL AND ev.optout_day IS NULL AS optout_undated,
        CASE WHEN c.bounced = 1 AND c.bounced_day IS NOT NULL
                AND (ev.bounce_day IS NULL OR c.bounced_day < ev.bounce_day)
            THEN c.bounced_day ELSE ev.bounce_day END AS bounce_day,
        c.bounced = 1 AND c.bounced_day IS NULL AND ev.bounce_day IS NULL AS bounce_undated
    FROM contacts c LEFT JOIN ev ON ev.email = c.email
)
"""


class ContactFacts(NamedTuple):
    """One counted contact as the contact KPIs see it.

    Attributes:
        sources: comma list of the tools whose contact exports hold it.
        seen: first_seen day, None when no export dates it.
        optout_day / bounce_day: first dated opt-out / hard bounce.
        optout_undated / bounce_undated: flagged with no day anywhere (applies from the end of the data on).
        activity: its open or click days within the asked span (recipient rows and last open/click dates).
    """

    sources: str
    channel: str | None
    seen: str | None
    optout_day: str | None
    optout_undated: int
    bounce_day: str | None
    bounce_undated: int
    activity: list[str]


def contact_facts(db: Database, after: str, last: str, clicks_only: bool) -> Iterator[ContactFacts]:
    """Every counted contact, in e-mail order, with its opens or clicks (clicks only, if `clicks_only`)
    after `after` and on or before `last`.

    One pass over the contacts and one over their activity, both in e-mail order and merged here: a join
    looks a hundred thousand addresses up one by one (twice as slow on a million recipient rows, scale 38).
    `+day` keeps SQLite off the day index, so that activity comes in primary-key (e-mail) order, unsorted.
    """
    clicked = "AND clicked = 1" if clicks_only else ""
    activity = db.execute(
        f"""SELECT email, group_concat(day) FROM contact_activity WHERE +day > ? AND +day <= ? {clicked}
        GROUP BY email ORDER BY email""",
        [after, last],
    )
    pending = next(activity, None)
    opens = not clicks_only
    for email, seen, sources, channel, last_open, last_click, optout, optout_undated, bounce, bounce_undated in (
            db.execute(_STATE + "SELECT * FROM state ORDER BY email")):
        while pending is not None and pending[0] < email:
            pending = next(activity, None)
        days = pending[1].split(",") if pending is not None and pending[0] == email else []
        if opens and last_open and after < last_open <= last:
            days.append(last_open)
        if last_click and after < last_click <= last:
            days.append(last_click)
        yield ContactFacts(sources, channel, seen, optout, optout_undated, bounce, bounce_undated, days)


def has_activity_data(db: Database, clicks_only: bool) -> bool:
    """Whether any export tells contact activity: recipient rows (with clicks, for the click signal), or
    contact-level last open/click dates."""
    events = "unique_clicks IS NOT NULL" if clicks_only else "1"
    if db.execute(f"SELECT 1 FROM email_daily WHERE {events} LIMIT 1").fetchone():
        return True
    column = "last_click_day" if clicks_only else "coalesce(last_click_day, last_open_day)"
    return db.execute(f"SELECT 1 FROM contacts WHERE {column} IS NOT NULL LIMIT 1").fetchone() is not None


# ---- Stocks by day (contact_stocks, rebuilt with the derived tables)

DEFAULT_ACTIVITY = (90, False)
"""(active_window_days, clicks only) of the default settings (kpis/context.py, KPIS §2): the stocks are always
kept for them, and for the workspace's own settings."""

_NEVER = "\uffff"
"""After every day: a stock change that never comes."""


class StockChange(NamedTuple):
    """A change of one contact stock from `day` on, summed over contacts (with `contact_months`, the changes of
    a whole month before the last one come as one row dated the month's first day: they reach the same month
    ends).

    A month end counts the changes of the days up to it: `before_end` when it falls before the end of the data,
    `from_end` otherwise (the undated opt-out and bounce flags apply from there on: KPIS §1).
    """

    kind: str
    day: str
    before_end: int
    from_end: int


def activity_settings(db: Database) -> set[tuple[int, bool]]:
    """The (window days, clicks only) pairs the stocks are built for: the defaults and the workspace's own."""
    found = {DEFAULT_ACTIVITY}
    window = read_setting(db, "active_window_days")
    signal = read_setting(db, "active_signal")
    try:
        found.add((DEFAULT_ACTIVITY[0] if window is None else int(window),
                   DEFAULT_ACTIVITY[1] if signal is None else signal == "click"))
    except (TypeError, ValueError):
        pass
    return found


def rebuild_stocks(db: Database, activity: Iterable[tuple[int, bool]]) -> None:
    """Fill `contact_stocks` from the contacts and their activity, for each (window days, clicks only) pair.

    Every stock is measured at a month end E as the changes of the days up to E (KPIS §3.1, the semantics of
    contact_facts): a contact is counted from its first-seen day S (undated: always), unsubscribed from
    max(S, opt-out day), reachable on [S, lost) where lost is its first dated opt-out or hard bounce, active
    where reachable and within a spell [first day, last day + window) of activity days less than a window
    apart. An undated flag makes the contact lost from the end of the data on: its changes then count only
    before it (`before_end`), and its undated opt-out only from it (`from_end`).

    Every change row carries the contact's tools (comma list) and channel ('' = unknown), so that the KPI
    filter (kpis/filters.py) selects contacts by tool and channel in the same reads; the "built" markers carry
    neither and are never filtered.
    """
    db.execute("DELETE FROM contact_stocks")
    by_signal: dict[bool, set[int]] = defaultdict(set)
    for window, clicks_only in activity:
        by_signal[bool(clicks_only)].add(int(window))
    # Key → change, counted before the end of the data and from it (both), or only before, or only from it.
    both: Counter[tuple[str, int, int, str, str, str]] = Counter()
    before: Counter[tuple[str, int, int, str, str, str]] = Counter()
    after: Counter[tuple[str, int, int, str, str, str]] = Counter()
    ordinals: dict[str, int] = {}
    texts: dict[int, str] = {}
    counted = False
    for clicks_only, windows in sorted(by_signal.items()):
        clicks = int(clicks_only)
        for facts in contact_facts(db, "", _NEVER, clicks_only):
            seen = facts.seen or ""
            optout, bounce = facts.optout_day or None, facts.bounce_day or None
            lost = bounce if optout is None else optout if bounce is None else min(optout, bounce)
            changes = before if facts.optout_undated or facts.bounce_undated else both
            tools, channel = facts.sources, facts.channel or ""
            if not counted:
                both["seen", 0, 0, seen, tools, channel] += 1
                if facts.seen is None:
                    both["undated", 0, 0, "", tools, channel] += 1
                elif facts.seen:
                    both["new", 0, 0, facts.seen, tools, channel] += 1
                if facts.optout_undated:
                    after["optout", 0, 0, seen, tools, channel] += 1
                    if optout is not None:
                        before["optout", 0, 0, max(seen, optout), tools, channel] += 1
                elif optout is not None:
                    both["optout", 0, 0, max(seen, optout), tools, channel] += 1
                changes["reachable", 0, 0, seen, tools, channel] += 1
                if lost is not None:
                    changes["reachable", 0, 0, max(seen, lost), tools, channel] -= 1
            if not facts.activity:
                continue
            days = []
            for text in sorted(set(facts.activity)):
                ordinal = ordinals.get(text)
                if ordinal is None:
                    ordinal = ordinals[text] = date.fromisoformat(text).toordinal()
                    texts[ordinal] = text
                days.append(ordinal)
            for window in windows:
                for start, stop in _spells(days, window):
                    end = texts.get(stop)
                    if end is None:
                        end = texts[stop] = date.fromordinal(stop).isoformat()
                    low = max(seen, texts[start])
                    high = end if lost is None or end < lost else lost
                    if low < high:
                        changes["active", window, clicks, low, tools, channel] += 1
                        changes["active", window, clicks, high, tools, channel] -= 1
        counted = True
    rows = {key: [n, n] for key, n in both.items()}
    for column, changes in ((0, before), (1, after)):
        for key, n in changes.items():
            rows.setdefault(key, [0, 0])[column] += n
    for clicks_only, windows in by_signal.items():
        for window in windows:
            rows["built", window, int(clicks_only), "", "", ""] = [0, 0]  # the marker: built for these settings
    db.conn.executemany(
        "INSERT INTO contact_stocks (kind, window_days, clicks_only, day, sources, channel, before_end, from_end)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        ((*key, b, a) for key, (b, a) in rows.items() if b or a or key[0] == "built"),
    )
    rebuild_months(db)


def _months_exist(db: Database) -> bool:
    return db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'contact_months'").fetchone() is not None


def rebuild_months(db: Database) -> None:
    """`contact_months` (migration 0013): the rows of `contact_stocks` summed per month, tools and channel kept
    (the "built" markers stay in contact_stocks only). Nothing before migration 0013 made the table."""
    if not _months_exist(db):
        return
    db.execute("DELETE FROM contact_months")
    db.execute(
        """INSERT INTO contact_months (kind, window_days, clicks_only, month, sources, channel, before_end, from_end)
        SELECT kind, window_days, clicks_only, substr(day, 1, 7), sources, channel, sum(before_end), sum(from_end)
        FROM contact_stocks WHERE kind != 'built' GROUP BY kind, window_days, clicks_only, substr(day, 1, 7), sources,
            channel""")


def _spells(days: list[int], window: int) -> Iterator[tuple[int, int]]:
    """[first, last + window) of each run of activity days (ordinals, sorted) less than `window` apart."""
    start = previous = days[0]
    for day in days[1:]:
        if day >= previous + window:
            yield start, previous + window
            start = day
        previous = day
    yield start, previous + window


_CHANNEL = "CASE channel WHEN '' THEN 'unknown' ELSE channel END"


def _filtered(params: dict[str, Any], sources: Collection[str], channels: Collection[str]) -> str:
    """The conditions of the KPI filter on contact_stocks rows ('' when there is none)."""
    return (filters.any_member("sources", sources, params, "sources")
            + filters.member(_CHANNEL, channels, params, "channels"))


def stock_changes(db: Database, window_days: int, clicks_only: bool, last: str, *, sources: Collection[str] = (),
                  channels: Collection[str] = ()) -> list[StockChange] | None:
    """The changes of the stocks (kinds seen, optout, reachable, active) up to `last`, summed per day, of the
    contacts of the chosen tools and channels (all when empty); None when `contact_stocks` was not built for
    these activity settings."""
    params: dict[str, Any] = {"window": int(window_days), "clicks": int(bool(clicks_only)), "last": last,
                              "month": last[:7], "month_first": last[:7] + "-01"}
    where = _filtered(params, sources, channels)
    if _months_exist(db):
        # Whole months before the month of `last` from contact_months, dated by their first day: a month end
        # counts the changes of the days up to it, and a month's days all reach the same month ends as its
        # first day does. The month of `last` day by day, up to `last`.
        parts = [("contact_months", "month || '-01'", "month < :month"),
                 ("contact_stocks", "day", "day >= :month_first AND day <= :last")]
    else:
        parts = [("contact_stocks", "day", "day <= :last")]
    selects = [
        f"""SELECT kind, {day} AS day, sum(before_end), sum(from_end) FROM {table}
        WHERE kind IN ('seen', 'optout', 'reachable') AND window_days = 0 AND clicks_only = 0 AND {days} {where}
        GROUP BY kind, 2
        UNION ALL
        SELECT kind, {day} AS day, sum(before_end), sum(from_end) FROM {table}
        WHERE kind = 'active' AND window_days = :window AND clicks_only = :clicks AND {days} {where}
        GROUP BY kind, 2""" for table, day, days in parts]
    rows = db.execute(
        f"""{" UNION ALL ".join(selects)}
        UNION ALL
        SELECT kind, day, 0, 0 FROM contact_stocks
        WHERE kind = 'built' AND window_days = :window AND clicks_only = :clicks""",
        params,
    ).fetchall()
    if not any(row[0] == "built" for row in rows):
        return None
    return [StockChange(*row) for row in rows if row[0] != "built"]


def stocks_by_source(db: Database, last: str, *, sources: Collection[str] = (),
                     channels: Collection[str] = ()) -> list[tuple[str, str, int, int]]:
    """(kind 'seen' or 'optout', comma list of tools, before_end, from_end) at `last` (filtered)."""
    params: dict[str, Any] = {"last": last, "month": last[:7], "month_first": last[:7] + "-01"}
    where = _filtered(params, sources, channels)
    if not _months_exist(db):
        return db.execute(
            f"""SELECT kind, sources, sum(before_end), sum(from_end) FROM contact_stocks
            WHERE kind IN ('seen', 'optout') AND window_days = 0 AND clicks_only = 0 AND day <= :last {where}
            GROUP BY kind, sources""",
            params,
        ).fetchall()
    return db.execute(
        f"""SELECT kind, sources, sum(b), sum(f) FROM (
            SELECT kind, sources, before_end AS b, from_end AS f FROM contact_months
            WHERE kind IN ('seen', 'optout') AND window_days = 0 AND clicks_only = 0 AND month < :month {where}
            UNION ALL
            SELECT kind, sources, before_end, from_end FROM contact_stocks
            WHERE kind IN ('seen', 'optout') AND window_days = 0 AND clicks_only = 0 AND day >= :month_first
                AND day <= :last {where})
        GROUP BY kind, sources""",
        params,
    ).fetchall()


def new_contacts(db: Database, first: str, last: str, *, sources: Collection[str] = (),
                 channels: Collection[str] = ()) -> list[tuple[str, str, int]]:
    """(month, channel or '', contacts) first seen from `first` to `last` (filtered)."""
    params: dict[str, Any] = {"first": first, "last": last}
    return db.execute(
        f"""SELECT substr(day, 1, 7), channel, sum(before_end) FROM contact_stocks
        WHERE kind = 'new' AND window_days = 0 AND clicks_only = 0 AND day >= :first AND day <= :last
            {_filtered(params, sources, channels)}
        GROUP BY 1, 2""",
        params,
    ).fetchall()


def undated_contacts(db: Database, *, sources: Collection[str] = (), channels: Collection[str] = ()) -> int:
    """Contacts without a creation day (filtered)."""
    params: dict[str, Any] = {}
    row = db.execute(f"SELECT sum(before_end) FROM contact_stocks WHERE kind = 'undated'"
                     f" {_filtered(params, sources, channels)}", params).fetchone()
    return row[0] or 0
