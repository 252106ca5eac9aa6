"""GUI test fixtures."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _indonesian_after_test():
    """A test that switches the language (Pengaturan → English) must not leave the English
    translator installed for the next test in the same process, whose assertions read Indonesian."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        from opop_desktop.gui.app import install_translators

        install_translators(app, "id")


@pytest.fixture
def ctx(qtbot, db):
    """The GUI's context over the test database, with the one task runner; at the end the
    callbacks still on their way are let through before the worker stops."""
    from opop_desktop.gui.context import AppContext
    from opop_desktop.gui.tasks import TaskRunner

    context = AppContext(db=db, tasks=TaskRunner(db))
    yield context
    qtbot.waitUntil(lambda: context.tasks.idle, timeout=30000)
    context.tasks.shutdown()
