"""Costs and results by channel (ROI page): costs, leads, MQLs, customers, CPL, cost per MQL, CAC, CPA and
the revenue the attribution model gives the channel — read-only, from the engine's breakdowns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from roi_desktop.core.costs.figures import ChannelRow
from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.gui.charts.style import format_unit
from roi_desktop.gui.models.roi_view import RoiView

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex

# (ChannelRow attribute, header, unit: "money" or "count", header tooltip)
COLUMNS = (
    ("channel", QT_TRANSLATE_NOOP("RoiChannels", "Channel"), "", ""),
    ("costs", QT_TRANSLATE_NOOP("RoiChannels", "Costs"), "money",
     QT_TRANSLATE_NOOP("RoiChannels", "Cost lines of this channel in the period (pro rata of partial months).")),
    ("leads", QT_TRANSLATE_NOOP("RoiChannels", "New leads"), "count",
     QT_TRANSLATE_NOOP("RoiChannels", "Contacts who became leads, by their original source.")),
    ("cost_per_lead", QT_TRANSLATE_NOOP("RoiChannels", "Cost per lead"), "money",
     QT_TRANSLATE_NOOP("RoiChannels", "CPL: this channel's costs ÷ its new leads.")),
    ("cost_per_mql", QT_TRANSLATE_NOOP("RoiChannels", "Cost per MQL"), "money",
     QT_TRANSLATE_NOOP("RoiChannels", "This channel's costs ÷ its new marketing-qualified leads.")),
    ("customers", QT_TRANSLATE_NOOP("RoiChannels", "New customers"), "count", ""),
    ("customer_acquisition_cost", QT_TRANSLATE_NOOP("RoiChannels", "CAC"), "money",
     QT_TRANSLATE_NOOP("RoiChannels", "Customer acquisition cost: this channel's costs ÷ its new customers.")),
    ("cost_per_acquisition", QT_TRANSLATE_NOOP("RoiChannels", "CPA"), "money",
     QT_TRANSLATE_NOOP("RoiChannels", "Cost per acquisition: this channel's costs ÷ its conversions (site key events"
                                      " by default).")),
    ("revenue", QT_TRANSLATE_NOOP("RoiChannels", "Revenue (attributed)"), "money",
     QT_TRANSLATE_NOOP("RoiChannels", "Revenue won credited to the channel by the attribution model in use.")),
)
NO_LEADS = QT_TRANSLATE_NOOP("RoiChannels", "No lead comes from this channel: its costs serve every channel (tools,"
                                            " shared staff time), so no cost per lead can be given.")
NO_COSTS = QT_TRANSLATE_NOOP("RoiChannels", "No cost line on this channel: its leads cost nothing that is recorded.")


class RoiChannelsModel(QAbstractTableModel):
    """One row per channel of the period."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ChannelRow] = []
        self.currency = "EUR"

    def set_rows(self, rows: list[ChannelRow], currency: str) -> None:
        self.beginResetModel()
        self.rows, self.currency = list(rows), currency
        self.endResetModel()

    # ---- Qt overrides

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        name, _header, unit, _tip = COLUMNS[index.column()]
        value = getattr(row, name)
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "channel":
                return RoiView.channel_name(value)
            if value is None:
                return "—"
            return format_unit(value, self.currency if unit == "money" else "count")
        if role == SORT_ROLE:
            return RoiView.channel_name(value) if name == "channel" else (value if value is not None else -1)
        if role == Qt.ItemDataRole.TextAlignmentRole and unit:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.costs and not row.leads:
                return QCoreApplication.translate("RoiChannels", NO_LEADS)
            if row.leads and not row.costs:
                return QCoreApplication.translate("RoiChannels", NO_COSTS)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        _name, header, _unit, tip = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RoiChannels", header)
        if role == Qt.ItemDataRole.ToolTipRole and tip:
            return QCoreApplication.translate("RoiChannels", tip)
        return None
