"""Light or dark: the system's choice by default, or the one the user forces in Settings.

Qt 6.8's `QStyleHints.setColorScheme` switches the native styles of Windows and macOS. Where the platform
does not follow it (Linux without a desktop theme, the virtual screens of tests and screenshots), the
Fusion style with an explicit palette gives the same result. Widgets and charts read colours from the palette
and restyle on `ApplicationPaletteChange`, so nothing else needs to know.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

SYSTEM, LIGHT, DARK = "", "light", "dark"
APPEARANCES = (SYSTEM, LIGHT, DARK)

_SCHEMES = {SYSTEM: Qt.ColorScheme.Unknown, LIGHT: Qt.ColorScheme.Light, DARK: Qt.ColorScheme.Dark}
_native_style: str | None = None


def apply_appearance(choice: str) -> None:
    """Follow the system (""), or force "light" or "dark"."""
    global _native_style
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _native_style is None:
        _native_style = app.style().name()
    choice = choice if choice in APPEARANCES else SYSTEM
    app.styleHints().setColorScheme(_SCHEMES[choice])
    followed = choice == SYSTEM or app.styleHints().colorScheme() == _SCHEMES[choice]
    style = _native_style if followed else "fusion"
    if app.style().name() != style:
        app.setStyle(style)
    # A palette with nothing set (resolve mask 0) hands every colour back to the platform theme.
    app.setPalette(dark_palette() if not followed and choice == DARK else QPalette())


def is_dark() -> bool:
    """Whether the window is dark now (the text is lighter than the background)."""
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < palette.color(QPalette.ColorRole.WindowText).lightness()


def dark_palette() -> QPalette:
    """A calm dark palette with enough contrast for text (WCAG AA on every role pair used)."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202226",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#17191c",
        QPalette.ColorRole.AlternateBase: "#24272b",
        QPalette.ColorRole.ToolTipBase: "#2c2f34",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#9a9da3",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#2a2d31",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Light: "#3a3d42",
        QPalette.ColorRole.Midlight: "#33363b",
        QPalette.ColorRole.Mid: "#2a2d31",
        QPalette.ColorRole.Dark: "#121315",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: "#3d7cc9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#7db3f0",
        QPalette.ColorRole.LinkVisited: "#b99cf0",
    }
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#75787e"))
    return palette
