#!/usr/bin/env python3
"""Render resources/icons/opop.svg into the Windows icon (opop.ico: 16–256 px) that the
PyInstaller spec gives the executable and the NSIS script gives the installer.

    python installer/make_app_icon.py
"""
from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render_png(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.WriteOnly)
    image.save(buf, "PNG")
    return bytes(data)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs one to paint
    svg = ICONS / "opop.svg"
    big = Image.open(io.BytesIO(render_png(svg, 256)))
    big.save(ICONS / "opop.ico", sizes=[(s, s) for s in SIZES])
    print(f"{(ICONS / 'opop.ico').relative_to(ROOT)}: {len(SIZES)} ukuran")
    return 0


if __name__ == "__main__":
    sys.exit(main())
