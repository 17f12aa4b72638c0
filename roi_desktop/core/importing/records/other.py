"""Workflow inventories, cost ledgers and web analytics → their tables (KPIS §3.4)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from typing import Any

from roi_desktop.core.channels import category_of_label, channel_of_label, split_source_medium
from roi_desktop.core.importing.convert import Chunk
from roi_desktop.core.importing.fields import header_key
from roi_desktop.core.importing.report import KEPT_WORD
from roi_desktop.core.importing.records.base import (
    NEGATIVE_COST, Builder, BuildContext, day_part, ACTIVE, TOOLS,
)
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate
from roi_desktop.core.store import costs as cost_store

EDIT_KEPT = MessageTemplate(
    "import.cost_edit_kept",
    QT_TRANSLATE_NOOP("Messages", "This cost line was changed in ROI Desktop: it keeps the values entered there,"
                                  " not this row's. Change it in ROI › Cost ledger if this row is right."),
)


# ---- Workflows, costs, web traffic


class WorkflowsBuilder(Builder):
    _COUNTS = ("emails_configured", "enrolled", "completed", "current_contacts", "email_sends", "conversions")

    def __init__(self, context: BuildContext) -> None:
        super().__init__(context)
        f = self.fields
        self.counts = [c for c in self._COUNTS if c in f]
        columns = ["source", "name_key", "name"]
        columns += ["status", "active"] if "status" in f else []
        columns += [c for c in ("trigger", "goal", "labels") if c in f]
        columns += self.counts
        columns += ["created_day"] if "created_at" in f else []
        columns += ["last_edited_day"] if "last_edited_at" in f else []
        self.columns = columns

    def load(self, chunk: Chunk) -> tuple[int, int]:
        values = {name: self.column(chunk, name) for name in self.fields}
        rows, rejected = [], set()
        for i in range(len(chunk)):
            name = values["name"][i]
            if not name:
                self.missing(chunk, i, "name")
                rejected.add(i)
                continue
            tool = values["tool"][i] if "tool" in values else self.context.constants.get("tool")
            source = TOOLS.get(header_key(tool or "").replace(" ", ""), header_key(tool or "") or self.context.source)
            row: list[Any] = [source, " ".join(name.split()).casefold(), name]
            if "status" in values:
                status = values["status"][i]
                row += [status, int(header_key(status or "") in ACTIVE) if status else None]
            # An empty trigger or goal cell means "none configured"; a file without the column says nothing.
            row += [values[c][i] or "" for c in ("trigger", "goal") if c in values]
            row += [values["labels"][i]] if "labels" in values else []
            row += [values[c][i] for c in self.counts]
            row += [day_part(values["created_at"][i])] if "created_at" in values else []
            row += [day_part(values["last_edited_at"][i])] if "last_edited_at" in values else []
            rows.append(tuple(row))
        self.note_problems(chunk, rejected)
        return self.upsert("workflows", self.columns, rows)


class CostsBuilder(Builder):
    _COLUMNS = ("line_key", "month", "category", "category_label", "item", "channel", "channel_label",
                "amount_cents", "currency", "note")

    def __init__(self, context: BuildContext) -> None:
        super().__init__(context)
        self.occurrences: Counter[tuple[Any, ...]] = Counter()
        self.kept_edits = 0
        """Lines of the file that a person changed in the app since an earlier import: left as they are."""

    def load(self, chunk: Chunk) -> tuple[int, int]:
        values = {name: self.column(chunk, name) for name in self.fields | {"category", "item", "channel", "note"}}
        rows, positions, rejected = [], [], set()
        for i in range(len(chunk)):
            month, amount = values["month"][i], values["amount"][i]
            if month is None or amount is None:
                self.missing(chunk, i, "month" if month is None else "amount")
                rejected.add(i)
                continue
            if amount < 0:
                self.reject(chunk, i, "amount", NEGATIVE_COST(value=f"{amount / 100:.2f}"))
                rejected.add(i)
                continue
            category, item, channel = values["category"][i], values["item"][i], values["channel"][i]
            identity = (month[0][:7], category, item, channel)
            self.occurrences[identity] += 1
            line_key = json.dumps([*identity, self.occurrences[identity]], ensure_ascii=False)
            currency = (values["currency"][i] if "currency" in values else None) or self.context.default_currency
            rows.append((line_key, month[0][:7], category_of_label(category), category, item,
                         channel_of_label(channel) if channel else None, channel, amount, currency.upper(),
                         values["note"][i]))
            positions.append(i)
        self.note_problems(chunk, rejected)
        edited = cost_store.edited_values(self.writer.db, [row[0] for row in rows], self._COLUMNS[1:])
        for position, row in zip(positions, rows, strict=True):
            if row[0] in edited and edited[row[0]] != row[1:]:
                self.kept_edits += 1
                issue = self._issue(chunk, position, "amount", EDIT_KEPT())
                self.report.warnings.append(replace(issue, outcome=KEPT_WORD()))
        return self.upsert("costs", self._COLUMNS, rows)


class WebTrafficBuilder(Builder):
    _METRICS = ("sessions", "engaged_sessions", "users", "new_users", "key_events", "event_count")

    def __init__(self, context: BuildContext) -> None:
        super().__init__(context)
        self.metrics = [m for m in self._METRICS if m in self.fields]
        self.columns = ["source", "day", "source_medium", "traffic_source", "medium", "campaign", "landing_page",
                        "channel_group", *self.metrics] + (["revenue_cents"] if "revenue" in self.fields else [])

    def load(self, chunk: Chunk) -> tuple[int, int]:
        names = self.fields | {"source_medium", "traffic_source", "medium", "campaign", "landing_page", "channel_group"}
        values = {name: self.column(chunk, name) for name in names}
        rows, rejected = [], set()
        for i in range(len(chunk)):
            day = values["day"][i]
            if day is None:
                self.missing(chunk, i, "day")
                rejected.add(i)
                continue
            pair = values["source_medium"][i]
            source, medium = split_source_medium(pair)
            source = values["traffic_source"][i] or source
            medium = values["medium"][i] or medium
            if not pair and (source or medium):
                pair = f"{source or '(not set)'} / {medium or '(not set)'}"
            rows.append((self.context.source, day[0], pair or "", source, medium, values["campaign"][i] or "",
                         values["landing_page"][i] or "", values["channel_group"][i] or "",
                         *(values[m][i] for m in self.metrics),
                         *([values["revenue"][i]] if "revenue" in self.fields else [])))
        self.note_problems(chunk, rejected)
        return self.upsert("web_traffic", self.columns, rows)
