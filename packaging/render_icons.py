"""Render the application icon's PNG sizes (and the Windows .ico) from its SVG source.

    python packaging/render_icons.py

Run after changing resources/icons/delegation-planner.svg; the PNGs are committed so neither
an install nor the app needs an SVG renderer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "delegation-planner.svg"
# The sizes freedesktop icon themes, Windows and macOS docks ask for.
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> QImage:
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv)
    for size in SIZES:
        target = ICONS / f"delegation-planner-{size}.png"
        if not render(size).save(str(target)):
            print(f"could not write {target}", file=sys.stderr)
            return 1
    ico = ICONS / "delegation-planner.ico"
    if not render(256).save(str(ico), "ICO"):
        print("Qt has no ICO writer here; the Windows bundle then uses the PNG", file=sys.stderr)
    print(f"icons written to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
