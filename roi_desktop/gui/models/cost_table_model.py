"""The cost ledger as an editable table: one row per cost line, a column per field.

The model never writes: an edit emits `edit_requested(line id, field, value)` and the ledger widget checks it
and runs it as an undoable command. Until the workspace answers, the cell shows what was typed (italic); an
entry that cannot be saved stays in its cell, in red, with the reason on hover, until it is fixed or
discarded. DisplayRole is formatted for the locale; EditRole gives text to edit; SORT_ROLE raw values.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from roi_desktop.core.costs.inputs import same_words
from roi_desktop.core.costs.ledger import Ledger
from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.store.costs import CostLine
from roi_desktop.gui.charts.style import month_label
from roi_desktop.gui.i18n import format_money
from roi_desktop.gui.models.roi_view import RoiView

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
LINE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex
PROBLEM_BACKGROUND = QColor("#fdeaea")
PROBLEM_TEXT = QColor("#b00020")

COLUMNS = ("month", "category", "item", "channel", "amount", "currency", "converted", "note", "source")
EDITABLE = ("month", "category", "item", "channel", "amount", "currency", "note")
HEADERS = {
    "month": QT_TRANSLATE_NOOP("CostTable", "Month"),
    "category": QT_TRANSLATE_NOOP("CostTable", "Category"),
    "item": QT_TRANSLATE_NOOP("CostTable", "Item"),
    "channel": QT_TRANSLATE_NOOP("CostTable", "Channel"),
    "amount": QT_TRANSLATE_NOOP("CostTable", "Amount"),
    "currency": QT_TRANSLATE_NOOP("CostTable", "Currency"),
    "converted": QT_TRANSLATE_NOOP("CostTable", "Counted as"),
    "note": QT_TRANSLATE_NOOP("CostTable", "Note"),
    "source": QT_TRANSLATE_NOOP("CostTable", "From"),
}
HEADER_TIPS = {
    "amount": QT_TRANSLATE_NOOP("CostTable", "The amount as entered, in its own currency, excluding VAT as your"
                                             " workbook gives it."),
    "converted": QT_TRANSLATE_NOOP("CostTable", "The amount in the workspace currency, at the exchange rate of its"
                                                " month, as every figure counts it."),
    "source": QT_TRANSLATE_NOOP("CostTable", "The workbook the line was imported from, or “typed in the app”."),
}


class CostTableModel(QAbstractTableModel):
    """Signals:
        edit_requested(int, str, object): the user changed field (COLUMNS) of the line with that id.
    """

    edit_requested = Signal(int, str, object)
    """A cell was edited: line id, field, value (text, or a category/channel id picked from a list)."""

    def __init__(self) -> None:
        super().__init__()
        self.ledger: Ledger | None = None
        self.lines: list[CostLine] = []
        self.pending: dict[tuple[int, str], str] = {}
        self.problems: dict[tuple[int, str], tuple[str, str]] = {}

    # ---- Public API

    def set_ledger(self, ledger: Ledger) -> None:
        """Show a new snapshot; typed values the workspace has now answered are dropped, problems kept."""
        self.beginResetModel()
        self.ledger, self.lines = ledger, list(ledger.lines)
        ids = {line.id for line in self.lines}
        self.pending.clear()
        self.problems = {key: value for key, value in self.problems.items() if key[0] in ids}
        self.endResetModel()

    def line_at(self, row: int) -> CostLine | None:
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def row_of(self, line_id: int) -> int:
        return next((row for row, line in enumerate(self.lines) if line.id == line_id), -1)

    def set_pending(self, line_id: int, field: str, text: str) -> None:
        self.pending[(line_id, field)] = text
        self._changed(line_id, field)

    def set_problem(self, line_id: int, field: str, typed: str, message: str) -> None:
        """Keep what was typed in the cell, in red, with why it cannot be saved."""
        self.pending.pop((line_id, field), None)
        self.problems[(line_id, field)] = (typed, message)
        self._changed(line_id, field)

    def clear_problem(self, line_id: int, field: str) -> None:
        if self.problems.pop((line_id, field), None) is not None:
            self._changed(line_id, field)

    def clear_problems(self) -> None:
        keys = list(self.problems)
        self.problems.clear()
        for line_id, field in keys:
            self._changed(line_id, field)

    def problem_messages(self) -> list[str]:
        return [message for _typed, message in self.problems.values()]

    # ---- Qt overrides

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and COLUMNS[index.column()] in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line_at(index.row()) if index.isValid() else None
        if line is None:
            return None
        field = COLUMNS[index.column()]
        key = (line.id, field)
        if role == Qt.ItemDataRole.DisplayRole:
            if key in self.problems:
                return self.problems[key][0]
            return self.pending.get(key) or self._display(line, field)
        if role == Qt.ItemDataRole.EditRole:
            return self.problems[key][0] if key in self.problems else self._edit_text(line, field)
        if role == SORT_ROLE:
            return self._sort_value(line, field)
        if role == LINE_ID_ROLE:
            return line.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.problems[key][1] if key in self.problems else self._tooltip(line, field)
        if role == Qt.ItemDataRole.BackgroundRole and key in self.problems:
            return PROBLEM_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and (key in self.problems or (
                field == "converted" and self.ledger is not None and self.ledger.converted_cents(line) is None)):
            return PROBLEM_TEXT
        if role == Qt.ItemDataRole.FontRole and key in self.pending:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and field in ("amount", "converted"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        line = self.line_at(index.row()) if index.isValid() else None
        field = COLUMNS[index.column()] if index.isValid() else ""
        if line is None or role != Qt.ItemDataRole.EditRole or field not in EDITABLE:
            return False
        text = "" if value is None else str(value)
        if (line.id, field) not in self.problems and text == self._edit_text(line, field):
            return False
        self.edit_requested.emit(line.id, field, value)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        field = COLUMNS[section]
        translate = QCoreApplication.translate
        if role == Qt.ItemDataRole.DisplayRole:
            text = translate("CostTable", HEADERS[field])
            if field == "converted" and self.ledger is not None:
                text = translate("CostTable", "Counted in %1").replace("%1", self.ledger.currency)
            return text
        if role == Qt.ItemDataRole.ToolTipRole and field in HEADER_TIPS:
            return translate("CostTable", HEADER_TIPS[field])
        return None

    # ---- Internals

    def _changed(self, line_id: int, field: str) -> None:
        row = self.row_of(line_id)
        if row >= 0 and field in COLUMNS:
            index = self.index(row, COLUMNS.index(field))
            self.dataChanged.emit(index, index)

    def _display(self, line: CostLine, field: str) -> str:
        translate = QCoreApplication.translate
        if field == "month":
            return month_label(line.month) if line.day is None else line.day
        if field == "category":
            return _with_label(RoiView.category_name(line.category), line.category_label)
        if field == "channel":
            if line.channel is None and not line.channel_label:
                return ""
            return _with_label(RoiView.channel_name(line.channel or "unknown"), line.channel_label)
        if field == "amount":
            return format_money(line.amount_cents / 100, line.currency)
        if field == "currency":
            return line.currency
        if field == "converted":
            if self.ledger is None or line.currency.upper() == self.ledger.currency:
                return ""
            cents = self.ledger.converted_cents(line)
            return format_money(cents / 100, self.ledger.currency) if cents is not None else translate(
                "CostTable", "no rate")
        if field == "source":
            origin = (line.file_name or "").split(" › ")[0] if line.batch_id is not None else translate(
                "CostTable", "typed in the app")
            if line.edited:
                origin = translate("CostTable", "%1, changed in the app").replace("%1", origin)
            return ("↻ " if line.recurring_group else "") + origin
        return str(getattr(line, field) or "")

    def _edit_text(self, line: CostLine, field: str) -> str:
        if field == "amount":
            return QLocale().toString(line.amount_cents / 100, "f", 2)
        if field == "category":
            return line.category_label or RoiView.category_name(line.category)
        if field == "channel":
            return line.channel_label or (RoiView.channel_name(line.channel) if line.channel else "")
        value = getattr(line, field, None)
        return "" if value is None else str(value)

    def _sort_value(self, line: CostLine, field: str) -> Any:
        if field == "amount":
            return line.amount_cents
        if field == "converted":
            return (self.ledger.converted_cents(line) if self.ledger else None) or -1
        if field == "month":
            return line.day or line.month
        return self._display(line, field).casefold()

    def _tooltip(self, line: CostLine, field: str) -> str | None:
        translate = QCoreApplication.translate
        if field == "source":
            if line.batch_id is not None:
                text = translate("CostTable", "Imported from %1. Undoing that import removes this line.").replace(
                    "%1", line.file_name or "")
                if line.edited:
                    text += " " + translate("CostTable", "You changed it here since: a later import of the file"
                                                         " keeps your values and its report says so.")
                return text
            if line.recurring_group:
                first, last = line.recurring_group.split("/")[:2]
                return translate("CostTable", "Entered once, repeated every month from %1 to %2.").replace(
                    "%1", month_label(first)).replace("%2", month_label(last))
        if field == "converted" and self.ledger is not None and line.currency.upper() != self.ledger.currency:
            rate = self.ledger.rate(line.currency, line.month)
            if rate is None:
                return translate("CostTable", "Enter the %1 rate for this month under Exchange rates: until then"
                                              " this line is left out of every figure.").replace("%1", line.currency)
            return translate("CostTable", "1 %1 = %2 %3").replace("%1", line.currency).replace(
                "%2", QLocale().toString(rate, "g", 6)).replace("%3", self.ledger.currency)
        return None


def _with_label(name: str, label: str | None) -> str:
    """The category or channel name, with the label as imported or typed when it says something else."""
    if not label or same_words(label, name):
        return name
    return f"{name} ({label})"
