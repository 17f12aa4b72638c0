"""Per-user interface settings (QSettings), every key declared once with its type and default.

Per-workspace settings (currency, thresholds…) are not here: they live in the workspace file
(core/store/settings.py). Lists are stored as JSON text because QSettings returns a one-element list as a
plain string on some platforms.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

SETTINGS_VERSION = 1
"""Bump with an upgrade step in `AppSettings._upgrade` when a key changes meaning."""

MAX_RECENT = 8


@dataclass(frozen=True)
class Key(Generic[T]):
    """A declared QSettings key."""

    name: str
    default: T


LANGUAGE = Key("ui/language", "")  # "" = the system's, else "en" / "fr"
APPEARANCE = Key("ui/appearance", "")  # "" = the system's, else "light" / "dark"
RECENT_WORKSPACES = Key("workspaces/recent", "[]")
LAST_WORKSPACE = Key("workspaces/last", "")
DEFAULT_FOLDER = Key("workspaces/default_folder", "")
IMPORT_FOLDER = Key("import/last_folder", "")
WINDOW_GEOMETRY = Key("window/geometry", QByteArray())
WINDOW_STATE = Key("window/state", QByteArray())
LAST_PAGE = Key("window/last_page", "kpis")
KPI_FILTERS = Key("kpis/filters", "{}")  # JSON: workspace path → {"sources": [...], "channels": [...]}
KPI_PERIODS = Key("kpis/periods", "{}")  # JSON: workspace path → {"preset", "start", "end", "comparison"}
VERSION = Key("meta/settings_version", 0)


class AppSettings:
    """Typed access to the user's QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()
        self._upgrade()

    def get(self, key: Key[T]) -> T:
        value = self._settings.value(key.name, key.default)
        if isinstance(key.default, bool):
            return (value in (True, "true", "1", 1)) if value is not None else key.default  # type: ignore[return-value]
        if isinstance(key.default, int) and not isinstance(value, int):
            try:
                return int(value)  # type: ignore[return-value]
            except (TypeError, ValueError):
                return key.default
        if isinstance(key.default, str) and not isinstance(value, str):
            return key.default
        return value  # type: ignore[return-value]

    def set(self, key: Key[T], value: T) -> None:
        self._settings.setValue(key.name, value)

    def sync(self) -> None:
        self._settings.sync()

    # ---- The KPI page's choices, per workspace

    def kpi_filter(self, workspace: Path) -> tuple[list[str], list[str]]:
        """(tools, channels) last chosen on the KPI pages of `workspace` (empty: no filter)."""
        entry = self._per_workspace(KPI_FILTERS, workspace)
        return list(entry.get("sources", [])), list(entry.get("channels", []))

    def remember_kpi_filter(self, workspace: Path, sources: list[str], channels: list[str]) -> None:
        entry = {"sources": sorted(sources), "channels": sorted(channels)} if sources or channels else None
        self._remember_per_workspace(KPI_FILTERS, workspace, entry)

    def kpi_period(self, workspace: Path) -> dict[str, str]:
        """The period last chosen on the KPI page of `workspace`: {"preset": a preset key or "custom", "start"
        and "end": ISO days of custom dates, "comparison": a comparison key}; {} when none was chosen."""
        entry = self._per_workspace(KPI_PERIODS, workspace)
        return {key: value for key, value in entry.items() if isinstance(value, str)}

    def remember_kpi_period(self, workspace: Path, entry: dict[str, str]) -> None:
        self._remember_per_workspace(KPI_PERIODS, workspace, entry)

    def _per_workspace(self, key: Key[str], workspace: Path) -> dict[str, Any]:
        entry = self._json_object(key).get(str(workspace), {})
        return entry if isinstance(entry, dict) else {}

    def _remember_per_workspace(self, key: Key[str], workspace: Path, entry: dict[str, Any] | None) -> None:
        """Store `entry` for `workspace` (None forgets it) in the JSON object of `key`."""
        saved = self._json_object(key)
        if entry:
            saved[str(workspace)] = entry
        else:
            saved.pop(str(workspace), None)
        self.set(key, json.dumps(saved))

    def _json_object(self, key: Key[str]) -> dict[str, Any]:
        try:
            saved = json.loads(self.get(key))
        except ValueError:
            return {}
        return saved if isinstance(saved, dict) else {}

    # ---- Recent workspaces

    def recent_workspaces(self) -> list[Path]:
        try:
            names = json.loads(self.get(RECENT_WORKSPACES))
        except ValueError:
            names = []
        return [Path(n) for n in names if isinstance(n, str)]

    def remember_workspace(self, path: Path) -> None:
        recent = [p for p in self.recent_workspaces() if p != path]
        recent.insert(0, path)
        self.set(RECENT_WORKSPACES, json.dumps([str(p) for p in recent[:MAX_RECENT]]))
        self.set(LAST_WORKSPACE, str(path))

    def forget_workspace(self, path: Path) -> None:
        self.set(RECENT_WORKSPACES, json.dumps([str(p) for p in self.recent_workspaces() if p != path]))
        if self.get(LAST_WORKSPACE) == str(path):
            self.set(LAST_WORKSPACE, "")

    def last_workspace(self) -> Path | None:
        value = self.get(LAST_WORKSPACE)
        return Path(value) if value else None

    # ---- Internals

    def _upgrade(self) -> None:
        version: Any = self.get(VERSION)
        # Upgrade steps go here, oldest first: `if version < 2: …`.
        if version != SETTINGS_VERSION:
            self.set(VERSION, SETTINGS_VERSION)
