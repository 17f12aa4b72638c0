"""Pausing Python's cycle collector around bulk work that makes many objects and no reference cycles.

The collector runs after every 700 net new container objects and walks the objects alive, so work that
holds many of them (a chunk of 5,000 rows, the figures of a whole workbook) pays for walks that find
nothing: plain reference counting frees those objects anyway. Measured:
- an import of the 1,015,516 e-mail event rows of scale 38: 2,825 collections, 2.7 s of a 30 s import;
- writing the workbook of the 1 M-event workspace: 0.36–0.41 s → 0.23–0.24 s (its figures, 17,000 cells
  with their styles, stay alive while the sheets are written; computing them: 0.97–1.07 → 0.73–0.94 s).

The pause is process-wide (the collector has no per-thread switch), so it is kept to the bulk work itself;
whatever makes cycles meanwhile is collected as soon as the collector is back on, whatever the outcome. A
nested pause leaves the switch to the outermost one.
"""

from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import Callable, Iterator
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


@contextlib.contextmanager
def cycle_collector_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def without_cycle_collector(function: Callable[P, R]) -> Callable[P, R]:
    """`function` run inside `cycle_collector_paused()`."""

    @functools.wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        with cycle_collector_paused():
            return function(*args, **kwargs)

    return paused
