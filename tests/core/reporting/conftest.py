"""Workbooks of the fixtures, written once per session and read back with openpyxl (formulas, and the values
they were saved with)."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from roi_desktop.core.reporting.service import ExportOptions, ExportResult
from roi_desktop.core.workspace import Workspace
from tests.core.kpis.conftest import all_data, all_json, fixture_workspace  # noqa: F401 - fixtures


def load(path: Path, *, data_only: bool = False) -> openpyxl.Workbook:
    """openpyxl reads our sparklines but cannot keep them: it says so with a warning, which is expected."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Sparkline Group extension", category=UserWarning)
        return openpyxl.load_workbook(path, data_only=data_only)


@pytest.fixture(scope="session")
def exported(fixture_workspace: Workspace, tmp_path_factory: pytest.TempPathFactory) -> ExportResult:  # noqa: F811
    """The whole fixture folder, all data, in English."""
    path = tmp_path_factory.mktemp("workbook") / "kpis.xlsx"
    return fixture_workspace.reports.export(path, ExportOptions(language="en"))


@pytest.fixture(scope="session")
def book(exported: ExportResult) -> openpyxl.Workbook:
    return load(exported.path)


@pytest.fixture(scope="session")
def values(exported: ExportResult) -> openpyxl.Workbook:
    """The same workbook with each formula replaced by the value saved with it."""
    return load(exported.path, data_only=True)


def find_table(ws: Any, title: str, header_text: str | None = None) -> tuple[int, list[str], int, int]:
    """(header row, header texts, first data row, last data row incl. totals) of the table titled `title`
    (the first table under the sheet's title when it is the sheet's own, whose first header is `header_text`)."""
    for row in ws.iter_rows(min_col=1, max_col=1):
        cell = row[0]
        if cell.value == title:
            header = cell.row + 1
            while header_text is not None and ws.cell(header, 1).value != header_text:
                header += 1
            names = [c.value for c in ws[header] if c.value is not None]
            last = header
            while True:
                label = ws.cell(last + 1, 1).value
                if label in (None, "") or str(label).startswith("("):
                    break
                last += 1
                if label in ("Whole period", "Total"):
                    break
            return header, names, header + 1, last
    raise AssertionError(f"no table titled {title!r} on {ws.title}")


def rows_of(ws: Any, title: str, header_text: str | None = None) -> dict[Any, dict[str, Any]]:
    """A table as {label in column A: {header: cell}}."""
    _header, names, first, last = find_table(ws, title, header_text)
    found = {}
    for number in range(first, last + 1):
        cells = [ws.cell(number, column + 1) for column in range(len(names))]
        found[cells[0].value] = dict(zip(names, cells, strict=True))
    return found
