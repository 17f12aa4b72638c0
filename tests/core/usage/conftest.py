"""The usage audit's tests: the fixtures folder imported once per session, and its audit over all the data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from roi_desktop.core.usage.audit import UsageAudit
from roi_desktop.core.workspace import Workspace


@pytest.fixture(scope="session")
def usage_workspace(tmp_path_factory: pytest.TempPathFactory, fixtures: Path) -> Iterator[Workspace]:
    """The whole fixtures folder imported, opened read-only."""
    path = tmp_path_factory.mktemp("usage") / "fixtures.roidb"
    with Workspace.create(path) as workspace:
        workspace.imports.import_paths([fixtures])
    with Workspace.open(path, read_only=True) as workspace:
        yield workspace


@pytest.fixture(scope="session")
def fixture_audit(usage_workspace: Workspace) -> UsageAudit:
    """The usage audit of all the fixtures' data."""
    return usage_workspace.usage.audit()
