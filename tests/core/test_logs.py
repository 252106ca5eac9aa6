"""Failures are kept: the app and the CLI write to one rotating log file in the data folder,
and uncaught exceptions on any thread, and Qt's own messages, land there too."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OPOP = Path(sys.executable).with_name("opop")


def _env(data: Path) -> dict:
    return dict(os.environ, OPOP_DATA_DIR=str(data), PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")


def test_cli_failures_go_to_the_log_file_in_the_data_folder(tmp_path):
    data = tmp_path / "data"
    run = subprocess.run([str(OPOP), "--db", str(tmp_path / "x.sqlite3"), "backup", "restore", "tidak-ada"],
                         env=_env(data), capture_output=True, text=True, timeout=120)
    assert run.returncode != 0
    log = (data / "logs" / "opop.log").read_text(encoding="utf-8")
    assert "[cli]" in log and "tidak-ada" in log


UNCAUGHT = r"""
import threading
from opop_desktop.core.logs import setup_logging
from opop_desktop.gui.app import install_error_hooks
from PySide6.QtCore import qWarning
install_error_hooks()
qWarning("pesan peringatan dari Qt")
t = threading.Thread(target=lambda: 1 / 0, name="pekerja")
t.start(); t.join()
raise KeyError("kunci-hilang")
"""


def test_uncaught_exceptions_on_any_thread_and_qt_messages_are_logged(tmp_path):
    data = tmp_path / "data"
    run = subprocess.run([sys.executable, "-c", UNCAUGHT], env=_env(data), capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 1
    log = (data / "logs" / "opop.log").read_text(encoding="utf-8")
    assert "pesan peringatan dari Qt" in log
    assert "uncaught exception in thread pekerja" in log and "ZeroDivisionError" in log
    assert "KeyError: 'kunci-hilang'" in log


def test_the_log_rotates(tmp_path, monkeypatch):
    import logging

    from opop_desktop.core import logs

    monkeypatch.setenv("OPOP_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = logs.setup_logging("test")
    try:
        for i in range(200):
            logging.getLogger("opop.test").warning("baris %d %s", i, "x" * 40)
        assert path.with_name("opop.log.1").exists()
        assert path.stat().st_size <= 2000
    finally:
        for h in list(logging.getLogger().handlers):
            if isinstance(h, logs._OpopFileHandler):
                logging.getLogger().removeHandler(h)
                h.close()
