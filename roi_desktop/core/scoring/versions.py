"""Saved model versions, what applying one writes, and how two versions sort contacts differently.

A version is a model frozen with a name, a number and a date (`scoring_models`); saving never changes an
earlier version. Applying a version writes *its own* results — a score, stage and rule-by-rule breakdown per
contact (`contact_scores`) and its stage entries (`stage_history`, origin 'model:<id>', source = the tool an
imported entry came from, "model" for the model's stages, the CRM for deal stages) — and makes it the active
version, which the KPIs read (average_lead_score with `score_source` auto; the funnel KPIs with
`funnel_basis` = model). Results of other versions stay as they were.

The funnel is part of the version's definition (stages, bases, counting), so that a version says everything
that produced its figures; `funnel_definitions` is not used.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from roi_desktop.core.changes import Changes
from roi_desktop.core.scoring.evaluate import Scores
from roi_desktop.core.scoring.facts import NEVER, Facts
from roi_desktop.core.scoring.stages import Stages

RESULT_TABLES = frozenset({"contact_scores", "stage_history", "scoring_models"})


@dataclass(frozen=True)
class VersionInfo:
    """A saved version.

    Attributes:
        id: its id (scoring_models.id; results are stored under it).
        name, version: "Model", 3.
        created_at: ISO time it was saved.
        active: the KPIs read its results.
        note: the user's note.
        scored: contacts it scored the last time it was applied (0 = never applied); computed_at: when.
    """

    id: int
    name: str
    version: int
    created_at: str
    active: bool
    note: str
    scored: int
    computed_at: str | None

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> VersionInfo:
        return cls(int(row[0]), row[1], int(row[2]), row[3], bool(row[4]), row[5] or "", int(row[6]), row[7])


@dataclass(frozen=True)
class Saved:
    """What `save_version` did."""

    version: VersionInfo
    changes: Changes


@dataclass(frozen=True)
class Applied:
    """What `apply` did.

    Attributes:
        version: the version applied (now active).
        contacts: contacts scored; entries: stage entries written.
        stage_counts: stage key → contacts who reached it (snapshot on the evaluation day).
        current_counts: stage key (None = no stage) → contacts whose furthest stage it is.
        stage_names: stage key → the name the user gave it ("" = the default name).
        evaluation_day: the data's end the scores are computed for.
    """

    version: VersionInfo
    contacts: int
    entries: int
    stage_counts: dict[str, int]
    current_counts: dict[str | None, int]
    stage_names: dict[str, str]
    evaluation_day: date
    changes: Changes


@dataclass(frozen=True)
class Move:
    """A contact whose furthest stage differs between two models (None = no stage)."""

    email: str
    stage_a: str | None
    stage_b: str | None
    score_a: float
    score_b: float


@dataclass(frozen=True)
class Comparison:
    """Two models side by side on the same data.

    Attributes:
        matrix: (stage under A, stage under B) → contacts, every pair that occurs (None = no stage).
        moved: contacts whose stage differs; moves: the first `limit` of them (of the chosen `move` only, when
            one was given), biggest score change first.
        stages: stage keys in funnel order (the matrix's rows and columns).
        move: the (stage under A, stage under B) pair `moves` is limited to; None = every move.
    """

    stages: list[str | None]
    matrix: dict[tuple[str | None, str | None], int]
    moved: int
    moves: list[Move]
    move: tuple[str | None, str | None] | None = None


def result_rows(facts: Facts, scores: Scores, stages: Stages, computed_at: str
                ) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """(contact_scores rows, stage_history rows) of an applied version. The breakdown is {rule id: points,
    "cap:<group id>": points the group's cap took away} with the non-zero parts only; it is written as text
    part by part (json.dumps per contact cost 2 s for 89,000 contacts)."""
    contacts, parts = [], []
    for rule_id, column in scores.rules.items():
        _parts(json.dumps(rule_id), column.at_end, np.flatnonzero(column.at_end), contacts, parts)
    for group_id, (before, after) in scores.groups.items():
        cut = after - before
        _parts(json.dumps(f"cap:{group_id}"), cut, np.flatnonzero(cut < -1e-9), contacts, parts)
    breakdown: list[str | None] = [None] * facts.size
    if parts:
        owner = np.concatenate(contacts)
        order = np.argsort(owner, kind="stable")
        ordered = [parts[i] for i in order.tolist()]
        bounds = np.searchsorted(owner[order], np.arange(facts.size + 1))
        for contact in np.flatnonzero(np.diff(bounds) > 0).tolist():
            breakdown[contact] = "{" + ",".join(ordered[bounds[contact]:bounds[contact + 1]]) + "}"
    keys = np.array([None, *stages.keys], dtype=object)[stages.current.astype(np.int64) + 1]
    totals = [float(f"{v:.10g}") for v in scores.at_end.tolist()]
    scores_rows = list(zip(facts.emails, totals, keys.tolist(), breakdown, [computed_at] * facts.size,
                           strict=True))
    entries = []
    for key in stages.keys:
        day, tool = stages.day[key], stages.tool[key]
        dated = np.flatnonzero(stages.reached[key] & (day != NEVER))
        iso = np.array(day[dated], dtype="datetime64[D]").astype(str)
        entries += [(tool[i] or "model", facts.emails[i], key, d) for i, d in zip(dated, iso, strict=True)]
    return scores_rows, entries


def _parts(key: str, values: np.ndarray, where: np.ndarray, contacts: list[np.ndarray], parts: list[str]) -> None:
    contacts.append(where)
    parts.extend(f"{key}:{value:.10g}" for value in values[where].tolist())


def compare(facts: Facts, a: tuple[Scores, Stages], b: tuple[Scores, Stages], limit: int,
            move: tuple[str | None, str | None] | None = None) -> Comparison:
    """How contacts move from `a` to `b`; `moves` lists the contacts of one `move` (stage under A, stage under
    B) when given, else of every move."""
    scores_a, stages_a = a
    scores_b, stages_b = b
    keys: list[str | None] = [None, *dict.fromkeys(stages_a.keys + stages_b.keys)]

    def keyed(stages: Stages) -> np.ndarray:
        names = np.array([None, *stages.keys], dtype=object)
        return names[stages.current.astype(np.int64) + 1]

    stage_a, stage_b = keyed(stages_a), keyed(stages_b)
    matrix = Counter(zip(stage_a.tolist(), stage_b.tolist(), strict=True))
    differs = stage_a != stage_b
    moved = np.flatnonzero(differs)
    listed = moved if move is None else np.flatnonzero(differs & (stage_a == move[0]) & (stage_b == move[1]))
    change = np.abs(scores_b.at_end[listed] - scores_a.at_end[listed])
    order = listed[np.argsort(-change, kind="stable")][:limit]
    moves = [Move(facts.emails[i], stage_a[i], stage_b[i], float(scores_a.at_end[i]), float(scores_b.at_end[i]))
             for i in order]
    return Comparison(keys, dict(matrix), len(moved), moves, move)
