"""The starter model on the sample exports (messy, several tools): counts agree with expected.json where the
funnel reads imported stages, and applying it drives the funnel KPIs."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

from roi_desktop.core.scoring.funnel import Funnel
from roi_desktop.core.workspace import Workspace

IMPORTED = ("subscriber", "lead", "opportunity", "customer")


def test_starter_model_on_the_fixtures(fixture_workspace_path: Path, tmp_path: Path,
                                       expected: dict[str, Any]) -> None:
    path = tmp_path / "fixtures.roidb"
    shutil.copy(fixture_workspace_path, path)
    became = {stage: figures["total"] for stage, figures in expected["funnel"]["became"].items()}
    with Workspace.open(path) as workspace:
        scoring = workspace.scoring
        starter = scoring.starter_model()
        preview = scoring.preview(starter)
        assert preview.contacts == expected["contacts"]["unique_valid"]
        assert preview.problems == [] and preview.notes == []
        assert {key: preview.stage_counts[key] for key in IMPORTED} == {key: became[key] for key in IMPORTED}
        assert 0 < preview.stage_counts["sql"] < preview.stage_counts["mql"] < preview.contacts
        assert all(reach.touched > 0 for reach in preview.rules.values())
        assert sum(band.count for band in preview.bands) == preview.contacts
        imported = replace(starter, funnel=Funnel())
        imported = replace(imported, funnel=Funnel(stages=tuple(replace(s, basis="imported")
                                                                for s in imported.funnel.stages)))
        assert scoring.preview(imported).stage_counts == became
        flow = replace(starter, funnel=replace(starter.funnel, counting="flow"))
        entered = scoring.preview(flow).stage_counts

        applied = scoring.apply(scoring.save_version(starter).version.id)
        assert applied.contacts == preview.contacts
        results = workspace.kpis(overrides={"funnel_basis": "model"}).results
        assert results["leads_new"].value == became["lead"]
        assert results["mqls_new"].value == entered["mql"]
        assert results["sqls_new"].value == entered["sql"]
        assert 0 <= results["mql_to_sql_rate"].value <= 1
        assert "scoring_model" in [n.code for n in results["average_lead_score"].notes]
        backtest = scoring.backtest(starter)
        assert backtest.customers == len({e for e in _won_contacts(workspace)})
        assert backtest.mql.precision is not None and 0 <= backtest.mql.recall <= 1


def _won_contacts(workspace: Workspace) -> list[str]:
    facts = workspace.scoring.evaluate(workspace.scoring.starter_model()).facts
    deals = facts.deals
    return sorted({facts.emails[c] for c, status in zip(deals["contact"], deals["status"], strict=True)
                   if status == "won"})
