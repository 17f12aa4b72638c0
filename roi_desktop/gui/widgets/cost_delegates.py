"""Editors of the cost ledger's category and channel cells: a list of the app's categories (or channels) that
also takes a label typed freely ("Salons", "Freelance"), which the core then maps or keeps as "other"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from roi_desktop.core.channels import CHANNELS, COST_CATEGORIES
from roi_desktop.gui.models.roi_view import RoiView

_Index = QModelIndex | QPersistentModelIndex


def category_items() -> list[tuple[str, str]]:
    """(name shown, category id) of every cost category."""
    return [(RoiView.category_name(key), key) for key in COST_CATEGORIES]


def channel_items() -> list[tuple[str, str]]:
    """(name shown, channel id) of the channels a cost can be on (not "unknown": leave the cell empty)."""
    return [(RoiView.channel_name(key), key) for key in CHANNELS if key != "unknown"]


def fill_combo(combo: QComboBox, items: list[tuple[str, str]], text: str = "") -> None:
    """An editable list: `items`, and `text` shown as the current entry."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.clear()
    for name, key in items:
        combo.addItem(name, key)
    combo.setCurrentIndex(combo.findText(text) if combo.findText(text) >= 0 else -1)
    combo.setEditText(text)


def combo_value(combo: QComboBox) -> str:
    """The id of the entry picked from the list, else the text typed."""
    text = combo.currentText().strip()
    found = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    return str(combo.itemData(found)) if found >= 0 else text


class ChoiceDelegate(QStyledItemDelegate):
    """An editable combo box over `items()` for one column."""

    def __init__(self, items: Callable[[], list[tuple[str, str]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = items

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        fill_combo(combo, self.items())
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.setCurrentIndex(editor.findText(text))
        editor.setEditText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        if editor.currentText().strip() == str(index.data(Qt.ItemDataRole.EditRole) or "").strip():
            return  # opened and closed: keep the label as it was imported or typed
        model.setData(index, combo_value(editor), Qt.ItemDataRole.EditRole)
