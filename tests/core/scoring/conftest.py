"""Scoring tests share the hand-computed workspace of dataset.py (built once; tests that write copy it)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from roi_desktop.core.workspace import Workspace
from tests.core.scoring import dataset


@pytest.fixture(scope="session")
def scoring_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scoring")
    with dataset.build(folder / "scoring.roidb"):
        pass
    return folder / "scoring.roidb"


@pytest.fixture(scope="session")
def hand(scoring_template: Path) -> Iterator[Workspace]:
    """The hand-computed workspace, read-only (the facts stay loaded across tests, like in the app)."""
    with Workspace.open(scoring_template, read_only=True) as workspace:
        yield workspace


@pytest.fixture
def writable(scoring_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A copy of the hand-computed workspace that a test may write to."""
    path = tmp_path / "copy.roidb"
    shutil.copy(scoring_template, path)
    with Workspace.open(path) as workspace:
        yield workspace
