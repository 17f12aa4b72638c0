"""E-mails sent through the tools: by month and by tool, automated (workflow) against one-off campaigns, the
share automated, and its trend.

Every figure is a KPI of the engine (emails_sent, automated_emails_sent, automated_email_share); a one-off
send is a send that is not automated (sent − automated). The trend compares the last three months of the
period with the three months before them (halves of the period when it is shorter than six months; none
under two months): the share automated in each, in points, and the change in e-mails sent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from roi_desktop.core.kpis.result import KpiResult, Reason, ratio

TREND_MONTHS = 3


@dataclass(frozen=True)
class SendCounts:
    """Sends of a month or a tool: all, automated, one-off, and the share automated (None when unknown)."""

    sent: float | None
    automated: float | None

    @property
    def one_off(self) -> float | None:
        return None if self.sent is None or self.automated is None else self.sent - self.automated

    @property
    def share(self) -> float | None:
        return ratio(self.automated, self.sent)

    def to_json(self) -> dict[str, Any]:
        return {"sent": self.sent, "automated": self.automated, "one_off": self.one_off,
                "automated_share": self.share}


@dataclass(frozen=True)
class Trend:
    """Two spans of whole months of the period compared: `before` then `recent`."""

    before: list[str]
    recent: list[str]
    before_counts: SendCounts
    recent_counts: SendCounts

    @property
    def share_points(self) -> float | None:
        """Change of the share automated, in percentage points (never "% of a %", KPIS §7)."""
        old, new = self.before_counts.share, self.recent_counts.share
        return None if old is None or new is None else (new - old) * 100

    @property
    def sent_change(self) -> float | None:
        """Relative change of the e-mails sent (0.1 = +10 %), None on a zero base."""
        old, new = self.before_counts.sent, self.recent_counts.sent
        return None if old is None or new is None or old == 0 else new / old - 1

    def to_json(self) -> dict[str, Any]:
        return {"before": {"months": self.before, **self.before_counts.to_json()},
                "recent": {"months": self.recent, **self.recent_counts.to_json()},
                "share_change_points": self.share_points, "sent_change": self.sent_change}


@dataclass
class EmailUsage:
    """The e-mails section; `reason` (from the emails_sent KPI) when no e-mail export gives sends."""

    total: SendCounts
    by_month: dict[str, SendCounts] = field(default_factory=dict)
    by_source: dict[str, SendCounts] = field(default_factory=dict)
    trend: Trend | None = None
    reason: Reason | None = None

    def to_json(self, render: Any) -> dict[str, Any]:
        if self.reason is not None:
            return {
                **self.total.to_json(),
                "reason": {"code": self.reason.code, "message": render(self.reason.message)},
            }
        return {
            **self.total.to_json(),
            "by_month": {month: counts.to_json() for month, counts in self.by_month.items()},
            "by_source": {source: counts.to_json() for source, counts in self.by_source.items()},
            "trend": self.trend.to_json() if self.trend else None,
        }


def email_usage(results: dict[str, KpiResult], months: list[str]) -> EmailUsage:
    sent, automated = results["emails_sent"], results["automated_emails_sent"]
    if sent.value is None:
        return EmailUsage(SendCounts(None, None), reason=sent.reason)
    total = SendCounts(sent.value, automated.value if automated.value is not None else 0)
    by_month = _pairs(sent, automated, "by_month")
    by_source = _pairs(sent, automated, "by_source")
    return EmailUsage(total, {m: by_month.get(m, SendCounts(0, 0)) for m in months}, by_source, trend(by_month, months))


def _pairs(sent: KpiResult, automated: KpiResult, breakdown: str) -> dict[str, SendCounts]:
    automated_by = automated.breakdowns.get(breakdown, {}) if automated.value is not None else {}
    return {
        key: SendCounts(value, automated_by.get(key, 0) if value is not None else None)
        for key, value in sent.breakdowns.get(breakdown, {}).items()
    }


def trend(by_month: dict[str, SendCounts], months: list[str]) -> Trend | None:
    """The last three months against the three before (or the two halves of a shorter period)."""
    if len(months) < 2:
        return None
    span = TREND_MONTHS if len(months) >= 2 * TREND_MONTHS else len(months) // 2
    before, recent = months[-2 * span : -span], months[-span:]
    return Trend(before, recent, _add(by_month, before), _add(by_month, recent))


def _add(by_month: dict[str, SendCounts], months: list[str]) -> SendCounts:
    counts = [by_month[m] for m in months if m in by_month]
    sent = [c.sent for c in counts if c.sent is not None]
    automated = [c.automated for c in counts if c.automated is not None]
    return SendCounts(sum(sent) if sent else 0, sum(automated) if automated else 0)
