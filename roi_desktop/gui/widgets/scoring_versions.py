"""The versions tab: saved versions (name, date, active), saving a new one, opening an old one in the editor,
applying one (the KPIs then use it), comparing two — how many contacts move from stage to stage, and who they
are (click a move to list its contacts) — and sharing a model as a JSON file.

The widget only lays out and asks: every action is a signal the page carries out in a worker, since each
reads or writes the workspace.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.core.scoring.rules import Model
from roi_desktop.core.scoring.versions import Comparison, VersionInfo
from roi_desktop.gui.i18n import format_count
from roi_desktop.gui.models.scoring_contacts_model import stage_text
from roi_desktop.gui.models.scoring_versions_model import (
    MoversModel,
    MovesModel,
    VersionsModel,
)
from roi_desktop.gui.widgets.hint import hint_label
from roi_desktop.gui.widgets.table_actions import install_table_actions


class SaveVersionDialog(QDialog):
    """Ask the name and a note of the version to save."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("ScoringPage", "Save as a new version"))
        self.setMinimumWidth(420)
        self.name = QLineEdit(name)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(translate("ScoringPage", "What changed, and why (optional)"))
        self.note.setFixedHeight(80)
        form = QFormLayout()
        form.addRow(translate("ScoringPage", "Model name"), self.name)
        form.addRow(translate("ScoringPage", "Note"), self.note)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.name.textChanged.connect(lambda text: box.button(QDialogButtonBox.StandardButton.Save)
                                      .setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(translate("ScoringPage", "Saving never changes an earlier version: versions"
                                                             " of the same name are numbered 1, 2, 3…")))
        layout.addLayout(form)
        layout.addWidget(box)


