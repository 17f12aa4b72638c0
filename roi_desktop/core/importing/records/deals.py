"""Deal exports → deals with their status, close day and channel (KPIS §3.4)."""

from __future__ import annotations

from typing import Any

from roi_desktop.core.channels import channel_of_label
from roi_desktop.core.importing.convert import Chunk
from roi_desktop.core.importing.fields import header_key
from roi_desktop.core.importing.normalise import is_valid_email
from roi_desktop.core.importing.records.base import (
    Builder, BuildContext, day_part, stamp_part, LOST, WON,
)
from roi_desktop.core.store.loading import to_json_list


# ---- Deals


class DealsBuilder(Builder):
    _DIRECT = ("name", "company", "owner", "pipeline", "stage", "deal_type", "lost_reason", "lead_source")

    def __init__(self, context: BuildContext) -> None:
        super().__init__(context)
        f = self.fields
        self.direct = [name for name in self._DIRECT if name in f]
        columns = ["source", "external_id", *self.direct, "status", "close_day", "closed_at"]
        columns += ["amount_cents", "currency"] if "amount" in f else []
        columns += ["created_day", "created_at"] if "created_at" in f else []
        columns += ["expected_close_day"] if "expected_close_at" in f else []
        columns += ["contact_email"] if "contact_email" in f else []
        columns += ["contact_refs"] if "contact_refs" in f else []
        columns += ["channel"] if "lead_source" in f else []
        columns += ["extra"] if context.extra_columns else []
        self.columns = columns

    def load(self, chunk: Chunk) -> tuple[int, int]:
        values = {name: self.column(chunk, name) for name in self.fields | {"name", "external_id"}}
        rows, rejected = [], set()
        for i in range(len(chunk)):
            external_id = values["external_id"][i] or values["name"][i]
            if not external_id:
                self.missing(chunk, i, "external_id" if "external_id" in self.fields else "name")
                rejected.add(i)
                continue
            status = self._status(values, i)
            closed = values["won_at"][i] if status == "won" and "won_at" in values else None
            if status == "lost" and "lost_at" in values:
                closed = values["lost_at"][i]
            if closed is None and status in ("won", "lost") and "closed_at" in values:
                closed = values["closed_at"][i]
            row: list[Any] = [self.context.source, str(external_id), *(values[n][i] for n in self.direct), status,
                              day_part(closed), stamp_part(closed)]
            if "amount" in self.fields:
                currency = (values["currency"][i] if "currency" in values else None) or self.context.default_currency
                row += [values["amount"][i], currency.upper()]
            if "created_at" in self.fields:
                row += [day_part(values["created_at"][i]), stamp_part(values["created_at"][i])]
            if "expected_close_at" in self.fields:
                row.append(day_part(values["expected_close_at"][i]))
            if "contact_email" in self.fields:
                email = values["contact_email"][i]
                row.append(email if email and is_valid_email(email) else None)
            if "contact_refs" in self.fields:
                row.append(to_json_list(values["contact_refs"][i]))
            if "lead_source" in self.fields:
                row.append(channel_of_label(values["lead_source"][i]))
            if self.context.extra_columns:
                row.append(self.extra(chunk.raw[i]))
            rows.append(tuple(row))
        self.note_problems(chunk, rejected)
        self.writer.derived.deals = True
        return self.upsert("deals", self.columns, rows)

    @staticmethod
    def _status(values: dict[str, list[Any]], i: int) -> str:
        for name in ("status", "stage"):
            label = header_key(values[name][i] or "") if name in values else ""
            if label in WON:
                return "won"
            if label in LOST:
                return "lost"
        return "open"
