"""Copy and CSV export for any table of the app, as Excel users expect: Ctrl+C and a right-click menu.

"Copy" puts the selected cells (the whole table, with its headers, when nothing or everything is selected)
on the clipboard as tab-separated text, which Excel and LibreOffice paste into cells. "Export as CSV…" saves
the table as UTF-8 with a byte-order mark, ';' between values in French and ',' in English. Numbers keep
their value (thousands separators dropped), and text that a spreadsheet would run as a formula is made
inert (core/reporting/safety.py). Lazy models export the rows they have loaded.

    install_table_actions(view, "KPI summary")
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableView

from roi_desktop.core.errors import UserError
from roi_desktop.core.reporting.csv_export import clipboard_text, write_csv
from roi_desktop.gui.i18n import message_text
from roi_desktop.gui.notify import Notifier

CONTEXT = "TableActions"


class TableActions(QObject):
    """The Copy and Export actions of one table view (kept alive as a child of the view).

    Attributes:
        name: the table's name, used for the default CSV file name.
        raw_role: a model role giving raw values (numbers, dates) for the CSV; display text otherwise.

    Signals:
        copied(int): this many rows were put on the clipboard.
        exported(str): the table was saved to this CSV file.
    """

    copied = Signal(int)
    """Rows put on the clipboard."""
    exported = Signal(str)
    """The path of the CSV file written."""

    def __init__(self, view: QTableView, name: str, notifier: Notifier | None = None,
                 raw_role: int | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.name = name
        self.notifier = notifier
        self.raw_role = raw_role
        self.copy_action = QAction(view)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy)
        self.export_action = QAction(view)
        self.export_action.triggered.connect(self.ask_and_export)
        view.addAction(self.copy_action)
        view.addAction(self.export_action)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.installEventFilter(self)
        self.retranslate()

    # ---- Public API

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.copy_action.setText(translate("TableActions", "Copy"))
        self.export_action.setText(translate("TableActions", "Export as CSV…"))

    def copy(self) -> None:
        """Put the selection (or the whole table) on the clipboard, tab-separated."""
        rows = self.selected_rows()
        QGuiApplication.clipboard().setText(clipboard_text(rows, _language()))
        self.copied.emit(len(rows))

    def ask_and_export(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self.view, QCoreApplication.translate("TableActions", "Export as CSV"),
            str(Path(folder) / (_file_name(self.name) + ".csv")),
            QCoreApplication.translate("TableActions", "CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        """Write the whole table (headers included) to `path`; tells the user when it cannot be written."""
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            write_csv(path, self.headers(), self.rows(), _language())
        except UserError as error:
            self._error(message_text(error.message))
            return False
        self.exported.emit(str(path))
        if self.notifier is not None:
            self.notifier.info(QCoreApplication.translate("TableActions", "Table saved to %1.").replace("%1", str(path)))
        return True

    def headers(self) -> list[str]:
        model = self.view.model()
        return [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in self._columns()]

    def rows(self) -> list[list[Any]]:
        model = self.view.model()
        return [[self._value(model.index(r, c)) for c in self._columns()] for r in range(model.rowCount())
                if not self.view.isRowHidden(r)]

    def selected_rows(self) -> list[list[Any]]:
        """The selected cells as a rectangle (unselected cells blank); the whole table with its headers when
        nothing is selected or every row is."""
        model = self.view.model()
        selection = self.view.selectionModel()
        indexes = selection.selectedIndexes() if selection is not None else []
        if not indexes or len({i.row() for i in indexes}) == model.rowCount():
            return [self.headers(), *self.rows()]
        chosen = {(i.row(), i.column()) for i in indexes}
        rows = sorted({r for r, _ in chosen})
        columns = [c for c in self._columns() if c in {column for _, column in chosen}]
        return [[self._value(model.index(r, c)) if (r, c) in chosen else "" for c in columns] for r in rows]

    # ---- Qt overrides

    def eventFilter(self, watched: QObject, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.view and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # ---- Internals

    def _columns(self) -> list[int]:
        model = self.view.model()
        return [c for c in range(model.columnCount()) if not self.view.isColumnHidden(c)]

    def _value(self, index: Any) -> Any:
        if self.raw_role is not None:
            raw = index.data(self.raw_role)
            if isinstance(raw, int | float | date | datetime) and not isinstance(raw, bool):
                return raw
        text = index.data(Qt.ItemDataRole.DisplayRole)
        return "" if text is None else str(text)

    def _error(self, text: str) -> None:
        if self.notifier is not None:
            self.notifier.error(text)
        else:
            QMessageBox.warning(self.view, QCoreApplication.translate("TableActions", "Export as CSV"), text)


def install_table_actions(view: QTableView, name: str, *, notifier: Notifier | None = None,
                          raw_role: int | None = None) -> TableActions:
    """Give `view` a context menu and Ctrl+C with "Copy" and "Export as CSV…" (see the module doc).

    `name` names the table (default file name); `notifier` receives "saved" and error messages (without it,
    an error is shown in a message box); `raw_role` is the model's role for raw values, when it has one."""
    return TableActions(view, name, notifier, raw_role)


def _language() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def _file_name(name: str) -> str:
    cleaned = "".join("-" if ch in '<>:"/\\|?*' else ch for ch in name).strip(" .")
    return cleaned or "table"
