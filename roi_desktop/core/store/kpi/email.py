"""The e-mail send facts (SF, KPIS §3.2) summed per campaign and month, and what qualifies them.

SF is read from `email_daily` (recipient rows already summed per campaign and send day) for campaigns that
have recipient rows, and from dated `campaign_stats` for the others ("events win", decided here at query
time so import order never matters). `email_events` is never read: a period change must stay instant on a
million recipient rows. A metric an export lacks is NULL; each figure comes with the number of rows that
lack it, so that the KPI layer can leave those sources out and say so (note partial_sources).

The KPI filter (kpis/filters.py) keeps the campaigns of the chosen tools (`campaigns.source`) and channels
(`campaigns.channel`, `email` for every e-mail export so far): `{chosen}` in SF is that condition, or nothing.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlite_utils import Database

from roi_desktop.core.store.kpi import filters

_SF = """
WITH sf AS (
    SELECT campaign_id, day, sent, bounces AS bounced, hard_bounces AS hard, soft_bounces AS soft, unique_opens,
        unique_clicks, total_opens, total_clicks, unsubscribes, complaints, mpp_only_opens
    FROM email_daily WHERE day BETWEEN :first AND :last {chosen}
    UNION ALL
    SELECT campaign_id, day, sent, bounces, hard_bounces, soft_bounces, unique_opens, unique_clicks, total_opens,
        total_clicks, unsubscribes, complaints, NULL
    FROM campaign_stats s WHERE day BETWEEN :first AND :last {chosen}
        AND NOT EXISTS (SELECT 1 FROM email_daily d WHERE d.campaign_id = s.campaign_id)
), rows AS (SELECT *, sent - coalesce(bounced, 0) AS delivered FROM sf)
"""

COUNTS: dict[str, str] = {
    "emails_sent": "sent",
    "emails_delivered": "delivered",
    "emails_bounced": "bounced",
    "hard_bounces": "hard",
    "soft_bounces": "soft",
    "unique_opens": "unique_opens",
    "unique_clicks": "unique_clicks",
    "total_opens": "total_opens",
    "total_clicks": "total_clicks",
    "unsubscribes": "unsubscribes",
    "complaints": "complaints",
}
"""Count KPI → its SF column (a plain SUM; all-NULL gives NULL)."""

RATES: dict[str, tuple[str, str, str]] = {
    "open_rate": ("unique_opens", "delivered", "unique_opens IS NOT NULL"),
    "click_rate": ("unique_clicks", "delivered", "unique_clicks IS NOT NULL"),
    "click_to_open_rate": ("unique_clicks", "unique_opens", "unique_clicks IS NOT NULL AND unique_opens IS NOT NULL"),
    "unsubscribe_rate": ("unsubscribes", "delivered", "unsubscribes IS NOT NULL"),
    "bounce_rate": ("bounced", "sent", "bounced IS NOT NULL"),
    "complaint_rate": ("complaints", "delivered", "complaints IS NOT NULL"),
    "open_rate_excl_mpp": ("unique_opens - mpp_only_opens", "delivered",
                           "mpp_only_opens IS NOT NULL AND unique_opens IS NOT NULL"),
}
"""Rate KPI → (numerator, denominator, rows that count): both sums run over the rows carrying the numerator
(KPIS §3.2 rule 4)."""

SHARES: dict[str, tuple[str, str, str]] = {
    "mpp_share": ("mpp_only_opens", "unique_opens", "mpp_only_opens IS NOT NULL AND unique_opens IS NOT NULL"),
}
"""Other ratios summed like rates: the share of opens made by Apple Mail alone, over the exports that say
(KPIS §2: above one half, the panel suggests the click signal)."""


def _figures_sql() -> str:
    parts = []
    for kpi_id, column in COUNTS.items():
        parts.append(f"sum({column}) AS \"c:{kpi_id}\"")
        parts.append(f"sum({column} IS NULL) AS \"m:{kpi_id}\"")
    for kpi_id, (numerator, denominator, known) in (RATES | SHARES).items():
        parts.append(f"sum(CASE WHEN {known} THEN {numerator} END) AS \"n:{kpi_id}\"")
        parts.append(f"sum(CASE WHEN {known} THEN {denominator} END) AS \"d:{kpi_id}\"")
        parts.append(f"sum(NOT ({known})) AS \"m:{kpi_id}\"")
    return ",\n    ".join(parts)


_FIGURES = _SF + f"""
SELECT campaign_id, substr(day, 1, 7) AS month, count(*) AS rows,
    {_figures_sql()}
