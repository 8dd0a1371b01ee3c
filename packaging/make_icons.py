"""Render dikecualikan.svg to the bitmap icons the bundle needs: PNG (Linux, window icon without
the SVG plugin), ICO (the Windows executables) and ICNS (the macOS app). Run once after the SVG
changes; the results are committed.

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "dikecualikan_gui" / "resources" / "icons"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "dikecualikan.svg"))
    ok = render(renderer, 256).save(str(ICONS / "dikecualikan.png"))
    ok &= render(renderer, 256).save(str(ICONS / "dikecualikan.ico"))
    ok &= render(renderer, 512).save(str(ICONS / "dikecualikan.icns"))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
