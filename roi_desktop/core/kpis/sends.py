"""The e-mail send facts of a period, grouped the ways the e-mail and workflow KPIs break them down.

The store gives SF summed per (campaign, month); this module attaches each campaign's tool, its
`by_campaign` key and its workflow, and adds the figures up by month, source, campaign and workflow. The
e-mail area, the workflow area (automated sends) and the A/B test picker share it, so a campaign has the
same name everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from typing import Any

from roi_desktop.core.kpis.series import Sums
from roi_desktop.core.store import Connection
from roi_desktop.core.store.kpi import email as email_store

COUNT_IDS = tuple(email_store.COUNTS)
RATE_IDS = tuple(email_store.RATES)
SHARE_IDS = tuple(email_store.SHARES)


@dataclass(frozen=True)
class Campaign:
    """A campaign as the KPIs name it.

    Attributes:
        key: the `by_campaign` key, "<source>:<name>", with " [<external id>]" when two campaigns of the
            tool share the name.
        workflow_key: the `by_workflow` key "<source>:<workflow>" of an automated campaign, else None.
    """

    id: int
    source: str
    name: str
    external_id: str
    automated: bool
    key: str
    workflow_key: str | None


def campaigns(db: Connection, workflow_names: dict[tuple[str, str], str] | None = None) -> dict[int, Campaign]:
    """Every campaign by id. `workflow_names` maps (source, folded name) to the workflow's name as the
    workflow exports write it, so that `by_workflow` keys agree across KPIs."""
    rows = email_store.campaigns(db)
    names: dict[tuple[str, str], int] = {}
    for _id, source, _external, name, *_rest in rows:
        names[(source, name)] = names.get((source, name), 0) + 1
    found = {}
    for campaign_id, source, external_id, name, automated, workflow in rows:
        key = f"{source}:{name}" + (f" [{external_id}]" if names[(source, name)] > 1 else "")
        workflow_key = None
        if automated and workflow:
            shown = (workflow_names or {}).get((source, fold(workflow)), workflow)
            workflow_key = f"{source}:{shown}"
        found[campaign_id] = Campaign(campaign_id, source, name, external_id, bool(automated), key, workflow_key)
    return found


def fold(name: str) -> str:
    """A workflow name as workflows are merged (KPIS §3.4): trimmed, spaces collapsed, case-folded."""
    return " ".join(name.split()).casefold()


@dataclass
class SendFacts:
    """SF of one period: rows per (campaign, month) and the campaigns they belong to."""

    rows: list[dict[str, Any]]
    campaigns: dict[int, Campaign]

    def total(self) -> Sums:
        return _sum(self.rows, self.campaigns)

    def grouped(self, key: Callable[[dict[str, Any], Campaign], str | None]) -> dict[str, Sums]:
        """Sums per group; rows whose key is None are left out."""
        groups: dict[str, list[dict[str, Any]]] = {}
        for row in self.rows:
            group = key(row, self.campaigns[row["campaign_id"]])
            if group is not None:
                groups.setdefault(group, []).append(row)
        return {group: _sum(rows, self.campaigns) for group, rows in sorted(groups.items())}

    def breakdowns(self) -> dict[str, dict[str, Sums]]:
        return {
            "by_month": self.grouped(lambda row, _c: row["month"]),
            "by_source": self.grouped(lambda _row, c: c.source),
            "by_campaign": self.grouped(lambda _row, c: c.key),
            "by_workflow": self.grouped(lambda _row, c: c.workflow_key),
        }


def load(db: Connection, first: str, last: str, workflow_names: dict[tuple[str, str], str] | None = None, *,
         sources: Collection[str] = (), channels: Collection[str] = ()) -> SendFacts:
    """SF of first..last, of the campaigns of the chosen tools and channels (all when empty)."""
    return SendFacts(email_store.send_figures(db, first, last, sources=sources, channels=channels),
                     campaigns(db, workflow_names))


def _sum(rows: Iterable[dict[str, Any]], known: dict[int, Campaign]) -> Sums:
    """SF figures added up; also "automated_sent" (the sends of automated campaigns) and its share of all
    sends, "automated_share"."""
    sums = Sums()
    for row in rows:
        campaign = known[row["campaign_id"]]
        source, sent = campaign.source, row["c:emails_sent"]
        automated = sent if campaign.automated or sent is None else 0
        sums.add_value("automated_sent", automated, source)
        sums.add_pair("automated_share", automated, sent, source)
        sums.rows += row["rows"]
        for kpi_id in COUNT_IDS:
            sums.add_value(kpi_id, row[f"c:{kpi_id}"], source, row[f"m:{kpi_id}"])
        for kpi_id in RATE_IDS + SHARE_IDS:
            sums.add_pair(kpi_id, row[f"n:{kpi_id}"], row[f"d:{kpi_id}"], source, row[f"m:{kpi_id}"])
    return sums
