"""The Import page: drop exports, see what each one is, match unknown columns once, import, read the report.

Reading files (preview) and importing run in the background; the import shows a progress dialog whose
Cancel leaves the workspace as it was. The History tab lists every import, with Undo.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.core.changes import Changes
from roi_desktop.core.importing.preview import ARCHIVE, NEEDS_MAPPING, FilePreview
from roi_desktop.core.importing.report import LOADED, ImportReport, save_issues_csv
from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.workspace import Workspace
from roi_desktop.gui.dialogs.mapping_dialog import MappingDialog
from roi_desktop.gui.i18n import count_text, format_count, message_text
from roi_desktop.gui.models.batches_model import BATCH_ROLE, BatchesModel
from roi_desktop.gui.models.import_files_model import PREVIEW_ROLE, ImportFilesModel
from roi_desktop.gui.models.issues_model import IssuesModel
from roi_desktop.gui.models.preview_model import PreviewModel
from roi_desktop.gui.pages.base import Page, PageContext
from roi_desktop.gui.widgets.drop_zone import DropZone
from roi_desktop.gui.widgets.table_actions import install_table_actions


def _table(name: str) -> QTableView:
    """A read-only list of the wizard; Ctrl+C and right-click copy or save it as CSV (`name`: file name)."""
    view = QTableView()
    view.setWordWrap(False)  # one-line rows: wrapping would cut texts at their first space
    install_table_actions(view, name)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ImportPage(Page):
    page_id = "import"
    icon_name = "import"
    nav_text = QT_TRANSLATE_NOOP("Navigation", "Import")
    subtitle_text = QT_TRANSLATE_NOOP(
        "PageSubtitle",
        "Add the exports of your tools. Known formats are recognised on their own; every row that cannot be used"
        " is listed with the reason.",
    )

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.tabs = QTabWidget()
        self.body.addWidget(self.tabs, 1)
        self.paths: list[Path] = []
        self.sheets: dict[Path, str] = {}
        self.report: ImportReport | None = None
        self._build_new_import()
        self._build_history()
        self.retranslate()

    # ---- Building

    def _build_new_import(self) -> None:
        host = QWidget()
        layout = QVBoxLayout(host)
        self.drop_zone = DropZone()
        self.drop_zone.paths_chosen.connect(self.add_paths)
        layout.addWidget(self.drop_zone)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)

        choose = QWidget()
        choose_layout = QVBoxLayout(choose)
        choose_layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.files_model = ImportFilesModel()
        self.files_view = _table("Files")
        self.files_view.setModel(self.files_model)
        self.files_view.selectionModel().currentRowChanged.connect(self._show_preview)
        self.files_view.doubleClicked.connect(lambda _index: self.match_columns())
        self.files_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.files_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        left_layout.addWidget(self.files_view, 1)
        buttons = QHBoxLayout()
        self.match_button = QPushButton()
        self.match_button.clicked.connect(self.match_columns)
        buttons.addWidget(self.match_button)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._remove_selected)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        splitter.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        self.preview_title = QLabel()
        self.preview_title.setWordWrap(True)
        self.preview_title.setStyleSheet("font-weight: 600;")
        title_row.addWidget(self.preview_title, 1)
        self.sheet_label = QLabel()
        title_row.addWidget(self.sheet_label)
        self.sheet_choice = QComboBox()
        self.sheet_choice.activated.connect(self._choose_sheet)
        title_row.addWidget(self.sheet_choice)
        right_layout.addLayout(title_row)
        self.preview_model = PreviewModel()
        self.preview_view = _table("Preview")
        self.preview_view.setModel(self.preview_model)
        right_layout.addWidget(self.preview_view, 1)
        splitter.addWidget(right)
        splitter.setSizes([560, 520])
        choose_layout.addWidget(splitter, 1)
        bar = QHBoxLayout()
        self.summary = QLabel()
        bar.addWidget(self.summary, 1)
        self.import_button = QPushButton()
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        bar.addWidget(self.import_button)
        choose_layout.addLayout(bar)
        self.stack.addWidget(choose)

        done = QWidget()
        done_layout = QVBoxLayout(done)
        done_layout.setContentsMargins(0, 0, 0, 0)
        self.report_text = QLabel()
        self.report_text.setWordWrap(True)
        self.report_text.setTextFormat(Qt.TextFormat.RichText)
        done_layout.addWidget(self.report_text)
        self.issues_model = IssuesModel()
        self.issues_view = _table("Rejected rows")
        self.issues_view.setModel(self.issues_model)
        # File names and values lose their middle (two exports of one tool differ at the end); the problem,
        # a sentence, takes the width the other columns leave and loses its end (its tooltip has all of it).
        self.issues_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._sentences = _ElideRight(self.issues_view)
        for column in (4, 5):
            self.issues_view.setItemDelegateForColumn(column, self._sentences)
        header = self.issues_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)
        done_layout.addWidget(self.issues_view, 1)
        report_buttons = QHBoxLayout()
        self.save_report_button = QPushButton()
        self.save_report_button.clicked.connect(self.save_report)
        report_buttons.addWidget(self.save_report_button)
        report_buttons.addStretch(1)
        self.again_button = QPushButton()
        self.again_button.clicked.connect(self.reset)
        report_buttons.addWidget(self.again_button)
        done_layout.addLayout(report_buttons)
        self.stack.addWidget(done)
        self.tabs.addTab(host, "")

    def _build_history(self) -> None:
        host = QWidget()
        layout = QVBoxLayout(host)
        self.history_hint = QLabel()
        self.history_hint.setWordWrap(True)
        layout.addWidget(self.history_hint)
        self.batches_model = BatchesModel()
        self.batches_view = _table("Imports")
        self.batches_view.setModel(self.batches_model)
        self.batches_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.batches_view.horizontalHeader().setStretchLastSection(False)
        self.batches_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.batches_view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo_selected)
        row.addWidget(self.undo_button)
        layout.addLayout(row)
        self.tabs.addTab(host, "")

    def retranslate(self) -> None:
        super().retranslate()
        translate = QCoreApplication.translate
        self.tabs.setTabText(0, translate("ImportPage", "New import"))
        self.tabs.setTabText(1, translate("ImportPage", "History"))
        self.drop_zone.retranslate()
        self.match_button.setText(translate("ImportPage", "Match the columns…"))
        self.remove_button.setText(translate("ImportPage", "Remove from the list"))
        self.save_report_button.setText(translate("ImportPage", "Save the report…"))
        self.again_button.setText(translate("ImportPage", "Import other files"))
        self.undo_button.setText(translate("ImportPage", "Undo this import…"))
        self.sheet_label.setText(translate("ImportPage", "Sheet:"))
        self.history_hint.setText(translate(
            "ImportPage",
            "Every import is kept. Undoing one removes exactly what it brought in and puts back what it had"
            " replaced; the figures follow at once.",
        ))
        self._update_summary()
        self._show_preview()
        if self.report is not None:
            self._show_report(self.report)

    # ---- Workspace

    def set_workspace(self, workspace: Workspace | None) -> None:
        super().set_workspace(workspace)
        self.reset()
        self._reload_history()

    def on_changes(self, changes: Changes) -> None:
        if changes.batch_ids or changes.tables:
            self._reload_history()

    # ---- Public API (also driven by the window's drag and drop and by tests)

    def add_paths(self, paths: list[Path]) -> None:
        """Add files or folders and read what they are (in the background)."""
        if self.workspace is None:
            return
        self.paths = list(dict.fromkeys([*self.paths, *paths]))
        self.drop_zone.start_folder = str(paths[0].parent)
        self.stack.setCurrentIndex(0)
        self._refresh_previews()

    def choose_files(self) -> None:
        """File › Import files (Ctrl+I): the usual file dialog."""
        self.drop_zone.choose_files()

    def match_columns(self) -> None:
        preview = self._selected_preview()
        if preview is None or preview.status not in (NEEDS_MAPPING,) and preview.mapping is None:
            return
        mapping = MappingDialog.ask(preview, self)
        if mapping is None or self.workspace is None:
            return
        workspace = self.workspace
        self.context.runner.run(lambda progress, cancel: workspace.imports.save_mapping(preview.header, mapping),
                                on_done=lambda _changes: self._refresh_previews(), write=True)

    def start_import(self) -> None:
        if self.workspace is None or not self.files_model.importable():
            return
        workspace = self.workspace
        paths = [p.path for p in self.files_model.importable()]
        sheets = dict(self.sheets)
        self.import_button.setEnabled(False)
        self.context.runner.run(
            lambda progress, cancel: workspace.imports.import_paths(paths, sheets=sheets, progress=progress,
                                                                    cancel=cancel),
            on_done=self._imported,
            label=QCoreApplication.translate("ImportPage", "Importing your exports…"),
            write=True,
        ).ended.connect(self._update_buttons)

    def save_report(self) -> None:
        if self.report is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("ImportPage", "Save the import report"), "rapport-import.csv", "CSV (*.csv)"
        )
        if target:
            save_issues_csv(self.report, Path(target), message_text, QCoreApplication.translate)

    def undo_selected(self) -> None:
        batch = self.batches_view.currentIndex().data(BATCH_ROLE)
        if batch is None or batch.status == "undone" or self.workspace is None:
            return
        translate = QCoreApplication.translate
        question = translate("ImportPage", "Undo the import of “%1”? Its %2 rows leave the figures.")
        answer = QMessageBox.question(self, translate("ImportPage", "Undo an import"),
                                      question.replace("%1", batch.file_name).replace("%2", format_count(batch.rows_loaded)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        workspace = self.workspace
        self.context.runner.run(lambda progress, cancel: workspace.undo(batch.id, progress=progress, cancel=cancel),
                                on_done=self.context.session.publish, write=True,
                                label=translate("ImportPage", "Undoing the import…"))

    def reset(self) -> None:
        self.paths = []
        self.sheets = {}
        self.report = None
        self.files_model.set_previews([])
        self.preview_model.set_preview(None)
        self.stack.setCurrentIndex(0)
        self._update_summary()
        self._show_preview()

    # ---- Internals

    def _refresh_previews(self) -> None:
        if self.workspace is None or not self.paths:
            return
        workspace, paths, sheets = self.workspace, list(self.paths), dict(self.sheets)
        self.context.runner.run(lambda progress, cancel: workspace.imports.preview(paths, sheets=sheets),
                                on_done=self._set_previews,
                                label=QCoreApplication.translate("ImportPage", "Reading the files…"))

    def _set_previews(self, previews: list[FilePreview]) -> None:
        selected = self._selected_preview()
        self.files_model.set_previews(previews)
        row = next((i for i, p in enumerate(previews) if selected and p.path == selected.path), 0)
        if previews:
            self.files_view.selectionModel().setCurrentIndex(
                self.files_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._update_summary()
        self._show_preview()

    def _selected_preview(self) -> FilePreview | None:
        index = self.files_view.currentIndex()
        return index.data(PREVIEW_ROLE) if index.isValid() else None

    def _show_preview(self, *_args: object) -> None:
        translate = QCoreApplication.translate
        preview = self._selected_preview()
        self.preview_model.currency = self.workspace.settings().get("currency", "EUR") if self.workspace else "EUR"
        self.preview_model.set_preview(preview)
        self.preview_view.resizeColumnsToContents()
        many_sheets = preview is not None and len(preview.sheets) > 1
        self.sheet_label.setVisible(many_sheets)
        self.sheet_choice.setVisible(many_sheets)
        if many_sheets:
            self.sheet_choice.clear()
            self.sheet_choice.addItems(list(preview.sheets))
            self.sheet_choice.setCurrentText(preview.sheet or "")
        if preview is None:
            self.preview_title.setText(translate("ImportPage", "Drop or choose files to see what they contain."))
        elif preview.stored:
            self.preview_title.setText(translate("ImportPage", "First rows, as they will be stored:"))
        else:
            self.preview_title.setText(message_text(preview.message) if preview.message else "")
        self._update_buttons()

    def _update_summary(self) -> None:
        translate = QCoreApplication.translate
        previews = self.files_model.previews
        ready = len(self.files_model.importable())
        waiting = sum(1 for p in previews if p.status == NEEDS_MAPPING)
        parts = [count_text(ready, translate("ImportPage", "%1 file ready"), translate("ImportPage", "%1 files ready"))]
        if waiting:
            parts.append(count_text(waiting, translate("ImportPage", "%1 to match"), translate("ImportPage", "%1 to match")))
        self.summary.setText(" · ".join(parts) if previews else "")
        self.import_button.setText(count_text(ready, translate("ImportPage", "Import %1 file"),
                                              translate("ImportPage", "Import %1 files")) if ready
                                   else translate("ImportPage", "Import"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        preview = self._selected_preview()
        writable = self.workspace is not None and not self.workspace.read_only
        self.import_button.setEnabled(writable and bool(self.files_model.importable()))
        self.match_button.setEnabled(writable and preview is not None and (preview.status == NEEDS_MAPPING
                                                                           or preview.mapping is not None))
        self.remove_button.setEnabled(preview is not None)
        batch = self.batches_view.currentIndex().data(BATCH_ROLE)
        self.undo_button.setEnabled(writable and batch is not None and batch.status != "undone")

    def _choose_sheet(self, _index: int) -> None:
        preview = self._selected_preview()
        if preview is not None and self.sheet_choice.currentText() != preview.sheet:
            self.sheets[preview.path] = self.sheet_choice.currentText()
            self._refresh_previews()

    def _remove_selected(self) -> None:
        preview = self._selected_preview()
        if preview is None:
            return
        self.paths = [p for p in self.paths if p != preview.path]
        self.files_model.set_previews([p for p in self.files_model.previews if p.path != preview.path])
        self._update_summary()
        self._show_preview()

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        self.context.session.publish(report.changes)
        self._show_report(report)

    def _show_report(self, report: ImportReport) -> None:
        translate = QCoreApplication.translate
        totals = report.totals()
        lines = [translate("ImportPage", "<b>%1 row(s) imported</b>, %2 rejected, %3 already there.")
                 .replace("%1", format_count(totals["rows_loaded"])).replace("%2", format_count(totals["rows_rejected"]))
                 .replace("%3", format_count(totals["rows_unchanged"]))]
        imported = {f.path for f in report.files}
        for preview in self.files_model.previews:
            if preview.path not in imported and preview.status != ARCHIVE:
                lines.append(f"• {preview.display_name} — "
                             + translate("ImportPage", "not imported: %1").replace(
                                 "%1", message_text(preview.message) if preview.message else ""))
        for file in report.files:
            mark = "✓" if file.status == LOADED else "•" if file.error is None else "✗"
            detail = message_text(file.error) if file.error else translate(
                "ImportPage", "%1 imported, %2 rejected, %3 already there").replace(
                "%1", format_count(file.rows_loaded)).replace("%2", format_count(file.rows_rejected)).replace(
                "%3", format_count(file.rows_unchanged))
            notes = "".join(f"<br>&nbsp;&nbsp;&nbsp;{message_text(n)}" for n in file.notes)
            lines.append(f"{mark} {file.display_name} — {detail}{notes}")
        self.report_text.setText("<br>".join(lines))
        self.issues_model.set_report(report)
        self.issues_view.resizeColumnsToContents()
        for column, widest in ((0, 220), (3, 200)):
            self.issues_view.setColumnWidth(column, min(self.issues_view.columnWidth(column), widest))
        self.save_report_button.setEnabled(self.issues_model.rowCount() > 0)
        self.stack.setCurrentIndex(1)

    def _reload_history(self) -> None:
        self.batches_model.set_batches(self.workspace.batches() if self.workspace else [])
        self.batches_view.resizeColumnsToContents()
        self._update_buttons()


class _ElideRight(QStyledItemDelegate):
    """Cells elided at their end, whatever the view's elide mode."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight
