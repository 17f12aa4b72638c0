"""The model as data: validation in plain sentences, editing steps, numbers as typed, summaries, starter model."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from roi_desktop.core.errors import UserError
from roi_desktop.core.scoring.funnel import Stage
from roi_desktop.core.scoring.labels import describe_rule
from roi_desktop.core.scoring.rules import (
    Condition,
    Group,
    Model,
    Rule,
    SqlCriteria,
    starter_model,
)
from roi_desktop.core.scoring.validate import (
    most_points,
    number_or_none,
    parse_number,
    problems,
)
from tests.core.scoring import dataset

ENGLISH = lambda _context, text: text


def _codes(model: Model) -> list[tuple[str | None, str | None, str, bool]]:
    return [(p.rule_id, p.part, p.message.code.rsplit(".", 1)[1], p.blocking) for p in problems(model)]


def test_the_models_of_the_tests_and_the_starter_are_valid() -> None:
    assert problems(dataset.model()) == []
    assert problems(starter_model()) == []


@pytest.mark.parametrize(("rule", "expected"), [
    (Rule("r", "fit", "", "equals", "x", points=5), [("field", "no_field", True)]),
    (Rule("r", "fit", "country", "equals", " ", points=5), [("value", "no_value", True)]),
    (Rule("r", "fit", "country", "in_list", " ; ", points=5), [("value", "no_value", True)]),
    (Rule("r", "fit", "company_size", "greater_than", "fifty", points=5), [("value", "not_number", True)]),
    (Rule("r", "fit", "company_size", "greater_than", "1 000,5", points=5), []),
    (Rule("r", "fit", "country", "is_empty", "", points=5), []),
    (Rule("r", "fit", "country", "equals", "France", points=5, window_days=30), [("frequency", "fit_undated", True)]),
    (Rule("r", "fit", "country", "equals", "France", points=0), [("points", "no_points", False)]),
    (Rule("r", "engagement", "link_clicked", value="", points=5), [("value", "no_value", True)]),
    (Rule("r", "engagement", "email_clicked", points=5, frequency="each", cap=0), [("cap", "cap", True)]),
    (Rule("r", "engagement", "email_clicked", points=5, cap=10), [("cap", "cap_once", False)]),
    (Rule("r", "engagement", "email_clicked", points=5, window_days=0), [("window_days", "window", True)]),
    (Rule("r", "engagement", "email_clicked", points=5, half_life_days=0.5), [("half_life_days", "half_life", True)]),
    (Rule("r", "engagement", "bounced", value="x", points=-5), [("value", "value_ignored", False)]),
])
def test_rule_problems(rule: Rule, expected: list[tuple[str, str, bool]]) -> None:
    model = Model("m", rules=(rule,), mql_threshold=0)
    assert _codes(model) == [("r", part, code, blocking) for part, code, blocking in expected]


def test_model_problems() -> None:
    model = dataset.model()
    assert _codes(replace(model, name=" ")) == [(None, "name", "no_name", True)]
    assert _codes(replace(model, mql_threshold=-1)) == [(None, "mql_threshold", "threshold", True)]
    capped = model.with_rule(replace(model.rule("R8"), cap=8))  # else "each time" without a cap: no maximum
    unreachable = _codes(replace(capped, mql_threshold=500, sql=SqlCriteria(min_score=400, deal_exists=True)))
    assert unreachable == [(None, "mql_threshold", "mql_unreachable", True), (None, "sql", "sql_unreachable", True)]
    assert _codes(replace(model, sql=SqlCriteria(deal_exists=False))) == [(None, "sql", "sql_empty", True)]
    assert _codes(replace(model, groups=(Group("g1", "", 0),))) == [
        (None, "group", "group_name", True), (None, "group", "group_cap", True)]
    orphan = model.with_rule(replace(model.rule("R1"), group="nope"))
    assert _codes(orphan) == [("R1", "group", "no_group", True)]
    twice = replace(model, rules=(*model.rules, model.rule("R1")))
    assert ("R1", "id", "same_id", True) in _codes(twice)
    funnel = model.funnel.with_stage(Stage("lead", basis="model")).with_stage(Stage("mql", basis="deals"))
    assert _codes(replace(model, funnel=funnel)) == [(None, "lead", "model_basis", True),
                                                     (None, "mql", "deals_basis", True)]
    nothing = replace(model.funnel, stages=tuple(replace(s, enabled=False) for s in model.funnel.stages))
    assert _codes(replace(model, funnel=nothing)) == [(None, "funnel", "no_stage", True)]
    bad_condition = replace(model, sql=SqlCriteria(min_score=10, conditions=(Condition("lead_status", "equals"),)))
    assert _codes(bad_condition) == [(None, "sql", "no_value", True)]


def test_unreachable_thresholds_use_caps_and_groups() -> None:
    model = dataset.model()
    # Fit 10 + 5 (R3 is negative); g1 = min(5 + ∞, 6) = 6; R5 2, R7 20, R8 ∞ (each time, no cap).
    assert most_points(model) == math.inf
    capped = model.with_rule(replace(model.rule("R8"), cap=8))
    assert most_points(capped) == 10 + 5 + 6 + 2 + 20 + 8 + 15
    message = problems(replace(capped, mql_threshold=67))[0].message
    assert message.english() == "No contact can reach the MQL threshold of 67 points: the rules give at most 66."
    assert problems(replace(capped, funnel=capped.funnel.with_stage(Stage("mql")), mql_threshold=67)) == []


def test_numbers_as_typed() -> None:
    assert parse_number("12,5") == 12.5
    assert parse_number(" 1 234 ") == 1234
    assert parse_number("−5") == -5
    assert parse_number("+5") == 5
    with pytest.raises(UserError) as caught:
        parse_number("douze")
    assert caught.value.message.english() == "“douze” is not a number: type a number such as 50 or 12.5."
    assert [number_or_none(t) for t in ("51-200", "1 000+", "12,5 k€", "n/a", None)] == [51, 1000, 12.5, None, None]


def test_editing_steps_return_new_models() -> None:
    model = dataset.model()
    copy, copy_id = model.duplicated("R2")
    assert copy_id == "r1" and [r.id for r in copy.rules][:4] == ["R1", "R2", "r1", "R3"]
    assert copy.rule("r1") == replace(model.rule("R2"), id="r1")
    moved = copy.moved("r1", 0)
    assert [r.id for r in moved.rules][:3] == ["r1", "R1", "R2"]
    assert [r.id for r in moved.without_rule("r1").rules] == [r.id for r in model.rules]
    added = model.with_rule(Rule(model.new_rule_id(), "fit", "country", "equals", "Spain", points=1), index=0)
    assert added.rules[0].id == "r1"
    ungrouped = model.without_group("g1")
    assert ungrouped.groups == () and ungrouped.rule("R4").group is None
    assert model.with_group(Group("g1", "Emails", 8)).group("g1").cap == 8
    assert model.new_group_id() == "g2"
    assert model.rules == dataset.model().rules  # untouched


def test_rule_summaries() -> None:
    model = dataset.model()
    assert describe_rule(model.rule("R1"), ENGLISH) == "Job title contains “gérant; directrice” · 10 pts"
    assert describe_rule(model.rule("R3"), ENGLISH) == "Job title is empty · -5 pts"
    assert describe_rule(model.rule("R4"), ENGLISH) == "Clicked in an e-mail · 3 pts each time, at most 5"
    assert describe_rule(model.rule("R5"), ENGLISH) == "Opened an e-mail · 2 pts, last 31 days"
    assert describe_rule(model.rule("R6"), ENGLISH) == "Opened an e-mail · 4 pts each time, half-life 30 days"
    assert describe_rule(model.rule("R7"), ENGLISH) == "Clicked a link containing “/demo” · 20 pts"
    column = Rule("x", "fit", "column:BUDGET_ANNUEL", "greater_than", "50000", points=5)
    assert describe_rule(column, ENGLISH) == "Imported column “BUDGET_ANNUEL” is greater than “50000” · 5 pts"


def test_evaluation_key_ignores_names_and_groups() -> None:
    rule = dataset.model().rule("R4")
    assert replace(rule, id="z", label="Clicks", group=None, enabled=False).evaluation_key() == rule.evaluation_key()
    assert replace(rule, value=" X ").evaluation_key() == replace(rule, value="x").evaluation_key()
    assert replace(rule, points=4).evaluation_key() != rule.evaluation_key()
