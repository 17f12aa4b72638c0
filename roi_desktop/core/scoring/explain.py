"""The contact list behind any bar, band or rule, each contact's score broken down rule by rule ("why is this
contact an MQL?").

A page is cut from arrays already computed for the live counts; only the page's contacts are explained
(occurrences counted, last day found), so paging through 100,000 contacts stays instant.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message, MessageTemplate
from roi_desktop.core.scoring.activities import occurrences
from roi_desktop.core.scoring.columns import fold
from roi_desktop.core.scoring.evaluate import EPSILON, Scores
from roi_desktop.core.scoring.facts import NEVER, Facts, to_date
from roi_desktop.core.scoring.rules import Model
from roi_desktop.core.scoring.stages import Stages

WHY_MQL = MessageTemplate("scoring.why.mql", QT_TRANSLATE_NOOP(
    "Messages", "Became an MQL on {day}: the score reached the threshold of {threshold} points."))
WHY_NOT_MQL = MessageTemplate("scoring.why.not_mql", QT_TRANSLATE_NOOP(
    "Messages", "Not an MQL: {score} points, {missing} short of the threshold of {threshold}."))
WHY_DECAYED = MessageTemplate("scoring.why.decayed", QT_TRANSLATE_NOOP(
    "Messages", "Its score has since fallen to {score} points: it stays an MQL, as a stage once reached is kept."))
WHY_SQL = MessageTemplate("scoring.why.sql", QT_TRANSLATE_NOOP(
    "Messages", "Became an SQL on {day}: every SQL criterion held that day."))
WHY_REJECTED = MessageTemplate("scoring.why.rejected", QT_TRANSLATE_NOOP(
    "Messages", "Sales turned this contact down: it cannot become an SQL."))
WHY_OUT_OF_ORDER = MessageTemplate("scoring.why.out_of_order", QT_TRANSLATE_NOOP(
    "Messages", "Its score qualifies, but it has not gone through the earlier stages in order, so the strict"
                " funnel does not count it."))


@dataclass(frozen=True)
class RulePoints:
    """A rule's part in a contact's score on the evaluation day.

    Attributes:
        rule_id: the rule.
        points: its points before any group cap.
        occurrences: engagement only: occurrences in the window (None for fit rules).
        last_day: engagement only: the most recent occurrence counted.
    """

    rule_id: str
    points: float
    occurrences: int | None = None
    last_day: date | None = None


@dataclass(frozen=True)
class GroupCap:
    """A group whose cap cut a contact's points: `before` → `after`."""

    group_id: str
    before: float
    after: float


@dataclass(frozen=True)
class ContactScore:
    """One contact, scored.

    Attributes:
        email, first_name, last_name, company: who.
        score: on the evaluation day.
        stage: the furthest stage reached (None = none).
        entries: stage → entry day (None = reached on an unknown day), for the stages reached.
        rules: every rule with points for this contact (non-zero), in the model's order.
        caps: groups whose cap applied.
        reasons: plain sentences: why MQL or not, why SQL, rejected.
    """

    email: str
    first_name: str | None
    last_name: str | None
    company: str | None
    score: float
    stage: str | None
    entries: dict[str, date | None]
    rules: tuple[RulePoints, ...]
    caps: tuple[GroupCap, ...]
    reasons: tuple[Message, ...]


@dataclass(frozen=True)
class ContactPage:
    """A page of the contact list: `total` contacts match, `rows` from `offset`."""

    total: int
    offset: int
    rows: list[ContactScore]


def select(facts: Facts, model: Model, scores: Scores, stages: Stages, *, stage: str | None = None,
           counted_in: np.ndarray | None = None, band: tuple[float, float] | None = None,
           rule_id: str | None = None, search: str = "") -> np.ndarray:
    """Contacts matching the filters, highest score first (then by e-mail)."""
    keep = np.ones(facts.size, bool)
    if counted_in is not None:
        keep &= counted_in
    if stage is not None:
        keep &= stages.reached.get(stage, np.zeros(facts.size, bool))
    if band is not None:
        keep &= (scores.at_end >= band[0] - EPSILON) & (scores.at_end < band[1] - EPSILON)
    if rule_id is not None:
        column = scores.rules.get(rule_id)
        keep &= column.touched if column is not None else False
    if search.strip():
        wanted = fold(search)
        keep &= np.array([wanted in text for text in facts.searchable()], dtype=bool)
    chosen = np.flatnonzero(keep)
    return chosen[np.argsort(-scores.at_end[chosen], kind="stable")]


def explain(facts: Facts, model: Model, scores: Scores, stages: Stages, contact: int) -> ContactScore:
    end = facts.end
    rules = []
    for rule in model.rules:
        column = scores.rules.get(rule.id)
        if column is None or not column.touched[contact]:
            continue
        if rule.kind == "fit":
            rules.append(RulePoints(rule.id, float(column.at_end[contact])))
            continue
        occ = occurrences(facts, rule.field, rule.value)
        low, high = np.searchsorted(occ.contact, [contact, contact + 1])
        days = occ.day[low:high]
        if rule.window_days is not None:
            days = days[days > end - rule.window_days]
        rules.append(RulePoints(rule.id, float(column.at_end[contact]), len(days),
                                to_date(int(days[-1])) if len(days) else None))
    caps = tuple(GroupCap(g, float(before[contact]), float(after[contact]))
                 for g, (before, after) in scores.groups.items() if after[contact] < before[contact] - EPSILON)
    entries = {key: (to_date(int(stages.day[key][contact])) if stages.day[key][contact] != NEVER else None)
               for key in stages.keys if stages.reached[key][contact]}
    first, last = facts.value("first_name", contact), facts.value("last_name", contact)
    return ContactScore(
        email=facts.emails[contact], first_name=first, last_name=last,
        company=facts.value("company", contact), score=float(scores.at_end[contact]),
        stage=stages.current_key(contact), entries=entries, rules=tuple(rules), caps=caps,
        reasons=tuple(_reasons(model, scores, stages, contact)))


def _reasons(model: Model, scores: Scores, stages: Stages, contact: int) -> list[Message]:
    score = float(scores.at_end[contact])
    threshold = model.mql_threshold
    reasons = []
    mql = model.funnel.stage("mql")
    if mql is not None and mql.enabled and mql.basis == "model":
        day = stages.day["mql"][contact]
        if stages.reached["mql"][contact] and day != NEVER:
            reasons.append(WHY_MQL(day=to_date(int(day)).isoformat(), threshold=_points(threshold)))
            if score < threshold - EPSILON:
                reasons.append(WHY_DECAYED(score=_points(score)))
        elif score >= threshold - EPSILON:
            reasons.append(WHY_OUT_OF_ORDER())
        else:
            reasons.append(WHY_NOT_MQL(score=_points(score), missing=_points(threshold - score),
                                       threshold=_points(threshold)))
    sql = model.funnel.stage("sql")
    if sql is not None and sql.enabled and sql.basis == "model":
        day = stages.day["sql"][contact]
        if stages.reached["sql"][contact] and day != NEVER:
            reasons.append(WHY_SQL(day=to_date(int(day)).isoformat()))
        if stages.rejected[contact]:
            reasons.append(WHY_REJECTED())
    return reasons


def _points(value: float) -> int | float:
    """Points as a number the front end formats (an integer when whole)."""
    rounded = round(value, 2)
    return int(rounded) if float(rounded).is_integer() else rounded
