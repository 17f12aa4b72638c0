"""A dismissible banner at the top of the window for what the Notifier says (no modal boxes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

_COLOURS = {
    # background, border, text — readable in light and dark palettes alike
    "info": ("#e8f1fb", "#8fb3dc", "#1b3a5c"),
    "warning": ("#fff4e0", "#e0b060", "#5c3d00"),
    "error": ("#fdeaea", "#e09090", "#6b1010"),
}


class MessageBar(QFrame):
    """Shows one sentence with its level until closed or replaced."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.level = ""
        self.retranslate()
        self.hide()

    def show_message(self, text: str, level: str) -> None:
        background, border, foreground = _COLOURS.get(level, _COLOURS["info"])
        self.setStyleSheet(
            f"#messageBar {{ background: {background}; border: 1px solid {border}; border-radius: 6px; }}"
            f"#messageBar QLabel {{ color: {foreground}; }}"
        )
        self.level = level
        self.label.setText(text)
        self.show()

    def retranslate(self) -> None:
        self.close_button.setToolTip(QCoreApplication.translate("MessageBar", "Close this message"))
