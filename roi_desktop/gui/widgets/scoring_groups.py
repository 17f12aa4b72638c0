"""The dialog listing the groups of rules and their caps ("E-mail engagement: at most 30 points").

A group lets several rules share one ceiling, so that a very active contact cannot reach the MQL threshold
on opens alone. Removing a group keeps its rules, outside any group (Model.without_group).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.core.errors import UserError
from roi_desktop.core.scoring.rules import Group, Model
from roi_desktop.core.scoring.validate import parse_number
from roi_desktop.gui.i18n import message_text
from roi_desktop.gui.widgets.hint import hint_label

NAME, CAP = range(2)


class GroupsDialog(QDialog):
    """Edit the groups of `model`; `edited()` returns the model with the groups as the table says."""

    def __init__(self, model: Model, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("ScoringPage", "Groups of rules"))
        self.setMinimumWidth(460)
        self.model = model
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([translate("ScoringPage", "Group"),
                                              translate("ScoringPage", "At most (points)")])
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for group in model.groups:
            self._add_row(group.id, group.name, "" if group.cap is None else f"{group.cap:g}")
        self.add_button = QPushButton(translate("ScoringPage", "Add a group"))
        self.add_button.clicked.connect(lambda: self._add_row(None, translate("ScoringPage", "New group"), "30"))
        self.remove_button = QPushButton(translate("ScoringPage", "Remove"))
        self.remove_button.setToolTip(translate("ScoringPage", "Its rules are kept, outside any group."))
        self.remove_button.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.problem = hint_label()
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.box.accepted.connect(self._accept)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(translate("ScoringPage", "The rules of a group add up their points, then the"
                                                             " group's total is cut at its cap. Leave the cap"
                                                             " empty for no cap.")))
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(self.box)

    def edited(self) -> Model:
        """The model with the groups of the table (raises UserError when a cap is not a number)."""
        model = self.model
        kept: list[Group] = []
        next_ids = iter(_fresh_ids(model))
        for row in range(self.table.rowCount()):
            name_item, cap_item = self.table.item(row, NAME), self.table.item(row, CAP)
            group_id = name_item.data(256) if name_item is not None else None
            cap_text = cap_item.text().strip() if cap_item is not None else ""
            kept.append(Group(group_id or next(next_ids), name_item.text().strip() if name_item else "",
                              parse_number(cap_text) if cap_text else None))
        for group in model.groups:
            if group.id not in {g.id for g in kept}:
                model = model.without_group(group.id)
        return replace(model, groups=tuple(kept))

    def _add_row(self, group_id: str | None, name: str, cap: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(name)
        item.setData(256, group_id)
        self.table.setItem(row, NAME, item)
        self.table.setItem(row, CAP, QTableWidgetItem(cap))

    def _accept(self) -> None:
        try:
            self.edited()
        except UserError as error:
            self.problem.setText(message_text(error.message))
            return
        self.accept()


def _fresh_ids(model: Model) -> list[str]:
    taken = {g.id for g in model.groups}
    return [f"g{n}" for n in range(1, len(taken) + 100) if f"g{n}" not in taken]
