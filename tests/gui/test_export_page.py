"""The Export page on the demo: the Summary preview follows the options, the workbook is written in the
background with "Open the file" at the end, errors are one sentence, and the toolbar action shows the page."""

from __future__ import annotations

import warnings
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence

from roi_desktop.core.kpis.period import Period
from roi_desktop.core.reporting import safety
from roi_desktop.gui.models.export_summary_model import RAW_ROLE
from roi_desktop.gui.pages.export_page import ExportPage
from roi_desktop.gui.widgets.export_action import export_action


def idle(qtbot: Any, window: Any) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=60_000)


@pytest.fixture
def export_page(window: Any, qtbot: Any) -> ExportPage:
    window.show_page("export")
    page = window.current_page()
    qtbot.waitUntil(lambda: page.preview_model.rowCount() > 0, timeout=60_000)
    idle(qtbot, window)
    return page


@pytest.fixture
def told(window: Any) -> list[tuple[str, str]]:
    messages: list[tuple[str, str]] = []
    window.notifier.shown.connect(lambda text, level: messages.append((level, text)))
    return messages


def preview_value(page: ExportPage, name: str) -> Any:
    model = page.preview_model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == name:
            return model.index(row, 1).data(RAW_ROLE), model.index(row, 1).data()
    raise AssertionError(f"{name} is not in the preview")


def test_the_preview_is_the_summary_of_the_period(export_page: ExportPage, window: Any, qtbot: Any,
                                                  expected: dict) -> None:
    raw, shown = preview_value(export_page, "Revenue won")
    assert raw == expected["deals"]["revenue_won_total"]
    assert shown == "€765,845.50"
    export_page.period_picker.choose("last_quarter")  # 2025-01 .. 2025-03 on the demo
    qtbot.waitUntil(lambda: preview_value(export_page, "New leads")[0] != expected["funnel"]["became"]["lead"]["total"],
                    timeout=60_000)
    months = expected["funnel"]["became"]["lead"]["per_month"]
    assert preview_value(export_page, "New leads")[0] == months["2025-01"] + months["2025-02"] + months["2025-03"]
    headers = [export_page.preview_model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(export_page.preview_model.columnCount())]
    assert "Previous period" in headers and "Change" in headers
    assert "Compared with the previous period" in export_page.status.text()


def test_the_preview_speaks_the_workbook_language(export_page: ExportPage, window: Any, qtbot: Any) -> None:
    export_page.language.setCurrentIndex(export_page.language.findData("fr"))
    qtbot.waitUntil(lambda: export_page.preview_model.index(1, 0).data() == "Chiffre d'affaires signé", timeout=60_000)


def test_export_writes_the_workbook_and_offers_to_open_it(export_page: ExportPage, window: Any, qtbot: Any,
                                                          tmp_path: Path, told: list, monkeypatch) -> None:
    export_page.period_picker.set_custom(Period(date(2025, 1, 1), date(2025, 6, 30)))
    export_page.sheet_boxes["definitions"].setChecked(False)
    handle = export_page.export_to(tmp_path / "Rapport KPI")  # .xlsx is added
    with qtbot.waitSignal(handle.ended, timeout=60_000):
        pass
    path = tmp_path / "Rapport KPI.xlsx"
    assert export_page.result is not None and export_page.result.path == path
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Sparkline Group extension")
        book = openpyxl.load_workbook(path)
    assert "Definitions" not in book.sheetnames and book.sheetnames[0] == "Summary"
    assert export_page.open_button.isVisible() and "Rapport KPI.xlsx" in export_page.result_label.text()
    assert ("info", f"Workbook saved: {path}") in told
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    export_page.open_button.click()
    assert opened == [QUrl.fromLocalFile(str(path))]


def test_a_locked_file_is_one_sentence_and_nothing_is_left(export_page: ExportPage, window: Any, qtbot: Any,
                                                           tmp_path: Path, told: list, monkeypatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "kpis.xlsx"
    target.write_bytes(b"open in Excel")

    def locked(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(safety.os, "replace", locked)
    with qtbot.waitSignal(export_page.export_to(target).ended, timeout=60_000):
        pass
    assert export_page.result is None and not export_page.open_button.isVisible()
    assert "open in another program" in export_page.result_label.text()
    assert [level for level, _text in told] == ["error"]
    assert sorted(p.name for p in folder.iterdir()) == ["kpis.xlsx"] and target.read_bytes() == b"open in Excel"
    assert export_page.export_button.isEnabled()


def test_no_sheet_no_export_and_the_default_file_name(export_page: ExportPage) -> None:
    for box in export_page.sheet_boxes.values():
        box.setChecked(False)
    assert not export_page.export_button.isEnabled()
    export_page.sheet_boxes["summary"].setChecked(True)
    assert export_page.export_button.isEnabled()
    export_page.period_picker.set_custom(Period(date(2025, 1, 1), date(2025, 3, 31)))
    assert export_page.default_name() == "KPIs Demo 2025-01-01 – 2025-03-31.xlsx"


def test_the_toolbar_action_shows_the_page(window: Any, qtbot: Any) -> None:
    window.show_page("kpis")
    action = export_action(window)
    assert action.shortcut() == QKeySequence("Ctrl+E")
    assert action.text() == "Export to Excel" and not action.icon().isNull()
    action.trigger()
    assert window.current_page().page_id == "export"


def test_the_preview_model_is_valid(export_page: ExportPage, qtmodeltester: Any) -> None:
    qtmodeltester.check(export_page.preview_model)
    assert export_page.preview.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu  # Copy, CSV
