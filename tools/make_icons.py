"""Render resources/icons/kirjuri.svg to the PNG sizes and the Windows .ico the packages use.

    python tools/make_icons.py

Qt draws the SVG (QtSvg), Pillow writes the .ico. The outputs are committed: they change only
when the SVG does.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "kirjuri.svg"))
    if not renderer.isValid():
        sys.exit("kirjuri.svg is not a valid SVG")
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"kirjuri-{size}.png"))
    del app
    from PIL import Image

    big = Image.open(ICONS / "kirjuri-256.png")
    big.save(ICONS / "kirjuri.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    return 0


if __name__ == "__main__":
    sys.exit(main())
