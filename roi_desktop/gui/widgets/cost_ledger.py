"""The cost ledger tab: the lines, editable in place, with add, paste from a spreadsheet, delete, undo, redo
and the exchange rates.

Every change is checked at once against the ledger as last read (`Ledger.check*`, no workspace access on the
GUI thread): an entry with a problem stays where it was typed, in red, with a plain message, and nothing is
saved until it is fixed or discarded. A valid change becomes an undoable command whose write runs on the
writer queue; its `Changes` are published, so the ROI figures and this table refresh straight away.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QLocale, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.core.changes import Changes
from roi_desktop.core.costs.ledger import CostInputError, Ledger, Problem, check_all
from roi_desktop.core.costs.paste import parse_pasted
from roi_desktop.core.errors import UserError
from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.workspace import Workspace
from roi_desktop.gui.i18n import count_text, format_money, message_text
from roi_desktop.gui.models.cost_table_model import COLUMNS, HEADERS, LINE_ID_ROLE, SORT_ROLE, CostTableModel
from roi_desktop.gui.pages.base import PageContext
from roi_desktop.gui.widgets.cost_delegates import ChoiceDelegate, category_items, channel_items
from roi_desktop.gui.widgets.cost_rates import CostRates
from roi_desktop.gui.widgets.cost_undo import AddLines, CostCommand, DeleteLines, EditLine, Work
from roi_desktop.gui.widgets.table_actions import install_table_actions

MAX_LISTED = 8
FIELD_NAMES = {**HEADERS, "repeat_until": QT_TRANSLATE_NOOP("CostLedger", "Repeat until")}


def decimal_comma() -> bool:
    """Whether the user's locale writes 1,5 for one and a half."""
    return QLocale().decimalPoint() == ","


