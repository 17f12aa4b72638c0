"""Which funnel stages each contact reached, on which day, and how the funnel counts them (funnel.py).

Stages defined by the model get their entry day from the scores at the checkpoints: the first day the
criterion held. Imported stages read the earliest "Became a … Date" entry (or the current lifecycle stage,
undated); deal stages the first deal created / won. The order rule then keeps, in strict order, only the
stages reached after every earlier switched-on stage.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from roi_desktop.core.scoring.conditions import match
from roi_desktop.core.scoring.evaluate import EPSILON, Scores, first_day
from roi_desktop.core.scoring.facts import NEVER, Facts, to_day
from roi_desktop.core.scoring.rules import Model
from roi_desktop.core.stages import STAGES


@dataclass
class Stages:
    """The funnel of every contact.

    Attributes:
        keys: the switched-on stages, in order.
        reached: stage → reached by the evaluation day (after the order rule).
        day: stage → entry day (NEVER when not reached or reached on an unknown day).
        tool: stage → the tool the entry comes from ("model" for the model's stages).
        current: index in `keys` of the furthest stage reached, −1 for none.
        rejected: contacts the rejection rule turned down.
    """

    keys: list[str]
    reached: dict[str, np.ndarray]
    day: dict[str, np.ndarray]
    tool: dict[str, np.ndarray]
    current: np.ndarray
    rejected: np.ndarray

    def current_key(self, contact: int) -> str | None:
        index = int(self.current[contact])
        return self.keys[index] if index >= 0 else None

    def counted(self, key: str, counting: str, start: date, end: date, window_days: int) -> np.ndarray:
        """Contacts counted in stage `key` under `counting` over [start, end] (funnel.py's docstring)."""
        reached, day = self.reached[key], self.day[key]
        dated = day != NEVER
        first, last = to_day(start), to_day(end)
        if counting == "flow":
            return reached & dated & (day >= first) & (day <= last)
        if counting == "cohort":
            head = self.keys[0]
            head_day = self.day[head]
            cohort = self.reached[head] & (head_day != NEVER) & (head_day >= first) & (head_day <= last)
            if key == head:
                return cohort
            return cohort & reached & dated & (day.astype(np.int64) <= head_day.astype(np.int64) + window_days)
        return reached & (~dated | (day <= last))


def stages(facts: Facts, model: Model, scores: Scores) -> Stages:
    k = facts.checkpoints
    assert k is not None
    n = facts.size
    funnel = model.funnel
    rejected = match(facts, model.rejection) if model.rejection is not None else np.zeros(n, bool)
    keys = [s.key for s in funnel.enabled()]
    own: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
    for stage in funnel.enabled():
        if stage.basis == "model" and stage.key == "mql":
            ever, day = first_day(facts, scores.total >= model.mql_threshold - EPSILON)
            own[stage.key] = (ever, day, _model_tool(facts))
        elif stage.basis == "model" and stage.key == "sql":
            ever, day = first_day(facts, sql_holds(facts, model, scores, rejected))
            own[stage.key] = (ever, day, _model_tool(facts))
        elif stage.basis == "deals":
            own[stage.key] = facts.cached(("deal stage", stage.key), lambda key=stage.key: _deal_stage(facts, key))
        else:
            own[stage.key] = imported_stage(facts, stage.key)
    reached, days, tools = {}, {}, {}
    chain = np.ones(n, bool)
    floor = np.full(n, np.iinfo(np.int32).min, np.int64)
    for key in keys:
        hit, day, tool = own[key]
        dated = day != NEVER
        if funnel.order == "strict":
            hit = hit & chain & (~dated | (day >= floor))
            floor = np.where(hit & dated, np.maximum(floor, day), floor)
            chain = hit
        reached[key] = hit
        days[key] = np.where(hit, day, NEVER).astype(np.int32)
        tools[key] = tool
    current = np.full(n, -1, np.int8)
    for index, key in enumerate(keys):
        current[reached[key]] = index
    return Stages(keys, reached, days, tools, current, rejected)


def _model_tool(facts: Facts) -> np.ndarray:
    """The `stage_history.source` of the model's own entries."""
    return facts.cached("model tool", lambda: np.full(facts.size, "model", dtype=object))


def imported_stage(facts: Facts, key: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(reached, entry day, tool) from the imported lifecycle data: an entry, or the current stage."""
    day, tool = facts.entries[key]
    reached = (day != NEVER) | (facts.label_stage == STAGES.index(key))
    return reached, day, tool


def _deal_stage(facts: Facts, key: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    deals = facts.deals
    n = facts.size
    if key == "customer":
        won = deals["status"] == "won"
        when = np.where(deals["close"] != NEVER, deals["close"], deals["created"])[won]
        contact, tools = deals["contact"][won], deals["tool"][won]
    else:
        when, contact, tools = deals["created"], deals["contact"], deals["tool"]
    day = np.full(n, NEVER, np.int32)
    np.minimum.at(day, contact, when.astype(np.int32))
    tool = np.full(n, None, dtype=object)
    order = np.argsort(-when.astype(np.int64), kind="stable")  # the earliest written last wins
    tool[contact[order]] = tools[order]
    return day != NEVER, day, tool


def sql_holds(facts: Facts, model: Model, scores: Scores, rejected: np.ndarray) -> np.ndarray:
    """Per checkpoint: every SQL criterion holds there."""
    k = facts.checkpoints
    assert k is not None
    sql = model.sql
    holds = ~rejected[k.contact]
    if sql.min_score is not None:
        holds &= scores.total >= sql.min_score - EPSILON
    if sql.deal_exists:
        holds &= facts.first_deal_day()[k.contact] <= k.day
    for condition in sql.conditions:
        holds &= match(facts, condition)[k.contact]
    if sql.sales_stage is not None:
        reached, day, _tool = imported_stage(facts, sql.sales_stage)
        since = np.where(day != NEVER, day, np.where(reached, facts.end, NEVER))
        holds &= since[k.contact] <= k.day
    return holds
