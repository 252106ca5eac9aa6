"""Failures explained and kept, in the real widgets: one short sentence in a message area that
never moves the layout, the 'unexpected error' dialog with the log's path and 'Salin detail', and
task callbacks that never touch a widget deleted while the task ran."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QVBoxLayout, QWidget

from opop_desktop.core import logs
from opop_desktop.gui import messages
from opop_desktop.gui.screens.penilaian import PenilaianScreen
from opop_desktop.gui.tasks import TaskRunner

from venue_gui import build_day, make_ctx, press, type_keys, close_ctx

OPOP = Path(sys.executable).with_name("opop")


@pytest.mark.skipif(os.name == "nt", reason="POSIX lock semantics")
def test_a_pulled_database_gives_one_sentence_and_the_grid_does_not_move(qtbot, db, db_path):
    day = build_day(db, n_pesantren=2, n_jurors=1)
    ctx = make_ctx(db, day, "juri1")
    screen = PenilaianScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1300, 700)
    screen.show()
    screen.activateWindow()
    qtbot.waitExposed(screen)
    screen.activate()
    page = screen.sheet_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    grid_top, area_height = page.view.geometry().top(), page.status_line.height()
    # The old failure: something in this process opened and closed the database's files, and
    # an `opop` command beside the app took the file over and deleted the WAL.
    for name in (str(db_path), f"{db_path}-shm", f"{db_path}-wal"):
        with open(name, "rb") as f:
            f.read(16)
    run = subprocess.run([str(OPOP), "--db", str(db_path), "device", "show"], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    page.view.setFocus()
    type_keys(qtbot, "7")
    assert page.view.state() == QAbstractItemView.EditingState
    press(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: page.status_line.text() != "", timeout=10000)
    text = page.status_line.text()
    assert "Berkas basis data diganti atau dihapus" in text and "\n" not in text
    assert "sqlite" not in text.lower() and "Traceback" not in text
    assert page.model.value(0, "PSR") is None  # not shown as saved
    assert page.view.geometry().top() == grid_top and page.status_line.height() == area_height
    page.say("Baris panjang sekali. " * 40, error=True)
    qtbot.waitUntil(lambda: page.status_line.isVisible())
    assert page.view.geometry().top() == grid_top and page.status_line.height() == area_height
    assert page.status_line.label.fitted().count("\n") <= 1 and page.status_line.label.fitted().endswith("…")
    close_ctx(qtbot, ctx)


def test_unexpected_error_dialog_shows_the_log_and_copies_the_details(qtbot, tmp_path):
    logs.setup_logging("gui")
    try:
        {}["kunci"]
    except KeyError as exc:
        err = exc
    seen = {}

    def drive():
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, messages.UnexpectedErrorDialog):
            QTimer.singleShot(20, drive)
            return
        dlg.activateWindow()
        qtbot.waitUntil(dlg.isActiveWindow, timeout=5000)
        seen["where"] = dlg.where.text()
        seen["text"] = dlg.text.text()
        dlg.copy_button.setFocus()
        qtbot.keyClick(dlg.copy_button, Qt.Key_Space)  # "Salin detail"
        seen["clipboard"] = QGuiApplication.clipboard().text()
        seen["still_open"] = dlg.isVisible()
        qtbot.keyClick(dlg, Qt.Key_Escape)

    QTimer.singleShot(0, drive)
    messages.show_error(None, err)
    assert str(logs.log_path()) in seen["where"]
    assert "tak terduga" in seen["text"] and "kunci" not in seen["text"]
    assert "KeyError" in seen["clipboard"] and "Traceback" in seen["clipboard"]
    assert str(logs.log_path()) in seen["clipboard"]
    assert seen["still_open"]
    assert "KeyError" in logs.log_path().read_text(encoding="utf-8")


def test_a_callback_of_a_widget_deleted_meanwhile_is_skipped(qtbot, db):
    tasks = TaskRunner(db)
    release = threading.Event()
    owner = QWidget()
    lay = QVBoxLayout(owner)
    label = QLabel("menunggu")
    lay.addWidget(label)
    called = []

    def op(_s, _ctx):
        release.wait(30)
        return "selesai"

    # A lambda, not a bound method: the old guard missed exactly these.
    tasks.run(op, on_done=lambda r: (called.append(r), label.setText(r)))
    done = []
    tasks.run(lambda _s, _c: None, on_done=lambda _r: done.append(True))
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(label), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: done == [True], timeout=10000)
    assert called == []
    tasks.shutdown()