class CostLedger(QWidget):
    """Signals:
        import_requested(): the user asked to import a costs workbook (the page opens the Import page).
    """

    import_requested = Signal()
    """Open the Import page to import a costs workbook."""

    def __init__(self, context: PageContext, workspace: Callable[[], Workspace | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.workspace = workspace
        self.ledger: Ledger | None = None
        self.undo_stack = QUndoStack(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_line)
        self.paste_button = QPushButton()
        self.paste_button.clicked.connect(self.paste)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
        self.paste_action = QAction(self)
        self.paste_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Paste))
        self.paste_action.triggered.connect(self.paste)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(self.delete_selected)
        for action in (self.undo_action, self.redo_action, self.paste_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_button, self.redo_button = QToolButton(), QToolButton()
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button.setDefaultAction(self.redo_action)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_requested.emit)
        for widget in (self.add_button, self.paste_button, self.delete_button, self.undo_button, self.redo_button,
                       self.import_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(240)
        bar.addWidget(self.filter)
        layout.addLayout(bar)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setObjectName("costProblems")
        self.problems.setStyleSheet("#costProblems { background: #fdeaea; color: #6b1010; border: 1px solid #e09090;"
                                    " border-radius: 6px; padding: 6px; }")
        self.discard_button = QPushButton()
        self.discard_button.clicked.connect(self.discard_problems)
        problems_row = QHBoxLayout()
        problems_row.addWidget(self.problems, 1)
        problems_row.addWidget(self.discard_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(problems_row)
        self.model = CostTableModel()
        self.model.edit_requested.connect(self.edit_cell)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setWordWrap(False)  # one-line rows: wrapping would cut texts at their first space
        self.table.setModel(self.proxy)
        install_table_actions(self.table, "Cost ledger")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setItemDelegateForColumn(COLUMNS.index("category"), ChoiceDelegate(category_items, self.table))
        self.table.setItemDelegateForColumn(COLUMNS.index("channel"), ChoiceDelegate(channel_items, self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for field, width in (("month", 90), ("category", 175), ("item", 190), ("channel", 185), ("amount", 105),
                             ("currency", 65), ("converted", 110), ("note", 130)):
            self.table.setColumnWidth(COLUMNS.index(field), width)
        layout.addWidget(self.table, 1)
        self.total = QLabel()
        layout.addWidget(self.total)
        self.rates = CostRates()
        self.rates.rate_requested.connect(self.set_rate)
        layout.addWidget(self.rates)
        self._show_problems([])
        self.retranslate()

    # ---- Public API

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.add_button.setText(translate("CostLedger", "Add a cost…"))
        self.add_button.setToolTip(translate("CostLedger", "One line, or a cost repeated every month."))
        self.paste_button.setText(translate("CostLedger", "Paste from Excel"))
        self.paste_button.setToolTip(translate(
            "CostLedger", "Copy rows in your spreadsheet (month, category, item, channel, amount, currency, note —"
                          " or with their header row), then paste them here (Ctrl+V)."))
        self.delete_button.setText(translate("CostLedger", "Delete"))
        self.delete_button.setToolTip(translate("CostLedger", "Delete the selected lines (Del). Ctrl+Z brings them"
                                                              " back."))
        self.undo_action.setText(translate("CostLedger", "Undo"))
        self.redo_action.setText(translate("CostLedger", "Redo"))
        self.undo_stack.setUndoLimit(200)
        self.import_button.setText(translate("CostLedger", "Import a costs workbook…"))
        self.filter.setPlaceholderText(translate("CostLedger", "Filter: month, item, channel…"))
        self.discard_button.setText(translate("CostLedger", "Discard"))
        self.discard_button.setToolTip(translate("CostLedger", "Forget the entries in red; the lines stay as they"
                                                               " were."))
        self.rates.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.ledger is not None:
            self._show_total(self.ledger)

    def set_ledger(self, ledger: Ledger, *, read_only: bool = False) -> None:
        """Show a new snapshot of the ledger, keeping the selected line selected."""
        current = self.table.currentIndex()
        line_id = current.data(LINE_ID_ROLE) if current.isValid() else None
        column = current.column() if current.isValid() else 0
        self.ledger = ledger
        self.model.set_ledger(ledger)
        self.rates.set_ledger(ledger)
        foreign = any(line.currency.upper() != ledger.currency for line in ledger.lines)
        self.table.setColumnHidden(COLUMNS.index("converted"), not foreign)
        self._show_total(ledger)
        self._show_problems([])
        for widget in (self.add_button, self.paste_button, self.delete_button, self.rates):
            widget.setEnabled(not read_only)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else (
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed))
        if line_id is not None:
            row = self.model.row_of(line_id)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, column))
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def reset_history(self) -> None:
        """Another workspace: its lines are not those the undo history knows."""
        self.undo_stack.clear()
        self.model.clear_problems()

    def add_line(self) -> None:
        from roi_desktop.gui.dialogs.cost_line_dialog import CostLineDialog

        if self.ledger is None:
            return
        draft = CostLineDialog.ask(self.ledger, self, decimal_comma=decimal_comma())
        if draft is not None:
            self.add_drafts([draft], decimal_comma(), QCoreApplication.translate("CostLedger", "Add a cost"))

    def add_drafts(self, drafts: list[Any], comma: bool | None, text: str) -> bool:
        """Check entries and, when all can be saved, add them as one undoable step."""
        if self.ledger is None:
            return False
        checked = check_all(self.ledger, drafts, decimal_comma=comma)
        if checked.problems:
            self._show_problems(checked.problems)
            return False
        self._show_problems([])
        self.undo_stack.push(AddLines(self, text, drafts, comma))
        return True

    def paste(self) -> None:
        """Add the rows on the clipboard, all or none."""
        translate = QCoreApplication.translate
        text = QGuiApplication.clipboard().text()
        table = parse_pasted(text, decimal_comma=decimal_comma())
        if not table.drafts:
            self._show_messages([translate("CostLedger", "The clipboard holds no rows: copy cells in your"
                                                         " spreadsheet first.")])
            return
        label = count_text(len(table.drafts), translate("CostLedger", "Paste %1 line"),
                           translate("CostLedger", "Paste %1 lines"))
        self.add_drafts(table.drafts, table.decimal_comma, label)

    def delete_selected(self) -> None:
        ids = sorted({self.proxy.mapToSource(index).data(LINE_ID_ROLE)
                      for index in self.table.selectionModel().selectedIndexes()} - {None})
        if not ids:
            return
        translate = QCoreApplication.translate
        label = count_text(len(ids), translate("CostLedger", "Delete %1 line"),
                           translate("CostLedger", "Delete %1 lines"))
        self.undo_stack.push(DeleteLines(self, label, ids))

    def edit_cell(self, line_id: int, field: str, value: Any) -> None:
        """A cell was edited: check it against the ledger, then save it as an undoable step or keep it in red."""
        line = self.ledger.line(line_id) if self.ledger is not None else None
        if line is None:
            return
        typed = self._typed_text(field, value)
        checked = self.ledger.check_edit(line, {field: value}, decimal_comma=decimal_comma())
        if checked.problems:
            problem = checked.problems[0]
            self.model.set_problem(line_id, field, typed, QCoreApplication.translate("CostLedger", "%1: %2")
                                   .replace("%1", self._field_name(problem.field))
                                   .replace("%2", message_text(problem.message)))
            self._show_problems(checked.problems, only_cells=True)
            return
        self.model.clear_problem(line_id, field)
        self.model.set_pending(line_id, field, typed)
        self._show_problems([], only_cells=True)
        translate = QCoreApplication.translate
        label = translate("CostLedger", "Change the %1 of “%2”").replace(
            "%1", translate("CostTable", HEADERS[field]).lower()).replace("%2", line.item or line.month)
        self.undo_stack.push(EditLine(self, label, line, {field: value}, decimal_comma()))

    def discard_problems(self) -> None:
        self.model.clear_problems()
        self._show_problems([])

    def set_rate(self, currency: str, month: str, rate: str) -> None:
        workspace = self.workspace()
        if workspace is None:
            return
        comma = decimal_comma()
        self.context.runner.run(lambda progress, cancel: workspace.costs.set_rate(currency, month, rate,
                                                                                  decimal_comma=comma),
                                on_done=self._written, on_error=self._refused_error, write=True)

    # ---- CostWriter

    def write(self, work: Work, command: CostCommand) -> None:
        workspace = self.workspace()
        if workspace is None or workspace.read_only:
            command.refused()
            return
        self.context.runner.run(lambda progress, cancel: work(workspace.costs), on_done=self._written,
                                on_error=lambda error: self._refused(error, command), write=True)

    # ---- Internals

    def _written(self, changes: Changes) -> None:
        self.context.session.publish(changes)

    def _refused(self, error: UserError, command: CostCommand) -> None:
        command.refused()
        if self.ledger is not None:
            self.model.set_ledger(self.ledger)  # drop what was shown as being saved
        self._refused_error(error)

    def _refused_error(self, error: UserError) -> None:
        if isinstance(error, CostInputError):
            self._show_problems(error.problems)
        else:
            self._show_messages([message_text(error.message)])

    def _typed_text(self, field: str, value: Any) -> str:
        from roi_desktop.gui.models.roi_view import RoiView

        if field == "category" and isinstance(value, str):
            return RoiView.category_name(value)
        if field == "channel" and isinstance(value, str):
            return RoiView.channel_name(value)
        return "" if value is None else str(value)

    def _show_problems(self, problems: list[Problem], *, only_cells: bool = False) -> None:
        """List why entries cannot be saved: `problems` of an add or paste (numbered rows), else the cells
        still in red."""
        translate = QCoreApplication.translate
        if only_cells or not problems:
            self._show_messages([f"• {message}" for message in self.model.problem_messages()])
            return
        lines = [translate("CostLedger", "Nothing was saved. Fix these entries and try again:")]
        for problem in problems[:MAX_LISTED]:
            where = self._field_name(problem.field)
            text = message_text(problem.message)
            if problem.row:
                lines.append("• " + translate("CostLedger", "Row %1 — %2: %3").replace("%1", str(problem.row))
                             .replace("%2", where).replace("%3", text))
            else:
                lines.append("• " + translate("CostLedger", "%1: %2").replace("%1", where).replace("%2", text))
        if len(problems) > MAX_LISTED:
            lines.append(translate("CostLedger", "…and %1 more.").replace("%1", str(len(problems) - MAX_LISTED)))
        self._show_messages(lines)

    @staticmethod
    def _field_name(field: str) -> str:
        if field == "repeat_until":
            return QCoreApplication.translate("CostLedger", FIELD_NAMES[field])
        return QCoreApplication.translate("CostTable", HEADERS[field]) if field in HEADERS else field

    def _show_messages(self, lines: list[str]) -> None:
        self.problems.setText("<br>".join(lines))
        self.problems.setVisible(bool(lines))
        self.discard_button.setVisible(bool(self.model.problems))

    def _show_total(self, ledger: Ledger) -> None:
        translate = QCoreApplication.translate
        text = count_text(len(ledger.lines), translate("CostLedger", "%1 line"), translate("CostLedger", "%1 lines"))
        text += " · " + translate("CostLedger", "total counted: %1").replace(
            "%1", format_money(ledger.total_cents() / 100, ledger.currency))
        missing = ledger.unconverted()
        if missing:
            text += " · " + count_text(len(missing), translate("CostLedger", "%1 line without exchange rate"),
                                       translate("CostLedger", "%1 lines without exchange rate"))
        self.total.setText(text)
