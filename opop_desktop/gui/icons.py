"""The icon set in ``resources/icons/`` (SVG, CC0): navigation, actions and state badges.

SVG icons stay sharp at 100 % and 150 % scaling: Qt renders them at the screen's pixel ratio."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from opop_desktop.core import paths

# Navigation column: screen key → icon name.
SCREEN_ICONS = {
    "beranda": "home", "peserta": "users", "persiapan": "clipboard", "kehadiran": "user-check",
    "penilaian": "score", "hasil": "trophy", "sinkronisasi": "sync", "cetak": "printer",
    "pengaturan": "sliders",
}
STATES = ("ok", "warning", "error", "info", "locked")


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg``; an empty icon when the file is missing."""
    path = paths.resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def screen_icon(key: str) -> QIcon:
    return icon(SCREEN_ICONS.get(key, "document"))


def state_icon(state: str) -> QIcon:
    return icon(f"state-{state}")


def app_icon() -> QIcon:
    return icon("opop")
