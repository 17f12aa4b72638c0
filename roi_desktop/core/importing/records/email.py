"""E-mail exports: campaign totals, and recipient rows — the million-row path (KPIS §3.2)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from roi_desktop.core.importing.convert import Chunk, convert
from roi_desktop.core.importing.fields import header_key
from roi_desktop.core.importing.normalise import EMAIL_PATTERN
from roi_desktop.core.importing.records.base import (
    EMPTY_EMAIL, INVALID_EMAIL, Builder, BuildContext, day_part, as_flag,
)
from roi_desktop.core.importing.records.fast_events import FastEvents, email_memo
from roi_desktop.core.store.loading import to_json_list


# ---- E-mail campaign totals


class CampaignStatsBuilder(Builder):
    _METRICS = ("sent", "delivered", "hard_bounces", "soft_bounces", "unique_opens", "total_opens", "unique_clicks",
                "total_clicks", "unsubscribes", "complaints", "forwards", "vendor_open_rate", "vendor_click_rate")

    def __init__(self, context: BuildContext) -> None:
        super().__init__(context)
        self.metrics = [m for m in self._METRICS if m in self.fields]
        self.bounces = bool({"bounces", "hard_bounces"} & self.fields)
        self.columns = ["campaign_id", "day", *self.metrics] + (["bounces"] if self.bounces else [])
        self.campaigns: set[int] = set()

    def load(self, chunk: Chunk) -> tuple[int, int]:
        values = {name: self.column(chunk, name) for name in self.fields | {"campaign", "campaign_id"}}
        rows, rejected = [], set()
        for i in range(len(chunk)):
            external_id = values["campaign_id"][i] or values["campaign"][i]
            if not external_id:
                self.missing(chunk, i, "campaign")
                rejected.add(i)
                continue
            sent = values["sent_at"][i] if "sent_at" in values else None
            campaign_id = self.writer.campaign(self.context.source, str(external_id),
                                               campaign_values(self.context, values, i, sent))
            self.campaigns.add(campaign_id)
            row = [campaign_id, day_part(sent) or "", *(values[m][i] for m in self.metrics)]
            if self.bounces:
                hard = values["hard_bounces"][i] if "hard_bounces" in values else None
                soft = values["soft_bounces"][i] if "soft_bounces" in values else None
                total = values["bounces"][i] if "bounces" in values else None
                row.append(hard + soft if hard is not None and soft is not None else total)
            rows.append(tuple(row))
        self.note_problems(chunk, rejected)
        return self.upsert("campaign_stats", self.columns, rows)


def campaign_values(context: BuildContext, values: dict[str, list[Any]], i: int,
                    sent: tuple[str, str] | None) -> dict[str, Any]:
    """The campaign's own columns, from the first row that names it."""
    found: dict[str, Any] = {"name": values["campaign"][i] or str(values["campaign_id"][i])}
    for name in ("subject", "list_name", "workflow"):
        if name in values:
            found[name] = values[name][i]
    workflow = values["workflow"][i] if "workflow" in values else None
    kind = header_key(values["type"][i] or "") if "type" in values else ""
    automated = bool(workflow) or "automat" in kind or "workflow" in kind
    if "automated" in context.constants and not workflow:
        automated = bool(context.constants["automated"])
    found["automated"] = int(automated)
    if sent:
        found["send_day"], found["sent_at"] = sent
    return found


# ---- E-mail recipients (the million-row path)


FAST_EVENTS = True
"""Use the one-pass loop (fast_events.py) for recipient rows of text files; tests turn it off to compare."""


