"""A month-by-month chart: bars or lines of one unit, months on a readable axis, exact values on hover."""

from __future__ import annotations

import math
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from roi_desktop.gui.charts.style import ALERT, MonthAxis, ValueAxis, colour, format_unit, month_label, style_plot


@dataclass(frozen=True)
class Series:
    """One line or set of bars: a label, one value per month (None where unknown), its unit."""

    label: str
    values: list[float | None]
    unit: str = "count"
    kind: str = "bar"  # "bar" | "line"


class MonthlyChart(QWidget):
    """Series over months; `marks` highlights months (alerts, traffic peaks) with a triangle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month_axis = MonthAxis(orientation="bottom")
        self.value_axis = ValueAxis(orientation="left")
        self.plot = pg.PlotWidget(axisItems={"bottom": self.month_axis, "left": self.value_axis})
        style_plot(self.plot)
        self.plot.setMinimumHeight(180)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.months: list[str] = []
        self.series: list[Series] = []
        self.marks: set[str] = set()
        self.plot.scene().sigMouseMoved.connect(self._hover)

    def set_data(self, months: list[str], series: list[Series], marks: set[str] | None = None) -> None:
        self.months, self.series, self.marks = list(months), list(series), set(marks or ())
        self.month_axis.months = self.months
        self.value_axis.unit = series[0].unit if series else "count"
        self.plot.clear()
        bars = [s for s in self.series if s.kind == "bar"]
        width = 0.8 / max(1, len(bars))
        for number, item in enumerate(self.series):
            brush = colour(number)
            if item.kind == "bar":
                xs = [i - 0.4 + width * (bars.index(item) + 0.5) for i in range(len(self.months))]
                heights = [v or 0 for v in item.values]
                self.plot.addItem(pg.BarGraphItem(x=xs, height=heights, width=width * 0.92, brush=brush, pen=None))
            else:
                ys = [math.nan if v is None else v for v in item.values]
                self.plot.plot(list(range(len(self.months))), ys, pen=pg.mkPen(brush, width=2.5),
                               symbol="o", symbolSize=5, symbolBrush=brush, symbolPen=None, connect="finite")
        tops = [max((s.values[i] or 0) for s in self.series) if self.series else 0 for i in range(len(self.months))]
        marked = [i for i, m in enumerate(self.months) if m in self.marks]
        if marked:
            self.plot.plot(marked, [tops[i] * 1.06 for i in marked], pen=None, symbol="t", symbolSize=10,
                           symbolBrush=ALERT, symbolPen=None)
        self.plot.setXRange(-0.6, max(len(self.months) - 0.4, 0.6), padding=0)
        known = [v for s in self.series for v in s.values if v is not None]
        low, high = min([0.0, *known]), max([0.0, *known])
        self.plot.setYRange(low * 1.08, (high * 1.12) or 1, padding=0)

    def plotted(self) -> dict[str, list[float | None]]:
        """What the chart shows, by series label (for tests and for copy)."""
        return {s.label: list(s.values) for s in self.series}

    def hover_text(self, index: int) -> str:
        """The tooltip of month `index`: the month and each series' exact value."""
        if not 0 <= index < len(self.months):
            return ""
        lines = [f"<b>{month_label(self.months[index], short=False)}</b>"]
        lines += [f"{s.label} : {format_unit(s.values[index], s.unit)}" for s in self.series]
        return "<br>".join(lines)

    def _hover(self, position: QPointF) -> None:
        view = self.plot.getPlotItem().vb
        if not view.sceneBoundingRect().contains(position):
            return
        index = round(view.mapSceneToView(position).x())
        text = self.hover_text(index)
        if text:
            QToolTip.showText(self.plot.mapToGlobal(self.plot.mapFromScene(position).toPoint()), text, self.plot)
