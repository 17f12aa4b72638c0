"""What a page shows when it has nothing to show yet: what it is for, what to import, and a link to the
part of the guide that explains it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from roi_desktop.gui.resources import icon


class EmptyState(QWidget):
    """An icon, a title, a paragraph, an action button and a link to the guide at `help_topic`, centred.

    Signals:
        action_clicked(): the button was pressed.
    """

    action_clicked = Signal()
    """The call-to-action button was pressed."""

    def __init__(self, icon_name: str, parent: QWidget | None = None, *, help_topic: str = "first-steps") -> None:
        super().__init__(parent)
        self.help_topic = help_topic
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        picture = QLabel()
        picture.setPixmap(icon(icon_name).pixmap(56, 56))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(picture)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.body = QLabel()
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        self.body.setFixedWidth(520)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setOpenExternalLinks(False)
        layout.addWidget(self.body, 0, Qt.AlignmentFlag.AlignHCenter)
        self.button = QPushButton()
        self.button.clicked.connect(self.action_clicked)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.help_link = QLabel()
        self.help_link.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.help_link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                               | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.help_link.linkActivated.connect(self.show_help)
        layout.addWidget(self.help_link, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def set_texts(self, title: str, body: str, action: str | None) -> None:
        self.title.setText(title)
        self.body.setText(body)
        self.button.setVisible(bool(action))
        self.button.setText(action or "")
        link = QCoreApplication.translate("EmptyState", "How does this work? Read the guide")
        self.help_link.setText(f"<a href='#{self.help_topic}'>{link}</a>")

    def show_help(self) -> None:
        from roi_desktop.gui.dialogs.help_window import HelpWindow

        HelpWindow.show_topic(self, self.help_topic)
