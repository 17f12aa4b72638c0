"""Importing a module while keeping one of its optional dependencies out of the process.

`roi-desktop kpis` reads the store, whose database library imports numpy when it can, only to convert numpy
values handed to it for writing; the KPIs neither write nor use numpy. Importing numpy was 150-200 ms of the
~0.35 s of imports of `kpis --json` (`python -X importtime`) and started its BLAS threads. With the faster
deals area, `kpis --json` on the 1 M-event workspace went from 1.48 to 1.05 s for all data and 1.04 to 0.82 s
for a quarter (medians of 8 and 6 runs interleaved with the previous code, busy machine).
"""

from __future__ import annotations

import importlib
import sys


def import_without(module: str, optional: str) -> None:
    """Import `module` with `optional` unimportable meanwhile (an ImportError, which libraries that treat it as
    optional handle), then undo that at once: a later `import optional` in the same process works as usual.
    Does nothing when either is already imported (the trick only holds in a fresh process)."""
    if optional in sys.modules or module in sys.modules:
        return
    sys.modules[optional] = None  # type: ignore[assignment]
    try:
        importlib.import_module(module)
    finally:
        del sys.modules[optional]
