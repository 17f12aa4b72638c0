"""The live counts of the Scoring & funnel page: contacts per funnel stage, the score histogram with the MQL
threshold as a line to drag, and the sentences saying how the bars count.

The charts only draw a `Preview` (core/scoring/preview.py) computed in a worker; while the line is dragged
the count above it comes from the preview's sorted scores (`at_or_above`), so the drag never waits for a
worker. Clicking a stage bar or a histogram bar asks the page for the contacts behind it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale, QPointF, Qt, Signal
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout, QWidget

from roi_desktop.core.scoring import labels
from roi_desktop.core.scoring.preview import Preview
from roi_desktop.core.scoring.rules import Model
from roi_desktop.gui.charts.style import (
    ALERT,
    ValueAxis,
    colour,
    foreground,
    style_plot,
)
from roi_desktop.gui.i18n import format_count, message_text, tr
from roi_desktop.gui.widgets.hint import hint_label


def stage_name(model: Model, key: str | None) -> str:
    """The user's name of a stage, else its translated default name."""
    stage = model.funnel.stage(key) if key is not None else None
    return stage.name.strip() if stage is not None and stage.name.strip() else labels.stage_label(key, tr)


def points_text(value: float) -> str:
    """Points as the locale writes numbers ("12,5" in French), with a true minus sign."""
    return QLocale().toString(float(round(value, 2)), "g", 8).replace("-", "−")


class _StageAxis(pg.AxisItem):
    """Stage names beside their bars (bar i from the top is stage i)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.names: list[str] = []

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        return [(1.0, [float(i) for i in range(len(self.names))])]

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        count = len(self.names)
        return [self.names[count - 1 - int(v)] if 0 <= int(v) < count else "" for v in values]


class StageChart(QWidget):
    """One horizontal bar per switched-on stage, top to bottom, its count written at its end.

    Signals:
        stage_clicked(str): the user clicked the bar of this stage key.
    """

    stage_clicked = Signal(str)
    """List the contacts counted in this stage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.axis = _StageAxis(orientation="left")
        self.plot = pg.PlotWidget(axisItems={"left": self.axis})
        style_plot(self.plot)
        self.plot.hideAxis("bottom")
        self.plot.showGrid(x=False, y=False)
        self.plot.setMinimumHeight(130)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.keys: list[str] = []
        self.counts: list[int] = []
        self.tips: list[str] = []
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_stages(self, stages: Sequence[tuple[str, str, int, str]]) -> None:
        """(key, name, count, tooltip) per stage, in funnel order."""
        self.keys = [s[0] for s in stages]
        self.axis.names = [s[1] for s in stages]
        self.counts = [s[2] for s in stages]
        self.tips = [s[3] for s in stages]
        self.plot.clear()
        count = len(stages)
        if not count:
            return
        widest = max(self.counts) or 1
        ys = [count - 1 - i for i in range(count)]
        self.plot.addItem(pg.BarGraphItem(x0=0, y=ys, height=0.66, width=[max(c, widest * 0.004) for c in self.counts],
                                          brushes=[colour(i) for i in range(count)], pen=None))
        ink = foreground()
        for value, y in zip(self.counts, ys, strict=True):
            text = pg.TextItem(" " + format_count(value), color=ink, anchor=(0, 0.5))
            text.setPos(value, y)
            self.plot.addItem(text)
        self.plot.setXRange(0, widest * 1.18, padding=0)
        self.plot.setYRange(-0.6, count - 0.4, padding=0)
        self.axis.picture = None
        self.axis.update()

    def plotted(self) -> dict[str, int]:
        return dict(zip(self.keys, self.counts, strict=True))

    def key_at(self, y: float) -> str | None:
        """The stage whose bar is at height `y` of the plot (None between bars or outside)."""
        index = len(self.keys) - 1 - round(y)
        return self.keys[index] if 0 <= index < len(self.keys) and abs(y - round(y)) <= 0.4 else None

    def _clicked(self, event: Any) -> None:
        view = self.plot.getPlotItem().vb
        if view.sceneBoundingRect().contains(event.scenePos()):
            key = self.key_at(view.mapSceneToView(event.scenePos()).y())
            if key is not None:
                self.stage_clicked.emit(key)

    def _hover(self, position: QPointF) -> None:
        view = self.plot.getPlotItem().vb
        if view.sceneBoundingRect().contains(position):
            key = self.key_at(view.mapSceneToView(position).y())
            if key is not None:
                QToolTip.showText(self.plot.mapToGlobal(self.plot.mapFromScene(position).toPoint()),
                                  self.tips[self.keys.index(key)], self.plot)


