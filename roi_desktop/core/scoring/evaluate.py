"""Scores: each rule's points at every checkpoint (a cached column), then the groups' caps and the sum.

A rule's column depends only on the rule's definition (`Rule.evaluation_key`) and the facts, so the live
counts after a one-rule change recompute one column and re-add the others. Engagement columns are sparse
(only the checkpoints of contacts with an occurrence), fit columns are one value per contact.

How an engagement rule's points at checkpoint t are computed: the occurrences of the contact in the window
ending at t are a contiguous range of the sorted occurrences (two binary searches); "once" takes the most
recent, "each time" their number — or, with decay, the sum of 2^(−age/half-life), from a running decayed sum
(see `_decayed`).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np

from roi_desktop.core.progress import CancelToken
from roi_desktop.core.scoring.activities import occurrences
from roi_desktop.core.scoring.conditions import match
from roi_desktop.core.scoring.facts import NEVER, Facts, Occurrences
from roi_desktop.core.scoring.rules import Model, Rule

EPSILON = 1e-9
"""Tolerance of "the score reaches the threshold" (sums of decayed points are not exact)."""


@dataclass
class Column:
    """One rule's points.

    Attributes:
        fit: points per contact (fit rules; None for engagement rules).
        index, values: checkpoints with non-zero points and the points there (engagement rules).
        at_end: points per contact on the evaluation day.
        touched: contacts the rule applies to on the evaluation day (a fit match; an occurrence in the window).
        seconds: time it took to compute.
    """

    fit: np.ndarray | None
    index: np.ndarray
    values: np.ndarray
    at_end: np.ndarray
    touched: np.ndarray
    seconds: float = 0.0


class ColumnCache:
    """Rule columns by (facts, rule definition), least recently used dropped first."""

    def __init__(self, size: int = 96) -> None:
        self.size = size
        self._columns: OrderedDict[tuple[object, ...], Column] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def column(self, facts: Facts, rule: Rule) -> Column:
        key = (id(facts), rule.evaluation_key())
        with self._lock:
            known = self._columns.get(key)
            if known is not None:
                self._columns.move_to_end(key)
                self.hits += 1
                return known
        computed = compute_column(facts, rule)
        with self._lock:
            self.misses += 1
            self._columns[key] = computed
            while len(self._columns) > self.size:
                self._columns.popitem(last=False)
        return computed

    def clear(self) -> None:
        with self._lock:
            self._columns.clear()


def compute_column(facts: Facts, rule: Rule) -> Column:
    started = time.perf_counter()
    n = facts.size
    if rule.kind == "fit":
        matched = match(facts, rule.condition())
        points = np.where(matched, float(rule.points), 0.0)
        empty = np.zeros(0, np.int64)
        return Column(points, empty, np.zeros(0), points, matched, time.perf_counter() - started)
    occ = occurrences(facts, rule.field, rule.value)
    k = facts.checkpoints
    assert k is not None
    has = np.zeros(n, bool)
    has[occ.contact] = True
    index = np.flatnonzero(has[k.contact])
    contact, day = k.contact[index], k.day[index]
    high = np.searchsorted(occ.key, k.key[index], "right")
    if rule.window_days is not None:
        first = np.maximum(day.astype(np.int64) - rule.window_days + 1 - facts.base, 0)
        low = np.searchsorted(occ.key, contact.astype(np.int64) * facts.span + first, "left")
    else:
        low = np.searchsorted(occ.key, contact.astype(np.int64) * facts.span, "left")
    count = high - low
    live = count > 0
    index, day, high, low, count = index[live], day[live], high[live], low[live], count[live]
    points = float(rule.points)
    if rule.frequency == "once":
        values = np.full(len(index), points)
        if rule.half_life_days is not None:
            values *= np.exp2(-(day - occ.day[high - 1]) / float(rule.half_life_days))
    else:
        if rule.half_life_days is not None:
            values = points * _decayed(occ, day, low, high, float(rule.half_life_days), occ.first_of_contact())
        else:
            values = points * count.astype(float)
        if rule.cap is not None:
            values = np.sign(values) * np.minimum(np.abs(values), float(rule.cap))
    last = np.zeros(len(k.key), bool)
    last[k.last] = True
    at_last = last[index]
    at_end = np.zeros(n)
    at_end[k.contact[index[at_last]]] = values[at_last]
    touched = np.zeros(n, bool)
    touched[k.contact[index[at_last]]] = True
    return Column(None, index, values, at_end, touched, time.perf_counter() - started)


def _decayed(occ: Occurrences, day: np.ndarray, low: np.ndarray, high: np.ndarray, half_life: float,
             contact_first: np.ndarray) -> np.ndarray:
    """Σ 2^(−(day − occurrence day)/half-life) over each checkpoint's occurrences [low, high).

    The running decayed sum at each occurrence, S_i = 1 + S_(i−1) × 2^(−gap/half-life) within a contact, is
    computed rank by rank (all contacts' first occurrences, then all second ones…: as many numpy steps as the
    busiest contact has occurrences), so every factor is at most 1 — prefix sums of 2^(day/half-life) would
    overflow or lose every digit over a long history. A window removes the running sum at `low`, decayed."""
    running = occ.cached_decay.get(half_life) if occ.cached_decay is not None else None
    if running is None:
        running = np.ones(len(occ.day))
        rank = np.arange(len(occ.day)) - contact_first
        order = np.argsort(rank, kind="stable")
        bounds = np.searchsorted(rank[order], np.arange(int(rank.max(initial=0)) + 2))
        for r in range(1, len(bounds) - 1):
            at = order[bounds[r]:bounds[r + 1]]
            running[at] += running[at - 1] * np.exp2(-(occ.day[at] - occ.day[at - 1]) / half_life)
        if occ.cached_decay is not None:
            occ.cached_decay[half_life] = running
    last = high - 1
    values = running[last] * np.exp2(-(day - occ.day[last]) / half_life)
    before = low - 1
    cut = low > contact_first[np.minimum(low, len(occ.day) - 1)]  # occurrences of the same contact left out
    values[cut] -= running[before[cut]] * np.exp2(-(day[cut] - occ.day[before[cut]]) / half_life)
    return np.maximum(values, 0.0)


def prefetch(facts: Facts, model: Model) -> None:
    """Read every field and late fact `model` needs (what its first evaluation would read on the way)."""
    from roi_desktop.core.scoring.conditions import coded_field

    conditions = [r.condition() for r in model.rules if r.kind == "fit"] + list(model.sql.conditions)
    conditions += [model.rejection] if model.rejection is not None else []
    for condition in conditions:
        facts.cached(("coded", condition.field), lambda c=condition: coded_field(facts, c.field))
    for rule in model.rules:
        if rule.kind == "engagement":
            occurrences(facts, rule.field, rule.value)


@dataclass
class Scores:
    """A model's scores.

    Attributes:
        total: score at every checkpoint.
        at_end: score per contact on the evaluation day.
        rules: rule id → its column (enabled, valid rules only).
        groups: group id → (points before the cap, after it) per contact on the evaluation day.
        seconds: time spent computing columns (not cached) and adding them up.
    """

    total: np.ndarray
    at_end: np.ndarray
    rules: dict[str, Column]
    groups: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)
    seconds: float = 0.0


def score(facts: Facts, model: Model, rules: list[Rule], cache: ColumnCache,
          cancel: CancelToken | None = None) -> Scores:
    """Add up `rules` (the model's enabled, valid ones) with the caps of the model's groups."""
    started = time.perf_counter()
    k = facts.checkpoints
    assert k is not None
    columns: dict[str, Column] = {}
    for rule in rules:
        if cancel is not None:
            cancel.check()
        columns[rule.id] = cache.column(facts, rule)
    n, size = facts.size, len(k.key)
    parts: dict[str | None, list[Rule]] = {}
    for rule in rules:
        group = model.group(rule.group)
        parts.setdefault(group.id if group is not None else None, []).append(rule)
    total = np.zeros(size)
    at_end = np.zeros(n)
    groups: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for group_id, members in parts.items():
        fit = np.zeros(n)
        pieces = []
        for rule in members:
            column = columns[rule.id]
            if column.fit is not None:
                fit += column.fit
            else:
                pieces.append(column)
        summed = fit[k.contact]
        if pieces:
            summed += np.bincount(np.concatenate([p.index for p in pieces]),
                                  weights=np.concatenate([p.values for p in pieces]), minlength=size)
        raw_end = summed[k.last]
        group = model.group(group_id)
        if group is not None and group.cap is not None:
            np.minimum(summed, float(group.cap), out=summed)
        if group_id is not None:
            groups[group_id] = (raw_end, summed[k.last])
        total += summed
    at_end = total[k.last] if size else at_end
    return Scores(total, at_end, columns, groups, time.perf_counter() - started)


def first_day(facts: Facts, hit: np.ndarray, *, real: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Per contact: (whether `hit` holds at some checkpoint, the day of the first *real* checkpoint where it
    holds — NEVER when it only holds on added checkpoints: reached, on an unknown day). With `real=False`,
    the first checkpoint of any kind."""
    k = facts.checkpoints
    assert k is not None
    if facts.size == 0:
        return np.zeros(0, bool), np.zeros(0, np.int32)
    big = len(k.key)
    ever = np.logical_or.reduceat(hit, k.start[:-1])
    dated = hit & k.real if real else hit
    position = np.where(dated, facts.cached("positions", lambda: np.arange(big)), big)
    first = np.minimum.reduceat(position, k.start[:-1])
    return ever, np.where(first < big, k.day[np.minimum(first, big - 1)], NEVER).astype(np.int32)
