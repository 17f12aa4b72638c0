"""The import wizard driven like a user: detection list, preview, mapping step, import, report, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from roi_desktop.core.importing.preview import NEEDS_MAPPING, READY
from roi_desktop.gui.dialogs.mapping_dialog import MappingDialog
from roi_desktop.gui.main_window import MainWindow
from roi_desktop.gui.settings import AppSettings


@pytest.fixture
def empty_window(qtbot, translations, tmp_path: Path):
    main = MainWindow(AppSettings(), translations)
    qtbot.addWidget(main)
    main.show()
    assert main.session.create(tmp_path / "team")
    main.show_page("import")
    yield main
    main.runner.cancel_all()
    main.runner.wait()
    main.session.close()


def idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=60_000)


def unknown_file(folder: Path) -> Path:
    path = folder / "salon-visiteurs.csv"
    path.write_text("Courriel du visiteur;Stand;Visité le\nanne@example.com;B12;12/03/2025\n"
                    "pas-une-adresse;B12;12/03/2025\nbob@example.org;C3;13/03/2025\n", encoding="utf-8")
    return path


def test_files_are_recognised_and_previewed(empty_window, qtbot, fixtures: Path, tmp_path: Path) -> None:
    page = empty_window.current_page()
    page.add_paths([fixtures / "salesforce", fixtures / "hubspot", unknown_file(tmp_path)])
    idle(qtbot, empty_window)
    statuses = {p.display_name: p.status for p in page.files_model.previews}
    assert statuses["report_opportunites_grands_comptes.csv"] == READY
    assert statuses["hubspot-crm-exports-all-deals-2025-07-01.csv"] == READY
    assert statuses["salon-visiteurs.csv"] == NEEDS_MAPPING
    row = [p.display_name for p in page.files_model.previews].index("report_opportunites_grands_comptes.csv")
    page.files_view.selectRow(row)
    headers = [page.preview_model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.preview_model.columnCount())]
    assert "Deal name" in headers and "Amount" in headers
    amount = page.preview_model.index(0, headers.index("Amount")).data()
    assert "127" in amount and "300" in amount  # 127300,00 in the French file, stored as money
    assert page.import_button.isEnabled()
    assert page.import_button.text() == "Import 4 files"


def test_mapping_step_then_import_then_report(empty_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    page = empty_window.current_page()
    page.add_paths([unknown_file(tmp_path)])
    idle(qtbot, empty_window)
    preview = page.files_model.previews[0]
    dialog = MappingDialog(preview)
    qtbot.addWidget(dialog)
    assert dialog.mapping().columns.get("email") == "Courriel du visiteur"  # suggested from the values
    dialog.choices[0].setCurrentIndex(0)  # "not used": the e-mail is required again
    assert dialog.problems() and not dialog.buttons.buttons()[0].isEnabled()
    dialog.choices[0].setCurrentIndex(dialog.choices[0].findData("email"))
    dialog.choices[2].setCurrentIndex(dialog.choices[2].findData("created_at"))
    assert dialog.problems() == []
    chosen = dialog.mapping()
    monkeypatch.setattr(MappingDialog, "ask", classmethod(lambda cls, preview, parent=None: chosen))
    page.files_view.selectRow(0)
    page.match_columns()
    idle(qtbot, empty_window)
    assert page.files_model.previews[0].status == READY
    page.import_button.click()
    idle(qtbot, empty_window)
    assert page.stack.currentIndex() == 1
    assert page.issues_model.rowCount() == 1
    assert "pas-une-adresse" in page.issues_model.index(0, 3).data()
    assert "1" in page.report_text.text()
    assert empty_window.session.workspace.summary().counts["contacts"] == 2


def test_window_stays_responsive_and_cancel_changes_nothing(empty_window, qtbot, fixtures: Path) -> None:
    workspace = empty_window.session.workspace
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    handle = empty_window.runner.run(
        lambda progress, cancel: workspace.imports.import_paths([fixtures], progress=progress, cancel=cancel),
        write=True, label="Importing",
    )
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=10_000)  # the event loop turns while importing
    handle.cancel()
    with qtbot.waitSignal(handle.ended, timeout=60_000):
        pass
    timer.stop()
    assert workspace.batches() == []
    assert workspace.summary().counts["contacts"] == 0


def test_history_lists_imports_and_undo_removes_one(empty_window, qtbot, fixtures: Path, monkeypatch) -> None:
    page = empty_window.current_page()
    page.add_paths([fixtures / "pipedrive"])
    idle(qtbot, empty_window)
    page.start_import()
    idle(qtbot, empty_window)
    assert page.batches_model.rowCount() == 1
    page.tabs.setCurrentIndex(1)
    page.batches_view.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    page.undo_selected()
    idle(qtbot, empty_window)
    assert page.batches_model.batches[0].status == "undone"
    assert empty_window.session.workspace.summary().counts["deals"] == 0


def test_a_workbook_sheet_can_be_chosen(empty_window, qtbot, tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Notes"
    notes.append(["Mois", "Commentaire libre", "Auteur"])
    notes.append(["janvier", "budget à revoir", "Camille"])
    costs = book.create_sheet("Coûts 2025")
    costs.append(["Mois", "Catégorie", "Poste", "Canal", "Montant (€)"])
    costs.append(["01/01/2025", "Publicité", "Google Ads", "Recherche payante", 812.5])
    costs.append(["01/02/2025", "Licence outil", "Brevo", "E-mail", 49])
    path = tmp_path / "budget.xlsx"
    book.save(path)
    page = empty_window.current_page()
    page.add_paths([path])
    idle(qtbot, empty_window)
    assert page.files_model.previews[0].sheet == "Notes"
    assert page.sheet_choice.isVisible() or page.sheet_choice.count() == 2
    page.sheet_choice.setCurrentIndex(1)
    page.sheet_choice.activated.emit(1)
    idle(qtbot, empty_window)
    preview = page.files_model.previews[0]
    assert (preview.sheet, preview.kind, preview.status) == ("Coûts 2025", "costs", "ready")
    page.start_import()
    idle(qtbot, empty_window)
    assert empty_window.session.workspace.summary().counts["costs"] == 2
