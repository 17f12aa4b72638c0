"""The hot loop for recipient rows of text files: one pass per row, every repeated value parsed once.

A recipient export can hold a million rows, and the column-by-column path of email.py costs a list per
field and a zip per row. This loop reads each clean row once. Everything that repeats is memoised: counts,
yes/no flags, campaign keys, and e-mail addresses (the same list receives every campaign, so from the
second file on nearly every address is a dictionary hit); dates go through their format's own caches. It
gives exactly the rows the column path gives — the tests import the fixtures both ways and compare — and
hands any row it is not sure about (a cell that does not parse, an invalid e-mail, no send date) to that
path, which reports it with its row, column and value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from roi_desktop.core.importing.convert import ColumnPlan
from roi_desktop.core.importing.normalise import BLANKS, EMAIL_PATTERN
from roi_desktop.core.store.loading import to_json_list

Row = Sequence[Any]


class Memo(dict):
    """A parser with a memory: `memo[cell]` parses each distinct cell once ("" gives None)."""

    def __init__(self, parse: Callable[[Any], Any]) -> None:
        super().__init__({"": None})
        self.parse = parse

    def __missing__(self, cell: Any) -> Any:
        value = self[cell] = self.parse(cell)
        return value


def _valid_email(cell: str) -> str | None:
    email = cell.strip(BLANKS).lower()
    return email if email and EMAIL_PATTERN.fullmatch(email) else None


def email_memo() -> Memo:
    """Raw address → normalised valid address (None when invalid). One per import: the same list receives
    every campaign, so from the second recipient file on nearly every address is a hit."""
    return Memo(_valid_email)


class FastEvents:
    """Builds event tuples (EVENT_COLUMNS order) from raw text rows of one file layout."""

    def __init__(self, plan: Sequence[ColumnPlan], fields: set[str], emails: Memo | None = None) -> None:
        self.index = {c.field.name: c.index for c in plan}
        self.parse = {c.field.name: c.parse for c in plan}
        self.fields = fields
        self.emails = emails if emails is not None else email_memo()
        self.memos = {name: Memo(self.parse[name]) for name in
                      ("total_opens", "mpp_opens", "click_count", "opened", "clicked", "unsubscribed", "bounced")
                      if name in fields}

    def keys(self, rows: Sequence[Row]) -> list[str]:
        """The campaign key of each row, as the column path computes it (id, else name, trimmed): a campaign
        column holds a handful of distinct values, read once each."""
        columns = [self.index[name] for name in ("campaign_id", "campaign") if name in self.index]
        if not columns:
            return [""] * len(rows)
        cells = zip(*(map(itemgetter(i), rows) for i in columns), strict=True)
        memo = Memo(lambda pair: next((c.strip(BLANKS) for c in pair if c.strip(BLANKS)), ""))
        return list(map(memo.__getitem__, cells))

    def build(self, rows: Sequence[Row], keys: Sequence[str], campaigns: dict[str, int],
              clicks: dict[str, list[Any]] | None) -> tuple[list[tuple[Any, ...]], list[int]]:
        """(event tuples, positions of the rows to hand to the column path)."""
        f, ix, memo = self.fields, self.index, self.memos
        nowhere = len(rows[0]) if rows else 0  # a column index past the row: "not in this file"

        def column(name: str) -> int:
            return ix.get(name, nowhere)

        i_email, i_sent = ix["email"], ix["sent_at"]
        parse_sent = self.parse["sent_at"]
        dates = {name: (column(name), self.parse.get(name)) for name in
                 ("open_at", "click_at", "unsubscribe_at", "hard_bounce_at", "soft_bounce_at", "complaint_at")}
        (i_open, p_open), (i_click, p_click), (i_unsub, p_unsub) = dates["open_at"], dates["click_at"], dates["unsubscribe_at"]
        (i_hard, p_hard), (i_soft, p_soft), (i_complaint, p_complaint) = (
            dates["hard_bounce_at"], dates["soft_bounce_at"], dates["complaint_at"])
        has_hard, has_soft = "hard_bounce_at" in f, "soft_bounce_at" in f
        bounced = memo.get("bounced")
        totals_of, opened_of = memo.get("total_opens"), memo.get("opened")
        counts_of, clicked_of = memo.get("click_count"), memo.get("clicked")
        unsubscribed_of, mpp_of = memo.get("unsubscribed"), memo.get("mpp_opens")
        i_bounced, i_totals, i_opened = column("bounced"), column("total_opens"), column("opened")
        i_counts, i_clicked, i_unsubscribed, i_mpp = column("click_count"), column("clicked"), column("unsubscribed"), column("mpp_opens")
        has_open_at, has_complaint = "open_at" in f, "complaint_at" in f
        link_totals = clicks["total_clicks"] if clicks else None
        link_urls = clicks["clicked_urls"] if clicks and (counts_of or clicked_of) else None
        emails = self.emails
        out: list[tuple[Any, ...]] = []
        append = out.append
        dirty: list[int] = []
        for position, row in enumerate(rows):
            try:
                email = emails[row[i_email]]
                sent = parse_sent(row[i_sent])
                campaign = campaigns.get(keys[position])
                if email is None or sent is None or campaign is None:
                    dirty.append(position)
                    continue
                day = sent[0]
                cell = row[i_open] if i_open < nowhere else ""
                open_at = p_open(cell) if cell else None
                cell = row[i_click] if i_click < nowhere else ""
                click_at = p_click(cell) if cell else None
                cell = row[i_unsub] if i_unsub < nowhere else ""
                unsub_at = p_unsub(cell) if cell else None
                if has_hard or has_soft:
                    cell = row[i_hard] if has_hard else ""
                    hard_at = p_hard(cell) if cell else None
                    cell = row[i_soft] if has_soft else ""
                    soft_at = p_soft(cell) if cell else None
                    hard = (1 if hard_at else 0) if has_hard else None
                    soft = (1 if soft_at else 0) if has_soft else None
                    bounce = hard_at or soft_at
                    bounce_day = bounce[0] if bounce else None
                elif bounced is not None:
                    flag = bounced[row[i_bounced]]
                    hard = None if flag is None else int(flag)
                    soft, bounce_day = (0 if hard is not None else None), None
                else:
                    hard = soft = bounce_day = None
                if totals_of is not None:
                    total_opens = totals_of[row[i_totals]]
                    opened = 1 if total_opens else 0
                elif opened_of is not None:
                    flag = opened_of[row[i_opened]]
                    opened = total_opens = None if flag is None else int(flag)
                elif has_open_at:
                    opened = total_opens = 1 if open_at else 0
                else:
                    opened = total_opens = None
                if counts_of is not None:
                    count = counts_of[row[i_counts]]
                    clicked = 1 if count else 0
                    total_clicks = link_totals[position] if link_totals is not None else count
                elif clicked_of is not None:
                    flag = clicked_of[row[i_clicked]]
                    clicked = total_clicks = None if flag is None else int(flag)
                else:
                    clicked = total_clicks = None
                if i_unsub < nowhere:
                    unsubscribed = 1 if unsub_at else 0
                elif unsubscribed_of is not None:
                    flag = unsubscribed_of[row[i_unsubscribed]]
                    unsubscribed = None if flag is None else int(flag)
                else:
                    unsubscribed = None
                if has_complaint:
                    cell = row[i_complaint]
                    complaint = 1 if cell and p_complaint(cell) else 0
                else:
                    complaint = None
                # Inside the try like every other cell: an unreadable MPP count goes to the column path, which
                # reports it, instead of aborting the whole import.
                mpp = mpp_of[row[i_mpp]] if mpp_of is not None else None
                urls = link_urls[position] if link_urls is not None else None
            except (ValueError, TypeError, ArithmeticError, AttributeError):
                dirty.append(position)
                continue
            append((campaign, email, sent[1], day, hard, soft, bounce_day, opened,
                    ((open_at[0] if open_at else None) or day) if opened else None, total_opens, mpp, clicked,
                    ((click_at[0] if click_at else None) or day) if clicked else None, total_clicks,
                    to_json_list(urls) if urls else None, unsubscribed, unsub_at[0] if unsub_at else None,
                    complaint))
        return out, dirty
