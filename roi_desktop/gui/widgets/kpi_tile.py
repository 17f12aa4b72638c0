"""A KPI tile: name, value, change against the comparison period, a sparkline, an alert badge, and the
explanation of the number on hover."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from roi_desktop.gui.charts.style import ALERT, colour

GOOD, BAD, FLAT = "#2e7d32", "#c62828", "#6b6b6b"


class Sparkline(QWidget):
    """The monthly values as a thin line (gaps where unknown)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[float | None] = []
        self.setMinimumSize(90, 28)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, values: list[float | None]) -> None:
        self.values = list(values)
        self.update()

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        known = [v for v in self.values if v is not None]
        if len(known) < 2:
            return
        low, high = min(known), max(known)
        span = (high - low) or 1.0
        width, height = self.width() - 4, self.height() - 4
        step = width / (len(self.values) - 1)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(colour(0)), 1.6))
        path, drawing = QPainterPath(), False
        for index, value in enumerate(self.values):
            if value is None:
                drawing = False
                continue
            point = QPointF(2 + index * step, 2 + height - (value - low) / span * height)
            path.lineTo(point) if drawing else path.moveTo(point)
            drawing = True
        painter.drawPath(path)


class KpiTile(QFrame):
    """Shows one KPI; the page fills it with already formatted texts (no business logic here)."""

    def __init__(self, kpi_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kpi_id = kpi_id
        self.setObjectName("kpiTile")
        self.setStyleSheet("#kpiTile { border: 1px solid palette(mid); border-radius: 8px; background: palette(base); }")
        self.setMinimumWidth(190)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(2)
        top = QHBoxLayout()
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.name.setStyleSheet("color: palette(window-text);")
        top.addWidget(self.name, 1)
        self.badge = QLabel("⚠")
        self.badge.setStyleSheet(f"color: {ALERT}; font-size: 15px; font-weight: 700;")
        self.badge.hide()
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.value = QLabel()
        self.value.setStyleSheet("font-size: 22px; font-weight: 650;")
        layout.addWidget(self.value)
        self.delta = QLabel()
        layout.addWidget(self.delta)
        self.sparkline = Sparkline()
        layout.addWidget(self.sparkline)

    def show_kpi(self, name: str, value: str, delta: str, direction: str, sparkline: list[float | None],
                 explanation: str, alert: str = "") -> None:
        """Fill the tile: `direction` is "good", "bad" or "" (colours the delta)."""
        self.name.setText(name)
        self.value.setText(value)
        self.delta.setText(delta)
        self.delta.setStyleSheet(f"color: {GOOD if direction == 'good' else BAD if direction == 'bad' else FLAT};")
        self.sparkline.set_values(sparkline)
        self.setToolTip(explanation)
        self.badge.setVisible(bool(alert))
        self.badge.setToolTip(alert)
