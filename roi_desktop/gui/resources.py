"""Icons and other files from resources/, located through core.resources (source tree, wheel or bundle)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from roi_desktop.core.resources import resource


@cache
def icon(name: str) -> QIcon:
    """An icon from resources/icons/<name>.svg (cached)."""
    return QIcon(str(resource("icons", f"{name}.svg")))


def app_icon() -> QIcon:
    return icon("roi-desktop")
