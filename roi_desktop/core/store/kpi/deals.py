"""Queries of the deal KPIs (KPIS §3.4, §4.4) and of the customer KPIs built on deals (CLV, churn).

Deals are few (hundreds, a few thousand at the largest scale measured), so the area reads them whole, once per
state of the data (memo.py), and picks a period's deals in Python (sorted by day, by bisect: kpis/areas/deals.py);
every other question it asks is an index lookup.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, NamedTuple

from sqlite_utils import Database

from roi_desktop.core.store.kpi import filters
from roi_desktop.core.store.kpi.memo import memo


class DealRow(NamedTuple):
    """One deal as the KPIs read it (a named tuple: built five times faster than a frozen dataclass, and
    every period change reads them all).

    Attributes:
        status: 'won', 'lost' or 'open'.
        close_day: day won or lost (None on open deals: their close date is a forecast).
        amount_cents / currency: as exported (None when the export has no amount).
        channel: channel id of the deal's own lead source, or None.
        contact: the first of its linked contact e-mails, or None (unlinked).
    """

    id: int
    source: str
    status: str
    created_day: str | None
    close_day: str | None
    amount_cents: int | None
    currency: str | None
    company: str | None
    channel: str | None
    contact: str | None


DEAL_CHANNEL = """coalesce(nullif(d.channel, ''), nullif((SELECT c.channel FROM contacts c WHERE c.email =
    (SELECT min(dc.email) FROM deal_contacts dc WHERE dc.deal_id = d.id)), ''), 'unknown')"""
"""The channel of a deal for the KPI filter: its own lead source's, else its first contact's, else unknown."""


def deals(db: Database, *, sources: Collection[str] = (), channels: Collection[str] = ()) -> list[DealRow]:
    """Every deal of the chosen tools and channels (`DEAL_CHANNEL`; all when empty). The same on every period
    change: read once per state of the data (memo.py; the deals and customer areas both ask)."""
    key = ("deals", tuple(sorted(sources)), tuple(sorted(channels)))
    return list(memo(db, key, lambda: tuple(_deals(db, sources, channels))))


def _deals(db: Database, sources: Collection[str], channels: Collection[str]) -> list[DealRow]:
    params: dict[str, Any] = {}
    where = (filters.member("d.source", sources, params, "sources")
             + filters.member(DEAL_CHANNEL, channels, params, "channels"))
    rows = db.execute(
        f"""SELECT d.id, d.source, d.status, d.created_day, CASE WHEN d.status IN ('won', 'lost') THEN d.close_day END,
            d.amount_cents, d.currency, d.company, d.channel,
            (SELECT min(dc.email) FROM deal_contacts dc WHERE dc.deal_id = d.id)
        FROM deals d WHERE 1 {where} ORDER BY d.id""",
        params,
    ).fetchall()
    return list(map(DealRow._make, rows))


def customer_spans(db: Database) -> list[tuple[str, str, str | None]]:
    """(e-mail, first day as customer, customer end day or None) of every contact who became a customer: the
    earliest of its customer stage entry and its first won deal. Read once per state of the data (memo.py)."""
    return list(memo(db, "customer_spans", lambda: tuple(_customer_spans(db))))


def _customer_spans(db: Database) -> list[tuple[str, str, str | None]]:
    return db.execute(
        """SELECT s.email, min(s.day), c.customer_end_day FROM (
            SELECT email, entry_day AS day FROM stage_history WHERE origin = 'import' AND stage = 'customer'
            UNION ALL
            SELECT dc.email, d.close_day FROM deals d JOIN deal_contacts dc ON dc.deal_id = d.id
            WHERE d.status = 'won' AND d.close_day IS NOT NULL
        ) s LEFT JOIN contacts c ON c.email = s.email GROUP BY s.email"""
    ).fetchall()


def has_customer_end_days(db: Database) -> bool:
    """Whether any imported contact carries a customer end day (once per state of the data: it scans the
    contacts when none does)."""
    return memo(db, "customer_end_days", lambda: db.execute(
        "SELECT 1 FROM contacts WHERE customer_end_day IS NOT NULL LIMIT 1").fetchone() is not None)
