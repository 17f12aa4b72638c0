"""The versions tab: saved versions (name, date, active), saving a new one, opening an old one in the editor,
applying one (the KPIs then use it), comparing two, and sharing a model as a JSON file.

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
from roi_desktop.gui.models.scoring_versions_model import MovesModel, VersionsModel
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
    """

    save_requested = Signal()
    open_requested = Signal(int)
    apply_requested = Signal(int)
    compare_requested = Signal(int, int)
    export_requested = Signal(int)
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = VersionsModel()
        self.view = QTableView()
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
        self.moves_view.setModel(self.moves_model)
        self.moves_view.verticalHeader().setVisible(False)
        self.moves_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.moves_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.moves_actions = install_table_actions(self.moves_view, "Stage moves between versions")
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.compare_title)
        bottom_layout.addWidget(self.moves_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(bottom)
        splitter.setSizes([260, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addLayout(sharing)
        self.editable = True
        self.comparison: Comparison | None = None
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
        for actions in (self.versions_actions, self.moves_actions):
            actions.retranslate()

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
        translate = QCoreApplication.translate
        self.comparison = comparison
        self.moves_model.set_comparison(comparison, model_a, model_b)
        self.compare_title.setText(title + " " + translate("ScoringPage", "%1 contacts would change stage.")
                                   .replace("%1", format_count(comparison.moved)))

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
