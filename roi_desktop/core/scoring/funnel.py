"""The funnel a model drives: its stages, what defines each, and how contacts are counted in them.

Stages are the six of KPIS §3.3, in that order (the KPI catalogue, the cohort rates and the workbook know them
by these ids); the user renames them (in any language: a name typed by the user is shown as typed, an empty
name shows the translated default), switches them off, and chooses what defines each:

- `imported`: the imported lifecycle data: the earliest "Became a … Date" entry of any tool; a contact whose
  current lifecycle stage (an undated column) is this stage has reached it too, on an unknown day;
- `model`: this scoring model (MQL: the score reached the threshold; SQL: the SQL criteria);
- `deals`: the imported deals (opportunity: a deal was created; customer: a deal was won, on its close day).

Counting semantics, chosen by the user and written under the chart (`describe`):

- order `strict`: a contact counts in a stage only if it reached every earlier (switched-on) stage, on the
  same day or before (a stage reached on an unknown day never breaks the order); `any`: every stage a
  contact reached counts, even when it skipped earlier ones;
- counting `snapshot`: contacts who had reached each stage by the end of the period; `flow`: contacts whose
  entry in each stage falls in the period; `cohort`: contacts who entered the first stage in the period,
  counted in a later stage when they reached it within `window_days` of that entry (earlier counts as 0
  days, like the KPI cohort rates). Flow and cohort need a day: a stage reached on an unknown day is only in
  the snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message, MessageTemplate
from roi_desktop.core.stages import STAGES

BASES = ("imported", "model", "deals")
MODEL_STAGES = frozenset({"mql", "sql"})
"""Stages the scoring model can define."""
DEAL_STAGES = frozenset({"opportunity", "customer"})
"""Stages the imported deals can define."""
ORDERS = ("strict", "any")
COUNTINGS = ("snapshot", "flow", "cohort")

ORDER_STRICT = MessageTemplate("scoring.funnel.strict", QT_TRANSLATE_NOOP(
    "Messages", "A contact counts in a stage only if it went through every earlier stage, in order."))
ORDER_ANY = MessageTemplate("scoring.funnel.any", QT_TRANSLATE_NOOP(
    "Messages", "A contact counts in every stage it reached, even if it skipped earlier ones."))
COUNT_SNAPSHOT = MessageTemplate("scoring.funnel.snapshot", QT_TRANSLATE_NOOP(
    "Messages", "Each bar shows the contacts who had reached the stage by {day}."))
COUNT_FLOW = MessageTemplate("scoring.funnel.flow", QT_TRANSLATE_NOOP(
    "Messages", "Each bar shows the contacts who entered the stage between {start} and {end}."))
COUNT_COHORT = MessageTemplate("scoring.funnel.cohort", QT_TRANSLATE_NOOP(
    "Messages", "Each bar follows the contacts who entered the first stage between {start} and {end}, and"
                " counts those who reached the stage within {days} days."))
MADE_BY = MessageTemplate("scoring.funnel.made_by", QT_TRANSLATE_NOOP(
    "Messages", "Scores and stages from the model “{name}”, version {version} of {saved}."))
MADE_BY_DRAFT = MessageTemplate("scoring.funnel.made_by_draft", QT_TRANSLATE_NOOP(
    "Messages", "Scores and stages from the model being edited (not saved yet)."))


@dataclass(frozen=True)
class Stage:
    """One stage of the funnel.

    Attributes:
        key: one of STAGES.
        name: the user's name; empty = the translated default (labels.STAGE_NAMES).
        basis: "imported", "model" (MQL, SQL) or "deals" (opportunity, customer).
        enabled: a switched-off stage is neither shown nor counted, and does not break the strict order.
    """

    key: str
    name: str = ""
    basis: str = "imported"
    enabled: bool = True


@dataclass(frozen=True)
class Funnel:
    """Stages in order and how they are counted.

    Attributes:
        stages: the six stages of KPIS §3.3 in order.
        order: "strict" or "any".
        counting: "snapshot", "flow" or "cohort".
        window_days: the conversion window of the cohort counting.
    """

    stages: tuple[Stage, ...] = field(default_factory=lambda: default_funnel().stages)
    order: str = "any"
    counting: str = "snapshot"
    window_days: int = 180

    def stage(self, key: str) -> Stage | None:
        return next((s for s in self.stages if s.key == key), None)

    def enabled(self) -> tuple[Stage, ...]:
        return tuple(s for s in self.stages if s.enabled)

    def with_stage(self, stage: Stage) -> Funnel:
        return replace(self, stages=tuple(stage if s.key == stage.key else s for s in self.stages))


def default_funnel() -> Funnel:
    """Subscriber and lead from the imports, MQL and SQL from the model, opportunity and customer from the
    imports; any order (exports rarely date every stage: HubSpot leaves "Became a Subscriber Date" empty for
    contacts created as leads, and a strict order would drop them all); a snapshot."""
    bases = {"mql": "model", "sql": "model"}
    return Funnel(stages=tuple(Stage(key, basis=bases.get(key, "imported")) for key in STAGES))


def describe(funnel: Funnel, start: date, end: date) -> list[Message]:
    """The sentences written under the funnel chart: order, then counting."""
    sentences = [ORDER_STRICT() if funnel.order == "strict" else ORDER_ANY()]
    if funnel.counting == "flow":
        sentences.append(COUNT_FLOW(start=start.isoformat(), end=end.isoformat()))
    elif funnel.counting == "cohort":
        sentences.append(COUNT_COHORT(start=start.isoformat(), end=end.isoformat(), days=funnel.window_days))
    else:
        sentences.append(COUNT_SNAPSHOT(day=end.isoformat()))
    return sentences
