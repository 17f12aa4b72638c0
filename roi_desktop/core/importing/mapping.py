"""Mappings: which column of a file feeds which canonical field, for files no profile knows.

The user maps an unknown export once in the wizard (or passes a JSON mapping to the CLI); the mapping is
saved in the workspace under the file's header signature and reused, without a question, the next time a
file with the same header arrives. Suggestions come from header synonyms in both languages (fields.py) and,
when names say nothing, from the values (e-mails, dates, amounts).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from roi_desktop.core.errors import UserError
from roi_desktop.core.importing.fields import DATETIME, EMAIL, INTEGER, KINDS, MONEY, NUMBER, Kind, header_key
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate

BAD_MAPPING_JSON = MessageTemplate(
    "mapping.not_json",
    QT_TRANSLATE_NOOP("Messages", "The mapping file “{name}” is not valid JSON. Save the mapping again from the import wizard."),
)
BAD_MAPPING_KIND = MessageTemplate(
    "mapping.unknown_kind",
    QT_TRANSLATE_NOOP(
        "Messages", "The mapping file “{name}” does not say which kind of data it maps. Save the mapping again from"
        " the import wizard."
    ),
)
BAD_MAPPING_COLUMNS = MessageTemplate(
    "mapping.bad_columns",
    QT_TRANSLATE_NOOP(
        "Messages", "The mapping file “{name}” names fields ROI Desktop does not know. Save the mapping again from"
        " the import wizard."
    ),
)
BAD_MAPPING_KEY = MessageTemplate(
    "mapping.missing_key",
    QT_TRANSLATE_NOOP(
        "Messages", "The mapping file “{name}” leaves a required field without a column. Save the mapping again"
        " from the import wizard."
    ),
)

_EMAIL_VALUE = re.compile(r"^\s*[^@\s]+@[^@\s]+\.[^@\s]+\s*$")
_DATE_VALUE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{8})(\b|[ T])")
_NUMBER_VALUE = re.compile(r"^\s*[-+(]?[€$£]?\s*\d[\d\s.,'\u00a0\u202f]*\s*(€|\$|£|%|eur|usd)?\)?\s*$", re.IGNORECASE)


@dataclass
class Mapping:
    """How to read one file layout.

    Attributes:
        kind: the kind of data (fields.KINDS).
        source: the tool it comes from, lower-case ("manual" when typed by hand).
        columns: canonical field → header name as written in the file.
        day_first: order of ambiguous dates (None: decided from the data).
        decimal_comma: numbers use a decimal comma (None: decided from the data).
    """

    kind: str
    source: str = "manual"
    columns: dict[str, str] = field(default_factory=dict)
    day_first: bool | None = None
    decimal_comma: bool | None = None

    def indexes(self, header: Sequence[str]) -> dict[str, int]:
        """field → column index in `header` (columns missing from this header are left out)."""
        positions = {name: index for index, name in reversed(list(enumerate(header)))}
        return {f: positions[c] for f, c in self.columns.items() if c in positions}

    def missing_keys(self) -> list[str]:
        return [f.name for f in KINDS[self.kind].key_fields if f.name not in self.columns]

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "source": self.source, "columns": dict(self.columns),
                "day_first": self.day_first, "decimal_comma": self.decimal_comma}

    @classmethod
    def from_json(cls, data: Any, *, name: str = "mapping") -> Mapping:
        """A mapping from its JSON form; UserError with a plain reason when malformed."""
        if not isinstance(data, dict) or not isinstance(data.get("kind"), str) or data["kind"] not in KINDS:
            raise UserError(BAD_MAPPING_KIND(name=name))
        columns = data.get("columns")
        kind = KINDS[data["kind"]]
        if not isinstance(columns, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and k in kind.by_name() for k, v in columns.items()
        ):
            raise UserError(BAD_MAPPING_COLUMNS(name=name))
        mapping = cls(data["kind"], str(data.get("source") or "manual").lower(), dict(columns),
                      _optional_bool(data.get("day_first")), _optional_bool(data.get("decimal_comma")))
        if mapping.missing_keys():
            raise UserError(BAD_MAPPING_KEY(name=name))
        return mapping

    @classmethod
    def from_text(cls, text: str, *, name: str = "mapping") -> Mapping:
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):  # RecursionError: brackets nested thousands deep
            raise UserError(BAD_MAPPING_JSON(name=name)) from None
        return cls.from_json(data, name=name)


def _optional_bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def header_signature(header: Sequence[str]) -> str:
    """Identifies a file layout: the same columns (whatever their case or accents) give the same signature."""
    text = "\x1f".join(header_key(name) for name in header)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def suggest(header: Sequence[str], sample: Sequence[Sequence[Any]], kind: str | None = None) -> Mapping:
    """The most likely mapping of an unknown file: for each kind, match headers to field synonyms, then
    fill what is still missing from what the values look like; keep the kind that explains most columns."""
    kinds = [KINDS[kind]] if kind else list(KINDS.values())
    best: tuple[float, Mapping] | None = None
    for candidate in kinds:
        columns = _by_names(candidate, header)
        _by_values(candidate, header, sample, columns)
        score = len(columns) + 2 * sum(1 for f in candidate.key_fields if f.name in columns)
        score -= 3 * sum(1 for f in candidate.key_fields if f.name not in columns)
        if best is None or score > best[0]:
            best = (score, Mapping(candidate.name, "manual", columns))
    assert best is not None
    return best[1]


def _by_names(kind: Kind, header: Sequence[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    used: set[str] = set()
    folded = [header_key(name) for name in header]
    for exact in (True, False):
        for f in kind.fields:
            if f.name in found:
                continue
            for name, key in zip(header, folded, strict=True):
                if name in used or not key:
                    continue
                if (key in f.synonyms) if exact else any(s and (s in key.split() or key.startswith(s + " "))
                                                         for s in f.synonyms if len(s) > 3):
                    found[f.name] = name
                    used.add(name)
                    break
    return found


def _by_values(kind: Kind, header: Sequence[str], sample: Sequence[Sequence[Any]], found: dict[str, str]) -> None:
    used = set(found.values())
    for index, name in enumerate(header):
        if name in used:
            continue
        values = [str(row[index]) for row in sample if index < len(row) and str(row[index] or "").strip()]
        if not values:
            continue
        looks = _looks_like(values)
        for f in kind.fields:
            if f.name not in found and f.type == looks:
                found[f.name] = name
                used.add(name)
                break


def _looks_like(values: list[str]) -> str | None:
    share = lambda pattern: sum(1 for v in values if pattern.match(v)) / len(values)  # noqa: E731
    if share(_EMAIL_VALUE) > 0.8:
        return EMAIL
    if share(_DATE_VALUE) > 0.8:
        return DATETIME
    if share(_NUMBER_VALUE) > 0.9:
        has_decimals = any(re.search(r"[.,]\d{1,2}\s*(€|\$|£)?$", v) for v in values)
        has_money = any(re.search(r"[€$£]|eur|usd", v, re.IGNORECASE) for v in values)
        return MONEY if has_money else (NUMBER if has_decimals else INTEGER)
    return None

