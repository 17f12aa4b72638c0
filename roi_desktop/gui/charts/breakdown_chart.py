"""Horizontal bars of a breakdown (by channel, source, campaign): longest first, values on hover."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from roi_desktop.gui.charts.style import ValueAxis, colour, format_unit, style_plot


class _CategoryAxis(pg.AxisItem):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.labels: list[str] = []

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:  # noqa: N802, N803
        return [(1.0, [float(i) for i in range(len(self.labels))])]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        return [self.labels[int(v)] if 0 <= int(v) < len(self.labels) else "" for v in values]


class BreakdownChart(QWidget):
    """One bar per category; `limit` keeps the largest and sums the rest into "Other"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category_axis = _CategoryAxis(orientation="left")
        self.value_axis = ValueAxis(orientation="bottom")
        self.plot = pg.PlotWidget(axisItems={"left": self.category_axis, "bottom": self.value_axis})
        style_plot(self.plot)
        self.plot.showGrid(x=True, y=False, alpha=0.15)
        self.plot.setMinimumHeight(160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.items: list[tuple[str, float]] = []
        self.unit = "count"
        self.plot.scene().sigMouseMoved.connect(self._hover)

    def set_items(self, items: Sequence[tuple[str, float | None]], unit: str = "count", *, limit: int = 10,
                  other: str = "") -> None:
        values = sorted(((label, value) for label, value in items if value is not None), key=lambda i: i[1])
        if limit and len(values) > limit:
            rest = values[: len(values) - limit + 1]
            values = [(other, sum(v for _, v in rest)), *values[len(values) - limit + 1:]]
        self.items, self.unit = values, unit
        self.category_axis.labels = [label for label, _ in values]
        self.value_axis.unit = unit
        self.plot.clear()
        if values:
            self.plot.addItem(pg.BarGraphItem(x0=0, y=list(range(len(values))), height=0.7,
                                              width=[v for _, v in values], brush=colour(0), pen=None))
            self.plot.setYRange(-0.6, len(values) - 0.4, padding=0)
        self.plot.enableAutoRange(axis="x")

    def plotted(self) -> dict[str, float]:
        return dict(self.items)

    def hover_text(self, index: int) -> str:
        if not 0 <= index < len(self.items):
            return ""
        label, value = self.items[index]
        return f"<b>{label}</b><br>{format_unit(value, self.unit)}"

    def _hover(self, position: QPointF) -> None:
        view = self.plot.getPlotItem().vb
        if view.sceneBoundingRect().contains(position):
            text = self.hover_text(round(view.mapSceneToView(position).y()))
            if text:
                QToolTip.showText(self.plot.mapToGlobal(self.plot.mapFromScene(position).toPoint()), text, self.plot)
