"""The sunset list as a CSV file: the contacts silent for a year, to re-engage once more or remove from the
tools (whose price often grows with the number of contacts).

Written like the import report (UTF-8 with BOM, ';') so that Excel in French opens it straight; the e-mail
comes first so that the tools' own import of an "unsubscribe" or "delete" list recognises it; a value that
Excel would run as a formula is made inert.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path

from roi_desktop.core.channels import tool_name
from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.store.usage import SilentContact

CONTEXT = "UsageSunset"
COLUMNS = (
    QT_TRANSLATE_NOOP("UsageSunset", "Email"),
    QT_TRANSLATE_NOOP("UsageSunset", "First name"),
    QT_TRANSLATE_NOOP("UsageSunset", "Last name"),
    QT_TRANSLATE_NOOP("UsageSunset", "Company"),
    QT_TRANSLATE_NOOP("UsageSunset", "Tools"),
    QT_TRANSLATE_NOOP("UsageSunset", "First seen"),
    QT_TRANSLATE_NOOP("UsageSunset", "Last open"),
    QT_TRANSLATE_NOOP("UsageSunset", "Last click"),
)
"""Header literals (translated by the front end); days are written ISO (YYYY-MM-DD), which Excel reads."""


def save_sunset_csv(contacts: Sequence[SilentContact], target: Path,
                    translate: Callable[[str, str], str] = lambda _context, text: text) -> int:
    """Write the sunset list to `target`; returns the number of contacts written."""
    with Path(target).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([translate(CONTEXT, column) for column in COLUMNS])
        for c in contacts:
            tools = ", ".join(tool_name(source) for source in c.sources.split(",") if source)
            writer.writerow([_inert(v or "") for v in (c.email, c.first_name, c.last_name, c.company, tools,
                                                        c.first_seen, c.last_open, c.last_click)])
    return len(contacts)


def _inert(text: str) -> str:
    """A value Excel would run as a formula gets a leading apostrophe (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
