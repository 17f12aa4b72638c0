"""`import_without`: the store imported without numpy in a fresh process, numpy importable right after."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from roi_desktop.core.lean_imports import import_without
import_without("roi_desktop.core.store", "numpy")
assert "roi_desktop.core.store" in sys.modules and "numpy" not in sys.modules
import numpy
print(numpy.__name__)
"""


def test_the_store_imports_without_numpy_and_numpy_still_imports_after() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "numpy"
