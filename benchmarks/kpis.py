"""The KPI engine on the 1 M-event workspace (issue #5): `kpis --json` and a period change, against a floor.

Data: the whole scale-38 fixtures folder (`import_events.dataset()`: 1,015,516 e-mail event rows, 89,000
contacts, 5,300 deals), imported with `roi-desktop import` as the import benchmark does; or a copy of
$ROI_BENCH_WORKSPACE when set (an existing workspace of that data, to skip the import). The floor, measured in
the same run, is a bare `sqlite3` shell counting the events per send month (`GROUP BY` month over the same
rows). Measured: `roi-desktop kpis --json` wall time in a child process, for all data and for the last whole
quarter of the data; and in-process `Workspace.kpis(period)` for a period change (five quarters after a first
all-data run, as the KPI page does), with the time of each area. Each is given in ms and as a ratio to the
floor. Targets: every period change under 100 ms after the first, the CLI under 1 s.
"""

from __future__ import annotations

import importlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchmarks import import_events

RUNS = 5
CLI_RUNS = 3
FLOOR_SQL = "SELECT substr(send_day, 1, 7), count(*) FROM email_events GROUP BY 1;"


def workspace(scratch: Path) -> tuple[Path, float | None]:
    """(the 1 M-event workspace in `scratch`, seconds its import took or None when copied)."""
    given = os.environ.get("ROI_BENCH_WORKSPACE")
    target = scratch / "kpis.roidb"
    if given:
        shutil.copyfile(given, target)
        built = None
    else:
        print("importing the scale-38 fixtures (a few minutes)…", flush=True)
        built, _peak, _rows = import_events.import_seconds([import_events.dataset()], scratch)
        (scratch / "events.roidb").rename(target)
    # Opening it once for writing brings an older file up to the current schema (the CLI opens it read-only).
    from roi_desktop.core.workspace import Workspace

    with Workspace.open(target):
        pass
    return target, built


def floor_seconds(path: Path) -> float:
    """Median wall time of the sqlite3 shell running FLOOR_SQL on `path` (after one warm-up run)."""
    sqlite3 = shutil.which("sqlite3")
    if sqlite3 is None:
        raise SystemExit("the floor needs the sqlite3 shell: apt-get install sqlite3")
    times = []
    for _ in range(RUNS + 1):
        start = time.perf_counter()
        subprocess.run([sqlite3, "-readonly", str(path), FLOOR_SQL], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times[1:])


def cli_seconds(path: Path, scratch: Path, *period: str) -> float:
    """Median wall time of `roi-desktop kpis --json` (optionally `--from … --to …`) in a child process."""
    env = dict(os.environ, ROI_DESKTOP_HOME=str(scratch / "home"))
    command = [sys.executable, "-m", "roi_desktop", "kpis", str(path), "--json"]
    if period:
        command += ["--from", period[0], "--to", period[1]]
    times = []
    for _ in range(CLI_RUNS):
        start = time.perf_counter()
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        times.append(time.perf_counter() - start)
        if '"kpis"' not in result.stdout:
            raise SystemExit(f"kpis --json printed no KPIs: {result.stdout[:200]}")
    return statistics.median(times)


def quarters(first: date, last: date) -> list[tuple[date, date]]:
    """The whole calendar quarters between `first` and `last`, latest first."""
    found = []
    start = date(first.year, (first.month - 1) // 3 * 3 + 1, 1)
    while True:
        following = date(start.year + 1, 1, 1) if start.month == 10 else date(start.year, start.month + 3, 1)
        end = following - timedelta(days=1)
        if end > last:
            break
        if start >= first:
            found.append((start, end))
        start = following
    return found[::-1]


def period_changes(path: Path) -> tuple[float, float, list[float], dict[str, float]]:
    """(first all-data run, median and max of RUNS period changes, their times, median seconds per area)."""
    from roi_desktop.core.kpis import engine
    from roi_desktop.core.kpis.period import Period
    from roi_desktop.core.workspace import Workspace

    areas: dict[str, list[float]] = defaultdict(list)
    for area in engine.AREAS:
        module = importlib.import_module(f"roi_desktop.core.kpis.areas.{area}")
        module.compute = _timed(module.compute, areas[area])
    try:
        with Workspace.open(path, read_only=True) as opened:
            span = opened.default_period()
            start = time.perf_counter()
            opened.kpis()
            first = time.perf_counter() - start
            for times in areas.values():
                times.clear()
            changes = []
            for start_day, end_day in (quarters(span.start, span.end) * RUNS)[:RUNS]:
                start = time.perf_counter()
                opened.kpis(Period(start_day, end_day))
                changes.append(time.perf_counter() - start)
    finally:
        for area in engine.AREAS:
            module = importlib.import_module(f"roi_desktop.core.kpis.areas.{area}")
            module.compute = module.compute.__wrapped__
    return first, statistics.median(changes), changes, {area: statistics.median(t) for area, t in areas.items()}


def _timed(compute: Any, times: list[float]) -> Any:
    def timed(context: Any) -> Any:
        start = time.perf_counter()
        try:
            return compute(context)
        finally:
            times.append(time.perf_counter() - start)

    timed.__wrapped__ = compute  # type: ignore[attr-defined]
    return timed


def run() -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="roi-bench-kpis-") as scratch_dir:
        scratch = Path(scratch_dir)
        path, built = workspace(scratch)
        size_mb = path.stat().st_size / 1e6
        from roi_desktop.core.workspace import Workspace

        with Workspace.open(path, read_only=True) as opened:
            span = opened.default_period()
        quarter = quarters(span.start, span.end)[0]
        floor = floor_seconds(path)
        cli_all = cli_seconds(path, scratch)
        cli_quarter = cli_seconds(path, scratch, quarter[0].isoformat(), quarter[1].isoformat())
        first, change, changes, areas = period_changes(path)
    ms = {"floor_ms": floor * 1000, "cli_all_ms": cli_all * 1000, "cli_quarter_ms": cli_quarter * 1000,
          "first_run_ms": first * 1000, "period_change_ms": change * 1000,
          "period_change_max_ms": max(changes) * 1000}
    print(f"KPIs on the 1 M-event workspace ({size_mb:.0f} MB); floor: sqlite3 GROUP BY month over the events "
          f"{ms['floor_ms']:.0f} ms")
    print(f"  kpis --json, all data             {ms['cli_all_ms']:7.0f} ms  {cli_all / floor:5.2f}× floor "
          f"(target < 1 s)")
    print(f"  kpis --json, {quarter[0]}..{quarter[1]}   {ms['cli_quarter_ms']:7.0f} ms  "
          f"{cli_quarter / floor:5.2f}× floor (target < 1 s)")
    print(f"  Workspace.kpis(), first (all data) {ms['first_run_ms']:7.0f} ms  {first / floor:5.2f}× floor")
    print(f"  period change, median of {RUNS}       {ms['period_change_ms']:7.0f} ms  {change / floor:5.2f}× floor "
          f"(max {ms['period_change_max_ms']:.0f} ms; target < 100 ms)")
    print("  per area (median of the period changes): "
          + ", ".join(f"{area} {seconds * 1000:.0f} ms" for area, seconds in areas.items()))
    result: dict[str, Any] = {
        **ms,
        "cli_all_ratio": cli_all / floor, "cli_quarter_ratio": cli_quarter / floor,
        "period_change_ratio": change / floor, "quarter": f"{quarter[0]}..{quarter[1]}",
        "areas_ms": {area: seconds * 1000 for area, seconds in areas.items()}, "workspace_mb": size_mb,
    }
    if built is not None:
        result["import_s"] = built
    return result
