"""Where `resources/` (translations, icons, help, demo samples) is, in every way the app can be run.

resources/ sits beside the package, not inside it (DESIGN §2), so its place depends on how the app runs:
a PyInstaller bundle (sys._MEIPASS), a source checkout or editable install (next to roi_desktop/), or an
installed wheel (<prefix>/share/roi-desktop/resources, see pyproject's data-files). This module is the only
code that knows; it is Qt-free because the CLI needs the samples and the French catalogue too.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


def _candidates() -> list[Path]:
    found: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "resources")
    found.append(Path(__file__).resolve().parents[2] / "resources")
    for prefix in {sys.prefix, sys.base_prefix}:
        found.append(Path(prefix) / "share" / "roi-desktop" / "resources")
    return found


@cache
def resources_dir() -> Path:
    """The resources folder; raises FileNotFoundError when the installation is broken."""
    for candidate in _candidates():
        if (candidate / "translations").is_dir():
            return candidate
    raise FileNotFoundError("ROI Desktop's resources folder is missing: " + ", ".join(map(str, _candidates())))


def resource(*parts: str) -> Path:
    """Path of one resource, e.g. resource("icons", "roi-desktop.svg")."""
    return resources_dir().joinpath(*parts)


def samples_dir() -> Path:
    """The sample exports the demo workspace is built from."""
    return resource("samples")
