"""Money in integer cents: conversion to the workspace currency and exact splits (KPIS §1, §3.4, §6).

Every amount is converted once, per deal or cost line, into workspace cents (half up), then summed as
integers, so that breakdowns add up to the value to the cent. An amount in a currency without an exchange
rate is left out and said so (note `currency_excluded`), never counted at par. Splitting an amount — a deal
among attribution touches, a month's costs over the days of a period — uses the largest-remainder method,
so that the parts always add up to the whole.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from roi_desktop.core.kpis.result import CURRENCY_MISMATCH, Note, Reason
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate

CURRENCY_EXCLUDED = MessageTemplate(
    "amounts.currency_excluded",
    QT_TRANSLATE_NOOP("Messages", "Amounts in {currencies} are left out: add their exchange rate in the settings."),
)
ONLY_OTHER_CURRENCIES = MessageTemplate(
    "amounts.currency_mismatch",
    QT_TRANSLATE_NOOP("Messages", "Every amount is in {currencies}, not in {currency}: add an exchange rate in the"
                                  " settings."),
)


def half_up(value: Fraction | Decimal) -> int:
    """The nearest integer, halves away from zero (KPIS §1: cents rounded half up)."""
    if isinstance(value, Fraction):
        floor, rest = divmod(abs(value.numerator), value.denominator)
        magnitude = floor + (1 if 2 * rest >= value.denominator else 0)
        return magnitude if value >= 0 else -magnitude
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


class Converter:
    """Converts amounts into the workspace currency with `exchange_rates` ({"USD": 0.92}: 1 USD = 0.92 of the
    workspace currency) and remembers the currencies it had to leave out."""

    def __init__(self, currency: str, rates: dict[str, Any] | None,
                 monthly: dict[str, dict[str, Any]] | None = None) -> None:
        """`monthly` ({"USD": {"2024-03": 0.92}}, setting `exchange_rates_monthly`) gives the rate of one month;
        it wins over `rates` for amounts dated in that month (the cost ledger's rates, entered per month)."""
        self.currency = currency.upper()
        self.rates = {code.upper(): Decimal(str(rate)) for code, rate in (rates or {}).items() if rate}
        self.monthly = {code.upper(): {month: Decimal(str(rate)) for month, rate in months.items() if rate}
                        for code, months in (monthly or {}).items() if isinstance(months, dict)}
        self.excluded: set[str] = set()
        self.converted = 0

    def cents(self, amount_cents: int | None, currency: str | None, month: str | None = None) -> int | None:
        """Workspace cents, or None when there is no amount or no rate for its currency (in `month`, if given
        and a rate was entered for it, else the currency's single rate)."""
        if amount_cents is None:
            return None
        code = (currency or self.currency).upper()
        if code == self.currency:
            self.converted += 1
            return amount_cents
        rate = self.monthly.get(code, {}).get(month) if month else None
        rate = rate if rate is not None else self.rates.get(code)
        if rate is None:
            self.excluded.add(code)
            return None
        self.converted += 1
        return half_up(Decimal(amount_cents) * rate)

    def notes(self) -> list[Note]:
        """`currency_excluded` when some amounts had no rate."""
        if not self.excluded:
            return []
        return [Note("currency_excluded", CURRENCY_EXCLUDED(currencies=", ".join(sorted(self.excluded))))]

    def mismatch(self) -> Reason | None:
        """`currency_mismatch` when amounts exist but none could be converted."""
        if self.excluded and not self.converted:
            return Reason(CURRENCY_MISMATCH, ONLY_OTHER_CURRENCIES(currencies=", ".join(sorted(self.excluded)),
                                                                   currency=self.currency))
        return None


def split_cents(total: int, weights: Sequence[Fraction]) -> list[int]:
    """Split `total` cents in proportion to `weights` by largest remainder: floor every share, then give the
    leftover cents one by one to the largest remainders, ties to the earlier share. The parts add up to
    `total` exactly. All-zero weights give everything to the first share."""
    if not weights:
        return []
    # Integer weights over a common denominator: every share is total × w ÷ Σw, exactly, without Fractions.
    scale = math.lcm(*(weight.denominator for weight in weights))
    integers = [weight.numerator * (scale // weight.denominator) for weight in weights]
    whole = sum(integers)
    if whole <= 0:
        return [total] + [0] * (len(weights) - 1)
    shares = [divmod(total * weight, whole) for weight in integers]
    parts = [floor for floor, _rest in shares]
    leftover = total - sum(parts)
    order = sorted(range(len(shares)), key=lambda i: (-shares[i][1], i))
    for i in order[:leftover]:
        parts[i] += 1
    return parts
