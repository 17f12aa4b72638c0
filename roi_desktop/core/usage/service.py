"""`workspace.usage`: the façade of the usage audit for the GUI and the CLI.

Read-only: the audit reads the workspace on the calling thread's own read connection, so the GUI runs it in
the background (a period change never freezes the window) and the CLI calls it directly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from roi_desktop.core.kpis.period import Period
from roi_desktop.core.progress import CancelToken, Progress
from roi_desktop.core.store import Store
from roi_desktop.core.store.usage import SilentContact
from roi_desktop.core.usage.audit import UsageAudit, audit
from roi_desktop.core.usage.facts import OverlapCache
from roi_desktop.core.usage.settings import DEFAULTS
from roi_desktop.core.usage.sunset import save_sunset_csv


class UsageService:
    """The usage audit of the automation tool (issue #8): e-mails sent, workflows, hygiene checks, usage score."""

    defaults = DEFAULTS
    """The audit's own settings and their defaults (stored with `workspace.set_settings`)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._overlaps = OverlapCache()

    def audit(self, period: Period | None = None, *, overrides: dict[str, Any] | None = None,
              progress: Progress | None = None, cancel: CancelToken | None = None) -> UsageAudit:
        """The audit of `period` (default: all data); `overrides` replace settings for this run."""
        return audit(self.store.reader(), period, overrides=overrides, progress=progress, cancel=cancel,
                     overlaps=self._overlaps)

    @staticmethod
    def save_sunset(contacts: Sequence[SilentContact], target: Path,
                    translate: Callable[[str, str], str] = lambda _context, text: text) -> int:
        """Write a sunset list (`audit.contacts.silent`) as CSV; returns the number of contacts written."""
        return save_sunset_csv(contacts, target, translate)
