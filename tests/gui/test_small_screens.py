"""Every screen is usable on a 1366×768 laptop, also at 150 % text scaling."""
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
        qtbot.waitUntil(lambda: win.ctx.tasks.idle, timeout=30000)  # results reached the screen


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


def _in_view(view, column: int) -> bool:
    header = view.horizontalHeader()
    left = header.sectionViewportPosition(column)
    return not header.isSectionHidden(column) and left >= 0 and \
        left + header.sectionSize(column) <= view.viewport().width()


def _settle(win, qtbot):
    for _ in range(10):
        win.ctx.tasks.wait_idle()
        qtbot.wait(20)


def test_tables_fit_1366x768(qtbot, db):
    """The juror types a row at 1366×768: the Total is never cut off ("15…"); the Hasil outcome,
    and every shown column of Kehadiran and Peserta, are in view without scrolling."""
    from PySide6.QtCore import Qt

    from opop_desktop.core.demo.venue_day import DEMO_PASSWORD, DEMO_PIN
    from opop_desktop.core.services import accounts
    from opop_desktop.gui.login import to_current

    with db.session() as s:
        summary = generate_demo(s, scale="small", seed=5)
        juror = accounts.authenticate(s, summary.venue_day.empty_juror, DEMO_PIN)
        coordinator = accounts.authenticate(s, "koordinator", DEMO_PASSWORD)
    ctx = AppContext(db=db, tasks=TaskRunner(db))
    ctx.users.set_user(to_current(juror))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 740)  # 768 minus the taskbar's share
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5000)  # keys go to the focus
    try:
        win.show_screen("penilaian")
        page = win.screen("penilaian").sheet_page
        qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
        page.view.setFocus()
        qtbot.waitUntil(page.view.hasFocus, timeout=5000)
        row = page.view.currentIndex().row()  # the first row to score (not an absent one)
        for value in ["10"] * 7:  # the widest total: 100,00
            for ch in value:  # each key to whichever widget has the focus now
                qtbot.keyClicks(QApplication.focusWidget(), ch)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
        qtbot.waitUntil(lambda: page.own_pending == 0, timeout=10000)
        view, model = page.view, page.model
        total = model.total_column
        text = model.index(row, total).data()
        assert text == "100,00"
        assert view.horizontalScrollBar().maximum() == 0
        for col in range(model.columnCount()):
            assert _in_view(view, col), model.headerData(col, Qt.Horizontal)
        assert view.fontMetrics().horizontalAdvance(text) + 8 <= view.horizontalHeader().sectionSize(total)

        ctx.users.set_user(to_current(coordinator))
        win.show_screen("hasil")
        hasil = win.screen("hasil")
        qtbot.waitUntil(lambda: hasil.rank_model.rowCount() > 0, timeout=20000)
        outcome = [hasil.rank_model.headerData(c, Qt.Horizontal) for c in range(hasil.rank_model.columnCount())
                   ].index("Hasil")
        assert _in_view(hasil.rank_view, outcome)

        for key, attr in (("kehadiran", "view"), ("peserta", "table")):
            win.show_screen(key)
            table = getattr(win.screen(key), attr)
            qtbot.waitUntil(lambda t=table: t.model().rowCount() > 0, timeout=20000)
            _settle(win, qtbot)
            assert table.horizontalScrollBar().maximum() == 0, key
            assert all(_in_view(table, c) for c in range(table.model().columnCount())
                       if not table.horizontalHeader().isSectionHidden(c)), key
    finally:
        _settle(win, qtbot)
        ctx.tasks.shutdown()

