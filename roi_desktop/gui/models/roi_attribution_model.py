"""The six attribution models side by side: a row per channel (or campaign), a column per model, the swing
between models, and a total row equal to the revenue won in every column.

Channels whose credit swings most between models are highlighted (bold, tinted, "⇅"): their revenue depends
on the model chosen, so a decision on them deserves a second look.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from roi_desktop.core.costs.attribution_table import NO_CAMPAIGN, AttributionRow, AttributionTable
from roi_desktop.core.costs.value_settings import MODEL_EXPLANATIONS, MODEL_NAMES
from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.gui.i18n import format_money, format_percent
from roi_desktop.gui.models.roi_view import RoiView

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
HIGHLIGHT = QColor("#fff4e0")
CHANNELS, CAMPAIGNS = "channels", "campaigns"


class RoiAttributionModel(QAbstractTableModel):
    """Rows: channels or campaigns, then the total; columns: name, one per model, swing."""

    def __init__(self) -> None:
        super().__init__()
        self.table: AttributionTable | None = None
        self.kind = CHANNELS
        self.currency = "EUR"

    def set_table(self, table: AttributionTable | None, currency: str, kind: str = CHANNELS) -> None:
        self.beginResetModel()
        self.table, self.currency, self.kind = table, currency, kind
        self.endResetModel()

    @property
    def rows(self) -> list[AttributionRow]:
        if self.table is None:
            return []
        return self.table.channels if self.kind == CHANNELS else self.table.campaigns

    @property
    def models(self) -> tuple[str, ...]:
        return self.table.models if self.table is not None else ()

    def is_total(self, row: int) -> bool:
        return bool(self.rows) and row == len(self.rows)

    # ---- Qt overrides

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or not self.rows else len(self.rows) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.models) + 2

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None or not 0 <= index.row() <= len(self.rows):
            return None
        column, models = index.column(), self.models
        total = self.is_total(index.row())
        row = None if total else self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == 0:
                name = QCoreApplication.translate("RoiAttribution", "Total = revenue won") if total else self._name(row)
                marked = row is not None and self.kind == CHANNELS and row.key in self.table.highlighted
                return ("⇅ " + name if marked else name) if role == Qt.ItemDataRole.DisplayRole else name
            if column <= len(models):
                model = models[column - 1]
                cents = self.table.column_sum(model, self.kind) if total else row.cents.get(model, 0)
                if role == SORT_ROLE:
                    return cents
                share = cents / self.table.total if self.table.total else None
                return f"{format_money(cents / 100, self.currency, decimals=0)} ({format_percent(share, decimals=0)})"
            swing = 0 if total else row.swing
            return swing if role == SORT_ROLE else ("" if total else format_money(swing / 100, self.currency,
                                                                                   decimals=0))
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        highlighted = row is not None and self.kind == CHANNELS and row.key in self.table.highlighted
        if role == Qt.ItemDataRole.BackgroundRole and highlighted:
            return HIGHLIGHT
        if role == Qt.ItemDataRole.FontRole and (total or highlighted or (
                0 < column <= len(models) and models[column - 1] == self.table.chosen)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and highlighted:
            return QCoreApplication.translate(
                "RoiAttribution", "The credit of this channel changes by %1 from one model to another: its revenue"
                                  " depends on the model you choose.").replace(
                "%1", format_money(row.swing / 100, self.currency, decimals=0))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.table is None:
            return None
        translate = QCoreApplication.translate
        models = self.models
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                if self.kind == CHANNELS:
                    return translate("RoiAttribution", "Channel")
                return translate("RoiAttribution", "Campaign")
            if section <= len(models):
                model = models[section - 1]
                name = translate("Attribution", MODEL_NAMES[model])
                if model == self.table.chosen:
                    name += " ✓"
                if not self.table.supported.get(model, True):
                    name += " *"
                return name
            return translate("RoiAttribution", "Swing")
        if role == Qt.ItemDataRole.ToolTipRole:
            if 0 < section <= len(models):
                model = models[section - 1]
                tip = translate("Attribution", MODEL_EXPLANATIONS[model])
                if model == self.table.chosen:
                    tip += "\n" + translate("RoiAttribution", "✓ The model your figures use.")
                return tip
            if section == len(models) + 1:
                return translate("RoiAttribution", "Largest credit minus smallest credit across the models.")
        return None

    def _name(self, row: AttributionRow) -> str:
        if self.kind == CHANNELS:
            return RoiView.channel_name(row.key)
        if row.key == NO_CAMPAIGN:
            return QCoreApplication.translate("RoiAttribution", NO_CAMPAIGN_TEXT)
        return row.key.split(":", 1)[-1]


NO_CAMPAIGN_TEXT = QT_TRANSLATE_NOOP("RoiAttribution", "No e-mail campaign (lead source, visits)")
