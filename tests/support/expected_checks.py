"""Compare what a workspace holds after importing a fixtures folder with that folder's expected.json.

The figures are recomputed here with plain SQL on the workspace file, independently of the KPI engine, so
that an import bug cannot hide behind a matching bug in the queries the app uses.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Any

EMAIL_METRICS = {
    "sent": "sent",
    "opens": "unique_opens",
    "clicks": "unique_clicks",
    "unsubscribes": "unsubscribes",
    "bounces": "bounces",
    "total_opens": "total_opens",
}

# KPIS §3.2: per campaign, recipient rows win over totals; totals rows without a day are never counted.
SEND_FACTS = """
SELECT c.source, substr(d.day, 1, 7) AS month, d.sent, d.unique_opens, d.unique_clicks, d.unsubscribes, d.bounces,
       d.total_opens
FROM email_daily d JOIN campaigns c ON c.id = d.campaign_id
UNION ALL
SELECT c.source, substr(s.day, 1, 7), s.sent, s.unique_opens, s.unique_clicks, s.unsubscribes, s.bounces, s.total_opens
FROM campaign_stats s JOIN campaigns c ON c.id = s.campaign_id
WHERE s.day != '' AND s.campaign_id NOT IN (SELECT campaign_id FROM email_daily)
"""


def _query(path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def email_totals(path: Path) -> tuple[dict[str, int], dict[str, dict[str, int]], dict[str, dict[str, int]]]:
    """(totals, per month, per source) of the e-mail metrics, from the workspace."""
    totals: dict[str, int] = defaultdict(int)
    per_month: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    per_source: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for source, month, *values in _query(path, SEND_FACTS):
        for name, value in zip(EMAIL_METRICS, values, strict=True):
            totals[name] += value or 0
            per_month[month][name] += value or 0
            per_source[source][name] += value or 0
    return totals, per_month, per_source


def check_workspace(path: Path, expected: dict[str, Any], reports: dict[str, Any]) -> None:
    """Assert every figure of expected.json the store holds; `reports` maps fixture-relative path → FileReport."""
    contacts = expected["contacts"]
    assert _query(path, "SELECT count(*) FROM contacts")[0][0] == contacts["unique_valid"]
    first_seen = dict(_query(path, "SELECT substr(first_seen_day, 1, 7), count(*) FROM contacts"
                                   " WHERE first_seen_day IS NOT NULL GROUP BY 1"))
    assert first_seen == {m: v for m, v in contacts["first_seen_per_month"].items() if v}
    for name, counts in contacts["per_file"].items():
        report = reports[name]
        assert report.rows_rejected == counts["invalid_email_rows"] + counts["empty_email_rows"], name
    for name, report in reports.items():
        assert report.balanced, name

    totals, per_month, per_source = email_totals(path)
    for metric in EMAIL_METRICS:
        assert totals[metric] == expected["email"]["totals"][metric], metric
        for month, values in expected["email"]["per_month"].items():
            assert per_month.get(month, {}).get(metric, 0) == values[metric], (month, metric)
        for source, block in expected["email"]["per_source"].items():
            assert per_source[source][metric] == block["totals"][metric], (source, metric)
    event_files = [r for n, r in reports.items() if n.startswith("brevo/campagnes/") or n.endswith("report_emails_envoyes.csv")]
    assert sum(r.rows_loaded for r in event_files) == expected["email"]["event_rows"]

    for stage, block in expected["funnel"]["became"].items():
        rows = dict(_query(path, "SELECT substr(entry_day, 1, 7), count(*) FROM stage_history WHERE stage = ?"
                                 " AND source = 'hubspot' GROUP BY 1", (stage,)))
        assert sum(rows.values()) == block["total"], stage
        assert rows == {m: v for m, v in block["per_month"].items() if v}, stage

    deals = expected["deals"]
    for source, block in deals["per_source"].items():
        row = _query(path, "SELECT count(*), sum(status = 'won'), sum(status = 'lost'), sum(status = 'open'),"
                           " sum(CASE WHEN status = 'won' THEN amount_cents END) FROM deals WHERE source = ?",
                     (source,))[0]
        assert row[:4] == (block["deals"], block["won_total"], block["lost_total"], block["open_total"]), source
        assert row[4] == round(block["revenue_won_total"] * 100), source
    won_by_month = dict(_query(path, "SELECT substr(close_day, 1, 7), count(*) FROM deals WHERE status = 'won' GROUP BY 1"))
    assert won_by_month == {m: v for m, v in deals["won_per_month"].items() if v}
    days = _query(path, "SELECT sum(julianday(close_day) - julianday(created_day)) FROM deals WHERE status = 'won'")[0][0]
    assert days == deals["sales_cycle_days"]["total_days"]

    costs = expected["costs"]
    assert _query(path, "SELECT count(*), sum(amount_cents) FROM costs")[0] == (costs["rows"], round(costs["total"] * 100))
    by_month = dict(_query(path, "SELECT month, sum(amount_cents) FROM costs GROUP BY month"))
    assert by_month == {m: round(v * 100) for m, v in costs["per_month"].items()}
    by_category = dict(_query(path, "SELECT category_label, sum(amount_cents) FROM costs GROUP BY 1"))
    assert by_category == {c: round(v * 100) for c, v in costs["per_category"].items()}

    web = expected["web"]
    assert _query(path, "SELECT count(*), sum(sessions), sum(key_events) FROM web_traffic")[0] == (
        web["rows"], web["sessions_total"], web["key_events_total"])
    sessions = dict(_query(path, "SELECT substr(day, 1, 7), sum(sessions) FROM web_traffic GROUP BY 1"))
    assert sessions == web["sessions_per_month"]
    by_pair = dict(_query(path, "SELECT source_medium, sum(sessions) FROM web_traffic GROUP BY 1"))
    assert {k: by_pair[k] for k in web["sessions_per_source_medium"]} == web["sessions_per_source_medium"]

    flows = expected["workflows"]
    row = _query(path, "SELECT count(*), sum(active), sum(trigger = ''), sum(goal = ''), sum(emails_configured),"
                       " sum(enrolled) FROM workflows")[0]
    assert row == (flows["count"], flows["active"], flows["without_trigger"], flows["without_goal"],
                   flows["emails_configured"], flows["enrolled_total"])
    per_tool = dict(_query(path, "SELECT source, count(*) FROM workflows GROUP BY source"))
    assert per_tool == {tool.lower(): count for tool, count in flows["per_tool"].items()}
    for name, block in expected.get("activecampaign_automations", {}).items():
        row = _query(path, "SELECT enrolled, completed FROM workflows WHERE source = 'activecampaign' AND name = ?",
                     (name,))[0]
        assert row == (block["entries"], block["completions"]), name
