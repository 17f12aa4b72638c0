"""The six attribution models of KPIS §6 as pure functions: a deal's ordered touches in, one weight per
touch out.

Kept apart from the queries so that each model can be checked on a hand-made journey with known weights.
Weights are exact fractions (time decay's powers of two are converted exactly from floats); the caller
normalises them when it splits the deal's cents (amounts.split_cents).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

MODELS = ("first_touch", "last_touch", "linear", "u_shaped", "w_shaped", "time_decay")
"""Every model, in the order the ROI page shows them."""

TOUCH_TYPES = ("lead_source", "web_session", "workflow_enrolment", "email_click")
"""Touch types in the order that breaks ties between touches of the same day (KPIS §6)."""

POSITION_BASED = ("u_shaped", "w_shaped")


@dataclass(frozen=True)
class Touch:
    """One interaction of a deal's contacts with marketing.

    Attributes:
        type: one of TOUCH_TYPES.
        day: 'YYYY-MM-DD'.
        channel: channel id (§3.6).
        campaign: `by_campaign` key of the e-mail, if any.
        workflow: `by_workflow` key of the workflow it belongs to, if any.
        tiebreak: orders touches of the same day and type (contact e-mail, campaign id).
    """

    type: str
    day: str
    channel: str
    campaign: str | None = None
    workflow: str | None = None
    tiebreak: tuple[str, int] = ("", 0)

    def order(self) -> tuple[str, int, tuple[str, int]]:
        return self.day, TOUCH_TYPES.index(self.type), self.tiebreak


@dataclass(frozen=True)
class Anchors:
    """The days W-shaped needs besides the first touch: the earliest entry(lead) of the deal's contacts and the
    deal's creation day (None when unknown)."""

    lead_day: str | None
    created_day: str | None


def weights(model: str, touches: list[Touch], close_day: str, half_life_days: float,
            anchors: Anchors | None = None) -> tuple[list[Fraction], bool]:
    """One weight per touch (touches ordered as Touch.order), and whether a W anchor fell back to the first
    touch. Anchors that coincide add up; with no touch left for the "others" share, the anchors' weights are
    simply normalised by the split (one touch = 100 %, two under U = 50/50)."""
    count = len(touches)
    if count == 0:
        return [], False
    if model == "first_touch":
        return [Fraction(1)] + [Fraction(0)] * (count - 1), False
    if model == "last_touch":
        return [Fraction(0)] * (count - 1) + [Fraction(1)], False
    if model == "linear":
        return [Fraction(1)] * count, False
    if model == "u_shaped":
        return _positional(count, [0, count - 1], Fraction(2, 5), Fraction(1, 5)), False
    if model == "w_shaped":
        anchors = anchors or Anchors(None, None)
        lead, lead_found = _last_on_or_before(touches, anchors.lead_day)
        deal, deal_found = _last_on_or_before(touches, anchors.created_day)
        return _positional(count, [0, lead, deal], Fraction(3, 10), Fraction(1, 10)), not (lead_found and deal_found)
    if model == "time_decay":
        close = date.fromisoformat(close_day)
        return [Fraction(2.0 ** (-(close - date.fromisoformat(t.day)).days / half_life_days)) for t in touches], False
    raise ValueError(f"unknown attribution model {model!r}")


def _positional(count: int, anchors: list[int], anchor_weight: Fraction, others_weight: Fraction) -> list[Fraction]:
    found = [Fraction(0)] * count
    for index in anchors:
        found[index] += anchor_weight
    others = [i for i in range(count) if i not in set(anchors)]
    for index in others:
        found[index] += others_weight / len(others)
    return found


def _last_on_or_before(touches: list[Touch], day: str | None) -> tuple[int, bool]:
    """Index of the last touch dated on or before `day`; the first touch (and False) when there is none."""
    if day is None:
        return 0, False
    found = [i for i, touch in enumerate(touches) if touch.day <= day]
    return (found[-1], True) if found else (0, False)
