"""Chart look shared by every chart: colour-blind-safe palette, the window's light or dark background, and
axis labels written the way the user's locale writes numbers and months ("1 234,5 €", "janv. 2025")."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication

from roi_desktop.gui.i18n import format_count, format_money, format_percent

# Okabe & Ito's palette: distinguishable with every common colour-vision deficiency.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")
ALERT = "#D55E00"


def colour(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def background() -> QColor:
    return QApplication.palette().color(QPalette.ColorRole.Base)


def foreground() -> QColor:
    return QApplication.palette().color(QPalette.ColorRole.Text)


def format_unit(value: float | None, unit: str) -> str:
    """A value in its KPI unit: count, ratio (as %), days, or a currency code."""
    if value is None:
        return "—"
    if unit == "count":
        return format_count(value) if float(value).is_integer() else QLocale().toString(float(value), "f", 1)
    if unit == "ratio":
        return format_percent(value)
    if unit == "days":
        return QCoreApplication.translate("Units", "%1 days").replace("%1", QLocale().toString(float(value), "f", 1))
    return format_money(value, unit, decimals=0 if abs(value) >= 1000 else 2)


def month_label(month: str, *, short: bool = True) -> str:
    """'2025-01' → 'janv. 2025' / 'Jan 2025' as the locale writes it."""
    date = QDate(int(month[:4]), int(month[5:7]), 1)
    return QLocale().toString(date, "MMM yyyy" if short else "MMMM yyyy")


def style_plot(plot: pg.PlotWidget) -> None:
    """The shared look, re-applied whenever the palette changes (light ↔ dark, Settings › Appearance)."""
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.showGrid(x=False, y=True, alpha=0.15)
    _apply_colours(plot)
    plot.installEventFilter(_PaletteWatcher(plot))


def _apply_colours(plot: pg.PlotWidget) -> None:
    plot.setBackground(background())
    pen = pg.mkPen(foreground())
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pen)
        axis.setTextPen(pen)


class _PaletteWatcher(QObject):
    """Repaints a plot's background and axes in the new palette's colours."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.PaletteChange and isinstance(watched, pg.PlotWidget):
            _apply_colours(watched)
        return False


class ValueAxis(pg.AxisItem):
    """A value axis whose tick labels follow the locale and the KPI unit."""

    def __init__(self, unit: str = "count", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.unit = unit

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        return [format_unit(v, self.unit) if self.unit != "count" else format_count(v) for v in values]


class MonthAxis(pg.AxisItem):
    """A category axis: bar i is month i; labels thinned out when months are many."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.months: list[str] = []

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:  # noqa: N802, N803
        if not self.months:
            return []
        fits = max(1, int(size // self._label_width()))
        step = max(1, math.ceil(len(self.months) / fits))
        return [(1.0, [float(i) for i in range(0, len(self.months), step)])]

    def _label_width(self) -> float:
        """The widest month label in the axis font plus a gap: "sept. 2025" is wider than "Sep 2025", so a
        fixed width let French labels overlap."""
        metrics = QFontMetrics(self.style.get("tickFont") or QFont())
        return max(metrics.horizontalAdvance(month_label(month)) for month in self.months) + 16

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        return [month_label(self.months[int(v)]) if 0 <= int(v) < len(self.months) else "" for v in values]
