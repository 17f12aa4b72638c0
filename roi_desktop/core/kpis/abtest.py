"""The A/B test of two campaigns (KPIS §7): is one e-mail's click rate really better, or is it chance?

A two-proportion z-test on unique clicks over delivered e-mails (opens are allowed, but Apple Mail privacy
inflates them, so such a result is only indicative). The verdict is "not enough data" under 5 clicks or 5
non-clicks on either side, "no significant difference" when the p-value reaches `ab_alpha`, else the
higher rate wins. The result also gives the 95 % interval of the difference, the sample size per e-mail
that would detect the observed difference (alpha, power 0.8), and a warning when both e-mails went to the
same people — then the two groups are not independent and the test is less reliable.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from statistics import NormalDist

from roi_desktop.core.kpis import sends
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message, MessageTemplate
from roi_desktop.core.store import Connection
from roi_desktop.core.store.kpi import abtest as abtest_store

CLICK_RATE, OPEN_RATE = "click_rate", "open_rate"
NOT_IN_EXPORTS, NOT_ENOUGH_DATA, NOT_SIGNIFICANT, A_WINS, B_WINS = (
    "not_in_exports", "not_enough_data", "not_significant", "a_wins", "b_wins")
MIN_COUNT = 5
POWER = 0.8
Z_95 = 1.959963984540054

MISSING = MessageTemplate(
    "abtest.not_in_exports",
    QT_TRANSLATE_NOOP("Messages", "The export of “{campaign}” does not give the recipients who reacted: this"
                                  " test cannot use it."),
)
TOO_FEW = MessageTemplate(
    "abtest.not_enough_data",
    QT_TRANSLATE_NOOP("Messages", "Not enough data: each e-mail needs at least 5 recipients who reacted and 5"
                                  " who did not."),
)
NO_WINNER = MessageTemplate(
    "abtest.not_significant",
    QT_TRANSLATE_NOOP("Messages", "No significant difference: no winner."),
)
WINNER = MessageTemplate(
    "abtest.winner",
    QT_TRANSLATE_NOOP("Messages", "“{campaign}” wins: its rate is higher and the difference is significant."),
)
INDICATIVE = MessageTemplate(
    "abtest.indicative",
    QT_TRANSLATE_NOOP("Messages", "Opens are inflated by Apple Mail privacy and security scanners: treat this"
                                  " result as indicative, and prefer clicks."),
)
SHARED = MessageTemplate(
    "abtest.shared_recipients",
    QT_TRANSLATE_NOOP("Messages", "{count} recipients received both e-mails: the two groups overlap, so the test"
                                  " is less reliable."),
)


@dataclass(frozen=True)
class Arm:
    """One campaign of the test: x recipients who reacted out of n delivered."""

    campaign_id: int
    key: str
    successes: int | None
    delivered: int | None

    @property
    def rate(self) -> float | None:
        if self.successes is None or not self.delivered:
            return None
        return self.successes / self.delivered


@dataclass(frozen=True)
class Proportions:
    """The two-proportion z-test of xa/na against xb/nb (pure arithmetic, KPIS §7).

    Attributes:
        pooled: (xa + xb) ÷ (na + nb).
        z: (pa − pb) ÷ √(pooled (1 − pooled)(1/na + 1/nb)); None when pooled is 0 or 1.
        p_value: two-sided, erfc(|z| ÷ √2); None with z.
        difference / interval: pa − pb and its 95 % interval.
        sample_size: recipients per e-mail needed to detect this difference at `alpha` with power 0.8
            (None when the rates are equal).
    """

    pooled: float
    z: float | None
    p_value: float | None
    difference: float
    interval: tuple[float, float]
    sample_size: int | None


def two_proportions(xa: int, na: int, xb: int, nb: int, alpha: float = 0.05) -> Proportions:
    pa, pb = xa / na, xb / nb
    pooled = (xa + xb) / (na + nb)
    z = p_value = None
    if 0 < pooled < 1:
        z = (pa - pb) / math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb))
        p_value = math.erfc(abs(z) / math.sqrt(2))
    margin = Z_95 * math.sqrt(pa * (1 - pa) / na + pb * (1 - pb) / nb)
    return Proportions(pooled, z, p_value, pa - pb, (pa - pb - margin, pa - pb + margin),
                       sample_size(pa, pb, alpha))


def sample_size(pa: float, pb: float, alpha: float = 0.05, power: float = POWER) -> int | None:
    """Recipients per e-mail for a two-sided test at `alpha` to detect pa against pb with `power`."""
    if pa == pb:
        return None
    normal = NormalDist()
    z_alpha, z_power = normal.inv_cdf(1 - alpha / 2), normal.inv_cdf(power)
    mean = (pa + pb) / 2
    root = z_alpha * math.sqrt(2 * mean * (1 - mean)) + z_power * math.sqrt(pa * (1 - pa) + pb * (1 - pb))
    return math.ceil(root ** 2 / (pa - pb) ** 2)


@dataclass(frozen=True)
class AbTest:
    """The outcome of a test, ready to show.

    Attributes:
        metric: CLICK_RATE or OPEN_RATE.
        verdict: NOT_IN_EXPORTS, NOT_ENOUGH_DATA, NOT_SIGNIFICANT, A_WINS or B_WINS.
        message: the verdict as a sentence.
        stats: the z-test (None without usable counts).
        indicative: the metric is opens.
        shared_recipients: addresses that received both e-mails (0 when unknown: aggregate reports).
        warnings: sentences qualifying the verdict (opens, shared recipients).
    """

    metric: str
    a: Arm
    b: Arm
    verdict: str
    message: Message
    stats: Proportions | None
    indicative: bool
    shared_recipients: int
    warnings: list[Message] = field(default_factory=list)

    @property
    def winner(self) -> Arm | None:
        return {A_WINS: self.a, B_WINS: self.b}.get(self.verdict)


@dataclass(frozen=True)
class Candidate:
    """A campaign the test can pick, with the figures shown beside its name."""

    campaign_id: int
    key: str
    source: str
    send_day: str | None
    sent: int | None
    delivered: int | None
    unique_opens: int | None
    unique_clicks: int | None


def candidates(db: Connection) -> list[Candidate]:
    """Campaigns with sends, latest first, named as in the KPIs' `by_campaign`."""
    keys = sends.campaigns(db)
    return [Candidate(t.id, keys[t.id].key, t.source, t.send_day, t.sent, t.delivered, t.unique_opens,
                      t.unique_clicks) for t in abtest_store.campaign_totals(db)]


