"""Cold start: process start → first window painted, against a bare PySide6 window with one pyqtgraph plot.

Both are started the same way (a new Python process, offscreen platform, same interpreter) and report the
moment their window first paints; the figure is the median of several runs. Target (issue #3): ≤ 1.5×.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7

BASELINE = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
import pyqtgraph as pg

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time(), flush=True)
            os._exit(0)
        return False

app = QApplication(sys.argv[:1])
window = QWidget()
plot = pg.PlotWidget()
plot.plot([1, 3, 2, 4])
QVBoxLayout(window).addWidget(plot)
probe = FirstPaint()
window.installEventFilter(probe)
window.resize(1200, 800)
window.show()
app.exec()
"""


def _time_to_paint(command: list[str], env: dict[str, str]) -> float:
    start = time.time()
    output = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=True).stdout
    return float(output.strip().splitlines()[-1]) - start


def run() -> dict[str, float]:
    home = Path(tempfile.mkdtemp(prefix="roi-bench-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ROI_DESKTOP_HOME=str(home), ROI_DESKTOP_EXIT_ON_PAINT="1")
    workspace = home / "demo.roidb"
    subprocess.run([sys.executable, "-m", "roi_desktop", "demo", str(workspace)], env=env, check=True,
                   capture_output=True)
    app_times, bare_times = [], []
    for _ in range(RUNS):
        bare_times.append(_time_to_paint([sys.executable, "-c", BASELINE], env))
        app_times.append(_time_to_paint([sys.executable, "-m", "roi_desktop", str(workspace)], env))
    app, bare = statistics.median(app_times), statistics.median(bare_times)
    print(f"cold start: ROI Desktop {app:.3f} s, bare PySide6 + pyqtgraph window {bare:.3f} s, "
          f"ratio {app / bare:.2f}× (target ≤ 1.5×; median of {RUNS})")
    return {"app_s": app, "baseline_s": bare, "ratio": app / bare}
