"""The attribution tab: revenue won credited to channels (or campaigns) under the six models side by side,
the channels whose credit swings most, what the data supports, and the choice of the model the figures use."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from roi_desktop.core.costs.value_settings import MODEL_EXPLANATIONS, MODEL_NAMES
from roi_desktop.gui.i18n import format_money, message_text
from roi_desktop.gui.models.roi_attribution_model import CAMPAIGNS, CHANNELS, RoiAttributionModel
from roi_desktop.gui.models.roi_view import RoiView
from roi_desktop.gui.widgets.table_actions import install_table_actions


class RoiAttribution(QWidget):
    """Signals:
        model_chosen(str): the user wants the figures to use this attribution model.
    """

    model_chosen = Signal(str)
    """Make this model the one every figure uses (setting attribution_model)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        bar = QHBoxLayout()
        self.show_label = QLabel()
        bar.addWidget(self.show_label)
        self.kind = QComboBox()
        self.kind.addItem("", CHANNELS)
        self.kind.addItem("", CAMPAIGNS)
        self.kind.currentIndexChanged.connect(lambda _index: self._fill())
        bar.addWidget(self.kind)
        bar.addSpacing(24)
        self.use_label = QLabel()
        bar.addWidget(self.use_label)
        self.model_choice = QComboBox()
        for key in MODEL_NAMES:
            self.model_choice.addItem("", key)
        bar.addWidget(self.model_choice)
        self.use_button = QPushButton()
        self.use_button.clicked.connect(lambda: self.model_chosen.emit(self.model_choice.currentData()))
        bar.addWidget(self.use_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model = RoiAttributionModel()
        self.table = QTableView()
        self.table.setWordWrap(False)  # one-line rows: wrapping would cut texts at their first space
        self.table.setModel(self.model)
        install_table_actions(self.table, "Attribution")
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)
        self.view: RoiView | None = None
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.intro.setText(translate(
            "RoiAttribution", "How the revenue of the deals won is shared among the channels and campaigns the"
                              " customers met before signing, under each model. Every column adds up to the"
                              " revenue won. Hover over a model's name for its rule."))
        self.show_label.setText(translate("RoiAttribution", "Show:"))
        self.kind.setItemText(0, translate("RoiAttribution", "Channels"))
        self.kind.setItemText(1, translate("RoiAttribution", "E-mail campaigns"))
        self.use_label.setText(translate("RoiAttribution", "Model used by your figures:"))
        for index in range(self.model_choice.count()):
            key = self.model_choice.itemData(index)
            self.model_choice.setItemText(index, translate("Attribution", MODEL_NAMES[key]))
            self.model_choice.setItemData(index, translate("Attribution", MODEL_EXPLANATIONS[key]),
                                          Qt.ItemDataRole.ToolTipRole)
        self.use_button.setText(translate("RoiAttribution", "Use this model"))
        if self.view is not None:
            self.show_view(self.view)

    def show_view(self, view: RoiView) -> None:
        self.view = view
        table = view.figures.attribution
        if table is not None:
            self.model_choice.setCurrentIndex(max(self.model_choice.findData(table.chosen), 0))
        self._fill()

    def _fill(self) -> None:
        view = self.view
        if view is None:
            return
        table = view.figures.attribution
        self.model.set_table(table, view.currency, self.kind.currentData())
        self.notes.setText(self._notes(view))

    @staticmethod
    def _notes(view: RoiView) -> str:
        translate = QCoreApplication.translate
        table = view.figures.attribution
        if table is None:
            return ""
        lines = [html.escape(message_text(message)) for message in table.summary]
        if table.total:
            lines.insert(0, "<b>" + html.escape(translate("RoiAttribution", "Each column adds up to the revenue won:"
                                                                            " %1.").replace(
                "%1", format_money(table.total / 100, view.currency))) + "</b>")
        if table.highlighted:
            names = ", ".join(view.channel_name(key) for key in sorted(table.highlighted))
            lines.append("⇅ " + html.escape(translate(
                "RoiAttribution", "Credit swings most between models for: %1. Their revenue depends on the model:"
                                  " look at several before moving budget.").replace("%1", names)))
        for model in table.models:
            notes = table.notes.get(model, [])
            seen = []
            for note in notes:
                text = message_text(note.message)
                if text not in seen:
                    seen.append(text)
            if seen:
                mark = "" if table.supported.get(model, True) else "* "
                lines.append(f"{mark}<i>{html.escape(translate('Attribution', MODEL_NAMES[model]))}</i> — "
                             + html.escape(" ".join(seen)))
        return "<br>".join(lines)
