"""The back-test tab: how well the model being edited predicts who buys, on the won and lost deals already
imported — precision, recall and lift of the MQL and SQL definitions, then each rule with the points the
data suggests. Every figure says on hover how it is computed; the sentences say what it rests on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.core.scoring.backtest import Backtest, Figures
from roi_desktop.core.scoring.rules import Model
from roi_desktop.gui.i18n import format_count, format_percent, message_text
from roi_desktop.gui.models.scoring_backtest_model import BacktestRulesModel
from roi_desktop.gui.widgets.hint import hint_label
from roi_desktop.gui.widgets.table_actions import install_table_actions

FIGURES = ("mql_precision", "mql_recall", "mql_lift", "sql_precision", "sql_recall", "base_rate")


class ScoringBacktest(QWidget):
    """Figures, sentences and the per-rule table of a `Backtest`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = hint_label()
        grid = QGridLayout()
        self.titles: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for index, key in enumerate(FIGURES):
            title, value = QLabel(), QLabel("—")
            value.setStyleSheet("font-size: 18px; font-weight: 600;")
            grid.addWidget(title, (index // 3) * 2, index % 3)
            grid.addWidget(value, (index // 3) * 2 + 1, index % 3)
            self.titles[key], self.values[key] = title, value
        self.sentences = QLabel()
        self.sentences.setWordWrap(True)
        self.rules_model = BacktestRulesModel()
        self.rules_view = QTableView()
        self.rules_view.setWordWrap(False)  # one-line rows: wrapping would cut texts at their first space
        self.rules_view.setModel(self.rules_model)
        self.rules_view.verticalHeader().setVisible(False)
        self.rules_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rules_view.setWordWrap(False)
        header = self.rules_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)  # the rule stays readable: the
        header.resizeSection(0, 220)  # table scrolls sideways when narrow, the tooltip tells the rest
        self.rules_actions = install_table_actions(self.rules_view, "Scoring back-test")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.sentences)
        layout.addWidget(self.rules_view, 1)
        self.backtest: Backtest | None = None
        self.model: Model | None = None
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.intro.setText(translate("ScoringPage", "Would this model have spotted your customers? It is tested on"
                                                    " the deals you imported: each contact is judged as it was"
                                                    " just before its first deal."))
        titles = {
            "mql_precision": (translate("ScoringPage", "MQLs who bought"),
                              translate("ScoringPage", "Precision: customers among the contacts the model made MQL"
                                                       " before their deal ÷ those MQLs.")),
            "mql_recall": (translate("ScoringPage", "Customers spotted as MQL"),
                           translate("ScoringPage", "Recall: customers who were MQL before their deal ÷ all"
                                                    " customers.")),
            "mql_lift": (translate("ScoringPage", "MQLs against average"),
                         translate("ScoringPage", "Lift: the MQLs' close rate ÷ the close rate of all contacts"
                                                  " tested. Above 1, the MQLs buy more often than average.")),
            "sql_precision": (translate("ScoringPage", "SQLs who bought"),
                              translate("ScoringPage", "Customers among the SQLs ÷ the SQLs (judged on the day"
                                                       " their deal was created).")),
            "sql_recall": (translate("ScoringPage", "Customers spotted as SQL"),
                           translate("ScoringPage", "Customers who were SQL when their deal was created ÷ all"
                                                    " customers.")),
            "base_rate": (translate("ScoringPage", "All contacts who bought"),
                          translate("ScoringPage", "Base rate: contacts with a won deal ÷ contacts tested"
                                                   " (contacts whose deals are all still open are left out).")),
        }
        for key, (title, tip) in titles.items():
            self.titles[key].setText(title)
            self.titles[key].setToolTip(tip)
            self.values[key].setToolTip(tip)
        self.rules_actions.retranslate()
        if self.backtest is not None:
            self.show_backtest(self.backtest, self.model)

    def show_backtest(self, backtest: Backtest, model: Model | None) -> None:
        self.backtest, self.model = backtest, model
        self._figures("mql", backtest.mql)
        self._figures("sql", backtest.sql)
        self.values["mql_lift"].setText("—" if backtest.mql.lift is None else f"× {backtest.mql.lift:.1f}")
        self.values["base_rate"].setText(format_percent(backtest.base_rate))
        self.sentences.setText("<br>".join(message_text(m) for m in backtest.sentences))
        self.rules_model.set_backtest(backtest, model)

    def _figures(self, prefix: str, figures: Figures | None) -> None:
        precision = None if figures is None else figures.precision
        recall = None if figures is None else figures.recall
        self.values[f"{prefix}_precision"].setText(format_percent(precision))
        self.values[f"{prefix}_recall"].setText(format_percent(recall))
        if figures is not None:
            self.values[f"{prefix}_precision"].setText(
                f"{format_percent(precision)}  ({format_count(figures.hits)} / {format_count(figures.predicted)})")