def ab_test(db: Connection, campaign_a: int, campaign_b: int, metric: str = CLICK_RATE,
            alpha: float = 0.05) -> AbTest:
    """Test campaign A against campaign B on `metric` (click_rate, or open_rate: indicative)."""
    if metric not in (CLICK_RATE, OPEN_RATE):
        raise ValueError(f"an A/B test compares click_rate or open_rate, not {metric!r}")
    keys = sends.campaigns(db)
    totals = {t.id: t for t in abtest_store.campaign_totals(db, [campaign_a, campaign_b])}
    arms = []
    for campaign_id in (campaign_a, campaign_b):
        found = totals.get(campaign_id)
        successes = None if found is None else (found.unique_clicks if metric == CLICK_RATE else found.unique_opens)
        arms.append(Arm(campaign_id, keys[campaign_id].key, successes, found.delivered if found else None))
    a, b = arms
    both_events = all(t.recipient_rows for t in totals.values()) and len(totals) == 2
    shared = abtest_store.shared_recipients(db, campaign_a, campaign_b) if both_events else 0
    warnings = ([INDICATIVE()] if metric == OPEN_RATE else []) + ([SHARED(count=shared)] if shared else [])
    return judge(metric, a, b, alpha, shared, warnings)


def judge(metric: str, a: Arm, b: Arm, alpha: float, shared: int = 0,
          warnings: list[Message] | None = None) -> AbTest:
    """The verdict on two arms (KPIS §7)."""

    def outcome(verdict: str, message: Message, stats: Proportions | None = None) -> AbTest:
        return AbTest(metric, a, b, verdict, message, stats, metric == OPEN_RATE, shared, warnings or [])

    missing = next((arm for arm in (a, b) if arm.successes is None or arm.delivered is None), None)
    if missing is not None:
        return outcome(NOT_IN_EXPORTS, MISSING(campaign=missing.key))
    if not a.delivered or not b.delivered:
        return outcome(NOT_ENOUGH_DATA, TOO_FEW())
    stats = two_proportions(a.successes, a.delivered, b.successes, b.delivered, alpha)
    if min(a.successes, a.delivered - a.successes, b.successes, b.delivered - b.successes) < MIN_COUNT:
        return outcome(NOT_ENOUGH_DATA, TOO_FEW(), stats)
    if stats.p_value is None or stats.p_value >= alpha:
        return outcome(NOT_SIGNIFICANT, NO_WINNER(), stats)
    winner, verdict = (a, A_WINS) if stats.difference > 0 else (b, B_WINS)
    return outcome(verdict, WINNER(campaign=winner.key), stats)
