"""Render resources/icons/roi-desktop.svg into the icon files the installers need.

Windows wants a multi-size .ico, macOS an .icns, Linux desktops a 256 px PNG (hicolor theme). Each size is
rendered from the SVG by Qt rather than scaled down from one big bitmap, so that the small ones stay crisp.
The generated files are committed: builds on Windows and macOS do not run this (nor need Pillow for it).

    .venv/bin/python packaging/make_icons.py      # after changing the SVG; needs the `package` extra (Pillow)
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed

from PIL import Image  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SOURCE = ICONS / "roi-desktop.svg"
ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]  # what Windows picks from (taskbar, Explorer, high DPI)
ICNS_SIZES = [32, 64, 128, 256, 512, 1024]  # the PNG-based entries Pillow writes (1x and 2x of 16…512)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The SVG drawn on a transparent size×size square, as a Pillow RGBA image."""
    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return Image.frombuffer("RGBA", (size, size), bytes(image.constBits()), "raw", "RGBA", image.bytesPerLine(), 1)


def main() -> None:
    _app = QGuiApplication([])  # QPainter needs one
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    images = {size: render(renderer, size) for size in sorted({*ICO_SIZES, *ICNS_SIZES})}

    images[256].save(ICONS / "roi-desktop-256.png", optimize=True)
    images[256].save(ICONS / "roi-desktop.ico", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES])
    images[1024].save(ICONS / "roi-desktop.icns", append_images=[images[s] for s in ICNS_SIZES])
    for name in ("roi-desktop-256.png", "roi-desktop.ico", "roi-desktop.icns"):
        print(f"{ICONS / name}  {(ICONS / name).stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
