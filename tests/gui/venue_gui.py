"""Helpers of the venue-day GUI tests: a real audition day (tests/audition_day.py) and an
AppContext signed in as one of its accounts."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from audition_day import build_day
from opop_desktop.gui.context import AppContext
from opop_desktop.gui.login import to_current
from opop_desktop.gui.tasks import TaskRunner


def make_ctx(db, day=None, username: str | None = None) -> AppContext:
    ctx = AppContext(db=db, tasks=TaskRunner(db))
    if username:
        ctx.users.set_user(to_current(day.users[username]))
    return ctx


def sign_in_as(ctx, day, username: str) -> None:
    ctx.users.set_user(to_current(day.users[username]))


def type_keys(qtbot, text: str) -> None:
    """Type like a person: each key goes to whichever widget has the focus at that moment."""
    for ch in text:
        qtbot.keyClicks(QApplication.focusWidget(), ch)


def press(qtbot, key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def open_main_window(qtbot, ctx, size=(1366, 740)):
    """The main window at the laptop's size, shown and active, so key events reach it."""
    from opop_desktop.gui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5000)
    return win


__all__ = ["build_day", "make_ctx", "sign_in_as", "type_keys", "press", "close_ctx", "open_main_window"]


def close_ctx(qtbot, ctx) -> None:
    """Let refreshes that were triggered by the last change finish (callbacks included: they may
    start further tasks), then stop the worker."""
    qtbot.waitUntil(lambda: ctx.tasks.idle, timeout=30000)
    ctx.tasks.shutdown()
