"""Sign-in dialog over real accounts (Argon2 hashes in SQLite): wrong PIN refused with the
service's message, throttling, correct PIN signs in, "Ganti pengguna" swaps the user."""
from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QDialog

from opop_desktop.core.services.venue_views import has_accounts
from opop_desktop.gui.login import LoginDialog, to_current
from opop_desktop.gui.main_window import MainWindow

from venue_gui import build_day, make_ctx, close_ctx


def _dialog(qtbot, ctx, **kw):
    dlg = LoginDialog(ctx, **kw)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.username.count() > 0, timeout=5000)
    return dlg


def _try(qtbot, dlg, username, secret):
    dlg.set_username(username)
    dlg.secret.setText(secret)
    dlg.ok_button.click()
    qtbot.waitUntil(lambda: dlg.ok_button.isEnabled(), timeout=10000)


def test_wrong_pin_refused_with_message_then_right_pin_signs_in(qtbot, db):
    day = build_day(db)
    ctx = make_ctx(db)
    dlg = _dialog(qtbot, ctx)
    names = [dlg.username.itemText(i) for i in range(dlg.username.count())]
    assert "juri1" in names and "koord" in names
    _try(qtbot, dlg, "juri1", "999999")
    assert dlg.message.text() == "Nama pengguna atau kata sandi/PIN salah."
    assert ctx.user is None
    assert dlg.result() != QDialog.Accepted
    assert dlg.secret.text() == ""  # cleared for the next try
    with qtbot.waitSignal(ctx.users.user_changed, timeout=10000):
        dlg.set_username("juri1")
        dlg.secret.setText("111111")
        dlg.ok_button.click()
    assert ctx.user.username == "juri1"
    assert ctx.user.role == "juror" and ctx.user.juror_id == day.jurors[0]
    assert dlg.result() == QDialog.Accepted
    close_ctx(qtbot, ctx)


def test_repeated_failures_are_throttled_with_the_wait_in_the_message(qtbot, db):
    build_day(db)
    ctx = make_ctx(db)
    dlg = _dialog(qtbot, ctx)
    for _ in range(3):
        _try(qtbot, dlg, "off1", "salah-salah")
    assert "Tunggu 2 detik" in dlg.message.text()
    _try(qtbot, dlg, "off1", "rahasia-123")  # even the right password waits
    assert "Terlalu banyak percobaan gagal" in dlg.message.text()
    assert ctx.user is None
    close_ctx(qtbot, ctx)


def test_switch_user_from_the_main_window_without_restarting(qtbot, db, monkeypatch):
    day = build_day(db)
    with db.session() as s:
        assert has_accounts(s)
    ctx = make_ctx(db, day, "juri1")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    menu_titles = [a.text() for a in win.menuBar().actions()]
    assert "&Pengguna" in menu_titles
    shown = []

    def fake_exec(self):
        shown.append(self.windowTitle())
        qtbot.waitUntil(lambda: self.username.count() > 0, timeout=5000)
        self.set_username("koord")
        self.secret.setText("rahasia-123")
        self.try_sign_in()
        qtbot.waitUntil(lambda: self.result() == QDialog.Accepted, timeout=10000)
        return self.result()

    monkeypatch.setattr(LoginDialog, "exec", fake_exec)
    with qtbot.waitSignal(ctx.users.user_changed, timeout=10000):
        win.switch_user_action.trigger()
    assert shown == ["Ganti pengguna"]
    assert ctx.user.username == "koord"
    assert "Koordinator" in win.user_label.text()
    # The same window and screens stay open: Penilaian now offers the juror choice to the coordinator.
    assert win.screen("penilaian").sheet_page.juror_combo is not None
    close_ctx(qtbot, ctx)


def test_sign_out_leaves_nobody_signed_in(qtbot, db):
    day = build_day(db)
    ctx = make_ctx(db, day, "off1")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    out = win.sign_out_action
    assert out in win.user_menu.actions() and out.text() == "&Keluar akun"
    assert out.isEnabled()
    out.trigger()
    assert ctx.user is None
    assert win.user_label.text() == "Belum masuk"
    assert not out.isEnabled()
    close_ctx(qtbot, ctx)


def test_start_up_asks_for_sign_in_when_accounts_exist(qtbot, db, monkeypatch):
    from opop_desktop.gui.login import sign_in_at_start
    build_day(db)
    ctx = make_ctx(db)
    asked = []
    monkeypatch.setattr(LoginDialog, "exec", lambda self: asked.append(self.windowTitle()) or QDialog.Rejected)
    sign_in_at_start(ctx)
    qtbot.waitUntil(lambda: asked == ["Masuk"], timeout=5000)
    assert ctx.user is None  # cancelled: the application stays open without a user
    close_ctx(qtbot, ctx)


def test_start_up_without_accounts_asks_nothing(qtbot, db, programme, monkeypatch):
    from opop_desktop.gui.login import sign_in_at_start
    ctx = make_ctx(db)
    asked = []
    monkeypatch.setattr(LoginDialog, "exec", lambda self: asked.append(1) or QDialog.Rejected)
    sign_in_at_start(ctx)
    qtbot.waitUntil(lambda: ctx.tasks.idle, timeout=10000)  # the accounts check and its callback ran
    assert asked == []
    close_ctx(qtbot, ctx)


def test_switching_user_after_the_window_rebuilt_its_screens(qtbot, db):
    """Changing the language rebuilds the screens without a form and the menus; the old ones must
    not hear user changes."""
    day = build_day(db)
    ctx = make_ctx(db, day, "off1")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    win.show_screen("kehadiran")
    old_screens = [s for s in win.screens if s.form is None]  # form-built screens are kept
    win.switch_language("id")
    # The race: the old screens' refreshes were still running while they were being deleted; a
    # callback that reached a deleted widget failed only when the worker was slower than the
    # deletion. Wait for each event in turn instead of guessing how long it takes.
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(s) for s in old_screens), timeout=10000)
    with qtbot.captureExceptions() as caught:
        ctx.users.set_user(None)
        ctx.users.set_user(to_current(day.users["koord"]))
        qtbot.waitUntil(lambda: ctx.tasks.idle, timeout=30000)  # every refresh and its callback ran
    assert caught == []
    assert win.sign_out_action.isEnabled()
    assert win.user_label.text().startswith("Pengguna: Koordinator")
    close_ctx(qtbot, ctx)
