"""The database cannot be pulled from under the running app.

A real app process opens Sinkronisasi → Impor → "Pilih bundel…" on the folder that holds its
database (the USB stick case), an ``opop device show`` then runs beside it, a juror types the
sheet in Penilaian with key events, and the app is killed with SIGKILL. Every cell shown as saved
must be in the file afterwards. (Before the fix the dialog's MIME sniffing opened and closed the
database's files, which dropped the app's SQLite locks; the CLI then deleted the WAL and every
later cell went into a deleted file.)"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from audition_day import CODES, build_day

ROOT = Path(__file__).resolve().parents[2]
OPOP = Path(sys.executable).with_name("opop")

APP = r'''
import json, os, sys
from decimal import Decimal
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFileDialog, QFileSystemModel
from opop_desktop.core.db import open_database
from opop_desktop.core.services.accounts import SignedInUser
from opop_desktop.gui.context import AppContext
from opop_desktop.gui.screens.penilaian import PenilaianScreen
from opop_desktop.gui.screens.sinkronisasi import SinkronisasiScreen
from opop_desktop.gui.tasks import TaskRunner

args = json.loads(sys.argv[1])
app = QApplication([])
db = open_database(args["db"])
ctx = AppContext(db=db, tasks=TaskRunner(db))
folder = os.path.dirname(args["db"])


def wait_for(condition):
    while not condition():
        app.processEvents(QEventLoop.AllEvents | QEventLoop.WaitForMoreEvents, 50)


def close_when_listed():
    # Once the bundle is listed, the dialog has read the whole folder (the database beside it too).
    dlg = app.activeModalWidget()
    model = dlg.findChild(QFileSystemModel) if isinstance(dlg, QFileDialog) else None
    if model is not None:
        root = model.index(folder)
        if args["bundle"] in {model.index(i, 0, root).data() for i in range(model.rowCount(root))}:
            dlg.reject()   # the officer looked at the folder and cancelled
            return
    QTimer.singleShot(20, close_when_listed)


# Sinkronisasi -> Impor -> "Pilih bundel..." with the folder that holds the database open.
ctx.users.set_user(SignedInUser(**args["coordinator"]))
sync = SinkronisasiScreen(ctx)
sync.show()
QTimer.singleShot(0, close_when_listed)
QTest.mouseClick(sync.choose_button, Qt.LeftButton)
print(json.dumps({"dialog": "closed"}), flush=True)
sys.stdin.readline()   # the test runs `opop device show` beside us meanwhile

# The juror types the sheet in Penilaian, cell by cell, with the keyboard.
ctx.users.set_user(SignedInUser(**args["juror"]))
screen = PenilaianScreen(ctx)
screen.resize(1300, 700)
screen.show()
screen.activateWindow()
screen.activate()
page = screen.sheet_page
wait_for(lambda: page.model.rowCount() == len(args["pesantren"]))
wait_for(lambda: screen.windowHandle() is not None and screen.windowHandle().isExposed())
screen.activateWindow()
wait_for(screen.isActiveWindow)
page.view.setFocus()
page.view.setCurrentIndex(page.view.first_entry_cell())
wait_for(lambda: app.focusWidget() is page.view)
cells = [(row, code) for row in range(page.model.rowCount()) for code in args["codes"]]
for n, (row, code) in enumerate(cells):
    here = page.model.index(row, page.model.column_of(code))
    page.view.setCurrentIndex(here)
    text = str(1 + n % 9)
    for ch in text:
        QTest.keyClicks(app.focusWidget(), ch)
    wait_for(lambda: page.view.state() == QAbstractItemView.EditingState)
    QTest.keyClick(app.focusWidget(), Qt.Key_Return)
    wait_for(lambda: page.view.state() != QAbstractItemView.EditingState)
    wait_for(lambda: page.own_pending == 0 and ctx.tasks.idle)
    pid = page.model.rows[row].pesantren_id
    if page.model.value(row, code) == Decimal(text):   # shown as saved
        print(json.dumps({"cell": [pid, code], "value": int(text)}), flush=True)
    else:
        print(json.dumps({"refused": [pid, code], "message": page.status_line.text()}), flush=True)
print(json.dumps({"typing": "done"}), flush=True)
'''


@pytest.mark.slow
def test_file_dialog_and_cli_beside_the_app_then_sigkill_loses_nothing(tmp_path):
    from opop_desktop.core.db import open_database

    usb = tmp_path / "usb"
    usb.mkdir()
    # A name that says nothing about the content: exactly what MIME sniffing opens.
    db_path = usb / "opop.db"
    bundle = usb / "garut-2019.opop"
    bundle.write_bytes(b"not really a bundle")
    db = open_database(str(db_path))
    day = build_day(db, n_pesantren=3, n_jurors=1)
    db.dispose()

    payload = json.dumps({"db": str(db_path), "juror": day.juror_user(0).__dict__,
                          "coordinator": day.users["koord"].__dict__, "pesantren": day.pesantren,
                          "codes": CODES, "bundle": bundle.name})
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    # The dialog opens in the working folder: the USB stick, as when the app is started from it.
    app = subprocess.Popen([sys.executable, "-c", APP, payload], cwd=usb, stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    accepted: dict[tuple[str, str], int] = {}
    refused = []
    watchdog = threading.Timer(120, app.kill)  # a dialog that never lists the folder fails, not hangs
    watchdog.start()
    try:
        assert json.loads(app.stdout.readline() or "null") == {"dialog": "closed"}, app.stderr.read()
        wal_before = os.stat(f"{db_path}-wal").st_ino
        other = subprocess.run([str(OPOP), "--db", str(db_path), "device", "show"], env=env,
                               capture_output=True, text=True, timeout=120)
        assert other.returncode == 0, other.stderr
        assert os.stat(f"{db_path}-wal").st_ino == wal_before, "the CLI deleted the app's WAL"
        app.stdin.write("go\n")
        app.stdin.flush()
        for line in app.stdout:
            msg = json.loads(line)
            if "cell" in msg:
                accepted[tuple(msg["cell"])] = msg["value"]
            elif "refused" in msg:
                refused.append(msg)
            else:
                break
        else:
            pytest.fail("the app stopped by itself: " + app.stderr.read()[-2000:])
        app.send_signal(signal.SIGKILL)
    finally:
        watchdog.cancel()
        app.kill()
        app.wait(timeout=60)
    assert app.returncode == -signal.SIGKILL
    assert refused == [], refused
    assert len(accepted) == len(day.pesantren) * len(CODES)

    con = sqlite3.connect(db_path)
    try:
        assert con.execute("pragma integrity_check").fetchone() == ("ok",)
        rows = con.execute(
            "select s.pesantren_id, e.criterion_code, e.value from score_entry e "
            "join score_sheet s on s.id = e.sheet_id where s.juror_id = ?", (day.jurors[0],)).fetchall()
    finally:
        con.close()
    stored = {(pid, code): float(value) for pid, code, value in rows}
    assert {cell: float(v) for cell, v in accepted.items()} == stored
