"""KPI tests share one workspace with the whole fixtures folder imported (tests/conftest.py, built once)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from roi_desktop.core.kpis.engine import KpiReport
from roi_desktop.core.workspace import Workspace


@pytest.fixture(scope="session")
def fixture_workspace(fixture_workspace_path: Path) -> Iterator[Workspace]:
    """The imported fixtures, read-only (tests that write copy the file first)."""
    with Workspace.open(fixture_workspace_path, read_only=True) as workspace:
        yield workspace


@pytest.fixture(scope="session")
def all_data(fixture_workspace: Workspace) -> KpiReport:
    """Every KPI over the default period (all data)."""
    return fixture_workspace.kpis()


@pytest.fixture(scope="session")
def all_json(all_data: KpiReport) -> dict[str, Any]:
    """`kpis --json` of the fixtures, as English text."""
    return all_data.to_json(lambda message: message.english())
