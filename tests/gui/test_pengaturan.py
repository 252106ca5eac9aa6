from __future__ import annotations

from opop_desktop.core import paths
from opop_desktop.gui import settings
from opop_desktop.gui.context import AppContext, CurrentUser
from opop_desktop.gui.main_window import MainWindow
from opop_desktop.gui.tasks import TaskRunner


def test_language_switch_rebuilds_screens_and_keeps_db(qtbot, db, programme):
    ctx = AppContext(db=db, tasks=TaskRunner(db))
    ctx.users.set_user(CurrentUser("u-admin", "admin", "Admin", "admin"))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show_screen("pengaturan")
    screen = win.screen("pengaturan")
    screen.language.setCurrentIndex(1)  # English
    assert settings.load_language() == "en"
    assert win.stack.currentWidget().key == "pengaturan"
    assert win.nav.count() == 9
    # The database is still usable after the rebuild.
    got = []
    ctx.tasks.run(lambda s, _c: s.connection().exec_driver_sql("select 1").scalar(), on_done=got.append)
    qtbot.waitUntil(lambda: got == [1], timeout=5000)
    ctx.tasks.shutdown()


def test_backup_now_writes_a_copy(qtbot, db, monkeypatch):
    from opop_desktop.gui import messages

    shown = []
    monkeypatch.setattr(messages, "info", lambda parent, text, title=None: shown.append(text))
    ctx = AppContext(db=db, tasks=TaskRunner(db))
    ctx.users.set_user(CurrentUser("u-admin", "admin", "Admin", "admin"))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.screen("pengaturan").backup_now.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert list(paths.backups_dir().glob("*manual.sqlite3"))
    ctx.tasks.shutdown()
