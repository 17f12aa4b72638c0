"""The A/B test of two campaigns (KPIS §7): the z-test by hand, the verdicts, and the warnings."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from roi_desktop.core.kpis.abtest import (
    A_WINS, B_WINS, NOT_ENOUGH_DATA, NOT_SIGNIFICANT, OPEN_RATE, Arm, judge, sample_size, two_proportions,
)
from roi_desktop.core.workspace import Workspace
from tests.core.kpis import contact_exports as exports


def test_the_z_test_of_a_known_case() -> None:
    # 30 clicks out of 1,000 delivered against 50 out of 1,000.
    stats = two_proportions(30, 1000, 50, 1000)
    pooled = 80 / 2000
    z = (0.03 - 0.05) / math.sqrt(pooled * (1 - pooled) * (1 / 1000 + 1 / 1000))
    assert stats.pooled == pytest.approx(0.04)
    assert stats.z == pytest.approx(z) and stats.z == pytest.approx(-2.2822, abs=1e-4)
    assert stats.p_value == pytest.approx(math.erfc(abs(z) / math.sqrt(2)))
    assert stats.p_value == pytest.approx(0.02248, abs=1e-5)
    margin = 1.96 * math.sqrt(0.03 * 0.97 / 1000 + 0.05 * 0.95 / 1000)
    assert stats.difference == pytest.approx(-0.02)
    assert stats.interval[0] == pytest.approx(-0.02 - margin, abs=1e-4)
    assert stats.interval[1] == pytest.approx(-0.02 + margin, abs=1e-4)


def test_sample_size_per_e_mail() -> None:
    # Two-sided alpha 0.05 (z = 1.95996), power 0.8 (z = 0.84162), 3 % against 5 %.
    mean = 0.04
    root = 1.959964 * math.sqrt(2 * mean * (1 - mean)) + 0.841621 * math.sqrt(0.03 * 0.97 + 0.05 * 0.95)
    assert sample_size(0.03, 0.05) == math.ceil(root ** 2 / 0.02 ** 2) == 1506
    assert sample_size(0.05, 0.05) is None
    assert sample_size(0.03, 0.05, alpha=0.01) > 1506


def test_verdicts() -> None:
    a, b = Arm(1, "brevo:A", 30, 1000), Arm(2, "brevo:B", 50, 1000)
    winner = judge("click_rate", a, b, 0.05)
    assert winner.verdict == B_WINS and winner.winner is b
    assert winner.message.english() == "“brevo:B” wins: its rate is higher and the difference is significant."
    assert judge("click_rate", b, a, 0.05).verdict == A_WINS
    assert judge("click_rate", a, b, 0.01).verdict == NOT_SIGNIFICANT  # p = 0.022 ≥ 0.01
    close = judge("click_rate", a, Arm(2, "brevo:B", 35, 1000), 0.05)
    assert close.verdict == NOT_SIGNIFICANT and close.winner is None
    assert close.message.english() == "No significant difference: no winner."
    assert judge("click_rate", Arm(1, "A", 4, 1000), b, 0.05).verdict == NOT_ENOUGH_DATA  # 4 clicks
    assert judge("click_rate", Arm(1, "A", 8, 10), Arm(2, "B", 3, 10), 0.05).verdict == NOT_ENOUGH_DATA


def test_a_test_between_two_imported_campaigns(tmp_path: Path) -> None:
    def recipients(prefix: str, clicked: int) -> list[dict[str, object]]:
        return [{"email": f"{prefix}{i}@x.com", "open": "2024-05-03", "clicks": 1 if i < clicked else 0}
                for i in range(400)]

    files = [exports.brevo_recipients(tmp_path, 1, "Objet A", "2024-05-02", recipients("a", 20)),
             exports.brevo_recipients(tmp_path, 2, "Objet B", "2024-05-02", recipients("b", 44)),
             exports.brevo_recipients(tmp_path, 3, "Relance", "2024-05-09", recipients("a", 30))]
    with exports.build(tmp_path / "w.roidb", files) as workspace:
        picks = {c.key: c for c in workspace.ab_candidates()}
        assert set(picks) == {"brevo:Objet A", "brevo:Objet B", "brevo:Relance"}
        assert (picks["brevo:Objet B"].delivered, picks["brevo:Objet B"].unique_clicks) == (400, 44)
        a, b, again = (picks[k].campaign_id for k in ("brevo:Objet A", "brevo:Objet B", "brevo:Relance"))
        result = workspace.ab_test(a, b)
        assert result.verdict == B_WINS and result.shared_recipients == 0 and result.warnings == []
        assert result.stats.z == pytest.approx(two_proportions(20, 400, 44, 400).z)
        overlapping = workspace.ab_test(a, again)
        assert overlapping.shared_recipients == 400
        assert [w.code for w in overlapping.warnings] == ["abtest.shared_recipients"]
        opens = workspace.ab_test(a, b, OPEN_RATE)
        assert opens.indicative and opens.verdict == NOT_ENOUGH_DATA  # everybody opened: 0 non-openers
        assert "abtest.indicative" in [w.code for w in opens.warnings]


def test_an_empty_workspace_has_no_candidates(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "empty") as workspace:
        assert workspace.ab_candidates() == []
