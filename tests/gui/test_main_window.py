from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from opop_desktop.core import permissions
from opop_desktop.core.services import setup
from opop_desktop.core.services.accounts import SYSTEM_ACTOR
from opop_desktop.gui.context import AppContext
from opop_desktop.gui.main_window import MainWindow
from opop_desktop.gui.tasks import TaskRunner

from venue_gui import build_day, close_ctx, make_ctx, sign_in_as

ALL = ["beranda", "peserta", "persiapan", "kehadiran", "penilaian", "hasil", "sinkronisasi", "cetak",
       "pengaturan"]
# What each role finds in the navigation column.
NAVIGATION = {
    "admin": ALL,
    "koord": ALL,
    "off1": ["beranda", "kehadiran", "penilaian", "sinkronisasi", "cetak"],
    "juri1": ["penilaian"],
}


def test_main_window_builds_every_screen_and_shows_beranda_to_nobody(qtbot, db):
    ctx = AppContext(db=db, tasks=TaskRunner(db))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    keys = [win.nav.item(i).data(0x0100) for i in range(win.nav.count())]
    assert keys == ALL
    assert win.visible_keys() == ["beranda"]  # nobody signed in: the Pengguna menu offers Masuk
    assert not win.show_screen("hasil")
    assert win.stack.currentWidget().key == "beranda"
    ctx.tasks.shutdown()


@pytest.fixture
def day(db):
    return build_day(db, n_pesantren=2, n_jurors=1)


@pytest.mark.parametrize("username", sorted(NAVIGATION))
def test_each_role_sees_only_its_screens(qtbot, db, day, username):
    ctx = make_ctx(db, day, username)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.visible_keys() == NAVIGATION[username]
    assert win.visible_keys() == permissions.screens_for(day.users[username])
    assert win.stack.currentWidget().key == NAVIGATION[username][0]
    for key in ALL:
        assert win.show_screen(key) == (key in NAVIGATION[username])
    # Ctrl+3 is Persiapan for everybody; for an officer or a juror it does nothing.
    win.show_screen(NAVIGATION[username][-1])
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)
    qtbot.keyClick(win, Qt.Key_3, Qt.ControlModifier)
    expected = "persiapan" if "persiapan" in NAVIGATION[username] else NAVIGATION[username][-1]
    assert win.stack.currentWidget().key == expected
    tabs = win.screen("penilaian").tabs  # a juror: only their own sheets, no paper entry or board
    visible = [tabs.isTabVisible(i) for i in range(tabs.count())]
    assert visible == ([True, False, False] if username == "juri1" else [True, True, True])
    close_ctx(qtbot, ctx)


def test_switching_to_a_juror_leaves_the_screen_the_juror_may_not_see(qtbot, db, day):
    ctx = make_ctx(db, day, "admin")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    assert win.show_screen("sinkronisasi")
    sign_in_as(ctx, day, "juri1")
    assert win.visible_keys() == ["penilaian"]
    assert win.stack.currentWidget().key == "penilaian"
    assert win.nav.currentItem().data(0x0100) == "penilaian"
    sign_in_as(ctx, day, "off1")
    assert win.stack.currentWidget().key == "penilaian"  # still allowed: stays
    ctx.users.set_user(None)
    assert win.visible_keys() == ["beranda"] and win.stack.currentWidget().key == "beranda"
    close_ctx(qtbot, ctx)


def test_coordinator_sees_only_the_venues_of_its_kab_kota(qtbot, db, day):
    from opop_desktop.gui.screens.persiapan import PersiapanScreen

    with db.session() as s:
        setup.create_venue(s, SYSTEM_ACTOR, stage_id=day.stage_id, name="Aula Tasikmalaya",
                           regency_codes=["32.78"])
    names = {}
    for username in ("admin", "koord"):
        ctx = make_ctx(db, day, username)
        screen = PersiapanScreen(ctx)
        qtbot.addWidget(screen)
        screen.activate()
        model = screen.venues_tab.venue_model
        qtbot.waitUntil(lambda: model.rowCount() >= 1, timeout=10000)
        ctx.tasks.wait_idle()
        names[username] = sorted(r.name for r in model.rows)
        close_ctx(qtbot, ctx)
    assert names == {"admin": ["Aula Garut", "Aula Tasikmalaya"], "koord": ["Aula Garut"]}


def test_task_runner_returns_on_gui_thread(qtbot, db):
    runner = TaskRunner(db)
    got = []
    with qtbot.waitSignal(runner.changed, timeout=5000):
        runner.run(lambda s, ctx: 41 + 1, on_done=got.append, changes={"x"})
    assert got == [42]
    runner.shutdown()


def test_switching_user_reloads_lists_for_the_new_users_kab_kota(qtbot, db, day):
    from audition_day import add_pesantren

    with db.session() as s:
        add_pesantren(s, day.programme_id, 9, regency="32.78")
    ctx = make_ctx(db, day, "admin")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    assert win.show_screen("peserta")
    peserta = win.screen("peserta")
    qtbot.waitUntil(lambda: peserta.proxy.source_count() == 3, timeout=10000)
    sign_in_as(ctx, day, "koord")  # Peserta stays visible; its rows become 32.05's only
    qtbot.waitUntil(lambda: peserta.proxy.source_count() == 2, timeout=10000)
    assert {peserta.proxy.row_at(i).regency_code for i in range(peserta.proxy.rowCount())} == {"32.05"}
    close_ctx(qtbot, ctx)
