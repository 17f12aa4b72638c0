"""The rows an import could not use, or used with a value left empty: file, row, column, value, problem."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from roi_desktop.core.importing.report import REPORT_COLUMNS, ImportReport, RowIssue
from roi_desktop.gui.i18n import format_count, message_text

_Index = QModelIndex | QPersistentModelIndex


class IssuesModel(QAbstractTableModel):
    """Rejected rows first, then ignored values, of every file of one import report."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[str, RowIssue, bool]] = []

    def set_report(self, report: ImportReport | None) -> None:
        self.beginResetModel()
        self._rows = []
        for file in report.files if report else []:
            self._rows += [(file.display_name, issue, True) for issue in file.rejected]
            self._rows += [(file.display_name, issue, False) for issue in file.warnings]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(REPORT_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(REPORT_COLUMNS):
            return QCoreApplication.translate("ImportReport", REPORT_COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        file_name, issue, rejected = self._rows[index.row()]
        translate = QCoreApplication.translate
        values = (
            file_name,
            format_count(issue.row),
            issue.column or "",
            issue.value or "",
            message_text(issue.message),
            _sentence(message_text(issue.outcome)) if issue.outcome is not None
            else translate("ImportReport", "Row not imported") if rejected
            else translate("ImportReport", "Row imported, value left empty"),
        )
        return values[index.column()]


def _sentence(text: str) -> str:
    """A report word ("row not imported, …", lower-case for the CSV's last column) as this table's cells begin."""
    return text[:1].upper() + text[1:]
