"""Builders that turn converted rows into rows of the canonical tables, one per kind of data."""

from __future__ import annotations

from roi_desktop.core.importing.records.base import Builder, BuildContext
from roi_desktop.core.importing.records.contacts import ContactsBuilder
from roi_desktop.core.importing.records.deals import DealsBuilder
from roi_desktop.core.importing.records.email import CampaignStatsBuilder, EventsBuilder
from roi_desktop.core.importing.records.other import CostsBuilder, WebTrafficBuilder, WorkflowsBuilder

__all__ = ["BUILDERS", "BuildContext", "Builder"]

BUILDERS: dict[str, type[Builder]] = {
    "contacts": ContactsBuilder,
    "deals": DealsBuilder,
    "campaign_stats": CampaignStatsBuilder,
    "email_events": EventsBuilder,
    "workflows": WorkflowsBuilder,
    "costs": CostsBuilder,
    "web_traffic": WebTrafficBuilder,
}
