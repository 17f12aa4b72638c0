"""The Linux package as a user gets it: unpacked from the tarball, started on a virtual X screen (Xvfb).

Not in tests/: building the package takes minutes, more than the normal suite can spend. `./run package-test`
runs this file (it installs Xvfb, xdotool and ImageMagick first); the package is built when dist/ lacks it.
Besides checking that the app starts and shows the demo, it measures its cold start against the source
install and writes the figures to packaging/MEASUREMENTS.md, and leaves a screenshot in dist/packaged-demo.png.
"""

from __future__ import annotations

import os
import platform
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

import build_linux
from roi_desktop import __version__

SCREENSHOT = build_linux.DIST / "packaged-demo.png"
MEASUREMENTS = Path(__file__).with_name("MEASUREMENTS.md")
SOURCE_APP = Path(sys.executable).parent / "roi-desktop"  # the console script of the source install
RUNS = 5
MIB = 1024 * 1024


@pytest.fixture(scope="module")
def package() -> Path:
    """The tarball in dist/, built when missing (a stale one is kept: `./run package` rebuilds it)."""
    if not build_linux.tarball_path().exists():
        subprocess.run([sys.executable, build_linux.__file__], check=True)
    return build_linux.tarball_path()


@pytest.fixture(scope="module")
def unpacked(package: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tarball's top folder, unpacked into a temporary folder."""
    folder = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(package) as tar:
        tar.extractall(folder, filter="data")
    return folder / build_linux.package_name()


@pytest.fixture(scope="module")
def app(unpacked: Path) -> Path:
    return unpacked / "roi-desktop" / "roi-desktop"


@pytest.fixture(scope="module")
def display() -> Iterator[dict[str, str]]:
    """DISPLAY and XAUTHORITY of an X server that `xvfb-run -a` keeps up until the module's tests are done."""
    for tool in ("xvfb-run", "xdotool", "import"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: `./run package-test` installs it")
    with subprocess.Popen(
        ["xvfb-run", "-a", "-s", "-screen 0 1440x900x24 -nolisten tcp",
         "sh", "-c", 'echo "$DISPLAY $XAUTHORITY"; exec cat >/dev/null'],  # holds the server until stdin closes
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    ) as holder:
        assert holder.stdin is not None and holder.stdout is not None
        line = holder.stdout.readline().split()
        assert len(line) == 2, "xvfb-run could not start Xvfb"
        try:
            yield {"DISPLAY": line[0], "XAUTHORITY": line[1]}
        finally:
            holder.stdin.close()  # xvfb-run then stops the server and removes its authority file


def app_env(display: dict[str, str], home: Path, **extra: str) -> dict[str, str]:
    """The app on the virtual screen, with its data, logs and settings (XDG_CONFIG_HOME) in `home`."""
    env = {key: value for key, value in os.environ.items() if key not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return env | display | {"ROI_DESKTOP_HOME": str(home), "XDG_CONFIG_HOME": str(home / "config")} | extra


def find_window(title_regex: str, env: dict[str, str]) -> str | None:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title_regex],
                           env=env, capture_output=True, text=True)
    return found.stdout.split()[0] if found.returncode == 0 and found.stdout.strip() else None


def test_reports_its_version(app: Path) -> None:
    result = subprocess.run([app, "--version"], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.strip() == f"ROI Desktop {__version__}"


def test_shows_the_demo_window(app: Path, display: dict[str, str], tmp_path: Path) -> None:
    env = app_env(display, tmp_path)
    errors = tmp_path / "stderr.txt"
    with errors.open("w") as stderr:  # a file, not a pipe: nobody reads a pipe while the app runs
        process = subprocess.Popen([app, "--demo", "--lang", "en"], env=env, stderr=stderr)
    try:
        deadline = time.monotonic() + 300  # the demo workspace is built from the samples first: slow machines
        window = None
        while window is None and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.5)
            window = find_window("Demo.*ROI Desktop", env)
        assert window is not None, f"no demo window (exit status {process.poll()})"
        time.sleep(2)  # let the pages finish drawing
        SCREENSHOT.parent.mkdir(exist_ok=True)
        subprocess.run(["import", "-window", "root", str(SCREENSHOT)], env=env, check=True)
        # Quit the way a user does (Ctrl+Q), so that a clean exit is part of the test.
        subprocess.run(["xdotool", "windowfocus", "--sync", window, "key", "--clearmodifiers", "ctrl+q"],
                       env=env, check=True)
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert "Traceback" not in errors.read_text(), errors.read_text()
    assert SCREENSHOT.stat().st_size > 20_000  # a blank 1440×900 screen compresses to a few kB


def test_start_time_against_the_source_install(app: Path, package: Path, unpacked: Path,
                                                 display: dict[str, str], tmp_path: Path) -> None:
    """Process start → first paint of the main window (ROI_DESKTOP_EXIT_ON_PAINT, as benchmarks/cold_start.py)."""
    env = app_env(display, tmp_path, ROI_DESKTOP_EXIT_ON_PAINT="1")
    workspace = tmp_path / "demo.roidb"
    subprocess.run([app, "demo", str(workspace)], env=env, check=True, capture_output=True, timeout=600)
    commands = {"packaged": [str(app), str(workspace)], "source": [str(SOURCE_APP), str(workspace)]}

    def time_to_paint(command: list[str]) -> float:
        start = time.time()
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, f"{command[0]} failed ({result.returncode}): {result.stderr[-3000:]}"
        return float(result.stdout.strip().splitlines()[-1]) - start

    for command in commands.values():
        time_to_paint(command)  # warm-up: the first start also reads everything from disk
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(RUNS):
        for name, command in commands.items():
            times[name].append(time_to_paint(command))
    packaged, source = (statistics.median(times[name]) for name in ("packaged", "source"))
    # Runs alternate, so each pair saw about the same load from the rest of the machine: their ratio is steadier.
    ratio = statistics.median(p / s for p, s in zip(times["packaged"], times["source"], strict=True))
    load = os.getloadavg()[0]
    unpacked_size = build_linux.folder_size(unpacked)
    MEASUREMENTS.write_text(f"""# Packaged app: measurements

Written by `./run package-test` (packaging/test_packaged_app.py) on {date.today().isoformat()}: ROI Desktop
{__version__}, {platform.platform()}, {os.cpu_count()} CPUs.

| What | Figure |
|---|---|
| Package `{package.name}` | {package.stat().st_size / MIB:.1f} MiB |
| Unpacked folder | {unpacked_size / MIB:.1f} MiB |
| Start → first paint, packaged (median of {RUNS}) | {packaged:.2f} s |
| Start → first paint, from source (`{SOURCE_APP.name}` of the venv, median of {RUNS}) | {source:.2f} s |
| Packaged / source, ratio of the medians | {packaged / source:.2f}× |
| Packaged / source, median of the {RUNS} paired runs' ratios | {ratio:.2f}× |

Start time: from launching the process to the first paint of the main window opening a demo workspace,
under Xvfb (xcb), with `ROI_DESKTOP_EXIT_ON_PAINT=1`. One warm-up run each, then {RUNS} alternating runs;
load average at the end: {load:.1f}. Other work on the machine slows both alike: compare the ratios.
All runs, packaged: {", ".join(f"{t:.2f}" for t in times["packaged"])} s;
source: {", ".join(f"{t:.2f}" for t in times["source"])} s.
""", encoding="utf-8")
    # One folder (not one file, which unpacks itself at every start) should not start slower than the source.
    assert ratio <= 1.5
