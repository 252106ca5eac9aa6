"""The icon set in ``resources/icons/`` (SVG, CC0): navigation, actions and state badges.

SVG icons stay sharp at 100 % and 150 % scaling: Qt renders them at the screen's pixel ratio."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from opop_desktop.core import paths

# Navigation column: screen key → icon name.
SCREEN_ICONS = {
    "beranda": "home", "peserta": "users", "persiapan": "clipboard", "kehadiran": "user-check",
    "penilaian": "score", "hasil": "trophy", "sinkronisasi": "sync", "cetak": "printer",
    "pengaturan": "sliders",
}
STATES = ("ok", "warning", "error", "info", "locked")
INK = "#1f3b4d"  # the stroke colour of the set
# Pixel sizes drawn for the navigation icons' selected (white) look: 20-point icons at 100 %,
# 150 % and 200 % scaling.
NAV_PIXELS = (20, 30, 40)


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg``; an empty icon when the file is missing."""
    path = paths.resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


@lru_cache(maxsize=None)
def screen_icon(key: str) -> QIcon:
    """The navigation icon: ink on the list, white on the selected (green) row."""
    name = SCREEN_ICONS.get(key, "document")
    base = icon(name)
    path = paths.resource("icons", f"{name}.svg")
    if base.isNull():
        return base
    white = QSvgRenderer(QByteArray(path.read_bytes().replace(INK.encode(), b"#ffffff")))
    themed = QIcon(base)
    for size in NAV_PIXELS:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.transparent)
        painter = QPainter(pixmap)
        white.render(painter)
        painter.end()
        themed.addPixmap(pixmap, QIcon.Selected)
    return themed


def state_icon(state: str) -> QIcon:
    return icon(f"state-{state}")


def app_icon() -> QIcon:
    return icon("opop")
