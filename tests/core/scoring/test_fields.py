"""What fit conditions and engagement activities match, on the contacts of dataset.py."""

from __future__ import annotations

import pytest

from roi_desktop.core.scoring.rules import Model, Rule
from roi_desktop.core.workspace import Workspace


def _touched(workspace: Workspace, rule: Rule) -> list[str]:
    model = Model("one rule", rules=(rule,), mql_threshold=0)
    page = workspace.scoring.contacts(model, rule_id=rule.id, limit=10)
    return sorted(row.email[0] for row in page.rows)


@pytest.mark.parametrize(("field", "operator", "value", "who"), [
    ("job_title", "equals", " gerant ", "a"),  # case, accents and spaces ignored
    ("job_title", "contains", "direct", "c"),
    ("job_title", "in_list", "Comptable\nGérant", "ab"),
    ("job_title", "is_empty", "", "d"),
    ("job_title", "is_not_empty", "", "abce"),
    ("country", "equals", "france", "ade"),
    ("lead_status", "in_list", "Unqualified; Open", "bc"),
    ("lifecycle_stage", "equals", "Customer", "a"),
    ("original_source", "contains", "organic", "ac"),
    ("channel", "equals", "organic_search", "ac"),
    ("company", "contains", "chlo", "c"),
    ("tool", "equals", "HubSpot", "abcde"),
    ("company_size", "greater_than", "50", "be"),  # "11-50" reads 11; "1 000+" reads 1000
    ("company_size", "less_than", "12,5", "ad"),
    ("company_size", "is_empty", "", "c"),
    ("column:Number of Employees", "equals", "5", "d"),
    ("column:Number of Employees", "greater_than", "ten", ""),  # not a number: matches nothing
    ("tags", "is_empty", "", "abcde"),
    ("tool_score", "is_empty", "", "abcde"),
])
def test_fit_conditions(hand: Workspace, field: str, operator: str, value: str, who: str) -> None:
    assert _touched(hand, Rule("x", "fit", field, operator, value, points=1)) == list(who)


@pytest.mark.parametrize(("activity", "value", "who"), [
    ("email_opened", "", "abcde"),
    ("email_opened", "juin", "abe"),  # campaign name contains
    ("email_clicked", "", "abce"),
    ("email_clicked", "WEBINAIRE", "ac"),
    ("link_clicked", "/demo", "ab"),
    ("link_clicked", "example.com/blog", "ae"),
    ("webinar_registration", "", "ac"),
    ("unsubscribed", "", "d"),
    ("bounced", "", "e"),
    ("deal_created", "", "abc"),
    ("web_session", "organic", "ac"),  # the original source the CRM recorded
    ("web_session", "paid social", "b"),
    ("web_session", "", "abce"),
])
def test_engagement_activities(hand: Workspace, activity: str, value: str, who: str) -> None:
    assert _touched(hand, Rule("x", "engagement", activity, value=value, points=1)) == list(who)


def test_fields_offered_to_the_editor(hand: Workspace) -> None:
    fields = {choice.id: choice.contacts for choice in hand.scoring.fields()}
    assert fields["job_title"] == 4
    assert fields["company_size"] == 4
    assert fields["tags"] == 0
    assert "column:Number of Employees" in fields
