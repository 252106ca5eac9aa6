from __future__ import annotations

from opop_desktop.core import paths
from opop_desktop.gui import settings
from opop_desktop.gui.context import CurrentUser
from opop_desktop.gui.main_window import MainWindow


def test_language_switch_rebuilds_screens_and_keeps_db(qtbot, db, programme, ctx):
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


def test_backup_now_writes_a_copy(qtbot, db, monkeypatch, ctx):
    from opop_desktop.gui import messages

    shown = []
    monkeypatch.setattr(messages, "info", lambda parent, text, title=None: shown.append(text))
    ctx.users.set_user(CurrentUser("u-admin", "admin", "Admin", "admin"))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.screen("pengaturan").backup_now.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert list(paths.backups_dir().glob("*manual.sqlite3"))


def test_settings_changes_are_audited_with_who(qtbot, db):
    import json

    from PySide6.QtCore import Qt
    from sqlalchemy import select

    from opop_desktop.core.models import AuditEntry
    from opop_desktop.gui.screens.pengaturan import PengaturanScreen

    from venue_gui import build_day, close_ctx, make_ctx

    day = build_day(db, n_pesantren=1, n_jurors=1)
    ctx = make_ctx(db, day, "admin")
    screen = PengaturanScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitExposed(screen)
    screen.paper.setFocus()
    qtbot.keyClick(screen.paper, Qt.Key_Down)  # A4 → F4
    assert settings.paper_size() == "F4"
    screen.keep.setFocus()
    qtbot.keyClick(screen.keep, Qt.Key_Up)
    qtbot.keyClick(screen.keep, Qt.Key_Up)
    qtbot.keyClick(screen.keep, Qt.Key_Enter)

    def audited():
        with db.session() as s:
            return [(e.actor, e.entity_id, json.loads(e.old_json), json.loads(e.new_json)) for e in
                    s.scalars(select(AuditEntry).where(AuditEntry.action.like("settings.%"))
                              .order_by(AuditEntry.chain_index))]
    qtbot.waitUntil(lambda: len(audited()) == 2, timeout=10000)
    assert audited() == [("admin (Admin)", "paper", "A4", "F4"),
                         ("admin", "backups_kept", {"backups_kept": 20}, {"backups_kept": 22})]
    close_ctx(qtbot, ctx)
