"""The layering rules of DESIGN §2, checked: a Qt-free core, and SQL only in core/store."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "roi_desktop"

QT_FREE_IMPORT = """
import importlib, pkgutil, sys
sys.modules["PySide6"] = None
sys.modules["pyqtgraph"] = None
import roi_desktop.core as core
names = [m.name for m in pkgutil.walk_packages(core.__path__, "roi_desktop.core.")]
for name in names:
    importlib.import_module(name)
import roi_desktop.cli
print(len(names))
"""


def test_core_and_cli_import_without_qt() -> None:
    result = subprocess.run([sys.executable, "-c", QT_FREE_IMPORT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 10


def test_headless_cli_runs_without_qt(tmp_path: Path) -> None:
    script = (
        "import sys; sys.modules['PySide6'] = None; sys.modules['pyqtgraph'] = None\n"
        "from roi_desktop.cli import main\n"
        f"sys.exit(main(['demo', {str(tmp_path / 'ws')!r}]) or main(['batches', {str(tmp_path / 'ws.roidb')!r}, '--json']))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert '"batches"' in result.stdout


def _modules() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in PACKAGE.rglob("*.py")]


def test_sql_only_in_the_store() -> None:
    offenders = []
    for path, tree in _modules():
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith("core/store/"):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] + ([node.module] if isinstance(node, ast.ImportFrom) else [])
                if any(n and n.split(".")[0] in {"sqlite3", "sqlite_utils"} for n in names):
                    offenders.append(f"{relative}:{node.lineno} imports a database module")
            if isinstance(node, ast.Attribute) and node.attr in {"execute", "executemany", "executescript"}:
                offenders.append(f"{relative}:{node.lineno} calls .{node.attr}()")
    assert offenders == []


def test_no_qt_in_core_sources() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}:{node.lineno}"
        for path, tree in _modules()
        if path.relative_to(PACKAGE).parts[0] == "core"
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        and any((n or "").split(".")[0] in {"PySide6", "pyqtgraph"}
                for n in [a.name for a in node.names] + [getattr(node, "module", None)])
    ]
    assert offenders == []


def test_no_process_events_outside_tests() -> None:
    offenders = [str(path) for path in PACKAGE.rglob("*.py") if "processEvents" in path.read_text(encoding="utf-8")]
    assert offenders == []
