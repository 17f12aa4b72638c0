"""The ROI page's first tab: the return, what it costs per result, the customers' value, the sales cycle; then
gains and costs by month, the cumulative ROI and the channels table. Every number explains itself on hover.

Filled from a `RoiView`; computes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.gui.charts.roi_chart import Line, RoiChart, Stack
from roi_desktop.gui.models.roi_channels_model import SORT_ROLE, RoiChannelsModel
from roi_desktop.gui.models.roi_view import RoiView
from roi_desktop.gui.widgets.kpi_tile import KpiTile
from roi_desktop.gui.widgets.table_actions import install_table_actions

TILE_COLUMNS = 5
SLOTS = (
    # The return and its two halves
    "roi", "roi_with_time_saved", "gains", "costs_total", "time_saved",
    # What a result costs
    "cost_per_lead", "cost_per_mql", "customer_acquisition_cost", "cost_per_acquisition", "average_deal_value",
    # What customers and automation bring
    "customer_lifetime_value", "churn_rate", "retention_rate", "revenue_automated_workflows",
    "marketing_influenced_revenue_share",
    "sales_cycle_days", "roi_automation", "qualified_lead_value",
)
TITLES = {
    "months": QT_TRANSLATE_NOOP("RoiSummary", "Gains and costs by month"),
    "costs": QT_TRANSLATE_NOOP("RoiSummary", "Costs by month and category"),
    "cumulative": QT_TRANSLATE_NOOP("RoiSummary", "Cumulative ROI since the start of the period"),
    "channels": QT_TRANSLATE_NOOP("RoiSummary", "Costs and results by channel"),
}


class RoiSummary(QScrollArea):
    """Tiles, the two monthly charts and the channels table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        host = QWidget()
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 4, 8, 4)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setObjectName("roiNotes")
        self.notes.setStyleSheet("#roiNotes { background: palette(alternate-base); border-radius: 6px;"
                                 " padding: 8px; }")
        self.notes.hide()
        layout.addWidget(self.notes)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.tiles: dict[str, KpiTile] = {}
        for index, slot in enumerate(SLOTS):
            tile = KpiTile(slot)
            tile.setMinimumWidth(170)
            tile.delta.setWordWrap(True)
            self.tiles[slot] = tile
            grid.addWidget(tile, index // TILE_COLUMNS, index % TILE_COLUMNS)
        layout.addLayout(grid)
        # Gains dwarf costs (an ROI of 9 means revenue ten times the costs): the costs get a chart at their own
        # scale beside the one that compares them with the gains.
        charts = QHBoxLayout()
        self.titles = {}
        self.chart, self.costs_chart = RoiChart(), RoiChart()
        for key, chart in (("months", self.chart), ("costs", self.costs_chart)):
            column = QVBoxLayout()
            self.titles[key] = self._title(column)
            column.addWidget(chart)
            charts.addLayout(column, 1)
        layout.addLayout(charts)
        self.titles["cumulative"] = self._title(layout)
        self.cumulative = RoiChart()
        self.cumulative.plot.setMinimumHeight(170)
        self.cumulative.setMaximumHeight(230)
        layout.addWidget(self.cumulative)
        self.titles["channels"] = self._title(layout)
        self.channels_note = QLabel()
        self.channels_note.setWordWrap(True)
        self.channels_note.setStyleSheet("color: #5f6368;")
        layout.addWidget(self.channels_note)
        self.channels_model = RoiChannelsModel()
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.channels_model)
        proxy.setSortRole(SORT_ROLE)
        self.channels = QTableView()
        self.channels.setWordWrap(False)  # one-line rows: wrapping would cut texts at their first space
        self.channels.setModel(proxy)
        install_table_actions(self.channels, "Costs per channel")
        self.channels.setSortingEnabled(True)
        self.channels.verticalHeader().hide()
        self.channels.setAlternatingRowColors(True)
        self.channels.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.channels.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.channels.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.channels.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.channels)
        layout.addStretch(1)
        self.setWidget(host)
        self.view: RoiView | None = None

    @staticmethod
    def _title(layout: QVBoxLayout) -> QLabel:
        label = QLabel()
        label.setStyleSheet("font-weight: 600; margin-top: 10px;")
        layout.addWidget(label)
        return label

    def show_view(self, view: RoiView) -> None:
        translate = QCoreApplication.translate
        self.view = view
        for key, label in self.titles.items():
            label.setText(translate("RoiSummary", TITLES[key]))
        for slot, tile in self.tiles.items():
            tile.show_kpi(*view.tile(slot))
        figures = view.figures
        categories = sorted({c for found in figures.costs_by_category.values() for c in found})
        stacks = [Stack(view.category_name(c), [figures.costs_by_category.get(m, {}).get(c, 0.0)
                                                for m in figures.months]) for c in categories]
        gains_name = view.name(view.tile_id("gains"))
        lines = [Line(gains_name, [figures.gains_by_month.get(m) for m in figures.months])]
        if figures.time_saved_by_month:
            lines.append(Line(view.name("time_saved"), [figures.time_saved_by_month.get(m) for m in figures.months]))
        # Left: the gains against the total cost of each month; right: what that cost is made of.
        total = Stack(translate("RoiSummary", "Costs"), [sum(values) for values in zip(
            *(stack.values for stack in stacks), strict=True)] if stacks else [0.0] * len(figures.months))
        self.chart.set_data(figures.months, [total], lines, view.currency)
        self.costs_chart.set_data(figures.months, stacks, [], view.currency)
        self.cumulative.set_data(figures.months, [], [Line(translate("RoiSummary", "Cumulative ROI"),
                                                           [figures.cumulative_roi.get(m) for m in figures.months])],
                                 "ratio")
        self.channels_model.set_rows(figures.channels, view.currency)
        self.channels.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        rows = self.channels_model.rowCount()
        self.channels.setFixedHeight(self.channels.horizontalHeader().height() + 4
                                     + sum(self.channels.rowHeight(r) for r in range(rows)))
        self.channels_note.setText(view.unassigned_note())
        self.channels_note.setVisible(bool(self.channels_note.text()))
        notes = self._notes(view)
        self.notes.setText(notes)
        self.notes.setVisible(bool(notes))

    @staticmethod
    def _notes(view: RoiView) -> str:
        """What the page's reader must know first: gains counted as leads, time savings not set."""
        translate = QCoreApplication.translate
        found = []
        if view.leads_basis:
            found.append(translate("RoiSummary", "Gains are counted as qualified leads × their value (Value"
                                                 " settings), not as the revenue of deals won."))
        return "<br>".join(f"ℹ {text}" for text in found)
