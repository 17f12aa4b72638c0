"""The Export page: the KPI workbook for management — period, comparison, language, sheets, a preview of its
Summary, then one click to write it, with progress and Cancel on large workspaces and "Open the file" at the end.

The preview and the export both run in the background (core: workspace.reports); a change of option
supersedes a preview still being computed. The toolbar's button is gui/widgets/export_action.py (Ctrl+E).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QStandardPaths,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
)

from roi_desktop.core.changes import Changes
from roi_desktop.core.errors import UserError
from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.reporting.service import (
    COMPARISONS,
    SHEETS,
    ExportOptions,
    ExportResult,
)
from roi_desktop.core.workspace import Workspace
from roi_desktop.gui.i18n import count_text, message_text
from roi_desktop.gui.models.export_summary_model import RAW_ROLE, ExportSummaryModel
from roi_desktop.gui.pages.base import Page, PageContext
from roi_desktop.gui.resources import icon
from roi_desktop.gui.period_memory import PeriodMemory
from roi_desktop.gui.widgets.period_picker import PeriodPicker
from roi_desktop.gui.widgets.table_actions import install_table_actions
from roi_desktop.gui.workers import TaskHandle

COMPARISON_TEXTS = {
    "previous": QT_TRANSLATE_NOOP("ExportPage", "Compare with the previous period"),
    "last_year": QT_TRANSLATE_NOOP("ExportPage", "Compare with the same period last year"),
    "none": QT_TRANSLATE_NOOP("ExportPage", "No comparison"),
}
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}
"""Each language named in itself, as language menus do."""


class ExportPage(Page):
    """Attributes:
        result: the last workbook written (ExportResult), or None.
        preview_model: the Summary as it will be written.
    """

    page_id = "export"
    icon_name = "export"
    nav_text = QT_TRANSLATE_NOOP("Navigation", "Export")
    subtitle_text = QT_TRANSLATE_NOOP(
        "PageSubtitle", "Your KPI tables as an Excel workbook ready to send to your management: a summary, one sheet"
                        " per area with monthly tables and charts, the definitions and the data used.")

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        bar = QHBoxLayout()
        self.period_picker = PeriodPicker()
        self.period_picker.period_changed.connect(lambda _period: self._period_changed())
        bar.addWidget(self.period_picker)
        self.comparison = QComboBox()
        for key in COMPARISONS:
            self.comparison.addItem("", key)
        self.comparison.currentIndexChanged.connect(lambda _index: self._period_changed())
        bar.addWidget(self.comparison)
        self.period_memory = PeriodMemory(context.session.settings, self.period_picker, self.comparison)
        self.language_label = QLabel()
        bar.addWidget(self.language_label)
        self.language = QComboBox()
        for key, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, key)
        self.language.setCurrentIndex(1 if QLocale().language() == QLocale.Language.French else 0)
        self.language.currentIndexChanged.connect(lambda _index: self.refresh_preview())
        bar.addWidget(self.language)
        bar.addStretch(1)
        self.body.addLayout(bar)

        self.sheets_box = QGroupBox()
        grid = QGridLayout(self.sheets_box)
        self.sheet_boxes: dict[str, QCheckBox] = {}
        for index, key in enumerate(SHEETS):
            box = QCheckBox()
            box.setChecked(True)
            box.toggled.connect(self._sheets_changed)
            self.sheet_boxes[key] = box
            grid.addWidget(box, index // 5, index % 5)
        self.body.addWidget(self.sheets_box)

        self.preview_title = QLabel()
        self.preview_title.setStyleSheet("font-weight: 600;")
        self.body.addWidget(self.preview_title)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: palette(mid);")
        self.body.addWidget(self.status)
        self.preview_model = ExportSummaryModel()
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setAlternatingRowColors(True)
        self.preview.verticalHeader().setVisible(False)
        self.preview.verticalHeader().setDefaultSectionSize(22)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.preview.setWordWrap(False)
        self.table_actions = install_table_actions(self.preview, "", notifier=context.notifier, raw_role=RAW_ROLE)
        self.body.addWidget(self.preview, 1)

        actions = QHBoxLayout()
        self.export_button = QPushButton(icon("export"), "")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.choose_and_export)
        actions.addWidget(self.export_button)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        actions.addWidget(self.result_label, 1)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_file)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.open_folder)
        for button in (self.open_button, self.folder_button):
            button.setVisible(False)
            actions.addWidget(button)
        self.body.addLayout(actions)

        self.result: ExportResult | None = None
        self._error = ""
        self.folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                           or Path.home())
        self._preview_task: TaskHandle | None = None
        self._request = 0
        self._export_task: TaskHandle | None = None
        self._stale = True
        self.retranslate()

    # ---- Public API

    def options(self) -> ExportOptions:
        """What the controls ask for."""
        return ExportOptions(period=self.period_picker.period, language=self.language.currentData(),
                             sheets=tuple(k for k, box in self.sheet_boxes.items() if box.isChecked()),
                             comparison=self.comparison.currentData())

    def refresh_preview(self) -> None:
        """Compute the Summary for the current options in the background (a newer request supersedes it).

        Only while the page is shown: on a large workspace the figures take seconds, not worth spending for a
        page the user has not opened (showEvent catches up)."""
        if self.workspace is None:
            self.preview_model.set_table(None)
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        if self._preview_task is not None and self._preview_task.running:
            self._preview_task.cancel()
        self._request += 1
        request, workspace = self._request, self.workspace
        chosen = self.options()
        options = ExportOptions(chosen.period, chosen.language, ("summary",), chosen.comparison)
        self.status.setText(QCoreApplication.translate("ExportPage", "Computing the figures…"))
        self._preview_task = self.context.runner.run(
            lambda progress, cancel: workspace.reports.content(options, progress=progress, cancel=cancel),
            on_done=lambda content: self._previewed(content, request))

    def choose_and_export(self) -> None:
        """Ask where to save the workbook, then write it."""
        if self.workspace is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("ExportPage", "Save the KPI workbook"), str(self.folder / self.default_name()),
            QCoreApplication.translate("ExportPage", "Excel workbooks (*.xlsx)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> TaskHandle | None:
        """Write the workbook to `path` in the background, with a progress dialog and Cancel after half a second."""
        if self.workspace is None:
            return None
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        workspace, options = self.workspace, self.options()
        self.folder = path.parent
        self._show_result(None, "")
        self.export_button.setEnabled(False)
        self._export_task = self.context.runner.run(
            lambda progress, cancel: workspace.reports.export(path, options, progress=progress, cancel=cancel),
            on_done=self._exported, on_error=self._failed,
            label=QCoreApplication.translate("ExportPage", "Writing the workbook…"))
        self._export_task.ended.connect(lambda: self.export_button.setEnabled(self.workspace is not None))
        return self._export_task

    def default_name(self) -> str:
        """"KPIs Brindille 2025-01-01 – 2025-06-30.xlsx"."""
        name = self.workspace.name if self.workspace else "ROI Desktop"
        period = self.period_picker.period
        span = f" {period.first} – {period.last}" if period else ""
        cleaned = "".join("-" if ch in '<>:"/\\|?*' else ch for ch in f"{name}{span}")
        return QCoreApplication.translate("ExportPage", "KPIs %1.xlsx").replace("%1", cleaned)

    def open_file(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path)))

    def open_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path.parent)))

    # ---- Page

    def retranslate(self) -> None:
        super().retranslate()
        translate = QCoreApplication.translate
        self.period_picker.retranslate()
        for index, key in enumerate(COMPARISONS):
            self.comparison.setItemText(index, translate("ExportPage", COMPARISON_TEXTS[key]))
        self.language_label.setText(translate("ExportPage", "Language of the workbook:"))
        self.sheets_box.setTitle(translate("ExportPage", "Sheets to include"))
        for key, box in self.sheet_boxes.items():
            box.setText(translate("Workbook", SHEETS[key]).replace("&", "&&"))  # not a mnemonic
        self.preview_title.setText(translate("ExportPage", "Preview of the Summary sheet"))
        self.export_button.setText(translate("ExportPage", "Export to Excel…"))
        self.open_button.setText(translate("ExportPage", "Open the file"))
        self.folder_button.setText(translate("ExportPage", "Show in folder"))
        self.table_actions.name = translate("ExportPage", "KPI summary")
        self._show_result(self.result, self._error)

    def set_workspace(self, workspace: Workspace | None) -> None:
        super().set_workspace(workspace)
        self.result = None
        self._show_result(None, "")
        self.export_button.setEnabled(workspace is not None)
        self.period_memory.restore(workspace)
        self.period_picker.set_data_span(workspace.default_period() if workspace else None)
        self.refresh_preview()

    def on_changes(self, changes: Changes) -> None:
        if changes.tables or changes.settings or changes.batch_ids:
            self.period_picker.set_data_span(self.workspace.default_period() if self.workspace else None)
            self.refresh_preview()

    # ---- Qt overrides

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.period_memory.catch_up(self.workspace) or self._stale:
            self.refresh_preview()

    # ---- Internals

    def _period_changed(self) -> None:
        self.period_memory.remember(self.workspace)
        self.refresh_preview()

    def _sheets_changed(self) -> None:
        chosen = any(box.isChecked() for box in self.sheet_boxes.values())
        self.export_button.setEnabled(chosen and self.workspace is not None)

    def _previewed(self, content: Any, request: int) -> None:
        if request != self._request:
            return
        sheet = content.sheet("summary")
        self.preview_model.set_table(sheet.tables[0] if sheet else None, content.currency)
        self.status.setText(sheet.intro[0] if sheet and sheet.intro else "")

    def _exported(self, result: ExportResult) -> None:
        self.result = result
        self._show_result(result, "")
        self.context.notifier.info(QCoreApplication.translate("ExportPage", "Workbook saved: %1").replace("%1", str(result.path)))

    def _failed(self, error: UserError) -> None:
        text = message_text(error.message)
        self._show_result(None, text)
        self.context.notifier.error(text)

    def _show_result(self, result: ExportResult | None, error: str) -> None:
        translate = QCoreApplication.translate
        self._error = error
        if result is not None:
            sheets = count_text(len(result.sheets), translate("ExportPage", "%1 sheet"), translate("ExportPage", "%1 sheets"))
            self.result_label.setText(translate("ExportPage", "Saved %1 (%2).").replace("%1", result.path.name).replace("%2", sheets))
            self.result_label.setToolTip(str(result.path))
            self.result_label.setStyleSheet("")
        else:
            self.result_label.setText(error)
            self.result_label.setToolTip("")
            self.result_label.setStyleSheet("color: #c62828;" if error else "")
        for button in (self.open_button, self.folder_button):
            button.setVisible(result is not None)
