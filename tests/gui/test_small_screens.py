"""Every screen is usable on a 1366×768 laptop, also at 150 % text scaling (issue 7 §4)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from opop_desktop.core.demo import generate_demo
from opop_desktop.gui.context import AppContext, CurrentUser
from opop_desktop.gui.main_window import MainWindow
from opop_desktop.gui.tasks import TaskRunner

NAV_AND_MARGINS = 200  # navigation column, margins and scroll bar


@pytest.fixture
def demo_window(qtbot, db):
    with db.session() as s:
        generate_demo(s, scale="small", seed=5)
    ctx = AppContext(db=db, tasks=TaskRunner(db))
    ctx.users.set_user(CurrentUser("u-admin", "admin", "Admin", "admin"))  # every screen
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    yield win
    ctx.tasks.shutdown()


def _visit_all(win, qtbot):
    for screen in win.screens:
        win.show_screen(screen.key)
        win.ctx.tasks.wait_idle()
        qtbot.wait(20)  # let queued results reach the screen


def test_every_screen_fits_1366x768_without_scrolling(demo_window, qtbot):
    _visit_all(demo_window, qtbot)
    for screen in demo_window.screens:
        hint = screen.minimumSizeHint()
        assert hint.width() + NAV_AND_MARGINS <= 1366, (screen.key, hint)
        assert hint.height() <= 700, (screen.key, hint)  # 768 minus title bar, menu, status bar


def test_150_percent_text_scaling_still_reachable(demo_window, qtbot):
    app = QApplication.instance()
    font = app.font()
    try:
        bigger = app.font()
        bigger.setPointSizeF(font.pointSizeF() * 1.5)
        app.setFont(bigger)
        _visit_all(demo_window, qtbot)
        # 1366×768 at 150 % is about 910×512 logical pixels: the window must fit in it and
        # every screen must be reachable through its scroll area.
        demo_window.resize(910, 512)
        assert demo_window.minimumSizeHint().width() <= 910
        assert demo_window.minimumSizeHint().height() <= 512
        for screen in demo_window.screens:
            demo_window.show_screen(screen.key)
            area = demo_window.stack.currentWidget()
            assert area.widget() is screen and area.widgetResizable()
    finally:
        app.setFont(font)