FROM rows GROUP BY campaign_id, month ORDER BY month, campaign_id
"""


def _chosen(params: dict[str, Any], sources: Collection[str], channels: Collection[str]) -> str:
    """The filter on SF rows: their campaign's tool and channel; '' without a filter."""
    where = (filters.member("source", sources, params, "sources")
             + filters.member("coalesce(channel, 'unknown')", channels, params, "channels"))
    return f"AND campaign_id IN (SELECT id FROM campaigns WHERE 1 {where})" if where else ""


def send_figures(db: Database, first: str, last: str, *, sources: Collection[str] = (),
                 channels: Collection[str] = ()) -> list[dict[str, Any]]:
    """SF of days first..last summed per (campaign, month): keys campaign_id, month, rows, and per KPI id
    "c:<id>" (count), "n:<id>"/"d:<id>" (rate), "m:<id>" (rows lacking the figure). Only the campaigns of the
    chosen tools and channels (all when empty)."""
    params: dict[str, Any] = {"first": first, "last": last}
    cursor = db.execute(_FIGURES.replace("{chosen}", _chosen(params, sources, channels)), params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def campaigns(db: Database) -> list[tuple[int, str, str, str, int, str | None]]:
    """Every campaign: (id, source, external id, name, automated, workflow)."""
    return db.execute("SELECT id, source, external_id, name, automated, workflow FROM campaigns ORDER BY id").fetchall()


def superseded_campaigns(db: Database, first: str, last: str, *, sources: Collection[str] = (),
                         channels: Collection[str] = ()) -> int:
    """Campaigns (of the chosen tools and channels) sending in first..last from recipient rows that also have
    an aggregate report (ignored)."""
    params: dict[str, Any] = {"first": first, "last": last}
    return db.execute(
        f"""SELECT count(DISTINCT d.campaign_id) FROM email_daily d WHERE d.day BETWEEN :first AND :last
        AND EXISTS (SELECT 1 FROM campaign_stats s WHERE s.campaign_id = d.campaign_id)
        {_chosen(params, sources, channels)}""",
        params,
    ).fetchone()[0]


def undated_sends(db: Database, *, sources: Collection[str] = (), channels: Collection[str] = ()) -> int:
    """Sends no SF row can hold: undated aggregate rows of campaigns without recipient rows, and the e-mail
    sends of automation reports (ActiveCampaign `Email Sends`) — of the chosen tools and channels (an
    automation report's sends are e-mails: channel `email`)."""
    params: dict[str, Any] = {}
    stats = db.execute(
        f"""SELECT coalesce(sum(sent), 0) FROM campaign_stats s WHERE day = ''
        AND NOT EXISTS (SELECT 1 FROM email_daily d WHERE d.campaign_id = s.campaign_id)
        {_chosen(params, sources, channels)}""",
        params,
    ).fetchone()[0]
    if channels and "email" not in channels:
        return stats
    params = {}
    automations = db.execute(
        f"SELECT coalesce(sum(email_sends), 0) FROM workflows WHERE 1"
        f" {filters.member('source', sources, params, 'sources')}",
        params,
    ).fetchone()[0]
    return stats + automations


def flag_only_campaigns(db: Database) -> dict[str, set[int]]:
    """Campaigns whose recipient rows only say yes/no (Mautic `Read`/`Clicked`): their total opens or total
    clicks equal the unique ones over the whole campaign, so a total is a lower bound (KPIS §3.2 rule 2)."""
    found: dict[str, set[int]] = {}
    for kpi_id, total, unique in (("total_opens", "total_opens", "unique_opens"),
                                  ("total_clicks", "total_clicks", "unique_clicks")):
        rows = db.execute(
            f"SELECT campaign_id FROM email_daily GROUP BY campaign_id"
            f" HAVING sum({total}) > 0 AND sum({total}) = sum({unique})"
        ).fetchall()
        found[kpi_id] = {row[0] for row in rows}
    return found


def send_days(db: Database, first: str, last: str) -> list[str]:
    """Days with at least one e-mail sent (SF), first..last."""
    return [row[0] for row in db.execute(
        _SF.replace("{chosen}", "") + "SELECT DISTINCT day FROM rows WHERE sent > 0 ORDER BY day",
        {"first": first, "last": last}
    ).fetchall()]
