"""The data-quality strip of the Overview: what the numbers rest on and what weakens them, each with what
to fix in which tool. A manager should read it before the figures (issue #5)."""

from __future__ import annotations

from dataclasses import dataclass

from roi_desktop.core.channels import tool_name
from roi_desktop.core.kpis.period import Period
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message, MessageTemplate
from roi_desktop.core.store import Connection
from roi_desktop.core.store.kpi import quality as queries

MERGED = MessageTemplate(
    "quality.merged",
    QT_TRANSLATE_NOOP(
        "Messages",
        "{count} of your {total} contacts appear in several tools; they are counted once, by e-mail address.",
    ),
)
NO_SOURCE = MessageTemplate(
    "quality.no_source",
    QT_TRANSLATE_NOOP(
        "Messages",
        "{count} contacts have no known source, so they count in no channel. Fill the “original source” field"
        " in your CRM, or add UTM parameters to your forms.",
    ),
)
DEALS_NO_CONTACT = MessageTemplate(
    "quality.deals_no_contact",
    QT_TRANSLATE_NOOP(
        "Messages",
        "{count} of {total} deals are linked to no contact (from {tools}): their revenue counts, but not in the"
        " funnel or in attribution. Export deals with their associated contacts.",
    ),
)
CUSTOMERS_NO_DEAL = MessageTemplate(
    "quality.customers_no_deal",
    QT_TRANSLATE_NOOP(
        "Messages",
        "{count} customers have no won deal linked to them: their revenue is missing. Check that their deals are"
        " exported and associated with them in your CRM.",
    ),
)
MONTHS_NO_COST = MessageTemplate(
    "quality.months_no_cost",
    QT_TRANSLATE_NOOP(
        "Messages", "No cost was entered for {months}: ROI and cost per lead are too good for those months."
    ),
)
AGGREGATE_ONLY = MessageTemplate(
    "quality.aggregate_only",
    QT_TRANSLATE_NOOP(
        "Messages",
        "For {tools}, only campaign totals were imported: no contact-level activity (active contacts, scoring,"
        " attribution) comes from them. Export each campaign's recipients to get it.",
    ),
)

WARNING, INFO = "warning", "info"


@dataclass(frozen=True)
class QualityItem:
    """One line of the strip: its level (info or warning) and its sentence."""

    level: str
    message: Message


def data_quality(db: Connection, period: Period | None) -> list[QualityItem]:
    """What weakens the figures of `period`, worst first."""
    items: list[QualityItem] = []
    missing, total, tools = queries.deals_without_contact(db)
    if missing:
        items.append(QualityItem(WARNING, DEALS_NO_CONTACT(count=missing, total=total,
                                                           tools=", ".join(map(tool_name, tools)))))
    customers = queries.customers_without_won_deal(db)
    if customers:
        items.append(QualityItem(WARNING, CUSTOMERS_NO_DEAL(count=customers)))
    if period is not None:
        entered = queries.cost_months(db)
        if entered:
            empty = [m for m in period.months() if m not in entered]
            if empty:
                items.append(QualityItem(WARNING, MONTHS_NO_COST(months=", ".join(empty))))
    unknown = queries.contacts_without_source(db)
    if unknown:
        items.append(QualityItem(WARNING, NO_SOURCE(count=unknown)))
    aggregate = queries.aggregate_only_sources(db)
    if aggregate:
        items.append(QualityItem(INFO, AGGREGATE_ONLY(tools=", ".join(map(tool_name, aggregate)))))
    merged, contacts = queries.contacts_in_several_tools(db)
    if merged:
        items.append(QualityItem(INFO, MERGED(count=merged, total=contacts)))
    return items
