"""Turning converted rows into rows of the canonical tables, kind by kind, with the validation each needs.

One module per family of kinds: contacts.py, deals.py, email.py (campaign totals and recipients), other.py
(workflows, costs, web traffic); this module holds what they share.

Each builder knows which table columns a file can set (only those it carries: DESIGN §3, "keeping each
source's fields"), which fields identify a row (a row without them is rejected with its reason), and the
rules of KPIS §3 that apply at load time: contact e-mail validity, stage-entry days, deal status and close
day, bounce and click semantics of recipient exports, workflow trigger "none" versus "unknown".
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from roi_desktop.core.importing.convert import Chunk, ColumnPlan, convert
from roi_desktop.core.importing.profiles import ChunkHook
from roi_desktop.core.importing.report import FileReport, RowIssue
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message, MessageTemplate
from roi_desktop.core.store.loading import BatchWriter

EMPTY_EMAIL = MessageTemplate(
    "import.empty_email", QT_TRANSLATE_NOOP("Messages", "The e-mail address is empty: a contact needs one.")
)
INVALID_EMAIL = MessageTemplate(
    "import.invalid_email", QT_TRANSLATE_NOOP("Messages", "“{value}” is not a valid e-mail address.")
)
MISSING_VALUE = MessageTemplate(
    "import.missing_value",
    QT_TRANSLATE_NOOP("Messages", "Column “{column}” is empty in this row, and the row cannot be used without it."),
)
NEGATIVE_COST = MessageTemplate(
    "import.negative_cost",
    QT_TRANSLATE_NOOP("Messages", "A cost cannot be negative (“{value}”). Enter a refund as a note on the line."),
)

MAX_ISSUES_KEPT = 10_000
"""Rejected rows listed in a report beyond this are only counted (a broken million-row file stays readable)."""

OPTOUT_STATUSES = {"unsubscribed", "desinscrit", "desabonne", "unsubscribe", "blocklisted", "blacklisted",
                    "opted out", "opt out", "desinscrite", "desabonnee"}
BOUNCED_STATUSES = {"bounced", "cleaned", "rebond", "hard bounce", "bounce"}
WON = {"won", "closed won", "gagne", "gagnee", "fermee gagnee", "ferme gagne", "signed", "signe", "conclue gagnee"}
LOST = {"lost", "closed lost", "perdu", "perdue", "fermee perdue", "ferme perdu", "conclue perdue"}
ACTIVE = {"actif", "active", "on", "published", "publie", "en cours", "running", "enabled", "live", "oui", "yes"}
TOOLS = {"hubspot": "hubspot", "brevo": "brevo", "sendinblue": "brevo", "mailchimp": "mailchimp",
          "mautic": "mautic", "activecampaign": "activecampaign", "plezi": "plezi", "pipedrive": "pipedrive",
          "salesforce": "salesforce"}


@dataclass
class BuildContext:
    """What a builder needs besides the rows."""

    source: str
    fields: set[str]
    header: Sequence[str]
    plan_columns: dict[str, str]
    writer: BatchWriter
    report: FileReport
    constants: dict[str, Any] = field(default_factory=dict)
    hook: ChunkHook | None = None
    extra_columns: list[tuple[int, str]] = field(default_factory=list)
    default_currency: str = "EUR"
    plan: list[ColumnPlan] = field(default_factory=list)
    text_cells: bool = False
    """True when every cell is raw text (CSV): the fast paths rely on it."""
    shared: dict[str, Any] = field(default_factory=dict)
    """Caches shared by the files of one import (e.g. normalised e-mail addresses)."""


class Builder:
    """Base of the per-kind builders: rejection bookkeeping and helpers."""

    def __init__(self, context: BuildContext) -> None:
        self.context = context
        self.fields = context.fields
        self.writer = context.writer
        self.report = context.report

    def load(self, chunk: Chunk) -> tuple[int, int]:
        """Load a converted chunk; returns (rows loaded, rows unchanged). Rejections go to the report."""
        raise NotImplementedError

    def load_raw(self, numbers: list[int], rows: list[Sequence[Any]]) -> tuple[int, int]:
        """Load raw rows: converted column by column, then `load`."""
        return self.load(convert(self.context.plan, numbers, rows))

    # ---- Helpers

    def reject(self, chunk: Chunk, position: int, field_name: str | None, message: Message) -> None:
        self.report.rows_rejected += 1
        if len(self.report.rejected) < MAX_ISSUES_KEPT:
            self.report.rejected.append(self._issue(chunk, position, field_name, message))

    def note_problems(self, chunk: Chunk, rejected: set[int]) -> None:
        """Unreadable optional values: the row is loaded with the value left empty, and the report says so."""
        for field_name, problems in chunk.problems.items():
            for position, message in problems.items():
                if position not in rejected and len(self.report.warnings) < MAX_ISSUES_KEPT:
                    self.report.warnings.append(self._issue(chunk, position, field_name, message))

    def _issue(self, chunk: Chunk, position: int, field_name: str | None, message: Message) -> RowIssue:
        column = self.context.plan_columns.get(field_name or "")
        value = None
        if column is not None:
            cell = chunk.raw[position][self.context.header.index(column)]
            value = "" if cell is None else str(cell)
        return RowIssue(chunk.numbers[position], column, value, message)

    def missing(self, chunk: Chunk, position: int, field_name: str) -> None:
        column = self.context.plan_columns.get(field_name, field_name)
        self.reject(chunk, position, field_name, MISSING_VALUE(column=column))

    def extra(self, row: Sequence[Any]) -> str | None:
        """The unmapped columns of a row, as JSON {header: text}: kept for "any imported column" rules."""
        values = {name: str(row[i]).strip() for i, name in self.context.extra_columns
                  if row[i] is not None and str(row[i]).strip()}
        return json.dumps(values, ensure_ascii=False) if values else None

    def column(self, chunk: Chunk, name: str) -> list[Any]:
        return chunk.values.get(name) or [None] * len(chunk)

    def upsert(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> tuple[int, int]:
        changed = self.writer.upsert(table, columns, rows) if rows else 0
        return changed, len(rows) - changed


def day_part(value: tuple[str, str] | None) -> str | None:
    return value[0] if value else None


def stamp_part(value: tuple[str, str] | None) -> str | None:
    return value[1] if value else None


def as_flag(value: Any) -> int | None:
    return None if value is None else int(bool(value))


