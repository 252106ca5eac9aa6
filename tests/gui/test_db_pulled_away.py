"""The database cannot be pulled from under the running app.

A real app process shows the bundle file dialog on the folder that holds its database (the USB
stick case), an ``opop`` command then runs beside it, the app goes on accepting score cells
through the task helper, and is killed with SIGKILL. Every cell it reported as accepted must be
in the file afterwards. (Before the fix the dialog's MIME sniffing opened and closed the database,
which dropped the app's SQLite locks; ``opop device show`` then deleted the WAL and every later
cell went into a deleted file.)"""
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
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel
from opop_desktop.core.db import open_database
from opop_desktop.core.failures import failure_message
from opop_desktop.core.services import scoring
from opop_desktop.core.services.accounts import SignedInUser
from opop_desktop.core.services.scoring import SheetKey
from opop_desktop.gui.tasks import TaskRunner
from opop_desktop.gui.widgets import file_dialogs

args = json.loads(sys.argv[1])
app = QApplication([])
db = open_database(args["db"])
tasks = TaskRunner(db)
actor = SignedInUser(**args["actor"])
folder = os.path.dirname(args["db"])


def close_when_listed():
    # Once the bundle is listed, the dialog has read the whole folder (the database beside it too).
    dlg = app.activeModalWidget()
    model = dlg.findChild(QFileSystemModel) if isinstance(dlg, QFileDialog) else None
    if model is not None:
        root = model.index(folder)
        if args["bundle"] in {model.index(i, 0, root).data() for i in range(model.rowCount(root))}:
            dlg.reject()   # the user looked at the folder and cancelled
            return
    QTimer.singleShot(20, close_when_listed)


QTimer.singleShot(0, close_when_listed)
chosen = file_dialogs.open_files(None, "Pilih bundel", folder, "Bundel OPOP (*.opop)")
print(json.dumps({"dialog": "closed"}), flush=True)
sys.stdin.readline()   # the test runs `opop device show` beside us meanwhile

cells = [(pid, code) for pid in args["pesantren"] for code in args["codes"]]


def accepted(cell, n):
    print(json.dumps({"cell": cell, "value": n}), flush=True)


def refused(cell, err):
    print(json.dumps({"refused": cell, "message": failure_message(err)}), flush=True)


for n, (pid, code) in enumerate(cells):
    key = SheetKey(args["stage"], args["panel"], args["juror"], pid)
    tasks.run(lambda s, _t, key=key, code=code, n=n: scoring.set_score(s, actor, key, code, str(1 + n % 9)),
              on_done=lambda _r, c=(pid, code), n=n: accepted(c, 1 + n % 9),
              on_error=lambda e, c=(pid, code): refused(c, e))
tasks.run(lambda s, _t: None, on_done=lambda _r: print(json.dumps({"typing": "done"}), flush=True))
QTimer.singleShot(0, lambda: None)
app.exec()
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

    actor = day.juror_user(0)
    payload = json.dumps({"db": str(db_path), "actor": actor.__dict__, "stage": day.stage_id,
                          "panel": day.panel_id, "juror": day.jurors[0], "pesantren": day.pesantren,
                          "codes": CODES, "bundle": bundle.name})
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    app = subprocess.Popen([sys.executable, "-c", APP, payload], cwd=ROOT, stdin=subprocess.PIPE,
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
        app.send_signal(signal.SIGKILL)
    finally:
        watchdog.cancel()
        app.kill()
        app.wait(timeout=60)
    assert app.returncode == -signal.SIGKILL
    assert refused == []
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
