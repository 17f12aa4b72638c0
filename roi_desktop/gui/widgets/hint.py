"""A grey explanation under a setting or a field: what it does, in one or two sentences."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def hint_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label
