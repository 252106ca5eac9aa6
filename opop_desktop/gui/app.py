"""Application start-up: arguments, translations, database (migrated), first-start wizard, window."""
from __future__ import annotations

import argparse
import logging
import sys
import threading

from PySide6.QtCore import QLibraryInfo, QLocale, QtMsgType, QTranslator, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from opop_desktop import APP_NAME, ORG_NAME, __version__
from opop_desktop.core import catalogue, logs, paths
from opop_desktop.core.db import open_database
from opop_desktop.core.errors import OpopError

from .context import AppContext
from .tasks import TaskRunner


_installed: list[QTranslator] = []


def install_translators(app: QApplication, language: str = "id") -> list[QTranslator]:
    """Bahasa Indonesia is the source language; other languages load compiled .qm files.
    Calling it again replaces the previously installed translators. The messages of core follow
    the same language."""
    catalogue.set_language(language)
    while _installed:
        app.removeTranslator(_installed.pop())
    translators = _installed
    if language != "id":
        ours = QTranslator(app)
        if ours.load(str(paths.resource("translations", f"opop_{language}.qm"))):
            app.installTranslator(ours)
            translators.append(ours)
    qt = QTranslator(app)
    qt_dirs = (QLibraryInfo.path(QLibraryInfo.TranslationsPath), str(paths.resource("translations")))
    if any(qt.load(QLocale(language), "qtbase", "_", d) for d in qt_dirs):  # PySide6 ships no qtbase_id
        app.installTranslator(qt)
        translators.append(qt)
    return translators


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="opop-desktop")
    p.add_argument("--db", default=None, help="berkas SQLite atau URL basis data")
    p.add_argument("--lang", default=None, help="id (bawaan) atau en")
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return p.parse_known_args(argv)[0]


_QT_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}


def _qt_message(kind, context, text) -> None:
    where = f" ({context.file}:{context.line})" if context.file else ""
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", text, where)


def install_error_hooks() -> None:
    """Everything goes to the log file: Python exceptions on any thread, Qt's own messages. An
    exception that reaches the GUI thread's event loop also shows the 'unexpected error' dialog."""
    logs.setup_logging("gui")
    qInstallMessageHandler(_qt_message)
    logged = sys.excepthook

    def gui_hook(kind, value, tb):
        logged(kind, value, tb)
        app = QApplication.instance()
        if app is not None and threading.current_thread() is threading.main_thread() \
                and issubclass(kind, Exception):
            from . import messages
            messages.show_unexpected(app.activeWindow(), value)

    gui_hook._opop = True
    sys.excepthook = gui_hook


def run(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO)
    install_error_hooks()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    from .look import apply_look
    apply_look(app)
    from .settings import load_language
    install_translators(app, args.lang or load_language())
    try:
        db = open_database(args.db)
    except OpopError as err:
        from . import messages
        messages.show_error(None, err)
        return 1
    ctx = AppContext(db=db, tasks=TaskRunner(db))
    from .startup import first_start
    if not first_start(ctx):
        return 0
    from .main_window import MainWindow
    window = MainWindow(ctx)
    window.show()
    from .login import sign_in_at_start
    sign_in_at_start(ctx, window)
    return app.exec()
