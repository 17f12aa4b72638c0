"""Source profiles: known exports recognised from their header row and mapped with no question asked.

A profile is data (one small module per tool in this package): a header signature, the header names each
canonical field can come from, and the file's conventions (date order, decimal comma). Recognition never
looks at the file name (a user renames files): only at the header, matched after folding case, accents and
punctuation. When several profiles match, the one whose signature names the most columns wins (a HubSpot
deals export also has "Record ID" and "Create Date", like the contacts export).

Adding a tool = adding a module with a `PROFILES` tuple and listing it in `_MODULES`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from roi_desktop.core.importing.fields import KINDS, header_key

ChunkHook = Callable[[Sequence[Sequence[Any]]], Mapping[str, list[Any]]]
"""Computes extra field values for a chunk of raw rows (e.g. the clicks of Brevo's per-link columns):
field name → one value per row."""


@dataclass(frozen=True)
class Profile:
    """A known export format.

    Attributes:
        id: stable id ("hubspot.contacts"), stored with each import batch.
        source: the tool, lower-case ("hubspot"), as KPIs break figures down by it.
        kind: which canonical kind of data the rows are (fields.KINDS).
        label: what the user sees ("HubSpot contacts"), a QT_TRANSLATE_NOOP("Profiles", …) literal.
        requires: header names that must all be present.
        requires_any: groups of header names; at least one of each group must be present.
        columns: canonical field → header names it can come from (the first present wins).
        day_first: the order of ambiguous numeric dates in this tool's files (None: decide from the data).
        decimal_comma: whether numbers use a decimal comma (None: decide from the data).
        percent: how rate columns without a % sign are written ("auto", "fraction" or "percent").
        constants: field values every row gets (e.g. a campaign report of one-off sends: automated False).
        total_when_empty: fields whose all being empty marks a totals row (GA4's grand total).
        hook: builds extra values from columns a name cannot describe (Brevo link columns).
    """

    id: str
    source: str
    kind: str
    label: str
    requires: tuple[str, ...]
    columns: Mapping[str, tuple[str, ...]]
    requires_any: tuple[tuple[str, ...], ...] = ()
    day_first: bool | None = None
    decimal_comma: bool | None = None
    percent: str = "auto"
    constants: Mapping[str, Any] = field(default_factory=dict)
    total_when_empty: tuple[str, ...] = ()
    hook: Callable[[Sequence[str]], ChunkHook | None] | None = None

    def __post_init__(self) -> None:
        unknown = set(self.columns) - set(KINDS[self.kind].by_name()) - {"tool"}
        if unknown:
            raise ValueError(f"profile {self.id}: unknown fields {sorted(unknown)}")

    def matches(self, folded_header: set[str]) -> int:
        """How many signature names the header satisfies, or 0 when it does not match."""
        required = {header_key(name) for name in self.requires}
        if not required <= folded_header:
            return 0
        score = len(required)
        for group in self.requires_any:
            if not {header_key(name) for name in group} & folded_header:
                return 0
            score += 1
        return score

    def mapping(self, header: Sequence[str]) -> dict[str, int]:
        """canonical field → index of the column it comes from, for this header."""
        positions = {header_key(name): index for index, name in reversed(list(enumerate(header)))}
        found = {}
        for name, candidates in self.columns.items():
            for candidate in candidates:
                index = positions.get(header_key(candidate))
                if index is not None:
                    found[name] = index
                    break
        return found


_MODULES = ("hubspot", "brevo", "mailchimp", "mautic", "activecampaign", "pipedrive", "salesforce", "ga4", "manual")


@cache
def all_profiles() -> tuple[Profile, ...]:
    profiles: list[Profile] = []
    for name in _MODULES:
        profiles.extend(importlib.import_module(f"{__name__}.{name}").PROFILES)
    return tuple(profiles)


def by_id(profile_id: str) -> Profile | None:
    return next((p for p in all_profiles() if p.id == profile_id), None)


def detect(header: Sequence[str]) -> Profile | None:
    """The known export this header belongs to, or None (then the user maps it once)."""
    folded = {header_key(name) for name in header if name}
    best, best_score = None, 0
    for profile in all_profiles():
        score = profile.matches(folded)
        if score > best_score:
            best, best_score = profile, score
    return best
