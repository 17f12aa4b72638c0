"""Small pieces the Usage page's tabs share: a table view, titles, notes, legends, tool and check names."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.core.channels import tool_name
from roi_desktop.core.usage.check_messages import TITLES
from roi_desktop.gui.charts.style import colour
from roi_desktop.gui.i18n import message_text
from roi_desktop.gui.models.usage_table_model import SORT_ROLE, UsageTableModel
from roi_desktop.gui.widgets.table_actions import install_table_actions

LEVEL_COLOURS = {"critical": "#c62828", "warning": "#b26a00", "notice": "#0072B2"}



def scrolling_tab(area: QScrollArea) -> QVBoxLayout:
    """Make `area` a frameless scrolling tab of the Usage page and return the layout of its content."""
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    host = QWidget()
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 4, 8, 4)
    area.setWidget(host)
    return layout


def tool_label(source: str) -> str:
    """A tool as people name it ("ActiveCampaign"; "Typed by hand" translated)."""
    return QCoreApplication.translate("Channels", tool_name(source))


def check_title(check: str) -> str:
    """The title of a hygiene check ("Workflows without a trigger"), translated."""
    return message_text(TITLES[check]())


def legend(labels: tuple[str, ...]) -> str:
    """Rich text naming the series of a chart in their colours (the charts have no legend of their own)."""
    return "&nbsp;&nbsp;".join(f"<span style='color:{colour(i)}'>■</span>&nbsp;<span style='font-weight: 400;'>"
                               f"{html.escape(label)}</span>" for i, label in enumerate(labels))


def section_title(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet("font-weight: 600; margin-top: 8px;")
    label.setWordWrap(True)
    return label


def note_label(parent: QWidget | None = None) -> QLabel:
    """A wrapped, quieter paragraph (explanations, what is missing)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def table_view(model: UsageTableModel, name: str, *, sortable: bool = False, wrap: bool = False) -> QTableView:
    """A read-only view of `model`; `sortable`: a click on a header sorts through a proxy on SORT_ROLE, the
    rows first showing in the model's own order; `wrap`: long texts wrap and rows grow to fit them; `name`: the
    CSV file name of its Copy / Export actions."""
    view = QTableView()
    install_table_actions(view, name)
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view.setModel(proxy)
        # No column sorted at first: the model's order (the core's) until the user clicks a header.
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
    else:
        view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(wrap)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    if wrap:
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def fit_height(view: QTableView) -> None:
    """Size a table to its rows (a table inside a scrolled tab must not scroll on its own)."""
    header = view.horizontalHeader().sizeHint().height()
    rows = view.verticalHeader().defaultSectionSize() * max(view.model().rowCount(), 1)
    view.setFixedHeight(header + rows + 2 * view.frameWidth() + 2)
