"""Scores, stage entries and counts on five contacts, every figure computed by hand (dataset.py).

Rules of dataset.model() and their points on E = 2024-06-30 (a, b, c, d, e):

- R1 fit job title contains "gérant; directrice" +10: a (Gérant), c (Directrice générale).
- R2 fit country is one of France, Belgium +5: a, b, d, e. R3 fit job title is empty −5: d.
- R4 clicked an e-mail, 3 each time, cap 5 (group g1): a 3 clicks → 9 → 5; b, c, e 1 click → 3.
- R5 opened an e-mail once in the last 31 days (05-31…06-30) +2: a (05-31), b (06-30), e (05-31).
- R6 opened, 4 each time, half-life 30 days (group g1): a 4 × (1/16 + 1/8 + 1/2) = 2.75; b 4 × (1/4 + 1) = 5;
  c 4 × 1/8 = 0.5; d 4 × 1/16 = 0.25; e 4 × (1/4 + 1/2) = 3.
- Group g1 capped at 6: a 5 + 2.75 = 7.75 → 6; b 3 + 5 = 8 → 6; c 3.5; d 0.25; e 3 + 3 = 6.
- R7 clicked a link containing "/demo", once +20: a (05-31), b (03-02). R8 webinar registration (a click in
  "Webinaire avril"), 4 each time: a, c. R9 unsubscribed −10: d. R10 bounced −7: e. R11 deal created +15: a, b, c.

Scores: a 10+5+6+2+20+4+15 = 62; b 5+6+2+20+15 = 48; c 10+3.5+4+15 = 32.5; d 5−5+0.25−10 = −9.75;
e 5+6+2−7 = 6.

MQL from 25 points, first day it holds: a 04-01 (15 fit + g1 min(6+6, 6) + R5 2 + R8 4 = 27), b 03-02 (5 + 3 +
20 = 28), c 06-05 (its deal: 10 + 3 + 4×2^(−65/30) + 4 + 15 ≈ 32.9). SQL = 40 points and a deal: a on 05-15
(15 + 6 + 4 + 15 = 40 exactly, R5's window holds no open that day); b is rejected (lead status Unqualified);
c never reaches 40.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from roi_desktop.core.errors import Cancelled
from roi_desktop.core.progress import CancelToken
from roi_desktop.core.scoring.funnel import Stage
from roi_desktop.core.workspace import Workspace
from tests.core.scoring import dataset

SCORES = {"a@example.com": 62, "b@example.com": 48, "c@example.com": 32.5, "d@example.com": -9.75,
          "e@example.com": 6}
RULE_POINTS = {  # rule → {contact: points before group caps}
    "R1": {"a": 10, "c": 10}, "R2": {"a": 5, "b": 5, "d": 5, "e": 5}, "R3": {"d": -5},
    "R4": {"a": 5, "b": 3, "c": 3, "e": 3}, "R5": {"a": 2, "b": 2, "e": 2},
    "R6": {"a": 2.75, "b": 5, "c": 0.5, "d": 0.25, "e": 3}, "R7": {"a": 20, "b": 20}, "R8": {"a": 4, "c": 4},
    "R9": {"d": -10}, "R10": {"e": -7}, "R11": {"a": 15, "b": 15, "c": 15},
}


def _by_contact(workspace: Workspace, model=None):
    page = workspace.scoring.contacts(model or dataset.model(), limit=10)
    return {row.email[0]: row for row in page.rows}


def test_scores_on_the_evaluation_day(hand: Workspace) -> None:
    page = hand.scoring.contacts(dataset.model(), limit=10)
    assert page.total == 5
    assert [(row.email, row.score) for row in page.rows] == sorted(SCORES.items(), key=lambda item: -item[1])


def test_each_rule_points_per_contact(hand: Workspace) -> None:
    rows = _by_contact(hand)
    for rule_id, expected in RULE_POINTS.items():
        got = {who: next(p.points for p in row.rules if p.rule_id == rule_id)
               for who, row in rows.items() if any(p.rule_id == rule_id for p in row.rules)}
        assert got == pytest.approx(expected), rule_id


def test_engagement_detail_counts_occurrences_in_the_window(hand: Workspace) -> None:
    a = _by_contact(hand)["a"]
    detail = {p.rule_id: (p.occurrences, p.last_day) for p in a.rules}
    assert detail["R4"] == (3, date(2024, 5, 31))  # three e-mails clicked, capped at 5 points
    assert detail["R5"] == (1, date(2024, 5, 31))  # only the open of 05-31 is in the last 31 days
    assert detail["R6"] == (3, date(2024, 5, 31))
    assert detail["R1"] == (None, None)


def test_group_cap_is_shown_where_it_cut(hand: Workspace) -> None:
    rows = _by_contact(hand)
    assert [(c.group_id, c.before, c.after) for c in rows["a"].caps] == [("g1", 7.75, 6)]
    assert [(c.group_id, c.before, c.after) for c in rows["b"].caps] == [("g1", 8, 6)]
    assert rows["e"].caps == ()  # exactly 6: nothing cut
    assert rows["c"].caps == ()


def test_preview_counts(hand: Workspace) -> None:
    preview = hand.scoring.preview(dataset.model())
    assert preview.evaluation_day == date(2024, 6, 30)
    assert preview.contacts == 5
    assert preview.stage_counts == {"subscriber": 0, "lead": 5, "mql": 3, "sql": 1, "opportunity": 0, "customer": 1}
    assert preview.current_counts == {"subscriber": 0, "lead": 2, "mql": 2, "sql": 0, "opportunity": 0,
                                      "customer": 1, None: 0}
    assert preview.rejected == 1
    assert preview.mql_now == 3
    assert {rule_id: reach.touched for rule_id, reach in preview.rules.items()} == {
        rule_id: len(points) for rule_id, points in RULE_POINTS.items()}
    assert preview.rules["R6"].points == pytest.approx(11.5)
    assert preview.mean_score == pytest.approx(sum(SCORES.values()) / 5)
    assert [x.code for x in preview.description] == ["scoring.funnel.any", "scoring.funnel.snapshot",
                                                     "scoring.funnel.made_by_draft"]


def test_histogram_and_the_draggable_threshold(hand: Workspace) -> None:
    preview = hand.scoring.preview(dataset.model(), bin_width=10)
    assert [(band.low, band.high, band.count) for band in preview.bands] == [
        (-10, 0, 1), (0, 10, 1), (10, 20, 0), (20, 30, 0), (30, 40, 1), (40, 50, 1), (50, 60, 0), (60, 70, 1)]
    assert preview.at_or_above(32.5) == 3
    assert preview.at_or_above(48.01) == 1
    assert preview.at_or_above(-100) == 5
    assert hand.scoring.preview(dataset.model()).band_width == 5  # automatic: a round width, about 30 bars at most


def test_entry_days_follow_the_scores_over_time(hand: Workspace) -> None:
    rows = _by_contact(hand)
    assert rows["a"].entries == {"lead": date(2024, 1, 10), "mql": date(2024, 4, 1), "sql": date(2024, 5, 15),
                                 "customer": date(2024, 6, 10)}
    assert rows["b"].entries == {"lead": date(2024, 2, 1), "mql": date(2024, 3, 2)}
    assert rows["c"].entries == {"lead": date(2024, 6, 10), "mql": date(2024, 6, 5)}
    assert [m.code for m in rows["b"].reasons] == ["scoring.why.mql", "scoring.why.rejected"]
    assert rows["e"].reasons[0].english() == "Not an MQL: 6 points, 19 short of the threshold of 25."


def test_a_stage_once_reached_is_kept_when_the_score_decays(hand: Workspace) -> None:
    # Threshold 33: b reaches it on 05-01 (5 + 6 + 2 + 20 = 33); c never does (≈ 32.9 at most, on 06-05).
    model = dataset.model(threshold=33)
    rows = _by_contact(hand, model)
    assert rows["b"].entries["mql"] == date(2024, 5, 1)
    assert "mql" not in rows["c"].entries
    # Threshold 27: a reaches it on 04-01 (exactly 27).
    rows = _by_contact(hand, dataset.model(threshold=27))
    assert rows["a"].entries["mql"] == date(2024, 4, 1)
    decayed = _by_contact(hand, dataset.model(threshold=32.6))["c"]  # 32.9 on 06-05, 32.5 today
    assert decayed.entries["mql"] == date(2024, 6, 5)
    assert [m.code for m in decayed.reasons] == ["scoring.why.mql", "scoring.why.decayed"]


def test_strict_order_drops_contacts_that_skipped_or_reversed_stages(hand: Workspace) -> None:
    model = dataset.model()
    strict = replace(model, funnel=replace(model.funnel, order="strict"))
    # Nobody was ever a subscriber: in strict order nobody gets further.
    assert hand.scoring.preview(strict).stage_counts == {
        "subscriber": 0, "lead": 0, "mql": 0, "sql": 0, "opportunity": 0, "customer": 0}
    no_subscriber = strict.funnel.with_stage(Stage("subscriber", enabled=False))
    counts = hand.scoring.preview(replace(strict, funnel=no_subscriber)).stage_counts
    # c became an MQL (06-05) before it became a lead (06-10): out of order. a never was an opportunity.
    assert counts == {"lead": 5, "mql": 2, "sql": 1, "opportunity": 0, "customer": 0}
    neither = no_subscriber.with_stage(Stage("opportunity", enabled=False))
    assert hand.scoring.preview(replace(strict, funnel=neither)).stage_counts["customer"] == 1


def test_flow_and_cohort_counting(hand: Workspace) -> None:
    model = dataset.model()
    flow = replace(model, funnel=replace(model.funnel, counting="flow"))
    june = hand.scoring.preview(flow, start=date(2024, 6, 1), end=date(2024, 6, 30))
    assert june.stage_counts["mql"] == 1  # c, 06-05
    assert june.stage_counts["lead"] == 1  # c, 06-10
    assert june.stage_counts["customer"] == 1
    assert [x.code for x in june.description][:2] == ["scoring.funnel.any", "scoring.funnel.flow"]
    assert june.description[1].english() == "Each bar shows the contacts who entered the stage between 2024-06-01 and" \
                                            " 2024-06-30."
    cohort_funnel = replace(model.funnel, counting="cohort", window_days=40)
    cohort_funnel = cohort_funnel.with_stage(Stage("subscriber", enabled=False))
    first_quarter = hand.scoring.preview(replace(model, funnel=cohort_funnel), start=date(2024, 1, 1),
                                         end=date(2024, 3, 31))
    # Leads of Jan–Mar: a (01-10), b (02-01). MQL within 40 days: b (03-02, 30 days); a took 82 days.
    assert first_quarter.stage_counts["lead"] == 2
    assert first_quarter.stage_counts["mql"] == 1


def test_contact_lists_behind_bars_bands_and_rules(hand: Workspace) -> None:
    model = dataset.model()
    mqls = hand.scoring.contacts(model, stage="mql")
    assert [row.email for row in mqls.rows] == ["a@example.com", "b@example.com", "c@example.com"]
    band = hand.scoring.contacts(model, band=(0, 40))
    assert [row.email for row in band.rows] == ["c@example.com", "e@example.com"]
    demo = hand.scoring.contacts(model, rule_id="R7")
    assert [row.email for row in demo.rows] == ["a@example.com", "b@example.com"]
    page = hand.scoring.contacts(model, limit=2, offset=2)
    assert (page.total, page.offset, [row.email for row in page.rows]) == (5, 2, ["c@example.com", "e@example.com"])
    assert [row.email for row in hand.scoring.contacts(model, search="CHLOÉ").rows] == ["c@example.com"]
    assert hand.scoring.explain(model, " A@Example.com ").score == 62
    assert hand.scoring.explain(model, "nobody@example.com") is None


def test_a_one_rule_change_recomputes_that_rule_only(hand: Workspace) -> None:
    model = dataset.model()
    hand.scoring.preview(model)
    changed = model.with_rule(replace(model.rule("R7"), points=30))
    preview = hand.scoring.preview(changed)
    assert preview.computed == 1
    assert preview.rules["R7"].points == 60
    renamed = changed.with_rule(replace(changed.rule("R1"), label="Décideurs"))
    assert hand.scoring.preview(renamed).computed == 0  # a name does not change the points
    assert hand.scoring.preview(replace(changed, mql_threshold=49)).stage_counts["mql"] == 2


def test_negative_points_with_a_cap_and_disabled_rules(hand: Workspace) -> None:
    model = dataset.model()
    capped = model.with_rule(replace(model.rule("R9"), frequency="each", cap=4))
    assert _by_contact(hand, capped)["d"].score == pytest.approx(-9.75 + 10 - 4)
    off = model.with_rule(replace(model.rule("R7"), enabled=False))
    assert "R7" not in hand.scoring.preview(off).rules
    assert _by_contact(hand, off)["b"].score == 28


def test_an_invalid_rule_is_left_out_and_flagged(hand: Workspace) -> None:
    model = dataset.model()
    broken = model.with_rule(replace(model.rule("R1"), value=""))
    preview = hand.scoring.preview(broken)
    assert "R1" not in preview.rules
    problems = [(p.rule_id, p.part, p.message.code) for p in preview.problems]
    assert problems == [("R1", "value", "scoring.check.no_value")]
    assert _by_contact(hand, broken)["a"].score == 52


def test_previews_can_be_cancelled(hand: Workspace) -> None:
    token = CancelToken()
    token.cancel()
    model = dataset.model()
    other = model.with_rule(replace(model.rule("R2"), points=6))
    with pytest.raises(Cancelled):
        hand.scoring.preview(other, cancel=token)
    assert hand.scoring.preview(other).rules["R2"].points == 24


def test_decayed_sums_match_their_definition_on_long_random_histories() -> None:
    import numpy as np

    from roi_desktop.core.scoring.evaluate import _decayed
    from roi_desktop.core.scoring.facts import Occurrences

    rng = np.random.default_rng(7)
    contact = np.sort(rng.integers(0, 40, 600)).astype(np.int32)
    day = np.concatenate([np.sort(rng.integers(0, 3000, (contact == c).sum())) for c in range(40)]).astype(np.int32)
    occurrences = Occurrences(contact, day, contact.astype(np.int64) * 10_000 + day)
    for half_life, window in ((1.0, None), (7.0, 90), (30.0, None), (365.0, 400)):
        checkpoint_contact = rng.integers(0, 40, 300)
        checkpoint_day = rng.integers(0, 3200, 300)
        high = np.searchsorted(occurrences.key, checkpoint_contact * 10_000 + checkpoint_day, "right")
        first = checkpoint_day - (window or 10_000) + 1
        low = np.searchsorted(occurrences.key, checkpoint_contact * 10_000 + np.maximum(first, 0), "left")
        keep = high > low
        got = _decayed(occurrences, checkpoint_day[keep], low[keep], high[keep], half_life,
                       occurrences.first_of_contact())
        expected = [sum(2 ** (-(t - d) / half_life) for d in day[lo:hi])
                    for t, lo, hi in zip(checkpoint_day[keep], low[keep], high[keep], strict=True)]
        assert got == pytest.approx(expected, rel=1e-9, abs=1e-300)
