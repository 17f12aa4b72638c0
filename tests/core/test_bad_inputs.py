"""Inputs other than exports that used to raise instead of being refused with a sentence (found by fuzzing the
core's API): exchange rates, amounts, value settings, pasted tables, mapping files, scoring models."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from roi_desktop.core.costs.ledger import CostDraft, CostInputError
from roi_desktop.core.costs.paste import parse_pasted
from roi_desktop.core.errors import UserError
from roi_desktop.core.importing.mapping import Mapping
from roi_desktop.core.workspace import Workspace


@pytest.fixture
def workspace(fixture_workspace_path: Path, tmp_path: Path) -> Workspace:
    target = tmp_path / "fixtures.roidb"
    shutil.copyfile(fixture_workspace_path, target)
    with Workspace.open(target) as opened:
        yield opened


@pytest.mark.parametrize("rate", [float("inf"), float("nan"), 1e308, "1" * 400, "2000000"])
def test_an_exchange_rate_that_is_not_plausible_is_refused(workspace: Workspace, rate: object) -> None:
    """An infinite rate used to be saved, and every cost figure failed from then on."""
    with pytest.raises(CostInputError):
        workspace.costs.set_rate("USD", "2024-03", rate)
    assert workspace.kpis().results["costs_total"].value is not None


@pytest.mark.parametrize("amount", ["9" * 26, 1e308, 10**30])
def test_an_amount_too_large_is_refused(workspace: Workspace, amount: object) -> None:
    with pytest.raises(CostInputError):
        workspace.costs.add([CostDraft(month="2024-03", category="Publicité", amount=amount)])


def test_a_value_setting_that_is_not_a_number_is_refused(workspace: Workspace) -> None:
    with pytest.raises(CostInputError):
        workspace.costs.set_value_settings({"hourly_rate": float("nan")})
    assert workspace.costs.figures() is not None


def test_a_pasted_cell_beyond_the_csv_limit_is_read_as_text() -> None:
    table = parse_pasted("Mois\tMontant\n2024-03\t\"" + "x" * 140_000 + "\n")
    assert table.had_header


@pytest.mark.parametrize("text", ['{"kind": []}', '{"kind": {}}', "[" * 100_000 + "]" * 100_000])
def test_a_mapping_that_is_not_one_is_refused(text: str) -> None:
    with pytest.raises(UserError):
        Mapping.from_text(text)


def test_the_cli_reads_a_mapping_file_with_a_bom_and_refuses_one_that_is_not_text(tmp_path: Path) -> None:
    csv_file = tmp_path / "salon.csv"
    csv_file.write_text("Courriel;Visité le\nanne@example.com;12/03/2025\n", encoding="utf-8")
    mapping = tmp_path / "mapping.json"
    mapping.write_text('{"kind": "contacts", "columns": {"email": "Courriel"}}', encoding="utf-8-sig")
    command = [sys.executable, "-m", "roi_desktop", "import", str(tmp_path / "w.roidb"), str(csv_file),
               "--mapping", str(mapping)]
    assert subprocess.run(command, capture_output=True, text=True).returncode == 0
    mapping.write_bytes(b"\xff\xfe{")
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode != 0 and "Traceback" not in result.stderr and "mapping.json" in result.stderr


@pytest.mark.parametrize("text", [
    "[" * 100_000 + "]" * 100_000,
    '{"points": ' + "9" * 5000 + "}",
    '{"format": "roi-desktop.scoring-model", "version": 1, "mql_threshold": 1' + "0" * 400 + ', "rules": []}',
])
def test_a_scoring_model_file_that_is_not_one_is_refused(workspace: Workspace, text: str) -> None:
    with pytest.raises(UserError):
        workspace.scoring.import_json(text)
