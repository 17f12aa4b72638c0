"""`roi-desktop costs WS [--json]` lists the ledger; the ROI figures are part of `kpis --json` (KPIS ids)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from roi_desktop.cli import main
from roi_desktop.core.costs.ledger import CostDraft
from roi_desktop.core.workspace import Workspace

ROI_IDS = ("costs_total", "cost_per_lead", "cost_per_mql", "customer_acquisition_cost", "cost_per_acquisition",
           "roi", "time_savings_value", "revenue_automated_workflows", "roi_automation",
           "marketing_influenced_revenue_share", "customer_lifetime_value", "churn_rate", "retention_rate",
           "average_deal_value", "sales_cycle_days", "revenue_won", "qualified_lead_value")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_costs_json_lists_the_ledger(fixtures_copy: Workspace, expected: dict[str, Any],
                                     capsys: pytest.CaptureFixture[str]) -> None:
    fixtures_copy.costs.set_rate("USD", "2025-06", "0.9")
    added = fixtures_copy.costs.add([CostDraft(month="2025-06", category="Agence", item="Freelance", amount="100",
                                               currency="USD", note="one-off")])
    path = fixtures_copy.path
    fixtures_copy.close()
    code, out, _ = run(capsys, "costs", str(path), "--json")
    assert code == 0
    found = json.loads(out)
    assert found["currency"] == "EUR"
    assert len(found["lines"]) == expected["costs"]["rows"] + 1
    assert found["total"] == pytest.approx(expected["costs"]["total"] + 90)
    assert found["exchange_rates_monthly"] == {"USD": {"2025-06": 0.9}}
    assert found["unconverted"] == []
    typed = next(line for line in found["lines"] if line["id"] == added.ids[0])
    assert typed == {"id": added.ids[0], "month": "2025-06", "day": None, "category": "agency",
                     "category_label": "Agence", "item": "Freelance", "channel": None, "channel_label": None,
                     "amount": 100.0, "currency": "USD", "amount_converted": 90.0, "note": "one-off",
                     "recurring_group": None, "origin": "app", "batch_id": None, "file_name": None}
    imported = [line for line in found["lines"] if line["origin"] == "import"]
    assert {line["file_name"].split(" › ")[0] for line in imported} == {"couts_marketing_2024-2025.xlsx"}
    assert sum(round(line["amount_converted"] * 100) for line in imported) == round(expected["costs"]["total"] * 100)


def test_costs_as_text(fixtures_read: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "costs", str(fixtures_read.path))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["Month", "Category"]
    assert "Google Ads" in out and lines[-1] == "150 line(s), total 75,720.68 EUR"
    code, out, _ = run(capsys, "--lang", "fr", "costs", str(fixtures_read.path))
    assert out.splitlines()[-1].endswith("75\u202f720,68\u202fEUR")


def test_empty_ledger(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Workspace.create(tmp_path / "empty").close()
    code, out, _ = run(capsys, "costs", str(tmp_path / "empty.roidb"))
    assert code == 0 and "No cost line yet" in out
    code, out, _ = run(capsys, "costs", str(tmp_path / "empty.roidb"), "--json")
    assert json.loads(out) == {"currency": "EUR", "total": 0.0, "lines": [], "exchange_rates_monthly": {},
                               "unconverted": []}


def test_roi_figures_are_in_kpis_json(fixtures_read: Workspace, expected: dict[str, Any],
                                      capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "kpis", str(fixtures_read.path), "--json")
    assert code == 0
    kpis = json.loads(out)["kpis"]
    assert set(ROI_IDS) <= set(kpis)
    assert kpis["costs_total"]["value"] == expected["costs"]["total"]
    assert kpis["revenue_won"]["value"] == expected["deals"]["revenue_won_total"]
    assert kpis["roi"]["counts"] == {"numerator": round(expected["deals"]["revenue_won_total"]
                                                        - expected["costs"]["total"], 2),
                                     "denominator": expected["costs"]["total"]}
