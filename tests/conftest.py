"""Shared test fixtures: the sample exports and their expected totals, and an isolated app home.

The sample exports are `../shared/fixtures` when the checkout sits beside it (the canonical copy), else the
identical copy shipped in resources/samples (a test checks they are the same).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

# Qt tests run on the offscreen platform unless a real display is asked for.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SHARED_FIXTURES = ROOT.parent / "shared" / "fixtures"
SAMPLES = ROOT / "resources" / "samples"


def fixtures_dir() -> Path:
    return SHARED_FIXTURES if (SHARED_FIXTURES / "expected.json").exists() else SAMPLES


@pytest.fixture(scope="session")
def fixtures() -> Path:
    """The folder of sample exports."""
    return fixtures_dir()


@pytest.fixture(scope="session")
def expected(fixtures: Path) -> dict[str, Any]:
    """expected.json: the exact totals the sample exports contain."""
    return json.loads((fixtures / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def fixture_workspace_path(tmp_path_factory: pytest.TempPathFactory, fixtures: Path) -> Path:
    """A workspace with the whole fixtures folder imported, built once per session; never write to it (copy it)."""
    from roi_desktop.core.workspace import Workspace

    path = tmp_path_factory.mktemp("imported") / "fixtures.roidb"
    with Workspace.create(path) as workspace:
        workspace.imports.import_paths([fixtures])
    return path


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data, cache and log folders (never the user's)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ROI_DESKTOP_HOME", str(home))
    return home


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
