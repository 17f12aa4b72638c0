"""The cost ledger as the editor sees it, and the checks a typed or pasted line must pass before it is saved.

`Ledger` is a snapshot read in the background (lines, workspace currency, exchange rates, months the data
covers): the editor checks what the user types against it instantly, without touching the workspace, and
the service checks again against fresh data when it writes. A line with a problem is never saved; each
problem names the field and says in a plain sentence what to do (negative or unreadable amount, month
outside the data, currency without a rate, a label spelled two ways).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from roi_desktop.core.costs import inputs
from roi_desktop.core.errors import UserError
from roi_desktop.core.kpis.amounts import half_up
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message, MessageTemplate
from roi_desktop.core.store.costs import CostLine

FIELDS = ("month", "category", "item", "channel", "amount", "currency", "note")
"""What a person enters for a line, in the order of the ledger's columns and of a pasted table."""
MAX_REPEAT_MONTHS = 120

BAD_MONTH = MessageTemplate("costs.bad_month", QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is not a month: write it as 2025-03, 03/2025 or March 2025."))
MISSING_MONTH = MessageTemplate("costs.missing_month", QT_TRANSLATE_NOOP("Messages", "Enter the month of the cost."))
MONTH_BEFORE = MessageTemplate("costs.month_before", QT_TRANSLATE_NOOP(
    "Messages", "{month} is before your first data ({first}): check the year."))
MONTH_AFTER = MessageTemplate("costs.month_after", QT_TRANSLATE_NOOP(
    "Messages", "{month} is in the future and after your data (last month {last}): check the year."))
MISSING_AMOUNT = MessageTemplate("costs.missing_amount", QT_TRANSLATE_NOOP("Messages", "Enter the amount."))
BAD_AMOUNT = MessageTemplate("costs.bad_amount", QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is not an amount: write a number such as 1234.56 or 1 234,56."))
NEGATIVE_AMOUNT = MessageTemplate("costs.negative_amount", QT_TRANSLATE_NOOP(
    "Messages", "A cost cannot be negative ({value}): lower the line it corrects instead."))
AMOUNT_CURRENCY = MessageTemplate("costs.amount_currency", QT_TRANSLATE_NOOP(
    "Messages", "The amount is written in {written} but the line is in {currency}: type the number alone and choose"
                " the currency in its column."))
BAD_CURRENCY = MessageTemplate("costs.bad_currency", QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is not a currency: use its three-letter code, such as EUR, USD or GBP."))
NO_RATE = MessageTemplate("costs.no_rate", QT_TRANSLATE_NOOP(
    "Messages", "No {currency} → {base} exchange rate for {month}: enter it under Exchange rates first."))
MISSING_CATEGORY = MessageTemplate("costs.missing_category", QT_TRANSLATE_NOOP(
    "Messages", "Choose a category: tool licence, staff time, advertising, content, agency or other."))
SPELLED_TWICE = MessageTemplate("costs.spelled_twice", QT_TRANSLATE_NOOP(
    "Messages", "“{typed}” is spelled differently from “{known}”, already in your costs: use one spelling, or the"
                " two will be counted apart."))
REPEAT_BEFORE = MessageTemplate("costs.repeat_before", QT_TRANSLATE_NOOP(
    "Messages", "The repetition ends ({until}) before the first month ({month})."))
REPEAT_TOO_LONG = MessageTemplate("costs.repeat_too_long", QT_TRANSLATE_NOOP(
    "Messages", "A cost can repeat for {limit} months at most."))
TOO_LONG = MessageTemplate("costs.too_long", QT_TRANSLATE_NOOP(
    "Messages", "This text is too long ({length} characters; {limit} at most)."))
LINE_GONE = MessageTemplate("costs.line_gone", QT_TRANSLATE_NOOP(
    "Messages", "This cost line no longer exists: it was deleted or its import was undone."))
NOT_SAVED = MessageTemplate("costs.not_saved", QT_TRANSLATE_NOOP(
    "Messages", "Nothing was saved: {count} problem(s) to fix first. {first}"))
MONTH_OF_RATE = MessageTemplate("costs.rate_in_use", QT_TRANSLATE_NOOP(
    "Messages", "{count} cost line(s) in {currency} for {month} need this rate: change or delete them first."))
BAD_RATE = MessageTemplate("costs.bad_rate", QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is not an exchange rate: write how much 1 {currency} is worth in {base}, such as 0.92."))
SAME_CURRENCY = MessageTemplate("costs.same_currency", QT_TRANSLATE_NOOP(
    "Messages", "{currency} is the workspace currency: it needs no exchange rate."))
_TEXT_LIMITS = {"item": 200, "note": 1000}


@dataclass(frozen=True)
class Problem:
    """Why one entry cannot be saved.

    Attributes:
        field: one of FIELDS, or "repeat_until".
        message: the plain sentence.
        row: 1-based row of a pasted table or of a list of drafts (0: a single line).
    """

    field: str
    message: Message
    row: int = 0


class CostInputError(UserError):
    """Some entries cannot be saved; none was. `problems` lists them all."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        first = problems[0].message
        message = first if len(problems) == 1 else NOT_SAVED(count=len(problems), first=first.english())
        super().__init__(message)
        self.problems = list(problems)


@dataclass
class CostDraft:
    """One line as entered (text from a cell, a dialog or a pasted table; numbers and dates also accepted).

    `category` and `channel` may be ids or labels; `repeat_until` ('YYYY-MM' or as typed) makes the line
    recur every month up to that month, inclusive.
    """

    month: Any = None
    category: Any = None
    item: Any = None
    channel: Any = None
    amount: Any = None
    currency: Any = None
    note: Any = None
    repeat_until: Any = None


@dataclass
class Checked:
    """The stored values of a checked entry (one per month when it recurs), or its problems."""

    values: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@dataclass
class Ledger:
    """A snapshot of the ledger and of what checking an entry needs.

    Attributes:
        lines: every cost line.
        currency: the workspace currency.
        rates: single rate per currency (setting exchange_rates).
        monthly_rates: currency → month → rate (setting exchange_rates_monthly).
        span: first and last month of the workspace's data, None when it holds none.
        today: the current month; costs up to it are accepted even past the data's last month.
    """

    lines: list[CostLine]
    currency: str
    rates: dict[str, float]
    monthly_rates: dict[str, dict[str, float]]
    span: tuple[str, str] | None
    today: str

    # ---- Reading

    def line(self, line_id: int) -> CostLine | None:
        return next((line for line in self.lines if line.id == line_id), None)

    def rate(self, currency: str, month: str) -> float | None:
        """1 `currency` in the workspace currency for `month`: the month's rate, else the single rate."""
        code = currency.upper()
        if code == self.currency:
            return 1.0
        return self.monthly_rates.get(code, {}).get(month) or self.rates.get(code)

    def converted_cents(self, line: CostLine) -> int | None:
        """The line's amount in the workspace currency (as the KPIs count it), None without a rate."""
        rate = self.rate(line.currency, line.month)
        if rate is None:
            return None
        return line.amount_cents if rate == 1.0 else half_up(Decimal(line.amount_cents) * Decimal(str(rate)))

    def total_cents(self) -> int:
        return sum(self.converted_cents(line) or 0 for line in self.lines)

    def unconverted(self) -> list[CostLine]:
        return [line for line in self.lines if self.converted_cents(line) is None]

    def known_labels(self, kind: str, *, skip: int | None = None) -> list[tuple[str, str]]:
        """(label, id) of the category or channel labels already in the ledger (but line `skip`'s)."""
        found = {}
        for line in self.lines:
            if line.id == skip:
                continue
            label, target = ((line.category_label, line.category) if kind == "category"
                             else (line.channel_label, line.channel or "unknown"))
            if label:
                found[label] = target
        return sorted(found.items())

    # ---- Checking

    def check(self, draft: CostDraft, *, row: int = 0, decimal_comma: bool | None = None,
              extra_labels: dict[str, list[tuple[str, str]]] | None = None) -> Checked:
        """The values to store for a new entry, or its problems."""
        problems: list[Problem] = []
        values: dict[str, Any] = {}

        def problem(name: str, message: Message) -> None:
            problems.append(Problem(name, message, row))

        month = self._month(draft.month, "month", problem)
        amount = self._amount(draft.amount, decimal_comma, problem)
        written = inputs.currency_in(draft.amount)
        currency = self._currency(written if inputs_empty(draft.currency) and written else draft.currency, problem)
        if written and currency and written != currency:
            problem("amount", AMOUNT_CURRENCY(written=written, currency=currency))
        extra = extra_labels or {}
        self._category(draft.category, self.known_labels("category") + extra.get("category", []), values, problem)
        self._channel(draft.channel, self.known_labels("channel") + extra.get("channel", []), values, problem)
        for name in ("item", "note"):
            values[name] = self._text(name, getattr(draft, name), problem)
        months = [month] if month else []
        if month and not inputs_empty(draft.repeat_until):
            until = self._month(draft.repeat_until, "repeat_until", problem)
            if until:
                months = self._months(month, until, problem)
        if currency and months:
            missing = [m for m in months if self.rate(currency, m) is None]
            if missing:
                problem("currency", NO_RATE(currency=currency, base=self.currency, month=", ".join(missing[:3])
                                            + ("…" if len(missing) > 3 else "")))
        if problems:
            return Checked(problems=problems)
        group = _group_id(months) if len(months) > 1 else None
        return Checked(values=[{**values, "month": m, "amount_cents": amount, "currency": currency,
                                "recurring_group": group} for m in months])

    def check_edit(self, line: CostLine, changes: dict[str, Any], *, decimal_comma: bool | None = None) -> Checked:
        """The columns to write when `changes` (FIELDS → as typed) are made to `line`, or the problems."""
        problems: list[Problem] = []
        values: dict[str, Any] = {}

        def problem(name: str, message: Message) -> None:
            problems.append(Problem(name, message))

        if "month" in changes:
            values["month"] = self._month(changes["month"], "month", problem)
            values["day"] = None  # a line moved to another month is no longer dated to a day of the old one
        if "amount" in changes:
            values["amount_cents"] = self._amount(changes["amount"], decimal_comma, problem)
        if "currency" in changes:
            values["currency"] = self._currency(changes["currency"], problem)
        if "category" in changes:
            self._category(changes["category"], self.known_labels("category", skip=line.id), values, problem)
        if "channel" in changes:
            self._channel(changes["channel"], self.known_labels("channel", skip=line.id), values, problem)
        for name in ("item", "note"):
            if name in changes:
                values[name] = self._text(name, changes[name], problem)
        month = values["month"] if "month" in changes else line.month
        currency = values["currency"] if "currency" in changes else line.currency
        written = inputs.currency_in(changes.get("amount"))
        if written and currency and written != currency.upper():
            problem("amount", AMOUNT_CURRENCY(written=written, currency=currency))
        moved = "month" in changes or "currency" in changes
        if moved and month and currency and self.rate(currency, month) is None:
            problem("currency", NO_RATE(currency=currency, base=self.currency, month=month))
        return Checked(problems=problems) if problems else Checked(values=[values])

    # ---- Field checks

    def _month(self, raw: Any, name: str, problem: Any) -> str | None:
        if inputs_empty(raw):
            problem(name, MISSING_MONTH())
            return None
        try:
            month = inputs.parse_month(raw)
        except ValueError:
            problem(name, BAD_MONTH(value=str(raw).strip()))
            return None
        first, last = self.span if self.span else ("2000-01", self.today)
        if month < first:
            problem(name, MONTH_BEFORE(month=month, first=first))
            return None
        if month > max(last, self.today):  # this month's costs may come before this month's exports
            problem(name, MONTH_AFTER(month=month, last=last))
            return None
        return month

    def _months(self, first: str, until: str, problem: Any) -> list[str]:
        if until < first:
            problem("repeat_until", REPEAT_BEFORE(until=until, month=first))
            return [first]
        months, (year, number) = [], (int(first[:4]), int(first[5:7]))
        while f"{year:04d}-{number:02d}" <= until:
            months.append(f"{year:04d}-{number:02d}")
            year, number = (year + 1, 1) if number == 12 else (year, number + 1)
        if len(months) > MAX_REPEAT_MONTHS:
            problem("repeat_until", REPEAT_TOO_LONG(limit=MAX_REPEAT_MONTHS))
        return months

    @staticmethod
    def _amount(raw: Any, decimal_comma: bool | None, problem: Any) -> int | None:
        if inputs_empty(raw):
            problem("amount", MISSING_AMOUNT())
            return None
        try:
            cents = inputs.parse_amount(raw, decimal_comma)
        except ValueError:
            problem("amount", BAD_AMOUNT(value=str(raw).strip()))
            return None
        if cents < 0:
            problem("amount", NEGATIVE_AMOUNT(value=str(raw).strip()))
            return None
        return cents

    def _currency(self, raw: Any, problem: Any) -> str | None:
        if inputs_empty(raw):
            return self.currency
        try:
            return inputs.parse_currency(raw)
        except ValueError:
            problem("currency", BAD_CURRENCY(value=str(raw).strip()))
            return None

    @staticmethod
    def _category(raw: Any, known: list[tuple[str, str]], values: dict[str, Any], problem: Any) -> None:
        if inputs_empty(raw):
            problem("category", MISSING_CATEGORY())
            return
        category, label = inputs.resolve_category(raw)
        clash = inputs.spelling_clash(label, category, known) if label else None
        if clash:
            problem("category", SPELLED_TWICE(typed=label, known=clash))
        values.update(category=category, category_label=label)

    @staticmethod
    def _channel(raw: Any, known: list[tuple[str, str]], values: dict[str, Any], problem: Any) -> None:
        channel, label = inputs.resolve_channel(raw)
        clash = inputs.spelling_clash(label, channel or "unknown", known) if label else None
        if clash:
            problem("channel", SPELLED_TWICE(typed=label, known=clash))
        values.update(channel=channel, channel_label=label)

    @staticmethod
    def _text(name: str, raw: Any, problem: Any) -> str | None:
        text = " ".join(str(raw).split()) if name == "item" and raw is not None else (
            str(raw).strip() if raw is not None else "")
        if len(text) > _TEXT_LIMITS[name]:
            problem(name, TOO_LONG(length=len(text), limit=_TEXT_LIMITS[name]))
        return text or None


def inputs_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def check_all(ledger: Ledger, drafts: Iterable[CostDraft], *, decimal_comma: bool | None = None) -> Checked:
    """Check several entries together (a paste): each is numbered, and a label spelled two ways within
    them is caught too. Values only when none has a problem."""
    found = Checked()
    extra: dict[str, list[tuple[str, str]]] = {"category": [], "channel": []}
    for row, draft in enumerate(drafts, start=1):
        checked = ledger.check(draft, row=row, decimal_comma=decimal_comma, extra_labels=extra)
        found.problems += checked.problems
        found.values += checked.values
        category, category_label = inputs.resolve_category(draft.category)
        channel, channel_label = inputs.resolve_channel(draft.channel)
        if category_label and not inputs_empty(draft.category):
            extra["category"].append((category_label, category))
        if channel_label:
            extra["channel"].append((channel_label, channel or "unknown"))
    if found.problems:
        found.values = []
    return found


def _group_id(months: list[str]) -> str:
    """A readable id shared by the lines of one recurring entry: its first and last month and a random tag."""
    return f"{months[0]}/{months[-1]}/{uuid.uuid4().hex[:8]}"
