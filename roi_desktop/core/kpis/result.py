"""What the engine returns for one KPI, and its JSON form (DESIGN §7, KPIS §1).

A KPI that cannot be computed has `value` None and a `reason` — never a silent 0. Ratios and means carry
the `counts` they come from, so that every number can be explained ("2 105 unique clicks ÷ 28 844
delivered"). Money is computed in integer cents and given in currency units rounded to the cent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from roi_desktop.core.messages import Message

# Reason codes (KPIS §1).
NO_DATA, ZERO_DENOMINATOR, NOT_IN_EXPORTS, SETTING_MISSING, CURRENCY_MISMATCH = (
    "no_data", "zero_denominator", "not_in_exports", "setting_missing", "currency_mismatch",
)


@dataclass(frozen=True)
class Reason:
    """Why a value is null: a code of KPIS §1 and a sentence saying what to do."""

    code: str
    message: Message


@dataclass(frozen=True)
class Note:
    """Something that qualifies a value (partial_sources, lower_bound, prorated_costs…)."""

    code: str
    message: Message


@dataclass(frozen=True)
class Alert:
    level: str  # "warning" | "critical"
    threshold: float
    message: Message


@dataclass
class KpiResult:
    """One KPI over one period.

    Attributes:
        id: the KPI id.
        value: the period value (float/int), or None with `reason`.
        unit: count, ratio, days, or the currency code.
        breakdowns: "by_month" → {"2024-01": value, …}, "by_source" → {…}, …; values may be None.
        counts: the numbers a ratio or mean is made of ({"numerator": …, "denominator": …}, or named).
        notes: qualifications.
        alert: the alert the period value raises, if any.
        reason: why value is None.
        month_counts: the counts behind each `by_month` value ({"2024-01": {"numerator": …, "denominator": …}}),
            so that months can be judged like the period (alerts.breaching_months); not part of the JSON.
    """

    id: str
    value: float | int | None
    unit: str
    breakdowns: dict[str, dict[str, Any]] = field(default_factory=dict)
    counts: dict[str, Any] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)
    alert: Alert | None = None
    reason: Reason | None = None
    month_counts: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def null(cls, kpi_id: str, unit: str, reason: Reason) -> KpiResult:
        return cls(kpi_id, None, unit, reason=reason)

    def to_json(self, render: Any) -> dict[str, Any]:
        """The object of one KPI in `kpis --json`; `render(Message) -> str` translates sentences."""
        out: dict[str, Any] = {"value": self.value, "unit": self.unit}
        if self.value is None:
            out["reason"] = {"code": self.reason.code, "message": render(self.reason.message)} if self.reason else None
            return out | {key: {} for key in self.breakdowns}
        out.update(self.breakdowns)
        if self.counts:
            out["counts"] = self.counts
        if self.notes:
            out["notes"] = [{"code": n.code, "message": render(n.message)} for n in self.notes]
        if self.alert:
            out["alert"] = {"level": self.alert.level, "threshold": self.alert.threshold,
                            "message": render(self.alert.message)}
        return out


def money(cents: int | None) -> float | None:
    """Integer cents → currency units, exactly to the cent (half up is applied where cents are made)."""
    return None if cents is None else round(cents / 100, 2)


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    """numerator ÷ denominator, None when either is None or the denominator is 0."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator / denominator
