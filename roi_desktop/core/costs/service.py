"""`workspace.costs`: the cost ledger, the exchange rates, the value settings and the ROI page's figures.

Every write checks its input against fresh data inside the transaction and raises `CostInputError` (all the
problems, nothing saved) when something is wrong; it returns `Changes` so that views refresh. Deleting
returns the lines as they were, so that the editor can put them back (undo).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from roi_desktop.core.changes import Changes
from roi_desktop.core.costs import value_settings
from roi_desktop.core.costs.figures import RoiFigures, compute_figures
from roi_desktop.core.costs.inputs import parse_currency, parse_month, parse_rate
from roi_desktop.core.costs.ledger import (
    BAD_CURRENCY,
    BAD_MONTH,
    BAD_RATE,
    LINE_GONE,
    MONTH_OF_RATE,
    SAME_CURRENCY,
    CostDraft,
    CostInputError,
    Ledger,
    Problem,
    check_all,
)
from roi_desktop.core.kpis import engine as kpi_engine
from roi_desktop.core.kpis.period import Period
from roi_desktop.core.store import Connection, Store
from roi_desktop.core.store import costs as cost_store
from roi_desktop.core.store import settings as settings_store
from roi_desktop.core.store.costs import CostLine

MONTHLY_RATES = "exchange_rates_monthly"
"""Settings key: {"USD": {"2024-03": 0.92}} — 1 USD = 0.92 of the workspace currency in March 2024."""
COSTS = frozenset({"costs"})


@dataclass(frozen=True)
class Added:
    """What `add` wrote: the ids of the new lines (for undo) and the changes."""

    ids: list[int]
    changes: Changes


class CostService:
    """The cost ledger and value settings (issue #7): edit costs, recurring lines, exchange rates."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # ---- Reading

    def ledger(self, *, today: date | None = None) -> Ledger:
        """The ledger and what checking an entry needs (rates, currency, months the data covers)."""
        return read_ledger(self.store.reader(), today=today)

    def lines(self) -> list[CostLine]:
        return cost_store.lines(self.store.reader())

    def figures(self, period: Period | None = None) -> RoiFigures:
        """Every figure of the ROI page over `period` (default: all data)."""
        return compute_figures(self.store.reader(), period)

    def value_settings(self) -> dict[str, Any]:
        """The value settings in effect (stored or default)."""
        db = self.store.reader()
        stored = settings_store.read_settings(db)
        return value_settings.effective(stored, _currency(stored))

    # ---- Cost lines

    def add(self, drafts: Sequence[CostDraft], *, decimal_comma: bool | None = None,
            today: date | None = None) -> Added:
        """Add entries (a recurring one becomes one line per month); all or none."""
        with self.store.writing() as db:
            checked = check_all(read_ledger(db, today=today), drafts, decimal_comma=decimal_comma)
            if checked.problems:
                raise CostInputError(checked.problems)
            ids = cost_store.insert(db, checked.values)
        return Added(ids, Changes(COSTS))

    def edit(self, line_id: int, changes: dict[str, Any], *, decimal_comma: bool | None = None,
             today: date | None = None) -> Changes:
        """Change fields of a line (`changes`: month, category, item, channel, amount, currency, note as typed)."""
        with self.store.writing() as db:
            ledger = read_ledger(db, today=today)
            line = ledger.line(line_id)
            if line is None:
                raise CostInputError([Problem("month", LINE_GONE())])
            checked = ledger.check_edit(line, changes, decimal_comma=decimal_comma)
            if checked.problems:
                raise CostInputError(checked.problems)
            cost_store.update(db, line_id, checked.values[0])
        return Changes(COSTS)

    def delete(self, ids: Sequence[int]) -> tuple[list[CostLine], Changes]:
        """Delete lines; returns them as they were (give them to `restore` to undo)."""
        with self.store.writing() as db:
            removed = cost_store.delete(db, ids)
        return removed, Changes(COSTS)

    def restore(self, lines: Sequence[CostLine]) -> tuple[list[int], Changes]:
        """Put deleted lines back (undo of `delete`); returns their ids."""
        with self.store.writing() as db:
            ids = cost_store.put_back(db, lines)
        return ids, Changes(COSTS)

    def overwrite(self, line: CostLine) -> Changes:
        """Write a line back exactly as it was (undo of `edit`)."""
        with self.store.writing() as db:
            if not cost_store.overwrite(db, line):
                raise CostInputError([Problem("month", LINE_GONE())])
        return Changes(COSTS)

    # ---- Exchange rates

    def rates(self) -> dict[str, dict[str, float]]:
        """Currency → month → rate entered in the ledger."""
        return dict(settings_store.read_setting(self.store.reader(), MONTHLY_RATES, {}) or {})

    def set_rate(self, currency: Any, month: Any, rate: Any, *, decimal_comma: bool | None = None) -> Changes:
        """Set (or, with an empty rate, remove) the rate of `currency` in `month`: 1 unit = `rate` of the
        workspace currency. A rate that lines still need cannot be removed."""
        with self.store.writing() as db:
            stored = settings_store.read_settings(db)
            base = _currency(stored)
            problems, code, when = [], None, None
            try:
                code = parse_currency(currency)
            except ValueError:
                problems.append(Problem("currency", BAD_CURRENCY(value=str(currency or "").strip())))
            try:
                when = parse_month(month)
            except ValueError:
                problems.append(Problem("month", BAD_MONTH(value=str(month or "").strip())))
            if code is not None and code == base:
                problems.append(Problem("currency", SAME_CURRENCY(currency=code)))
            empty = rate is None or (isinstance(rate, str) and not rate.strip())
            value = None
            if not empty:
                try:
                    value = parse_rate(rate, decimal_comma)
                except ValueError:
                    problems.append(Problem("amount", BAD_RATE(value=str(rate).strip(), currency=code or "?",
                                                               base=base)))
            if problems:
                raise CostInputError(problems)
            rates = {c: dict(m) for c, m in (stored.get(MONTHLY_RATES) or {}).items()}
            if value is None:
                global_rate = (stored.get("exchange_rates") or {}).get(code)
                users = [line for line in cost_store.lines(db) if line.currency.upper() == code and line.month == when]
                if users and not global_rate:
                    raise CostInputError([Problem("amount", MONTH_OF_RATE(count=len(users), currency=code,
                                                                          month=when))])
                rates.get(code, {}).pop(when, None)
                rates = {c: m for c, m in rates.items() if m}
            else:
                rates.setdefault(code, {})[when] = value
            changed = settings_store.write_settings(db, {MONTHLY_RATES: rates or None})
        return Changes(COSTS if changed else frozenset(), settings=frozenset(changed))

    # ---- Value settings

    def set_value_settings(self, values: dict[str, Any], *, decimal_comma: bool | None = None) -> Changes:
        """Store value settings (VALUE_SETTINGS keys; empty → default); all or none."""
        stored, problems = value_settings.check(values, decimal_comma=decimal_comma)
        if problems:
            raise CostInputError(problems)
        with self.store.writing() as db:
            changed = settings_store.write_settings(db, stored)
        return Changes(settings=frozenset(changed))


def read_ledger(db: Connection, *, today: date | None = None) -> Ledger:
    """The ledger snapshot of a workspace (cost lines, currency, rates, months its data covers)."""
    stored = settings_store.read_settings(db)
    span = kpi_engine.default_period(db)
    months = span.months() if span else None
    today = today or date.today()
    monthly = {code.upper(): {m: float(r) for m, r in found.items() if r}
               for code, found in (stored.get(MONTHLY_RATES) or {}).items() if isinstance(found, dict)}
    rates = {code.upper(): float(rate) for code, rate in (stored.get("exchange_rates") or {}).items() if rate}
    return Ledger(cost_store.lines(db), _currency(stored), rates, monthly,
                  (months[0], months[-1]) if months else None, f"{today.year:04d}-{today.month:02d}")


def _currency(stored: dict[str, Any]) -> str:
    return str(stored.get("currency") or "EUR").upper()
