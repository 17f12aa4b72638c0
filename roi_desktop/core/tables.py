"""The tables a user can browse on the Data page: which columns, in which order, labelled how.

Declared as data in the core (labels marked for translation) so that the store can whitelist what it is
asked to query and every front end shows the same names.
"""

from __future__ import annotations

from dataclasses import dataclass

from roi_desktop.core.messages import QT_TRANSLATE_NOOP

CONTEXT = "DataTables"


@dataclass(frozen=True)
class Column:
    """A browsable column: its SQL name, its English label and how to show its values."""

    name: str
    label: str
    kind: str = "text"  # text | day | datetime | count | money | bool | ratio


@dataclass(frozen=True)
class BrowsableTable:
    id: str
    label: str
    columns: tuple[Column, ...]
    default_order: str

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


TABLES: tuple[BrowsableTable, ...] = (
    BrowsableTable(
        "contacts",
        QT_TRANSLATE_NOOP("DataTables", "Contacts"),
        (
            Column("email", QT_TRANSLATE_NOOP("DataTables", "E-mail")),
            Column("first_name", QT_TRANSLATE_NOOP("DataTables", "First name")),
            Column("last_name", QT_TRANSLATE_NOOP("DataTables", "Last name")),
            Column("company", QT_TRANSLATE_NOOP("DataTables", "Company")),
            Column("job_title", QT_TRANSLATE_NOOP("DataTables", "Job title")),
            Column("lifecycle_stage", QT_TRANSLATE_NOOP("DataTables", "Lifecycle stage")),
            Column("channel", QT_TRANSLATE_NOOP("DataTables", "Channel")),
            Column("first_seen_day", QT_TRANSLATE_NOOP("DataTables", "First seen"), "day"),
            Column("optout", QT_TRANSLATE_NOOP("DataTables", "Unsubscribed"), "bool"),
            Column("sources", QT_TRANSLATE_NOOP("DataTables", "Found in")),
        ),
        "first_seen_day",
    ),
    BrowsableTable(
        "campaigns",
        QT_TRANSLATE_NOOP("DataTables", "Campaigns"),
        (
            Column("name", QT_TRANSLATE_NOOP("DataTables", "Campaign")),
            Column("source", QT_TRANSLATE_NOOP("DataTables", "Tool")),
            Column("send_day", QT_TRANSLATE_NOOP("DataTables", "Sent on"), "day"),
            Column("automated", QT_TRANSLATE_NOOP("DataTables", "Automated"), "bool"),
            Column("workflow", QT_TRANSLATE_NOOP("DataTables", "Workflow")),
            Column("subject", QT_TRANSLATE_NOOP("DataTables", "Subject")),
        ),
        "send_day",
    ),
    BrowsableTable(
        "deals",
        QT_TRANSLATE_NOOP("DataTables", "Deals"),
        (
            Column("name", QT_TRANSLATE_NOOP("DataTables", "Deal")),
            Column("source", QT_TRANSLATE_NOOP("DataTables", "Tool")),
            Column("status", QT_TRANSLATE_NOOP("DataTables", "Status")),
            Column("stage", QT_TRANSLATE_NOOP("DataTables", "Stage")),
            Column("amount_cents", QT_TRANSLATE_NOOP("DataTables", "Amount"), "money"),
            Column("created_day", QT_TRANSLATE_NOOP("DataTables", "Created"), "day"),
            Column("close_day", QT_TRANSLATE_NOOP("DataTables", "Closed"), "day"),
            Column("contact_email", QT_TRANSLATE_NOOP("DataTables", "Contact")),
            Column("owner", QT_TRANSLATE_NOOP("DataTables", "Owner")),
        ),
        "created_day",
    ),
    BrowsableTable(
        "costs",
        QT_TRANSLATE_NOOP("DataTables", "Costs"),
        (
            Column("month", QT_TRANSLATE_NOOP("DataTables", "Month")),
            Column("category", QT_TRANSLATE_NOOP("DataTables", "Category")),
            Column("item", QT_TRANSLATE_NOOP("DataTables", "Item")),
            Column("channel_label", QT_TRANSLATE_NOOP("DataTables", "Channel")),
            Column("amount_cents", QT_TRANSLATE_NOOP("DataTables", "Amount"), "money"),
            Column("note", QT_TRANSLATE_NOOP("DataTables", "Note")),
        ),
        "month",
    ),
    BrowsableTable(
        "workflows",
        QT_TRANSLATE_NOOP("DataTables", "Workflows"),
        (
            Column("name", QT_TRANSLATE_NOOP("DataTables", "Workflow")),
            Column("source", QT_TRANSLATE_NOOP("DataTables", "Tool")),
            Column("status", QT_TRANSLATE_NOOP("DataTables", "Status")),
            Column("trigger", QT_TRANSLATE_NOOP("DataTables", "Trigger")),
            Column("goal", QT_TRANSLATE_NOOP("DataTables", "Goal")),
            Column("enrolled", QT_TRANSLATE_NOOP("DataTables", "Enrolled"), "count"),
        ),
        "name",
    ),
    BrowsableTable(
        "web_traffic",
        QT_TRANSLATE_NOOP("DataTables", "Web traffic"),
        (
            Column("day", QT_TRANSLATE_NOOP("DataTables", "Day"), "day"),
            Column("source_medium", QT_TRANSLATE_NOOP("DataTables", "Source / medium")),
            Column("sessions", QT_TRANSLATE_NOOP("DataTables", "Sessions"), "count"),
            Column("key_events", QT_TRANSLATE_NOOP("DataTables", "Key events"), "count"),
        ),
        "day",
    ),
)

BY_ID = {table.id: table for table in TABLES}