class EventsBuilder(Builder):
    """Recipient rows: built column by column (a million rows must load in seconds), then zipped."""

    def __init__(self, context: BuildContext) -> None:
        super().__init__(context)
        self.campaign_ids: dict[Any, int] = {}
        self.fast = (FastEvents(context.plan, self.fields, context.shared.setdefault("emails", email_memo()))
                     if FAST_EVENTS and context.text_cells else None)

    def load_raw(self, numbers: list[int], rows: list[Sequence[Any]]) -> tuple[int, int]:
        """Load raw rows: clean ones through the one-pass loop, the others through `load` for exact reports."""
        if self.fast is None:
            return super().load_raw(numbers, rows)
        keys = self.fast.keys(rows)
        for key in dict.fromkeys(keys):  # first appearance order, as the column path creates them
            if key and key not in self.campaign_ids:
                position = keys.index(key)
                self.load_first(numbers[position], rows[position])
        clicks = self.context.hook(rows) if self.context.hook else None
        built, dirty = self.fast.build(rows, keys, self.campaign_ids, clicks)
        loaded = self.writer.add_events(built)
        unchanged = len(built) - loaded
        if dirty:
            more, same = self.load(convert(self.context.plan, [numbers[p] for p in dirty], [rows[p] for p in dirty]))
            loaded, unchanged = loaded + more, unchanged + same
        return loaded, unchanged

    def load_first(self, number: int, row: Sequence[Any]) -> None:
        """Create a row's campaign from that row, as the column path would."""
        chunk = convert(self.context.plan, [number], [row])
        sent = chunk.values.get("sent_at", [None])[0]
        keys = [a or b for a, b in zip(self.column(chunk, "campaign_id"), self.column(chunk, "campaign"), strict=True)]
        self._campaigns(chunk, keys, [sent])

    def load(self, chunk: Chunk) -> tuple[int, int]:
        f = self.fields
        n = len(chunk)
        col = self.column
        emails, sent = col(chunk, "email"), col(chunk, "sent_at")
        keys = [a or b for a, b in zip(col(chunk, "campaign_id"), col(chunk, "campaign"), strict=True)]
        hard, soft, bounce_day = self._bounces(chunk, n)
        opened, total_opens, open_day = self._opens(chunk, sent, n)
        clicked, total_clicks, click_day, urls = self._clicks(chunk, sent, n)
        unsub_at = col(chunk, "unsubscribe_at")
        unsubscribed = ([1 if u else 0 for u in unsub_at] if "unsubscribe_at" in f
                        else [as_flag(u) for u in col(chunk, "unsubscribed")] if "unsubscribed" in f else [None] * n)
        complaint = [1 if c else 0 for c in col(chunk, "complaint_at")] if "complaint_at" in f else [None] * n
        campaigns = self._campaigns(chunk, keys, sent)
        good = [bool(e) and EMAIL_PATTERN.fullmatch(e) is not None and s is not None and k is not None
                for e, s, k in zip(emails, sent, campaigns, strict=True)]
        rows = zip(campaigns, emails, [s and s[1] for s in sent], [s and s[0] for s in sent], hard, soft, bounce_day,
                   opened, open_day, total_opens, col(chunk, "mpp_opens"), clicked, click_day, total_clicks, urls,
                   unsubscribed, [u and u[0] for u in unsub_at], complaint, strict=True)
        if all(good):
            self.note_problems(chunk, set())
            loaded = self.writer.add_events(rows)
            return loaded, n - loaded
        rejected = set()
        for i, ok in enumerate(good):
            if not ok:
                rejected.add(i)
                email = emails[i]
                if not email or EMAIL_PATTERN.fullmatch(email) is None:
                    self.reject(chunk, i, "email", INVALID_EMAIL(value=email) if email else EMPTY_EMAIL())
                else:
                    self.missing(chunk, i, "sent_at" if sent[i] is None else "campaign")
        self.note_problems(chunk, rejected)
        kept = [row for row, ok in zip(rows, good, strict=True) if ok]
        loaded = self.writer.add_events(kept)
        return loaded, len(kept) - loaded

    def _campaigns(self, chunk: Chunk, keys: list[Any], sent: list[Any]) -> list[int | None]:
        """The campaign id of each row, creating each campaign the first time its key appears."""
        known = self.campaign_ids
        for position, key in enumerate(keys):
            if key and key not in known and sent[position] is not None:
                values = {name: self.column(chunk, name) for name in self.fields | {"campaign", "campaign_id"}}
                known[key] = self.writer.campaign(self.context.source, str(key),
                                                  campaign_values(self.context, values, position, sent[position]))
        return [known.get(key) for key in keys]

    def _bounces(self, chunk: Chunk, n: int) -> tuple[list[Any], list[Any], list[Any]]:
        """Hard and soft bounce flags: from their dates (Brevo), else one "bounced" flag counted as hard, soft
        then 0 (Mautic marks a bounced address do-not-contact, KPIS §3.2), else unknown."""
        f, col = self.fields, self.column
        hard_at, soft_at = col(chunk, "hard_bounce_at"), col(chunk, "soft_bounce_at")
        if "hard_bounce_at" in f or "soft_bounce_at" in f:
            hard = [1 if h else 0 for h in hard_at] if "hard_bounce_at" in f else [None] * n
            soft = [1 if s else 0 for s in soft_at] if "soft_bounce_at" in f else [None] * n
            day = [day_part(h or s) for h, s in zip(hard_at, soft_at, strict=True)]
            return hard, soft, day
        if "bounced" in f:
            hard = [as_flag(b) for b in col(chunk, "bounced")]
            return hard, [0 if h is not None else None for h in hard], [None] * n
        return [None] * n, [None] * n, [None] * n

    def _opens(self, chunk: Chunk, sent: list[Any], n: int) -> tuple[list[Any], list[Any], list[Any]]:
        """Opened = at least one open; a yes/no flag counts one open (a lower bound, KPIS §3.2)."""
        f, col = self.fields, self.column
        open_at = col(chunk, "open_at")
        if "total_opens" in f:
            totals = col(chunk, "total_opens")
            opened = [1 if t else 0 for t in totals]
        elif "opened" in f:
            opened = [as_flag(o) for o in col(chunk, "opened")]
            totals = list(opened)
        elif "open_at" in f:
            opened = [1 if o else 0 for o in open_at]
            totals = list(opened)
        else:
            return [None] * n, [None] * n, [None] * n
        days = [(day_part(o) or day_part(s)) if flag else None for o, s, flag in zip(open_at, sent, opened, strict=True)]
        return opened, totals, days

    def _clicks(self, chunk: Chunk, sent: list[Any], n: int) -> tuple[list[Any], list[Any], list[Any], list[Any]]:
        """Clicked = at least one link clicked; total clicks from the per-link columns when the export has them;
        the click day is the send day when no click time is exported (KPIS §3.1)."""
        f, col = self.fields, self.column
        hook = self.context.hook
        extra = hook(chunk.raw) if hook else None
        if "click_count" in f:
            counts = col(chunk, "click_count")
            clicked = [1 if c else 0 for c in counts]
            totals = extra["total_clicks"] if extra else counts
        elif "clicked" in f:
            clicked = [as_flag(c) for c in col(chunk, "clicked")]
            totals = list(clicked)
        else:
            return [None] * n, [None] * n, [None] * n, [None] * n
        click_at = col(chunk, "click_at")
        days = [(day_part(c) or day_part(s)) if flag else None for c, s, flag in zip(click_at, sent, clicked, strict=True)]
        urls = [to_json_list(u) for u in extra["clicked_urls"]] if extra else [None] * n
        return clicked, totals, days, urls
