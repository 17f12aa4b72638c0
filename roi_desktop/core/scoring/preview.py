"""What the editor shows while rules change: contacts per stage, per score band, per rule.

`Preview` is plain data for the Scoring & funnel page: bar counts (as the funnel semantics count them, with
the sentences to write under the chart), the score histogram, and each rule's reach. The sorted scores ride
along so that dragging the MQL threshold line gives its count at once (`at_or_above`), without a worker.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message, MessageTemplate
from roi_desktop.core.scoring.evaluate import EPSILON, Scores
from roi_desktop.core.scoring.facts import Facts
from roi_desktop.core.scoring.funnel import describe
from roi_desktop.core.scoring.rules import Model
from roi_desktop.core.scoring.stages import Stages
from roi_desktop.core.scoring.validate import Problem

NO_CONTACTS = MessageTemplate("scoring.preview.no_contacts", QT_TRANSLATE_NOOP(
    "Messages", "No contacts are imported yet: import a contacts export to see how the model sorts them."))
NO_DEALS = MessageTemplate("scoring.preview.no_deals", QT_TRANSLATE_NOOP(
    "Messages", "No deal is linked to your contacts, so nobody can meet the SQL criterion “a deal exists”:"
                " import a deals export."))
NOBODY_TOUCHED = MessageTemplate("scoring.preview.nobody", QT_TRANSLATE_NOOP(
    "Messages", "{count} rule(s) apply to no contact in your data: check their field and value."))


@dataclass(frozen=True)
class Band:
    """One bar of the score histogram: scores in [low, high)."""

    low: float
    high: float
    count: int


@dataclass(frozen=True)
class RuleReach:
    """How a rule fares on the evaluation day.

    Attributes:
        touched: contacts it applies to (a fit match, an occurrence in the window).
        points: the points it gives in all (before group caps).
        seconds: time to compute its column (0 when it came from the cache).
    """

    touched: int
    points: float
    seconds: float


@dataclass
class Preview:
    """Live counts of a model.

    Attributes:
        evaluation_day: the day scores are computed for (the data's end).
        start, end: the period the stage counts cover.
        contacts: contacts scored.
        stage_counts: stage key → contacts in the bar (switched-on stages, in order).
        current_counts: stage key (None = no stage) → contacts whose furthest stage it is now.
        rejected: contacts the rejection rule turns down.
        mql_now: contacts whose score is at or above the MQL threshold today.
        rules: rule id → RuleReach (rules left out because of a problem are absent).
        bands: the histogram; `band_width` its bar width.
        scores: every contact's score, sorted (for `at_or_above`).
        problems: what is wrong in the model (validate.py); rules with a blocking problem are left out.
        notes: what the data cannot support (no deals, rules touching nobody).
        description: the sentences to write under the funnel chart.
        seconds: time of this preview; `computed` rules whose column was not cached.
    """

    evaluation_day: date
    start: date
    end: date
    contacts: int
    stage_counts: dict[str, int]
    current_counts: dict[str | None, int]
    rejected: int
    mql_now: int
    rules: dict[str, RuleReach]
    bands: list[Band]
    band_width: float
    scores: np.ndarray
    mean_score: float | None
    problems: list[Problem] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)
    description: list[Message] = field(default_factory=list)
    seconds: float = 0.0
    computed: int = 0

    def at_or_above(self, threshold: float) -> int:
        """Contacts whose score today is at least `threshold` (the draggable line's count)."""
        return int(len(self.scores) - np.searchsorted(self.scores, threshold - EPSILON, "left"))


def build(facts: Facts, model: Model, scores: Scores, stages: Stages, start: date, end: date,
          problems: list[Problem], bin_width: float | None = None) -> Preview:
    funnel = model.funnel
    counts = {key: int(stages.counted(key, funnel.counting, start, end, funnel.window_days).sum())
              for key in stages.keys}
    current = {key: int((stages.current == i).sum()) for i, key in enumerate(stages.keys)}
    current[None] = int((stages.current < 0).sum())
    values = np.sort(scores.at_end)
    width = bin_width if bin_width and bin_width > 0 else nice_width(values)
    reach = {rule_id: RuleReach(int(c.touched.sum()), float(c.at_end.sum()), c.seconds)
             for rule_id, c in scores.rules.items()}
    notes = []
    if facts.size == 0:
        notes.append(NO_CONTACTS())
    stage = funnel.stage("sql")
    if stage is not None and stage.enabled and stage.basis == "model" and model.sql.deal_exists \
            and len(facts.deals["contact"]) == 0 and facts.size:
        notes.append(NO_DEALS())
    nobody = sum(1 for r in reach.values() if r.touched == 0)
    if nobody and facts.size:
        notes.append(NOBODY_TOUCHED(count=nobody))
    return Preview(
        evaluation_day=facts.end_date, start=start, end=end, contacts=facts.size, stage_counts=counts,
        current_counts=current, rejected=int(stages.rejected.sum()),
        mql_now=int((scores.at_end >= model.mql_threshold - EPSILON).sum()), rules=reach,
        bands=bands(values, width), band_width=width, scores=values,
        mean_score=float(values.mean()) if len(values) else None, problems=problems, notes=notes,
        description=describe(funnel, start, end),
    )


def nice_width(values: np.ndarray, bars: int = 30) -> float:
    """A round bar width (1, 2, 5 × 10^k points, at least 1) giving at most about `bars` bars."""
    if not len(values):
        return 1.0
    spread = float(values[-1] - values[0])
    if spread <= 0:
        return 1.0
    raw = spread / bars
    power = 10 ** math.floor(math.log10(raw))
    return max(1.0, next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


def bands(values: np.ndarray, width: float) -> list[Band]:
    """Bars of `width` from the lowest score to the highest (sorted `values`), empty ones included."""
    if not len(values):
        return []
    low = math.floor(float(values[0]) / width + EPSILON) * width
    count = math.floor((float(values[-1]) - low) / width + EPSILON) + 1
    edges = low + width * np.arange(count + 1)
    placed = np.clip(np.floor((values - low) / width + EPSILON).astype(np.int64), 0, count - 1)
    tally = np.bincount(placed, minlength=count)
    return [Band(float(edges[i]), float(edges[i + 1]), int(tally[i])) for i in range(count)]
