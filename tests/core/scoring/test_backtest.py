"""The back-test on the five contacts of dataset.py, figures computed by hand.

Population: a (won), b (lost), d and e (no deal); c is left out (its only deal is open). Customers: a. Base rate
1/4. MQL (25 points) is judged on the eve of the deal: a on 05-14 (an MQL since 04-01: hit), b on 05-31 (an MQL
since 03-02, lost: a false alarm); d and e on 06-30, never MQLs. Precision 1/2, recall 1/1, lift 0.5 ÷ 0.25 = 2.
SQL (40 points and a deal) is judged on the deal day: a on 05-15 (40 exactly: hit); b is rejected by sales.
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import pytest

from roi_desktop.core.workspace import Workspace
from tests.core.scoring import dataset


def test_mql_and_sql_precision_recall_lift(hand: Workspace) -> None:
    result = hand.scoring.backtest(dataset.model())
    assert (result.contacts, result.customers, result.lost, result.pending) == (4, 1, 1, 1)
    assert result.base_rate == 0.25
    assert (result.mql.predicted, result.mql.hits) == (2, 1)
    assert (result.mql.precision, result.mql.recall, result.mql.lift) == (0.5, 1.0, 2.0)
    assert (result.sql.predicted, result.sql.hits, result.sql.precision, result.sql.recall) == (1, 1, 1.0, 1.0)
    assert [s.english() for s in result.sentences] == [
        ("Tested on 4 contact(s), of whom 1 bought (a won deal) and 1 only lost deals; 1 contact(s) whose deals"
         " are all still open are left out."),
        ("50.0 % of the contacts this model made MQLs became customers (1 of 2), against 25.0 % of all contacts:"
         " 2.0 times the average. It had flagged 100.0 % of your customers (1 of 1) as MQL before their deal."),
        ("100.0 % of the SQLs became customers (1 of 1); 100.0 % of your customers (1 of 1) were SQL when their"
         " deal was created."),
    ]


def test_a_rule_is_judged_before_the_deal(hand: Workspace) -> None:
    rules = {r.rule_id: r for r in hand.scoring.backtest(dataset.model()).rules}
    # R1 (decision makers): a only among the judged; R7 (demo link): b on 05-31 — a clicked it on 05-31, after
    # the eve of its deal; R11 (deal created) applies to nobody before the deal.
    assert (rules["R1"].touched, rules["R1"].customers, rules["R1"].close_rate, rules["R1"].lift) == (1, 1, 1.0, 4.0)
    assert (rules["R7"].touched, rules["R7"].customers, rules["R7"].close_rate) == (1, 0, 0.0)
    assert (rules["R2"].touched, rules["R2"].customers, rules["R2"].lift) == (4, 1, 1.0)
    assert rules["R11"].touched == 0 and rules["R11"].suggested_points is None
    assert rules["R11"].sentence.code == "scoring.backtest.rule_nobody"


def test_suggested_points_are_ten_per_doubling_pulled_to_the_base_rate(hand: Workspace) -> None:
    rules = {r.rule_id: r for r in hand.scoring.backtest(dataset.model()).rules}
    # R1: (1 + 20 × 0.25) / (1 + 20) = 6/21 against 0.25 → 10 × log2(1.143) = 1.93 → +2.
    assert rules["R1"].suggested_points == round(10 * math.log2((6 / 21) / 0.25)) == 2
    # R7: (0 + 5) / 21 against 0.25 → 10 × log2(0.952) = −0.70 → −1. R2: exactly the base rate → 0.
    assert rules["R7"].suggested_points == -1
    assert rules["R2"].suggested_points == 0
    assert all(r.thin for r in rules.values() if r.touched)  # one customer: every suggestion is a rough guess
    assert rules["R1"].sentence.english() == ("Too little data to judge this rule: it applied to 1 contact(s), of"
                                              " whom 1 customer(s). The suggestion (+2 points) is a rough guess.")


def test_sql_figures_only_when_the_model_defines_sql(hand: Workspace) -> None:
    model = dataset.model()
    result = hand.scoring.backtest(replace(model, funnel=model.funnel.with_stage(
        replace(model.funnel.stage("sql"), basis="imported"))))
    assert result.sql is None
    assert result.mql.precision == pytest.approx(0.5)


def test_without_deals_there_is_nothing_to_test(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "contacts-only.roidb") as workspace:
        workspace.imports.import_paths(dataset.files(tmp_path)[:1])
        result = workspace.scoring.backtest(dataset.model())
    assert (result.contacts, result.customers, result.base_rate) == (5, 0, 0)
    assert (result.mql.predicted, result.mql.precision, result.mql.recall) == (0, None, None)  # fit points only
    assert [s.code for s in result.sentences] == ["scoring.backtest.basis", "scoring.backtest.no_customers"]
    assert {(r.suggested_points, r.sentence.code) for r in result.rules} == {(None, "scoring.backtest.rule_no_base")}