class ScoreHistogram(QWidget):
    """Contacts per score band today, and the MQL threshold as a vertical line the user drags.

    Signals:
        threshold_dragged(float): the line was dropped at this score (rounded to a whole point).
        band_clicked(float, float): the user clicked the bar of scores [low, high).
    """

    threshold_dragged = Signal(float)
    """The user dropped the threshold line at this score."""
    band_clicked = Signal(float, float)
    """List the contacts whose score today is in [low, high)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(axisItems={"left": ValueAxis(orientation="left")})
        style_plot(self.plot)
        self.plot.setMinimumHeight(130)
        self.line = pg.InfiniteLine(pos=0, angle=90, movable=True, pen=pg.mkPen(ALERT, width=2),
                                    hoverPen=pg.mkPen(ALERT, width=4))
        self.line.setZValue(10)
        self.line.sigPositionChanged.connect(self._moving)
        self.line.sigPositionChangeFinished.connect(self._dropped)
        self.marker = pg.TextItem(color=ALERT, anchor=(0, 0))
        self.marker.setZValue(11)
        self.above = QLabel()
        self.above.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.above)
        self.preview: Preview | None = None
        self.bars: pg.BarGraphItem | None = None
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.plot.scene().sigMouseMoved.connect(self._hover)

    def set_preview(self, preview: Preview, threshold: float) -> None:
        self.preview = preview
        self.plot.clear()
        self.bars = None
        if preview.bands:
            self.bars = pg.BarGraphItem(x0=[b.low for b in preview.bands], height=[b.count for b in preview.bands],
                                        width=preview.band_width * 0.92, y0=0, pen=None)
            self.plot.addItem(self.bars)
            low, high = preview.bands[0].low, preview.bands[-1].high
            self.plot.setXRange(min(low, threshold) - preview.band_width, max(high, threshold) + preview.band_width,
                                padding=0)
            self.plot.setYRange(0, max(b.count for b in preview.bands) * 1.12 or 1, padding=0)
        self.plot.addItem(self.line, ignoreBounds=True)
        self.plot.addItem(self.marker, ignoreBounds=True)
        self.set_threshold(threshold)

    def set_threshold(self, threshold: float) -> None:
        """Put the line at `threshold` without reporting a drag."""
        self.line.blockSignals(True)
        self.line.setValue(threshold)
        self.line.blockSignals(False)
        self._show_count(threshold)

    def drop_at(self, value: float) -> None:
        """What dropping the line at `value` does (used by the mouse and by tests)."""
        self.line.setValue(value)
        self._dropped()

    def threshold(self) -> float:
        return float(round(self.line.value()))

    def _moving(self) -> None:
        self._show_count(self.threshold())

    def _dropped(self) -> None:
        value = self.threshold()
        self.line.blockSignals(True)
        self.line.setValue(value)
        self.line.blockSignals(False)
        self.threshold_dragged.emit(value)

    def _show_count(self, threshold: float) -> None:
        translate = QCoreApplication.translate
        preview = self.preview
        if preview is None:
            self.above.setText("")
            return
        count = preview.at_or_above(threshold)
        self.marker.setText(f" ≥ {points_text(threshold)}")
        top = self.plot.getPlotItem().vb.viewRange()[1][1]
        self.marker.setPos(threshold, top)
        self.above.setText(translate("ScoringPage", "<b>%1</b> contacts have a score of %2 points or more today"
                                                    " and would be MQL. Drag the red line to try another"
                                                    " threshold.")
                           .replace("%1", format_count(count)).replace("%2", points_text(threshold)))
        self.above.setToolTip(translate("ScoringPage", "Counted on every contact's score on the last day of your"
                                                       " data. The MQL bar of the funnel also keeps contacts whose"
                                                       " score reached the threshold earlier and has since"
                                                       " decayed."))
        if self.bars is not None:
            highs = [b.high for b in preview.bands]
            brushes = [colour(2) if high > threshold + 1e-9 else colour(0) for high in highs]
            self.bars.setOpts(brushes=brushes)

    def band_at(self, x: float) -> tuple[float, float] | None:
        preview = self.preview
        if preview is None:
            return None
        for band in preview.bands:
            if band.low <= x < band.high:
                return band.low, band.high
        return None

    def _clicked(self, event: Any) -> None:
        view = self.plot.getPlotItem().vb
        if not view.sceneBoundingRect().contains(event.scenePos()):
            return
        band = self.band_at(view.mapSceneToView(event.scenePos()).x())
        if band is not None:
            self.band_clicked.emit(*band)

    def _hover(self, position: QPointF) -> None:
        view = self.plot.getPlotItem().vb
        if not view.sceneBoundingRect().contains(position) or self.preview is None:
            return
        band = self.band_at(view.mapSceneToView(position).x())
        if band is None:
            return
        count = next(b.count for b in self.preview.bands if b.low == band[0])
        text = QCoreApplication.translate("ScoringPage", "%1 contacts score from %2 to under %3 points today."
                                                         " Click to list them.")
        QToolTip.showText(self.plot.mapToGlobal(self.plot.mapFromScene(position).toPoint()),
                          text.replace("%1", format_count(count)).replace("%2", points_text(band[0]))
                          .replace("%3", points_text(band[1])), self.plot)


class ScoringCounts(QWidget):
    """The funnel, the sentences under it, and the histogram."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.funnel_title = QLabel()
        self.funnel_title.setStyleSheet("font-weight: 600;")
        self.funnel_title.setWordWrap(True)
        self.stages = StageChart()
        self.description = hint_label()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #b26a00;")
        self.histogram_title = QLabel()
        self.histogram_title.setStyleSheet("font-weight: 600;")
        self.histogram_title.setWordWrap(True)
        self.histogram = ScoreHistogram()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.funnel_title)
        layout.addWidget(self.stages, 4)
        layout.addWidget(self.description)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(self.histogram_title)
        layout.addWidget(self.histogram, 3)
        self.preview: Preview | None = None
        self.model: Model | None = None
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.funnel_title.setText(translate("ScoringPage", "Contacts per funnel stage (click a bar to list them)"))
        self.histogram_title.setText(translate("ScoringPage", "Contacts per score today (click a bar to list"
                                                              " them)"))
        if self.preview is not None and self.model is not None:
            self.show_preview(self.preview, self.model)

    def show_preview(self, preview: Preview, model: Model) -> None:
        """Draw the counts of `model` (the preview was computed for it)."""
        translate = QCoreApplication.translate
        self.preview, self.model = preview, model
        stages = []
        for key, count in preview.stage_counts.items():
            stage = model.funnel.stage(key)
            basis = labels.BASES[stage.basis] if stage is not None else None
            tip = translate("ScoringPage", "<b>%1</b>: %2 contacts.<br>Defined by: %3.<br>Click to list them.") \
                .replace("%1", stage_name(model, key)).replace("%2", format_count(count)) \
                .replace("%3", tr(basis.context, basis.text) if basis else "")
            stages.append((key, stage_name(model, key), count, tip))
        self.stages.set_stages(stages)
        self.description.setText(" ".join(message_text(m) for m in preview.description))
        summary = translate("ScoringPage", "%1 contacts scored on your data up to %2. Average score: %3 points.")
        self.summary.setText(summary.replace("%1", format_count(preview.contacts))
                             .replace("%2", preview.evaluation_day.isoformat())
                             .replace("%3", points_text(round(preview.mean_score, 1))
                                      if preview.mean_score is not None else "—"))
        self.summary.setToolTip(translate("ScoringPage", "Scores are computed for the last day of your data:"
                                                         " time windows and decay are counted back from it."))
        notes = [message_text(m) for m in preview.notes]
        if preview.rejected:
            notes.append(translate("ScoringPage", "%1 contacts are turned down by the rejection rule and cannot"
                                                  " become SQL.").replace("%1", format_count(preview.rejected)))
        self.notes.setText("<br>".join(notes))
        self.notes.setVisible(bool(notes))
        self.histogram.set_preview(preview, model.mql_threshold)

    def plotted_scores(self) -> np.ndarray | None:
        return self.preview.scores if self.preview is not None else None
