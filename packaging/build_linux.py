"""Build the Linux package: dist/roi-desktop-<version>-linux-<arch>.tar.gz (run by `./run package`).

PyInstaller makes the one-folder app from packaging/roi_desktop.spec (into dist/roi-desktop). The tarball adds
what a Linux desktop needs to list the app and open .roidb files with it: the menu entry, the MIME type and
the icon, with install.sh / uninstall.sh for a per-user install (packaging/linux/, packaging/README.md).
Everything sits under one top folder named like the tarball, so that unpacking never litters.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
LINUX = ROOT / "packaging" / "linux"
sys.path.insert(0, str(ROOT))
from roi_desktop import __version__  # noqa: E402

# Files added next to the app folder in the tarball: (source, name in the tarball).
DESKTOP_FILES = [
    (LINUX / "roi-desktop.desktop", "roi-desktop.desktop"),
    (LINUX / "roi-desktop.xml", "roi-desktop.xml"),
    (LINUX / "install.sh", "install.sh"),
    (LINUX / "uninstall.sh", "uninstall.sh"),
    (ROOT / "resources" / "icons" / "roi-desktop-256.png", "roi-desktop.png"),
]


def package_name() -> str:
    """The tarball's name without extension, also its top folder: roi-desktop-0.1.0-linux-x86_64."""
    return f"roi-desktop-{__version__}-linux-{platform.machine()}"


def tarball_path() -> Path:
    return DIST / f"{package_name()}.tar.gz"


def build_app() -> Path:
    """Run PyInstaller with the spec; returns the one-folder app (dist/roi-desktop)."""
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
                    str(ROOT / "packaging" / "roi_desktop.spec")], check=True)
    return DIST / "roi-desktop"


def strip_interpreter(app: Path) -> None:
    """Remove the debug information of libpython and of the standard library's extension modules.

    Pythons built from source (pyenv, some CI images) keep it: ~20 MB of the folder, ~10 MB of the tarball.
    Only these files: PyInstaller's strip option strips everything, and that breaks the libraries wheels
    bring (numpy's OpenBLAS no longer loads: "ELF load command address/offset not page-aligned").
    """
    strip = shutil.which("strip")
    internal = app / "_internal"
    targets = [*internal.glob("libpython3*.so*"), *internal.glob("python3*/lib-dynload/*.so")]
    if strip and targets:
        subprocess.run([strip, "--strip-debug", *map(str, targets)], check=True)


def make_tarball(app: Path) -> Path:
    top = package_name()
    target = tarball_path()
    with tarfile.open(target, "w:gz") as tar:
        tar.add(app, arcname=f"{top}/roi-desktop")
        for source, name in DESKTOP_FILES:
            tar.add(source, arcname=f"{top}/{name}")
    return target


def folder_size(folder: Path) -> int:
    """Bytes of the files under `folder`, symbolic links counted as links (like the unpacked tarball)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir() or path.is_symlink())


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    start = time.monotonic()
    app = build_app()
    strip_interpreter(app)
    tarball = make_tarball(app)
    mib = 1024 * 1024
    print(f"{tarball.relative_to(ROOT)}: {tarball.stat().st_size / mib:.1f} MiB "
          f"(app folder {folder_size(app) / mib:.1f} MiB), built in {time.monotonic() - start:.0f} s")


if __name__ == "__main__":
    main()
