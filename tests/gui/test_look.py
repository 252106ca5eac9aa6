"""The look: the icon set, the application icon, the Fusion palette, states shown as icon and
words, and icons drawn at the screen's pixels (100 % and 150 %)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtSvg import QSvgRenderer

from opop_desktop.gui import icons
from opop_desktop.gui.widgets.state_label import StateLabel

ROOT = Path(__file__).resolve().parents[2]
ICON_DIR = ROOT / "resources" / "icons"


def test_every_icon_the_programme_names_is_a_24px_svg_of_the_set():
    names = set(icons.SCREEN_ICONS.values()) | {f"state-{s}" for s in icons.STATES}
    for name in sorted(names):
        renderer = QSvgRenderer(str(ICON_DIR / f"{name}.svg"))
        assert renderer.isValid(), name
        assert renderer.defaultSize() == QSize(24, 24), name
    assert "CC0" in (ICON_DIR / "LICENSE").read_text()


def test_icons_used_in_code_exist():
    import re
    used = set()
    for path in (ROOT / "opop_desktop" / "gui").rglob("*.py"):
        used |= set(re.findall(r'\bicon\("([a-z-]+)"\)', path.read_text(encoding="utf-8")))
    assert used and all((ICON_DIR / f"{name}.svg").is_file() for name in used), used


def test_each_state_has_its_own_shape_not_only_its_colour():
    bodies = {s: (ICON_DIR / f"state-{s}.svg").read_text().split(">", 1)[1] for s in icons.STATES}
    shapes = {s: body.replace("stroke", "") for s, body in bodies.items()}
    assert len(set(shapes.values())) == len(icons.STATES)


def test_state_label_shows_the_state_as_icon_and_words(qtbot):
    label = StateLabel()
    qtbot.addWidget(label)
    label.show()
    label.set_state("error", "Berkas tidak ditemukan.")
    assert label.text() == "Berkas tidak ditemukan."
    assert label.badge.isVisible() and not label.badge.icon().isNull()
    assert label.label.property("state") == "error"
    label.set_state("ok", "Disimpan.")
    assert label.badge.icon().cacheKey() != icons.state_icon("error").cacheKey()
    label.clear()
    assert not label.badge.isVisible() and label.text() == ""


def test_fusion_palette_in_the_programme_colours(qtbot):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from opop_desktop.gui import look

    app = QApplication.instance()
    palette, sheet = app.palette(), app.styleSheet()
    try:
        look.apply_look(app)
        assert app.palette().color(QPalette.Highlight).name() == look.GREEN
        assert not app.windowIcon().isNull()
    finally:
        app.setPalette(palette)
        app.setStyleSheet(sheet)


def test_navigation_entries_have_their_screen_icons(qtbot, db):
    from opop_desktop.gui.context import AppContext
    from opop_desktop.gui.main_window import MainWindow
    from opop_desktop.gui.tasks import TaskRunner

    ctx = AppContext(db=db, tasks=TaskRunner(db))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    for row in range(win.nav.count()):
        assert not win.nav.item(row).icon().isNull()
    assert win.screen("beranda").form.header.icon_label.isVisibleTo(win.screen("beranda"))
    ctx.tasks.shutdown()


SCALE_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from opop_desktop.gui.widgets.header import ICON_SIZE, ScreenHeader
from opop_desktop.gui.icons import screen_icon
header = ScreenHeader()
header.set_icon(screen_icon("cetak"))
header.setText("Cetak")
header.show()
app.processEvents()
image = header.icon_label.grab().toImage()
ink = sum(1 for x in range(image.width()) for y in range(image.height())
          if image.pixelColor(x, y).alpha() > 200)
print(image.width(), image.height(), image.devicePixelRatio(), ink)
"""


@pytest.mark.parametrize("scale, pixels", [("1", 28), ("1.5", 42)])
def test_header_icon_is_drawn_at_the_screens_pixels(scale, pixels):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", SCALE_PROBE], env=env, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    width, height, ratio, ink = out.stdout.split()
    assert (int(width), int(height)) == (pixels, pixels)
    assert float(ratio) == float(scale)
    assert int(ink) > 0  # the icon is there, painted at full resolution


def test_a_long_failure_keeps_the_state_line_height_and_the_whole_text_in_its_tooltip(qtbot):
    line = StateLabel()
    qtbot.addWidget(line)
    line.resize(420, line.sizeHint().height())
    line.show()
    line.set_state("ok", "Tersimpan.")
    height = line.sizeHint().height()
    long = "Basis data sedang dipakai program lain; coba lagi sebentar lagi. " * 8
    line.set_state("error", long)
    assert line.sizeHint().height() == height  # the layout below does not move
    assert line.label.toolTip() == long and line.label.fitted().endswith("…")


def test_a_new_message_does_not_lay_the_window_out_again(qtbot):
    """The grid's status line changes after every committed cell: only the words repaint."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QTableView, QVBoxLayout, QWidget

    class Requests(QObject):
        seen = 0

        def eventFilter(self, _obj, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.LayoutRequest:
                self.seen += 1
            return False

    window = QWidget()
    lay = QVBoxLayout(window)
    lay.addWidget(QTableView())
    line = StateLabel()
    lay.addWidget(line)
    qtbot.addWidget(window)
    window.resize(600, 400)
    window.show()
    line.set_state("info", "Tersimpan: PSR = 7,5")
    for _ in range(3):  # a layout request travels up one widget per pass
        QApplication.processEvents()
    requests = Requests()
    window.installEventFilter(requests)
    line.set_state("info", "Tersimpan: PTN = 10")
    for _ in range(3):
        QApplication.processEvents()
    assert requests.seen == 0
    assert line.text() == "Tersimpan: PTN = 10" and line.label.width() > 400


# ---------------------------------------------------------------- one header for every screen
from opop_desktop.gui.screens import SCREENS  # noqa: E402

SCREEN_KEYS = [key for key, _m, _c, _t in SCREENS]


@pytest.mark.parametrize("key", SCREEN_KEYS)
def test_every_screen_starts_with_the_shared_header_and_no_hand_made_one(qtbot, ctx, key):
    import re

    from PySide6.QtWidgets import QLabel

    from opop_desktop.core import permissions
    from opop_desktop.gui.context import CurrentUser
    from opop_desktop.gui.main_window import MainWindow
    from opop_desktop.gui.widgets.header import ScreenHeader

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    # Every role's screens are among the window's: the walk below covers all of them.
    roles = ("admin", "coordinator", "officer", "juror")
    seen = {k for role in roles for k in permissions.screens_for(CurrentUser("u", "u", "U", role))}
    assert seen <= {s.key for s in win.screens} == set(SCREEN_KEYS)
    screen = win.screen(key)
    first = screen.layout().itemAt(0).widget()
    assert isinstance(first, ScreenHeader), type(first).__name__
    assert first is screen.form.header and first.text() == screen.title()
    assert not first.icon_label.icon().isNull()
    assert len(screen.findChildren(ScreenHeader)) == 1
    hand_made = [lbl.text() for lbl in screen.findChildren(QLabel) if re.search(r"<h[1-6]\b", lbl.text(), re.I)]
    assert hand_made == []
    assert [lbl for lbl in screen.findChildren(QLabel, "screenTitle")] == [first.title_label]
