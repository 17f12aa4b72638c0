"""Cost ledger and ROI tests: the whole fixtures folder (built once, copied when a test writes) and a small
hand-made set whose figures are checked by hand."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from roi_desktop.core.workspace import Workspace
from tests.core.kpis import tiny_exports


@pytest.fixture(scope="session")
def imported_fixtures(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
                      fixtures: Path) -> Path:
    """The fixtures folder imported once per session (the shared `fixture_workspace_path` when there is one)."""
    try:
        return Path(request.getfixturevalue("fixture_workspace_path"))
    except pytest.FixtureLookupError:
        path = tmp_path_factory.mktemp("costs") / "fixtures.roidb"
        with Workspace.create(path) as workspace:
            workspace.imports.import_paths([fixtures])
        return path


@pytest.fixture(scope="session")
def fixtures_read(imported_fixtures: Path) -> Iterator[Workspace]:
    """The imported fixtures, read-only."""
    with Workspace.open(imported_fixtures, read_only=True) as workspace:
        yield workspace


@pytest.fixture
def fixtures_copy(imported_fixtures: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A writable copy of the imported fixtures."""
    target = tmp_path / "fixtures.roidb"
    shutil.copyfile(imported_fixtures, target)
    with Workspace.open(target) as workspace:
        yield workspace


# Six leads in January 2024: four from paid search (one becomes a customer, a 10,000 € deal), two from organic
# search (one customer, 5,000 €). Costs: 400 € of ads on paid search, 100 € of content on organic search, 500 €
# of staff time on all channels.
SMALL_CONTACTS = [
    {"email": "p1@example.com", "stage": "Customer", "source": "Paid Search", "created": "2024-01-05 10:00",
     "lead": "2024-01-05 10:00", "mql": "2024-01-12 10:00", "customer": "2024-01-20 10:00"},
    {"email": "p2@example.com", "stage": "Lead", "source": "Paid Search", "created": "2024-01-06 10:00",
     "lead": "2024-01-06 10:00"},
    {"email": "p3@example.com", "stage": "Lead", "source": "Paid Search", "created": "2024-01-07 10:00",
     "lead": "2024-01-07 10:00"},
    {"email": "p4@example.com", "stage": "Lead", "source": "Paid Search", "created": "2024-01-08 10:00",
     "lead": "2024-01-08 10:00"},
    {"email": "o1@example.com", "stage": "Customer", "source": "Organic Search", "created": "2024-01-10 10:00",
     "lead": "2024-01-10 10:00", "mql": "2024-01-12 10:00", "customer": "2024-01-25 10:00"},
    {"email": "o2@example.com", "stage": "Lead", "source": "Organic Search", "created": "2024-01-11 10:00",
     "lead": "2024-01-11 10:00"},
]
SMALL_DEALS = [
    {"value": "10000", "status": "Won", "created": "2024-01-15 10:00", "closed": "2024-01-20 16:00",
     "email": "p1@example.com", "company": "Alpha"},
    {"value": "5000", "status": "Won", "created": "2024-01-18 10:00", "closed": "2024-01-25 16:00",
     "email": "o1@example.com", "company": "Beta"},
]
SMALL_COSTS = [
    ("2024-01", "Publicité", "Recherche payante", "400", "EUR"),
    ("2024-01", "Contenu", "Recherche organique", "100", "EUR"),
    ("2024-01", "Temps équipe", "Tous canaux", "500", "EUR"),
]


@pytest.fixture
def small(tmp_path: Path) -> Iterator[Workspace]:
    """The small hand-made set, imported through the real pipeline."""
    files = [tiny_exports.hubspot_contacts(tmp_path, SMALL_CONTACTS),
             tiny_exports.pipedrive_deals(tmp_path, SMALL_DEALS),
             tiny_exports.costs(tmp_path, SMALL_COSTS)]
    workspace = tiny_exports.build(tmp_path / "small.roidb", files, settings={"currency": "EUR"})
    yield workspace
    workspace.close()
