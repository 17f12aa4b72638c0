"""What is wrong with a model, in plain sentences the editor shows beside the input concerned.

`problems(model)` lists every problem; a *blocking* one (empty field, text where a number is needed, negative
threshold, unreachable criteria…) forbids saving and leaves the rule out of the live counts, a non-blocking one
is advice. Checks need no data: whether a rule touches anybody is the preview's business.
`parse_number` turns what the user typed into a number the way a French or English user writes it.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass

from roi_desktop.core.errors import UserError
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message, MessageTemplate
from roi_desktop.core.scoring.funnel import DEAL_STAGES, MODEL_STAGES
from roi_desktop.core.scoring.rules import (
    ACTIVITIES_WITH_VALUE,
    NUMERIC_OPERATORS,
    VALUELESS_OPERATORS,
    Condition,
    Model,
    Rule,
)


def _t(code: str, text: str) -> MessageTemplate:
    return MessageTemplate(f"scoring.check.{code}", text)


NO_FIELD = _t("no_field", QT_TRANSLATE_NOOP("Messages", "Choose what this rule looks at."))
NO_VALUE = _t("no_value", QT_TRANSLATE_NOOP("Messages", "Type the value to look for."))
NOT_A_NUMBER = _t("not_number", QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is not a number: type a number such as 50 or 12.5."))
NO_POINTS = _t("no_points", QT_TRANSLATE_NOOP("Messages", "This rule gives no points."))
VALUE_IGNORED = _t("value_ignored", QT_TRANSLATE_NOOP(
    "Messages", "This activity cannot be narrowed down: the text typed is ignored."))
BAD_CAP = _t("cap", QT_TRANSLATE_NOOP("Messages", "The cap must be more than zero."))
CAP_ONCE = _t("cap_once", QT_TRANSLATE_NOOP(
    "Messages", "A cap only matters for a rule counted each time: this one counts once."))
BAD_WINDOW = _t("window", QT_TRANSLATE_NOOP("Messages", "The time window must be at least 1 day."))
BAD_HALF_LIFE = _t("half_life", QT_TRANSLATE_NOOP("Messages", "The half-life must be at least 1 day."))
FIT_UNDATED = _t("fit_undated", QT_TRANSLATE_NOOP(
    "Messages", "A fit rule looks at who the contact is, which has no date: it counts once, with no time window,"
                " no decay and no cap."))
NO_GROUP = _t("no_group", QT_TRANSLATE_NOOP("Messages", "This rule belongs to a group that no longer exists."))
SAME_ID = _t("same_id", QT_TRANSLATE_NOOP("Messages", "Two rules have the same identifier “{id}”."))
GROUP_CAP = _t("group_cap", QT_TRANSLATE_NOOP("Messages", "The cap of the group “{name}” must be more than zero."))
GROUP_NAME = _t("group_name", QT_TRANSLATE_NOOP("Messages", "Give every group a name."))
NO_NAME = _t("no_name", QT_TRANSLATE_NOOP("Messages", "Give the model a name."))
NEGATIVE_THRESHOLD = _t("threshold", QT_TRANSLATE_NOOP("Messages", "The MQL threshold must be zero or more."))
UNREACHABLE_MQL = _t("mql_unreachable", QT_TRANSLATE_NOOP(
    "Messages", "No contact can reach the MQL threshold of {threshold} points: the rules give at most {most}."))
NEGATIVE_SQL = _t("sql_negative", QT_TRANSLATE_NOOP("Messages", "The SQL score must be zero or more."))
EMPTY_SQL = _t("sql_empty", QT_TRANSLATE_NOOP(
    "Messages", "Give at least one SQL criterion: without one, every contact would be an SQL."))
UNREACHABLE_SQL = _t("sql_unreachable", QT_TRANSLATE_NOOP(
    "Messages", "No contact can meet the SQL criteria: they ask for {score} points, and the rules give at most"
                " {most}."))
NO_STAGE = _t("no_stage", QT_TRANSLATE_NOOP("Messages", "Switch on at least one stage of the funnel."))
SAME_STAGE = _t("same_stage", QT_TRANSLATE_NOOP("Messages", "A stage appears twice in the funnel."))
MODEL_BASIS = _t("model_basis", QT_TRANSLATE_NOOP(
    "Messages", "Only the MQL and SQL stages can follow the scoring model."))
DEALS_BASIS = _t("deals_basis", QT_TRANSLATE_NOOP(
    "Messages", "Only the opportunity and customer stages can follow the imported deals."))
BAD_FUNNEL_WINDOW = _t("funnel_window", QT_TRANSLATE_NOOP(
    "Messages", "The conversion window must be at least 1 day."))


@dataclass(frozen=True)
class Problem:
    """Something wrong in a model.

    Attributes:
        message: the plain sentence.
        rule_id: the rule concerned, if any.
        part: the input concerned: "field", "operator", "value", "points", "cap", "window_days",
            "half_life_days", "group", "name", "mql_threshold", "sql", "rejection", "funnel" or a stage key.
        blocking: True when the model cannot be saved (and the rule is left out of the live counts).
    """

    message: Message
    rule_id: str | None = None
    part: str | None = None
    blocking: bool = True


def parse_number(text: str) -> float:
    """A number as typed: "12,5", "1 234", "−5", "+5" → float; UserError (NOT_A_NUMBER) otherwise."""
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", text or "").replace("−", "-").replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise UserError(NOT_A_NUMBER(value=text)) from None
    if not math.isfinite(value):
        raise UserError(NOT_A_NUMBER(value=text))
    return value


def number_or_none(text: str | None) -> float | None:
    """The first number in a field value ("51-200" → 51, "1 000+" → 1000, "12,5 k€" → 12.5), or None."""
    if text is None:
        return None
    match = re.search(r"-?\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?", str(text))
    if not match:
        return None
    return float(re.sub(r"[\s\u00a0\u202f]", "", match.group()).replace(",", "."))


def problems(model: Model) -> list[Problem]:
    """Every problem of `model`, in the order of the editor (rules, groups, thresholds, funnel)."""
    found: list[Problem] = []
    if not model.name.strip():
        found.append(Problem(NO_NAME(), part="name"))
    groups = {g.id for g in model.groups}
    seen: set[str] = set()
    for rule in model.rules:
        if rule.id in seen:
            found.append(Problem(SAME_ID(id=rule.id), rule.id, "id"))
        seen.add(rule.id)
        found += [Problem(m, rule.id, part, blocking) for m, part, blocking in rule_problems(rule)]
        if rule.group is not None and rule.group not in groups:
            found.append(Problem(NO_GROUP(), rule.id, "group"))
    for group in model.groups:
        if not group.name.strip():
            found.append(Problem(GROUP_NAME(), part="group"))
        if group.cap is not None and group.cap <= 0:
            found.append(Problem(GROUP_CAP(name=group.name), part="group"))
    found += _threshold_problems(model)
    found += _funnel_problems(model)
    return found


def blocking(model: Model) -> list[Problem]:
    return [p for p in problems(model) if p.blocking]


def broken_rule_ids(model: Model) -> set[str]:
    """Rules left out of the evaluation because of a blocking problem of their own."""
    return {p.rule_id for p in problems(model) if p.blocking and p.rule_id is not None}


def rule_problems(rule: Rule) -> list[tuple[Message, str, bool]]:
    """(message, part, blocking) for one rule."""
    found: list[tuple[Message, str, bool]] = []
    if rule.kind == "fit":
        found += condition_problems(rule.condition())
        if rule.window_days is not None or rule.half_life_days is not None or rule.frequency != "once" \
                or rule.cap is not None:
            found.append((FIT_UNDATED(), "frequency", True))
    else:
        if not rule.field:
            found.append((NO_FIELD(), "field", True))
        if rule.field == "link_clicked" and not rule.value.strip():
            found.append((NO_VALUE(), "value", True))
        if rule.cap is not None and rule.cap <= 0:
            found.append((BAD_CAP(), "cap", True))
        elif rule.cap is not None and rule.frequency == "once":
            found.append((CAP_ONCE(), "cap", False))
        if rule.window_days is not None and rule.window_days < 1:
            found.append((BAD_WINDOW(), "window_days", True))
        if rule.half_life_days is not None and rule.half_life_days < 1:
            found.append((BAD_HALF_LIFE(), "half_life_days", True))
        if rule.value.strip() and rule.field not in ACTIVITIES_WITH_VALUE:
            found.append((VALUE_IGNORED(), "value", False))
    if rule.points == 0:
        found.append((NO_POINTS(), "points", False))
    return found


def condition_problems(condition: Condition) -> list[tuple[Message, str, bool]]:
    if not condition.field or condition.field == "column:":
        return [(NO_FIELD(), "field", True)]
    if condition.operator in VALUELESS_OPERATORS:
        return []
    if not condition.values() or not any(v.strip() for v in condition.values()):
        return [(NO_VALUE(), "value", True)]
    if condition.operator in NUMERIC_OPERATORS:
        try:
            parse_number(condition.value)
        except UserError as error:
            return [(error.message, "value", True)]
    return []


def most_points(model: Model) -> float:
    """The most points any contact can get (infinite when an "each time" rule has no cap)."""
    per_group: dict[str | None, float] = defaultdict(float)
    for rule in model.active_rules():
        if rule.points <= 0:
            continue
        best = rule.points if rule.kind == "fit" or rule.frequency == "once" else (
            math.inf if rule.cap is None else rule.cap)
        per_group[rule.group if model.group(rule.group) else None] += best
    total = 0.0
    for group_id, points in per_group.items():
        group = model.group(group_id)
        total += min(points, group.cap) if group is not None and group.cap is not None and group.cap > 0 else points
    return total


def _threshold_problems(model: Model) -> list[Problem]:
    found = []
    uses = {s.key for s in model.funnel.enabled() if s.basis == "model"}
    most = most_points(model)
    shown = "∞" if math.isinf(most) else _number(most)
    if model.mql_threshold < 0:
        found.append(Problem(NEGATIVE_THRESHOLD(), part="mql_threshold"))
    elif "mql" in uses and model.mql_threshold > most:
        found.append(Problem(UNREACHABLE_MQL(threshold=_number(model.mql_threshold), most=shown), part="mql_threshold"))
    if "sql" not in uses:
        return found
    sql = model.sql
    if sql.empty:
        found.append(Problem(EMPTY_SQL(), part="sql"))
    if sql.min_score is not None and sql.min_score < 0:
        found.append(Problem(NEGATIVE_SQL(), part="sql"))
    elif sql.min_score is not None and sql.min_score > most:
        found.append(Problem(UNREACHABLE_SQL(score=_number(sql.min_score), most=shown), part="sql"))
    for condition in sql.conditions:
        found += [Problem(m, None, "sql", b) for m, _part, b in condition_problems(condition)]
    if model.rejection is not None:
        found += [Problem(m, None, "rejection", b) for m, _part, b in condition_problems(model.rejection)]
    return found


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 2)


def _funnel_problems(model: Model) -> list[Problem]:
    funnel = model.funnel
    found = []
    if not funnel.enabled():
        found.append(Problem(NO_STAGE(), part="funnel"))
    keys = [s.key for s in funnel.stages]
    if len(set(keys)) != len(keys):
        found.append(Problem(SAME_STAGE(), part="funnel"))
    for stage in funnel.stages:
        if stage.basis == "model" and stage.key not in MODEL_STAGES:
            found.append(Problem(MODEL_BASIS(), part=stage.key))
        if stage.basis == "deals" and stage.key not in DEAL_STAGES:
            found.append(Problem(DEALS_BASIS(), part=stage.key))
    if funnel.window_days < 1:
        found.append(Problem(BAD_FUNNEL_WINDOW(), part="funnel"))
    return found
