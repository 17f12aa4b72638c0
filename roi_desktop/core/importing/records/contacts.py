"""Contact exports → contact records and stage-entry days (KPIS §3.1, §3.3)."""

from __future__ import annotations

from typing import Any

from roi_desktop.core.channels import channel_of_label, channel_of_source_medium
from roi_desktop.core.importing.convert import Chunk
from roi_desktop.core.importing.fields import STAGE_DATE_FIELDS, header_key
from roi_desktop.core.importing.normalise import is_valid_email
from roi_desktop.core.importing.records.base import (
    EMPTY_EMAIL, INVALID_EMAIL, Builder, BuildContext, day_part, stamp_part, BOUNCED_STATUSES,
    OPTOUT_STATUSES,
)
from roi_desktop.core.store.loading import to_json_list


# ---- Contacts


class ContactsBuilder(Builder):
    _DIRECT = ("external_id", "first_name", "last_name", "company", "job_title", "phone", "city", "country", "owner",
               "lifecycle_stage", "lead_status", "original_source", "original_source_detail", "utm_source",
               "utm_medium", "utm_campaign", "score")
    _DATES = (("created_at", "created_day"), ("last_open_at", "last_open_day"), ("last_click_at", "last_click_day"),
              ("last_active_at", "last_active_day"), ("customer_end_at", "customer_end_day"))

    def __init__(self, context: BuildContext) -> None:
        super().__init__(context)
        f = self.fields
        self.direct = [name for name in self._DIRECT if name in f]
        self.dates = [(name, day) for name, day in self._DATES if name in f]
        self.optout = bool({"unsubscribed", "unsubscribed_at", "status"} & f)
        self.bounced = bool({"bounced", "bounced_at", "status"} & f)
        self.channel = bool({"original_source", "utm_source", "utm_medium"} & f)
        self.stages = [(name, stage) for name, stage in STAGE_DATE_FIELDS.items() if name in f]
        columns = ["source", "email", *self.direct]
        for name, day in self.dates:
            columns += [day] + (["created_at"] if name == "created_at" else [])
        columns += ["unsubscribed", "unsubscribed_day"] if self.optout else []
        columns += ["bounced", "bounced_day"] if self.bounced else []
        columns += ["channel"] if self.channel else []
        columns += ["tags"] if "tags" in f else []
        columns += ["extra"] if context.extra_columns else []
        self.columns = columns

    def load(self, chunk: Chunk) -> tuple[int, int]:
        source = self.context.source
        emails = self.column(chunk, "email")
        values = {name: self.column(chunk, name) for name in self.fields}
        records, stages, rejected = [], [], set()
        for i, email in enumerate(emails):
            if not email:
                self.reject(chunk, i, "email", EMPTY_EMAIL())
                rejected.add(i)
                continue
            if not is_valid_email(email):
                self.reject(chunk, i, "email", INVALID_EMAIL(value=email))
                rejected.add(i)
                continue
            self.writer.derived.emails.add(email)
            row: list[Any] = [source, email, *(values[name][i] for name in self.direct)]
            for name, _day_column in self.dates:
                stamp = values[name][i]
                row.append(day_part(stamp))
                if name == "created_at":
                    row.append(stamp_part(stamp))
            status = header_key(values["status"][i] or "") if "status" in values else ""
            if self.optout:
                row += self._flag_and_day(values, i, "unsubscribed", "unsubscribed_at", status in OPTOUT_STATUSES,
                                          "status" in values)
            if self.bounced:
                row += self._flag_and_day(values, i, "bounced", "bounced_at", status in BOUNCED_STATUSES,
                                          "status" in values)
            if self.channel:
                row.append(self._channel(values, i))
            if "tags" in values:
                row.append(to_json_list(values["tags"][i]))
            if self.context.extra_columns:
                row.append(self.extra(chunk.raw[i]))
            records.append(tuple(row))
            for name, stage in self.stages:
                entered = values[name][i]
                if entered:
                    stages.append(("import", source, email, stage, entered[0], entered[1]))
        self.note_problems(chunk, rejected)
        loaded, unchanged = self.upsert("contact_records", self.columns, records)
        if stages:
            self.writer.upsert("stage_history", ("origin", "source", "email", "stage", "entry_day", "entered_at"),
                               stages)
        return loaded, unchanged

    @staticmethod
    def _flag_and_day(values: dict[str, list[Any]], i: int, flag: str, when: str, by_status: bool,
                      has_status: bool) -> list[Any]:
        stamp = values[when][i] if when in values else None
        flagged = values[flag][i] if flag in values else None
        if stamp:
            return [1, stamp[0]]
        if flagged is not None:
            return [int(flagged), None]
        if has_status:
            return [int(by_status), None]
        return [0, None]

    @staticmethod
    def _channel(values: dict[str, list[Any]], i: int) -> str:
        label = values["original_source"][i] if "original_source" in values else None
        if label:
            return channel_of_label(label)
        source = values["utm_source"][i] if "utm_source" in values else None
        medium = values["utm_medium"][i] if "utm_medium" in values else None
        return channel_of_source_medium(source, medium)
