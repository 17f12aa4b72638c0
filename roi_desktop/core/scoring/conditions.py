"""Which contacts a field condition matches (fit rules, SQL field conditions, the rejection rule).

A condition is decided once per *distinct* value of the field (a few thousand at most), then spread to the
contacts through integer codes, so that a condition over 100,000 contacts costs a few milliseconds. Results
are cached in the facts, keyed by the condition, for the live counts. Semantics: rules.py's docstring.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from roi_desktop.core.errors import UserError
from roi_desktop.core.importing.fields import header_key
from roi_desktop.core.scoring.columns import Coded, factorize, fold, indices, json_list
from roi_desktop.core.scoring.facts import COMPANY_SIZE_HEADERS, Facts
from roi_desktop.core.scoring.rules import Condition
from roi_desktop.core.scoring.validate import number_or_none, parse_number
from roi_desktop.core.store import scoring as store


def match(facts: Facts, condition: Condition) -> np.ndarray:
    """Boolean per contact: does the condition hold?"""
    key = ("match", condition.field, condition.operator, tuple(fold(v) for v in condition.values()))
    return facts.cached(key, lambda: _match(facts, condition))


def _match(facts: Facts, condition: Condition) -> np.ndarray:
    owner, coded = facts.cached(("coded", condition.field), lambda: coded_field(facts, condition.field))
    listed = condition.field == "tags"
    if owner is None:  # one value per contact
        return coded.table(_predicate(condition, listed=listed))
    hit = np.zeros(facts.size, bool)
    if condition.operator == "is_empty":
        hit[owner[coded.table(lambda value: _filled(value, listed))]] = True
        return ~hit
    hit[owner[coded.table(_predicate(condition, listed=listed))]] = True
    return hit


def coded_field(facts: Facts, name: str) -> tuple[np.ndarray | None, Coded]:
    """(owning contact per row, or None when there is one row per contact; the coded values) of a field."""
    if name in store.CONTACT_FIELDS:
        return None, facts.field(name)
    if name in store.RECORD_FIELDS:
        owner, coded = facts.record_field(name)
        if name == "tool_score":
            coded = Coded(coded.codes, [f"{float(v):g}" for v in coded.values])
        return owner, coded
    if name == "company_size":
        columns = [c for c, _count in imported_columns(facts) if header_key(c) in COMPANY_SIZE_HEADERS]
    elif name.startswith("column:"):
        columns = [name[len("column:"):]]
    else:
        return None, Coded(np.zeros(facts.size, np.int32), [None])
    pairs = [facts.cached(("column", column), lambda c=column: _column(facts, c)) for column in columns]
    owners = [p[0] for p in pairs]
    values = [v for p in pairs for v in p[1]]
    return (np.concatenate(owners) if owners else np.zeros(0, np.int32)), factorize(values)


def imported_columns(facts: Facts) -> list[tuple[str, int]]:
    """Unmapped imported columns and how many records have each (the editor's "any imported column")."""
    return facts.cached("columns", lambda: store.extra_columns(facts.reader()))


def _column(facts: Facts, name: str) -> tuple[np.ndarray, list[str]]:
    rows = store.extra_column(facts.reader(), name)
    contact = indices([r[0] for r in rows], facts.index)
    return contact[contact >= 0], [str(r[1]) for r, known in zip(rows, contact >= 0, strict=True) if known]


def _filled(value: object, listed: bool) -> bool:
    return bool(json_list(value)) if listed else bool(fold(value))


def _predicate(condition: Condition, *, listed: bool) -> Callable[[object], bool]:
    """The test of one distinct value (a list of tags: any tag passes)."""
    operator = condition.operator
    wanted = [fold(v) for v in condition.values()]
    if operator in ("greater_than", "less_than"):
        try:
            limit = parse_number(condition.value)
        except UserError:
            return lambda value: False
        if operator == "greater_than":
            def one(text: str) -> bool:
                number = number_or_none(text)
                return number is not None and number > limit
        else:
            def one(text: str) -> bool:
                number = number_or_none(text)
                return number is not None and number < limit
    elif operator == "equals" or operator == "in_list":
        targets = set(wanted)

        def one(text: str) -> bool:
            return fold(text) in targets
    elif operator == "contains":
        def one(text: str) -> bool:
            folded = fold(text)
            return any(w and w in folded for w in wanted)
    elif operator == "is_empty":
        return lambda value: not _filled(value, listed)
    elif operator == "is_not_empty":
        return lambda value: _filled(value, listed)
    else:
        return lambda value: False
    if listed:
        return lambda value: any(one(tag) for tag in json_list(value))  # type: ignore[arg-type]
    return lambda value: value is not None and one(str(value))
