"""Copy (Ctrl+C, tab-separated) and "Export as CSV…" on any table view: Excel-ready, injection-safe."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from roi_desktop.gui.notify import Notifier
from roi_desktop.gui.widgets.table_actions import install_table_actions

RAW = Qt.ItemDataRole.UserRole + 1


@pytest.fixture
def view(qtbot: Any, translations: Any) -> QTableView:
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["Campaign", "Sent", "Open rate"])
    for name, sent, rate in (("=HYPERLINK(\"http://x\",\"promo\")", 1234, 0.3325), ("Newsletter; été", 987, 0.25),
                             ("-10% si signature", 5, None)):
        cells = [QStandardItem(name), QStandardItem(f"{sent:,}"), QStandardItem("" if rate is None else f"{rate:.1%}")]
        cells[1].setData(sent, RAW)
        cells[2].setData(rate, RAW)
        model.appendRow(cells)
    table = QTableView()
    table.setModel(model)
    qtbot.addWidget(table)
    table.show()
    return table


def test_the_menu_offers_copy_and_csv(view: QTableView) -> None:
    install_table_actions(view, "Campaigns")
    assert [a.text() for a in view.actions()] == ["Copy", "Export as CSV…"]
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu


def test_ctrl_c_copies_the_whole_table_tab_separated(view: QTableView, qtbot: Any) -> None:
    actions = install_table_actions(view, "Campaigns", raw_role=RAW)
    view.setFocus()
    with qtbot.waitSignal(actions.copied, timeout=5000):
        qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().split("\r\n")
    assert lines[0] == "Campaign\tSent\tOpen rate"
    assert lines[1] == '"\'=HYPERLINK(""http://x"",""promo"")"\t1234\t0.3325'  # inert text, raw numbers
    assert lines[3] == "'-10% si signature\t5\t"


def test_copy_of_a_selection(view: QTableView) -> None:
    actions = install_table_actions(view, "Campaigns")  # no raw role: the text shown, numbers without separators
    model = view.model()
    selection = view.selectionModel()
    for row, column in ((1, 0), (1, 1), (2, 1)):
        selection.select(model.index(row, column), QItemSelectionModel.SelectionFlag.Select)
    actions.copy()
    assert QGuiApplication.clipboard().text() == "Newsletter; été\t987\r\n\t5\r\n"


def test_csv_in_english_and_french(view: QTableView, tmp_path: Path, translations: Any) -> None:
    notifier = Notifier()
    told: list[tuple[str, str]] = []
    notifier.shown.connect(lambda text, level: told.append((level, text)))
    actions = install_table_actions(view, "Campaigns", notifier=notifier, raw_role=RAW)
    assert actions.export_to(tmp_path / "en.csv")
    english = (tmp_path / "en.csv").read_bytes()
    assert english.startswith(b"\xef\xbb\xbf")
    assert english.decode("utf-8-sig").split("\r\n")[:3] == [
        "Campaign,Sent,Open rate", '"\'=HYPERLINK(""http://x"",""promo"")",1234,0.3325', "Newsletter; été,987,0.25"]
    assert told == [("info", f"Table saved to {tmp_path / 'en.csv'}.")]
    translations.apply("fr")
    assert actions.export_to(tmp_path / "fr")  # .csv is added
    french = (tmp_path / "fr.csv").read_bytes().decode("utf-8-sig").split("\r\n")
    assert french[:3] == ["Campaign;Sent;Open rate", '"\'=HYPERLINK(""http://x"",""promo"")";1234;0,3325',
                          '"Newsletter; été";987;0,25']


def test_a_csv_that_cannot_be_written_is_one_sentence(view: QTableView, tmp_path: Path) -> None:
    notifier = Notifier()
    told: list[tuple[str, str]] = []
    notifier.shown.connect(lambda text, level: told.append((level, text)))
    blocker = tmp_path / "a file"
    blocker.write_text("")
    actions = install_table_actions(view, "Campaigns", notifier=notifier)
    assert not actions.export_to(blocker / "t.csv")
    assert [level for level, _ in told] == ["error"] and "is a file, not a folder" in told[0][1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a file"]
