"""The log file: details of every failure, kept in the data folder for the coordinator.

The Windows build has no console, so whatever is not written here is lost. The app and the CLI
write to the same rotating file; uncaught exceptions on any thread are logged before Python's
own handling runs. The screen shows one short sentence (core/failures.py); the details live here.
"""
from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from . import paths

LOG_FILE = "opop.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
_FORMAT = "%(asctime)s %(process)d %(threadName)s %(levelname)s %(name)s [{component}]: %(message)s"

log = logging.getLogger("opop")


def log_path() -> Path:
    folder = paths.data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / LOG_FILE


class _OpopFileHandler(logging.Handler):
    """The rotating log file, made on the first record: most commands log nothing, and the
    rotating handler's module brings sockets, pickling and queues into every start (10 ms).
    Also marks our handler, so a second set-up in one process (tests, a restarted window) adds
    none."""

    def __init__(self, path: Path):
        super().__init__(logging.INFO)
        self.baseFilename = str(path)
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            self._file = RotatingFileHandler(self.baseFilename, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                             encoding="utf-8", delay=True)
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def setup_logging(component: str) -> Path:
    """Send INFO and above to the rotating log file; log uncaught exceptions on every thread."""
    path = log_path()
    root = logging.getLogger()
    for h in list(root.handlers):
        if isinstance(h, _OpopFileHandler):
            if Path(h.baseFilename) == path:
                return path
            root.removeHandler(h)  # the data folder changed (tests): follow it
            h.close()
    handler = _OpopFileHandler(path)
    handler.setFormatter(logging.Formatter(_FORMAT.format(component=component)))
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    _install_hooks()
    return path


def _install_hooks() -> None:
    if getattr(sys.excepthook, "_opop", False):
        return
    previous_sys, previous_thread = sys.excepthook, threading.excepthook

    def sys_hook(kind, value, tb):
        log.critical("uncaught exception", exc_info=(kind, value, tb))
        previous_sys(kind, value, tb)

    def thread_hook(args):
        if args.exc_type is not SystemExit:
            name = args.thread.name if args.thread else "?"
            log.critical("uncaught exception in thread %s", name,
                         exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        previous_thread(args)

    sys_hook._opop = True
    sys.excepthook = sys_hook
    threading.excepthook = thread_hook


def tail(path: Path | None = None, max_chars: int = 20_000) -> str:
    """The end of the log file, for the 'copy details' button."""
    path = path or log_path()
    try:
        data = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return data[-max_chars:]
