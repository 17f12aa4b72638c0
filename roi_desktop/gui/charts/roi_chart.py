"""Gains and costs side by side by month: costs as bars stacked by category, gains as lines, one money axis.

Fed with plain series (months, stacks, lines) by the ROI page; knows nothing of the workspace. Every month's
exact figures — each category, the total cost, each gain — show on hover.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from roi_desktop.gui.charts.style import MonthAxis, ValueAxis, colour, format_unit, month_label, style_plot


@dataclass(frozen=True)
class Stack:
    """One layer of the stacked bars (a cost category): label and one value per month."""

    label: str
    values: list[float]


@dataclass(frozen=True)
class Line:
    """A gain over the months (None where unknown)."""

    label: str
    values: list[float | None]


class RoomyMonthAxis(MonthAxis):
    """Month labels at least 100 px apart: "sept. 2024" is wider than the shared axis allows for."""

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:  # noqa: N802, N803
        if not self.months:
            return []
        step = max(1, -(-len(self.months) // max(1, int(size // 100))))
        return [(1.0, [float(i) for i in range(0, len(self.months), step)])]


class RoiChart(QWidget):
    """Stacked cost bars and gain lines over months, in one unit (a currency, or "ratio" for ROI lines)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month_axis = RoomyMonthAxis(orientation="bottom")
        self.value_axis = ValueAxis(orientation="left")
        self.plot = pg.PlotWidget(axisItems={"bottom": self.month_axis, "left": self.value_axis})
        style_plot(self.plot)
        self.plot.setMinimumHeight(240)
        self.legend = self.plot.addLegend(offset=(10, 5), colCount=3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.months: list[str] = []
        self.stacks: list[Stack] = []
        self.lines: list[Line] = []
        self.currency = "EUR"
        self.plot.scene().sigMouseMoved.connect(self._hover)

    def set_data(self, months: list[str], stacks: list[Stack], lines: list[Line], currency: str) -> None:
        """`currency` is the unit of every value (a currency code, or "ratio")."""
        self.months, self.stacks, self.lines, self.currency = list(months), list(stacks), list(lines), currency
        self.month_axis.months = self.months
        self.value_axis.unit = currency
        self.plot.clear()
        self.legend.clear()
        base = [0.0] * len(self.months)
        for number, stack in enumerate(self.stacks):
            bars = pg.BarGraphItem(x=list(range(len(self.months))), height=stack.values, y0=list(base), width=0.7,
                                   brush=colour(number + 2), pen=None)
            self.plot.addItem(bars)
            self.legend.addItem(bars, stack.label)
            base = [b + v for b, v in zip(base, stack.values, strict=True)]
        for number, line in enumerate(self.lines):
            ys = [math.nan if v is None else v for v in line.values]
            pen = pg.mkPen(colour(number), width=2.5)
            self.plot.plot(list(range(len(self.months))), ys, pen=pen, symbol="o", symbolSize=5,
                           symbolBrush=colour(number), symbolPen=None, connect="finite", name=line.label)
        self.plot.setXRange(-0.6, max(len(self.months) - 0.4, 0.6), padding=0)
        known = base + [v for line in self.lines for v in line.values if v is not None]
        low, high = min([0.0, *known]), max([0.0, *known])
        self.plot.setYRange(low * 1.1, (high * 1.15) or 1, padding=0)
        self.legend.setVisible(len(self.stacks) + len(self.lines) > 1)

    def plotted(self) -> dict[str, list[float | None]]:
        """What the chart shows, by label (tests, copy)."""
        return {s.label: list(s.values) for s in self.stacks} | {line.label: list(line.values) for line in self.lines}

    def hover_text(self, index: int) -> str:
        if not 0 <= index < len(self.months):
            return ""
        translate = QCoreApplication.translate
        lines = [f"<b>{month_label(self.months[index], short=False)}</b>"]
        lines += [f"{line.label} : {format_unit(line.values[index], self.currency)}" for line in self.lines]
        if self.stacks:
            total = sum(stack.values[index] for stack in self.stacks)
            costs = translate("RoiChart", "Costs")
            lines.append(f"{costs} : <b>{format_unit(total, self.currency)}</b>")
        lines += [f"&nbsp;&nbsp;{stack.label} : {format_unit(stack.values[index], self.currency)}"
                  for stack in self.stacks if stack.values[index]]
        return "<br>".join(lines)

    def _hover(self, position: QPointF) -> None:
        view = self.plot.getPlotItem().vb
        if not view.sceneBoundingRect().contains(position):
            return
        text = self.hover_text(round(view.mapSceneToView(position).x()))
        if text:
            QToolTip.showText(self.plot.mapToGlobal(self.plot.mapFromScene(position).toPoint()), text, self.plot)
