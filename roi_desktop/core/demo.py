"""The demo workspace: the sample exports of resources/samples imported through the real import path.

Building it takes a few seconds, so a built copy is cached per app version and copied whenever a fresh demo
is asked for (`roi-desktop --demo`); the cache is never opened for writing by the app.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from roi_desktop import __version__
from roi_desktop.core import paths
from roi_desktop.core.progress import CancelToken, Progress, no_progress
from roi_desktop.core.resources import samples_dir
from roi_desktop.core.store.schema import SCHEMA_VERSION
from roi_desktop.core.workspace import Workspace

DEMO_SETTINGS = {"currency": "EUR", "workspace_title": "Brindille Logiciels SAS"}


def build_demo(path: Path, *, progress: Progress = no_progress, cancel: CancelToken | None = None) -> Path:
    """Create a demo workspace at `path` (replacing any file there) from the shipped samples."""
    path = Path(path)
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    with Workspace.create(path) as workspace:
        workspace.set_settings(DEMO_SETTINGS)
        workspace.imports.import_paths([samples_dir()], progress=progress, cancel=cancel or CancelToken())
    return path


def cached_demo(*, progress: Progress = no_progress, cancel: CancelToken | None = None) -> Path:
    """A built demo for this app version, building it on first use."""
    # Keyed by app and schema version: a demo built by an older build lacks what newer code reads.
    key = f"demo-{__version__}-s{SCHEMA_VERSION}"
    cached = paths.cache_dir() / f"{key}.roidb"
    if not cached.exists():
        cached.parent.mkdir(parents=True, exist_ok=True)
        building = cached.with_name(f"{key}.building.roidb")
        build_demo(building, progress=progress, cancel=cancel)
        building.replace(cached)
    return cached


def fresh_demo(target: Path | None = None, *, progress: Progress = no_progress,
               cancel: CancelToken | None = None) -> Path:
    """Copy a freshly built demo to `target` (default: the demo workspace path) and return it."""
    target = target or paths.demo_workspace_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    source = cached_demo(progress=progress, cancel=cancel)
    for stale in (target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
        stale.unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target
