"""Columns as the scoring core holds them: text folded for comparison, values coded as integers, e-mails as
contact rows. Small helpers of the contact matrix (facts.py), kept apart so that it reads as what it holds."""

from __future__ import annotations

import itertools
import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np


def fold(text: Any) -> str:
    """Text compared the way a person reads it: no accents, no case, single spaces."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKD", str(text))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


def folded(values: Any) -> list[str]:
    """`fold` of many values, each distinct value folded once."""
    memo: dict[Any, str] = {}
    return [memo[v] if v in memo else memo.setdefault(v, fold(v)) for v in values]


def unique_sorted(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values (np.unique hashes int64 keys several times slower than sorting them)."""
    values = np.sort(values)
    return values[np.concatenate([[True], values[1:] != values[:-1]])] if len(values) else values


@dataclass(frozen=True)
class Coded:
    """A column as integer codes into its distinct values (conditions are decided once per distinct value).

    Attributes:
        codes: int32, one per row; values[codes[i]] is row i's value (None included).
        values: the distinct values, in order of first appearance.
    """

    codes: np.ndarray
    values: list[Any]

    def at(self, row: int) -> Any:
        return self.values[int(self.codes[row])]

    def table(self, test: Callable[[Any], bool]) -> np.ndarray:
        """`test` of each row's value, deciding each distinct value once."""
        return np.array([bool(test(v)) for v in self.values], dtype=bool)[self.codes]


def factorize(values: list[Any]) -> Coded:
    distinct = list(dict.fromkeys(values))
    lookup = {value: code for code, value in enumerate(distinct)}
    return Coded(np.fromiter(map(lookup.__getitem__, values), np.int32, len(values)), distinct)


def indices(emails: Any, index: dict[str, int]) -> np.ndarray:
    """Contact row of each e-mail, −1 for addresses that are not counted contacts (KPIS §3.1)."""
    return np.fromiter(map(index.get, emails, itertools.repeat(-1)), np.int32, len(emails))


def json_list(text: str | None) -> list[str]:
    if not text:
        return []
    try:
        value = json.loads(text)
    except ValueError:
        return [text]
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]
