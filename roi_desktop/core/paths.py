"""Where the app keeps its own files on this computer (platformdirs): workspaces, the demo, logs.

Environment variable ROI_DESKTOP_HOME moves all of them under one folder: tests and benchmarks use it so
that they never touch the user's real data.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "ROI Desktop"


def _home() -> Path | None:
    value = os.environ.get("ROI_DESKTOP_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    """Default folder for workspaces (Documents-like user data folder)."""
    home = _home()
    return home / "data" if home else platformdirs.user_data_path(APP_NAME, appauthor=False)


def settings_dir() -> Path | None:
    """Where the interface settings go under ROI_DESKTOP_HOME; None: the system's usual place (QSettings)."""
    home = _home()
    return home / "settings" if home else None


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else platformdirs.user_log_path(APP_NAME, appauthor=False)


def cache_dir() -> Path:
    home = _home()
    return home / "cache" if home else platformdirs.user_cache_path(APP_NAME, appauthor=False)


def demo_workspace_path() -> Path:
    """The demo workspace the app opens on first start."""
    return data_dir() / "Demo - Brindille.roidb"