class ScoringVersions(QWidget):
    """Versions and what can be done with them.

    Signals:
        save_requested(): save the edited model as a new version (the page asks name and note).
        open_requested(int): load this version into the editor.
        apply_requested(int): make this version the active one.
        compare_requested(int, int): compare version A (first) with version B; B = 0 means the edited model.
        export_requested(int): save this version as a JSON file.
        import_requested(): open a model from a JSON file.
        move_chosen(object, object): list the contacts going from this stage under A to this stage under B
            (stage keys; None = no stage); the page answers with `show_movers`.
    """

    save_requested = Signal()
    open_requested = Signal(int)
    apply_requested = Signal(int)
    compare_requested = Signal(int, int)
    export_requested = Signal(int)
    import_requested = Signal()
    move_chosen = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = VersionsModel()
        self.view = QTableView()
        self.view.setWordWrap(False)  # one-line rows: wrapping would cut texts at their first space
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.view.doubleClicked.connect(lambda _i: self._open())
        self.versions_actions = install_table_actions(self.view, "Scoring model versions")
        self.buttons = {key: QPushButton() for key in ("save", "open", "apply", "compare", "export", "import")}
        self.buttons["save"].clicked.connect(self.save_requested)
        self.buttons["open"].clicked.connect(self._open)
        self.buttons["apply"].clicked.connect(self._apply)
        self.buttons["compare"].clicked.connect(self._compare)
        self.buttons["export"].clicked.connect(self._export)
        self.buttons["import"].clicked.connect(self.import_requested)
        bar = QHBoxLayout()
        for key in ("save", "open", "apply", "compare"):
            bar.addWidget(self.buttons[key])
        bar.addStretch(1)
        sharing = QHBoxLayout()
        for key in ("export", "import"):
            sharing.addWidget(self.buttons[key])
        sharing.addStretch(1)
        self.intro = hint_label()
        self.compare_title = QLabel()
        self.compare_title.setWordWrap(True)
        self.moves_model = MovesModel()
        self.moves_view = QTableView()
        self.moves_view.setWordWrap(False)  # one-line rows: wrapping would cut texts at their first space
        self.moves_view.setModel(self.moves_model)
        self.moves_view.verticalHeader().setVisible(False)
        self.moves_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.moves_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.moves_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.moves_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.moves_view.clicked.connect(lambda index: self.choose_move(index.row()))
        self.moves_actions = install_table_actions(self.moves_view, "Stage moves between versions")
        self.movers_title = QLabel()
        self.movers_title.setWordWrap(True)
        self.all_moves = QPushButton()
        self.all_moves.clicked.connect(self.show_all_movers)
        self.movers_model = MoversModel()
        self.movers_view = QTableView()
        self.movers_view.setWordWrap(False)  # one-line rows: wrapping would cut texts at their first space
        self.movers_view.setModel(self.movers_model)
        self.movers_view.verticalHeader().setVisible(False)
        self.movers_view.setWordWrap(False)
        self.movers_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.movers_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        movers_header = self.movers_view.horizontalHeader()
        movers_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        movers_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.movers_actions = install_table_actions(self.movers_view, "Contacts changing stage")
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.compare_title)
        middle_layout.addWidget(self.moves_view, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        movers_bar = QHBoxLayout()
        movers_bar.addWidget(self.movers_title, 1)
        movers_bar.addWidget(self.all_moves)
        bottom_layout.addLayout(movers_bar)
        bottom_layout.addWidget(self.movers_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(middle)
        splitter.addWidget(bottom)
        self.splitter = splitter
        self.compare_parts = (middle, bottom)
        for part in self.compare_parts:
            part.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addLayout(sharing)
        self.editable = True
        self.comparison: Comparison | None = None
        self.chosen: Comparison | None = None
        self.models: tuple[Model | None, Model | None] = (None, None)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        texts = {
            "save": (translate("ScoringPage", "Save as new version…"),
                     translate("ScoringPage", "Save the model being edited as a new version (Ctrl+S)")),
            "open": (translate("ScoringPage", "Open in the editor"),
                     translate("ScoringPage", "Load the selected version into the editor to read or adapt it;"
                                              " saving makes a new version, the old one never changes.")),
            "apply": (translate("ScoringPage", "Apply…"),
                      translate("ScoringPage", "Score every contact with the selected version and make it the"
                                               " active one: the KPIs (average lead score, funnel) then use it.")),
            "compare": (translate("ScoringPage", "Compare"),
                        translate("ScoringPage", "Select two versions to see the contacts that change stage from"
                                                 " one to the other; with one selected, it is compared with the"
                                                 " model being edited.")),
            "export": (translate("ScoringPage", "Export as JSON…"),
                       translate("ScoringPage", "Save the selected version as a file to send a colleague")),
            "import": (translate("ScoringPage", "Import a JSON model…"),
                       translate("ScoringPage", "Open a model a colleague exported; it opens in the editor and"
                                                " becomes a version once you save it.")),
        }
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        self.intro.setText(translate("ScoringPage", "Each saved version keeps its rules, thresholds and funnel as"
                                                    " they were. Reports state which version produced their"
                                                    " figures."))
        self.all_moves.setText(translate("ScoringPage", "Every move"))
        self.all_moves.setToolTip(translate("ScoringPage", "List the contacts of every move again"))
        self.moves_view.setToolTip(translate("ScoringPage", "Click a row to list the contacts who make this move."))
        for actions in (self.versions_actions, self.moves_actions, self.movers_actions):
            actions.retranslate()
        if self.comparison is not None:
            self._show_movers_title()

    def set_versions(self, versions: list[VersionInfo]) -> None:
        selected = self.selected_ids()
        self.model.set_versions(versions)
        for row, info in enumerate(versions):
            if info.id in selected:
                self.view.selectionModel().select(self.model.index(row, 0),
                                                  self.view.selectionModel().SelectionFlag.Select
                                                  | self.view.selectionModel().SelectionFlag.Rows)
        self._update_buttons()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.versions[r].id for r in rows if r < len(self.model.versions)]

    def select_ids(self, ids: list[int]) -> None:
        self.view.clearSelection()
        model = self.view.selectionModel()
        for row, info in enumerate(self.model.versions):
            if info.id in ids:
                model.select(self.model.index(row, 0), model.SelectionFlag.Select | model.SelectionFlag.Rows)

    def show_comparison(self, comparison: Comparison, title: str, model_a: Model, model_b: Model) -> None:
        """Show how contacts move from A to B, and the contacts of every move."""
        translate = QCoreApplication.translate
        self.comparison, self.chosen = comparison, None
        self.models = (model_a, model_b)
        self.moves_model.set_comparison(comparison, model_a, model_b)
        self.compare_title.setText(title + " " + translate("ScoringPage", "%1 contacts would change stage.")
                                   .replace("%1", format_count(comparison.moved)))
        if not self.compare_parts[0].isVisible():  # room for the moves and their contacts, the first time
            for part in self.compare_parts:
                part.setVisible(True)
            total = max(sum(self.splitter.sizes()), 480)
            self.splitter.setSizes([total * 22 // 100, total * 33 // 100, total * 45 // 100])
        self.show_all_movers()

    def choose_move(self, row: int) -> None:
        """Ask for the contacts of the move at `row` of the move table."""
        if 0 <= row < len(self.moves_model.moves):
            before, after, _count = self.moves_model.moves[row]
            self.moves_view.selectRow(row)
            self.move_chosen.emit(before, after)

    def show_movers(self, comparison: Comparison) -> None:
        """List the contacts of the move `comparison.move` (the page's answer to `move_chosen`)."""
        self.chosen = comparison
        self.movers_model.set_movers(comparison.moves, *self.models)
        self._show_movers_title()

    def show_all_movers(self) -> None:
        self.chosen = None
        self.moves_view.clearSelection()
        if self.comparison is not None:
            self.movers_model.set_movers(self.comparison.moves, *self.models)
        self._show_movers_title()

    def _show_movers_title(self) -> None:
        translate = QCoreApplication.translate
        comparison = self.comparison
        if comparison is None:
            return
        chosen = self.chosen
        if chosen is not None and chosen.move is not None:
            before, after = chosen.move
            count = comparison.matrix.get((before, after), 0)
            text = translate("ScoringPage", "From “%1” to “%2”: %3 contacts.") \
                .replace("%1", stage_text(self.models[0], before)).replace("%2", stage_text(self.models[1], after)) \
                .replace("%3", format_count(count))
        else:
            count = comparison.moved
            text = translate("ScoringPage", "Contacts who change stage (click a move above to see only its"
                                            " contacts).")
        shown = len(self.movers_model.movers)
        if shown < count:
            text += " " + translate("ScoringPage", "The %1 whose score changes most are listed.") \
                .replace("%1", format_count(shown))
        self.movers_title.setText(text)
        self.all_moves.setVisible(chosen is not None)

    def _update_buttons(self) -> None:
        count = len(self.selected_ids())
        self.buttons["save"].setEnabled(self.editable)
        self.buttons["import"].setEnabled(self.editable)
        self.buttons["open"].setEnabled(count == 1)
        self.buttons["apply"].setEnabled(count == 1 and self.editable)
        self.buttons["export"].setEnabled(count == 1)
        self.buttons["compare"].setEnabled(count in (1, 2))

    def _open(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.open_requested.emit(ids[0])

    def _apply(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1 and self.editable:
            self.apply_requested.emit(ids[0])

    def _export(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.export_requested.emit(ids[0])

    def _compare(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 2:
            older, newer = sorted(ids)
            self.compare_requested.emit(older, newer)
        elif len(ids) == 1:
            self.compare_requested.emit(ids[0], 0)
