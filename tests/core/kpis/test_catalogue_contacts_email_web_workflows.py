"""The definitions of the contacts, e-mail, web, workflow and social sections (KPIS §4.1, §4.2, §4.6, §4.7,
§5, §7) are complete and exact, and every message they use has a template."""

from __future__ import annotations

import pytest

from roi_desktop.core.kpis import alerts
from roi_desktop.core.kpis.definitions import (
    COUNT, DOWN, FLOW, NEUTRAL, RATIO, SNAPSHOT, STOCK, UP, all_definitions,
)
from roi_desktop.core.messages import registered_templates

M, S, CH, CA, W, SM, LP = "by_month", "by_source", "by_channel", "by_campaign", "by_workflow", "by_source_medium", \
    "by_landing_page"
EMAIL = (M, S, CA, W)

# id: (unit, kind, breakdowns as KPIS §4 lists them, better as §7 says)
SECTIONS = {
    "contacts_total": (COUNT, STOCK, (M, S), UP),
    "contacts_new": (COUNT, FLOW, (M, CH), UP),
    "contacts_active": (COUNT, STOCK, (M,), UP),
    "contacts_inactive": (COUNT, STOCK, (M,), DOWN),
    "contacts_unsubscribed": (COUNT, STOCK, (M, S), DOWN),
    "emails_sent": (COUNT, FLOW, EMAIL, UP),
    "emails_delivered": (COUNT, FLOW, EMAIL, UP),
    "emails_bounced": (COUNT, FLOW, EMAIL, DOWN),
    "hard_bounces": (COUNT, FLOW, EMAIL, DOWN),
    "soft_bounces": (COUNT, FLOW, EMAIL, DOWN),
    "unique_opens": (COUNT, FLOW, EMAIL, UP),
    "unique_clicks": (COUNT, FLOW, EMAIL, UP),
    "total_opens": (COUNT, FLOW, EMAIL, UP),
    "total_clicks": (COUNT, FLOW, EMAIL, UP),
    "unsubscribes": (COUNT, FLOW, EMAIL, DOWN),
    "complaints": (COUNT, FLOW, EMAIL, DOWN),
    "open_rate": (RATIO, FLOW, EMAIL, UP),
    "click_rate": (RATIO, FLOW, EMAIL, UP),
    "click_to_open_rate": (RATIO, FLOW, EMAIL, UP),
    "unsubscribe_rate": (RATIO, FLOW, EMAIL, DOWN),
    "bounce_rate": (RATIO, FLOW, EMAIL, DOWN),
    "complaint_rate": (RATIO, FLOW, EMAIL, DOWN),
    "open_rate_excl_mpp": (RATIO, FLOW, EMAIL, UP),
    "web_sessions": (COUNT, FLOW, (M, S, SM, CH, LP), UP),
    "web_key_events": (COUNT, FLOW, (M, S, SM, CH, LP), UP),
    "web_conversion_rate": (RATIO, FLOW, (M, SM, CH, LP), UP),
    "visit_to_lead_rate": (RATIO, FLOW, (M,), UP),
    "web_peak_days": (COUNT, FLOW, (M,), NEUTRAL),
    "workflows_total": (COUNT, SNAPSHOT, (S,), UP),
    "workflows_active": (COUNT, SNAPSHOT, (S,), UP),
    "workflows_without_trigger": (COUNT, SNAPSHOT, (S,), DOWN),
    "triggers_configured": (COUNT, SNAPSHOT, (S,), UP),
    "workflows_without_goal": (COUNT, SNAPSHOT, (S,), DOWN),
    "workflows_active_without_enrolment": (COUNT, SNAPSHOT, (S,), DOWN),
    "workflows_enrolled": (COUNT, SNAPSHOT, (S, W), UP),
    "workflow_completion_rate": (RATIO, SNAPSHOT, (S, W), UP),
    "emails_configured": (COUNT, SNAPSHOT, (S, W), NEUTRAL),
    "automated_emails_sent": (COUNT, FLOW, (M, S, W, CA), UP),
    "automated_email_share": (RATIO, FLOW, (M, S), UP),
    "social_engagement_rate": (RATIO, FLOW, (M, S), UP),
    "csat": (RATIO, FLOW, (M, S), UP),
}
ALERTS = {"unsubscribe_rate", "bounce_rate", "complaint_rate", "contacts_inactive", "workflows_without_trigger",
          "workflows_active_without_enrolment", "workflow_completion_rate", "emails_sent"}


@pytest.mark.parametrize("kpi_id", SECTIONS)
def test_definition_is_complete(kpi_id: str) -> None:
    definition = all_definitions()[kpi_id]
    unit, kind, breakdowns, better = SECTIONS[kpi_id]
    assert definition.name and definition.tooltip and definition.formula and definition.tables
    assert definition.needs.startswith("Import")
    assert (definition.unit, definition.kind, definition.breakdowns, definition.better) == \
        (unit, kind, breakdowns, better)
    assert (definition.alert is not None) == (kpi_id in ALERTS)


def test_every_needs_sentence_and_alert_message_is_a_template() -> None:
    texts = {(t.context, t.text) for t in registered_templates().values()}
    for kpi_id in SECTIONS:
        definition = all_definitions()[kpi_id]
        assert ("KpiNeeds", definition.needs) in texts
        if definition.alert is not None:
            assert (alerts.ALERT_CONTEXT, definition.alert.message) in texts


def test_every_kpi_of_these_sections_is_computed(all_json: dict) -> None:
    assert set(SECTIONS) <= set(all_json["kpis"])
    for kpi_id in SECTIONS:
        shown = all_json["kpis"][kpi_id]
        assert set(shown) >= {"value", "unit"}
        assert ("reason" in shown) == (shown["value"] is None)
