"""SQL pieces of the KPI filter (kpis/filters.py) and what a workspace can be filtered by.

A filter goes into a statement as JSON parameters (`column IN (SELECT value FROM json_each(:p))`), so a
statement's text does not depend on the values chosen and read connections need no temporary table. An empty
set adds no condition at all: unfiltered statements stay exactly what they were.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any

from sqlite_utils import Database


def member(expression: str, values: Collection[str], params: dict[str, Any], name: str) -> str:
    """` AND <expression> IN (the values)` with its parameter added to `params`, or '' when `values` is empty."""
    if not values:
        return ""
    params[name] = json.dumps(sorted(values))
    return f" AND {expression} IN (SELECT value FROM json_each(:{name}))"


def any_member(comma_list: str, values: Collection[str], params: dict[str, Any], name: str) -> str:
    """` AND` one of the tools of a comma list column (contacts.sources) is among `values`; '' when empty."""
    if not values:
        return ""
    params[name] = json.dumps(sorted(values))
    return (f" AND EXISTS (SELECT 1 FROM json_each(:{name}) f"
            f" WHERE instr(',' || {comma_list} || ',', ',' || f.value || ',') > 0)")


def source_counts(db: Database) -> list[tuple[str, int]]:
    """(tool, rows) over the tables whose rows say which tool they come from."""
    return db.execute(
        """SELECT source, count(*) FROM contact_records GROUP BY source
        UNION ALL SELECT c.source, count(*) FROM email_daily d JOIN campaigns c ON c.id = d.campaign_id GROUP BY 1
        UNION ALL SELECT c.source, count(*) FROM campaign_stats s JOIN campaigns c ON c.id = s.campaign_id GROUP BY 1
        UNION ALL SELECT source, count(*) FROM deals GROUP BY source
        UNION ALL SELECT source, count(*) FROM workflows GROUP BY source
        UNION ALL SELECT source, count(*) FROM web_traffic GROUP BY source"""
    ).fetchall()


def channel_counts(db: Database) -> list[tuple[str | None, int]]:
    """(channel id or None, rows) of contacts, campaigns, deals and cost lines."""
    return db.execute(
        """SELECT channel, count(*) FROM contacts GROUP BY channel
        UNION ALL SELECT channel, count(*) FROM campaigns GROUP BY channel
        UNION ALL SELECT channel, count(*) FROM deals GROUP BY channel
        UNION ALL SELECT channel, count(*) FROM costs GROUP BY channel"""
    ).fetchall()


def web_channel_rows(db: Database) -> list[tuple[str, str | None, str | None, int]]:
    """(channel group, traffic source, medium, rows) of the web rows: their channel is mapped in Python."""
    return db.execute(
        "SELECT channel_group, traffic_source, medium, count(*) FROM web_traffic GROUP BY 1, 2, 3"
    ).fetchall()
