"""The funnel: one centred bar per stage, its count, and the share that went on to the next stage."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from roi_desktop.gui.charts.style import colour, foreground, format_unit, style_plot


class FunnelChart(QWidget):
    """Stages top to bottom; `rates` (one fewer than stages, or None) are written between the bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget()
        style_plot(self.plot)
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.plot.showGrid(x=False, y=False)
        self.plot.setMinimumHeight(220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.stages: list[tuple[str, float]] = []
        self.rates: list[float | None] = []

    def set_stages(self, stages: Sequence[tuple[str, float | None]], rates: Sequence[float | None] = ()) -> None:
        self.stages = [(label, value or 0) for label, value in stages]
        self.rates = list(rates)
        self.plot.clear()
        if not self.stages:
            return
        widest = max(v for _, v in self.stages) or 1
        count = len(self.stages)
        ys = [count - 1 - i for i in range(count)]
        widths = [max(v / widest, 0.02) for _, v in self.stages]
        self.plot.addItem(pg.BarGraphItem(x=[0] * count, y=ys, width=widths, height=0.62,
                                          brushes=[colour(i) for i in range(count)], pen=None))
        ink = foreground()
        for (label, value), y in zip(self.stages, ys, strict=True):
            text = pg.TextItem(f"{label}   {format_unit(value, 'count')}", color=ink, anchor=(0, 0.5))
            text.setPos(0.52, y)
            self.plot.addItem(text)
        for i, rate in enumerate(self.rates[: count - 1]):
            if rate is not None:
                arrow = pg.TextItem(f"↓ {format_unit(rate, 'ratio')}", color=ink, anchor=(0.5, 0.5))
                arrow.setPos(0, ys[i] - 0.5)
                self.plot.addItem(arrow)
        self.plot.setXRange(-0.55, 1.25, padding=0)
        self.plot.setYRange(-0.6, count - 0.4, padding=0)

    def plotted(self) -> dict[str, float]:
        return dict(self.stages)
