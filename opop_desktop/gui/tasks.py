"""The one background-task helper: database work on a single worker thread.

Modelled on Anki's TaskManager: a single-worker executor serialises DB access; each operation
gets its own Session (committed on success, rolled back on error or cancel); results come back
on the GUI thread. Operations that change data name what they changed (``changes``) and
``TaskRunner.changed`` announces it so screens can refresh themselves.
"""
from __future__ import annotations

import functools
import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from opop_desktop.core.db import Database

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside an operation when the user pressed Batal; the transaction rolls back."""


@dataclass
class TaskContext:
    """Handed to operations: progress reporting and cooperative cancellation."""

    _relay: "_Relay"
    _token: int
    _cancel: threading.Event = field(default_factory=threading.Event)

    def progress(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._relay.progress.emit(self._token, done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Relay(QObject):
    # Emitted from the worker; the relay lives on the GUI thread, so delivery is queued there.
    finished = Signal(int, object, object)  # token, result, error
    progress = Signal(int, int, int, str)


@dataclass
class TaskHandle:
    token: int
    context: TaskContext
    future: Future | None = None

    def cancel(self) -> None:
        self.context._cancel.set()


class TaskRunner(QObject):
    changed = Signal(object)  # frozenset[str] of what changed: {"pesantren", "scores", ...}
    busy_changed = Signal(bool)

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="opop-db")
        self._relay = _Relay()
        self._relay.finished.connect(self._on_finished, Qt.QueuedConnection)
        self._relay.progress.connect(self._on_progress, Qt.QueuedConnection)
        self._next = 0
        self._callbacks: dict[int, tuple] = {}
        self._progress_cbs: dict[int, Callable[[int, int, str], None]] = {}

    def run(self, op: Callable[..., Any], *, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[int, int, str], None] | None = None,
            changes: set[str] | frozenset[str] = frozenset(), read_only: bool = False) -> TaskHandle:
        """Run ``op(session, ctx)`` on the worker thread in its own transaction. ``read_only``
        work (long reports) does not take the write lock, so other processes may write meanwhile."""
        self._next += 1
        token = self._next
        ctx = TaskContext(self._relay, token)
        self._callbacks[token] = (on_done, on_error, frozenset(changes))
        if on_progress:
            self._progress_cbs[token] = on_progress
        handle = TaskHandle(token, ctx)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        handle.future = self._executor.submit(self._work, op, ctx, token, read_only)
        return handle

    def _work(self, op, ctx: TaskContext, token: int, read_only: bool) -> None:
        try:
            with self.db.session(read_only=read_only) as session:
                result = op(session, ctx)
                ctx.check()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self._relay.finished.emit(token, None, exc)
            return
        self._relay.finished.emit(token, result, None)

    def _on_progress(self, token: int, done: int, total: int, text: str) -> None:
        cb = _alive(self._progress_cbs.get(token))
        if cb:
            _call(lambda args: cb(*args), (done, total, text))

    def _on_finished(self, token: int, result: Any, error: BaseException | None) -> None:
        on_done, on_error, changes = self._callbacks.pop(token, (None, None, frozenset()))
        self._progress_cbs.pop(token, None)
        if not self._callbacks:
            self.busy_changed.emit(False)
        # A screen may have been destroyed while its operation ran (language switch, dialog
        # closed): its bound callbacks must not touch deleted widgets.
        had_error_handler = on_error is not None
        on_done, on_error = _alive(on_done), _alive(on_error)
        if error is None:
            if changes:
                self.changed.emit(changes)
            if on_done:
                _call(on_done, result)
        elif isinstance(error, Cancelled):
            if on_error:
                _call(on_error, error)
        elif on_error:
            _call(on_error, error)
        elif not had_error_handler:
            from . import messages
            messages.show_error(None, error)

    def run_with_progress(self, parent: QWidget, title: str, op, *, on_done=None, on_error=None,
                          changes=frozenset(), read_only: bool = False) -> TaskHandle:
        """Like ``run`` with a modal progress dialog that has a Batal (cancel) button."""
        dlg = QProgressDialog(title, QCoreApplication.translate("tasks", "Batal"), 0, 0, parent)
        dlg.setWindowTitle(title)
        dlg.setWindowModality(Qt.WindowModal)
        dlg.setMinimumDuration(300)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)

        def progress(done, total, text):
            dlg.setMaximum(max(total, 0))
            dlg.setValue(done)
            if text:
                dlg.setLabelText(text)

        def finish(cb, value):
            dlg.close()
            dlg.deleteLater()
            if cb:
                cb(value)

        handle = self.run(op, on_done=lambda r: finish(on_done, r),
                          on_error=lambda e: finish(on_error or _default_error(parent), e),
                          on_progress=progress, changes=changes, read_only=read_only)
        dlg.canceled.connect(handle.cancel)
        return handle

    @property
    def idle(self) -> bool:
        """No operation is queued, running, or waiting for its callback on the GUI thread."""
        return not self._callbacks

    def wait_idle(self, timeout: float = 30.0) -> None:
        """Block until queued work has run (tests and shutdown)."""
        self._executor.submit(lambda: None).result(timeout)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)


def _qobjects(callback, depth: int = 0):
    """The QObjects a callback would touch: its bound owner, and (for lambdas, closures and
    partials) the objects it captured, one level into captured callables."""
    if callback is None or depth > 2:
        return
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject):
        yield owner
    if isinstance(callback, functools.partial):
        yield from _qobjects(callback.func, depth + 1)
        captured = list(callback.args) + list(callback.keywords.values())
    else:
        func = getattr(callback, "__func__", callback)
        cells = getattr(func, "__closure__", None) or ()
        captured = []
        for cell in cells:
            try:
                captured.append(cell.cell_contents)
            except ValueError:  # an empty cell
                continue
        captured += list(getattr(func, "__defaults__", None) or ())
    for value in captured:
        if isinstance(value, QObject):
            yield value
        elif callable(value):
            yield from _qobjects(value, depth + 1)


def _alive(callback):
    """The callback, or None when a widget it would touch was deleted while the task ran
    (language switch, dialog closed). Every callback goes through here: no screen needs its own
    guard."""
    if callback is None:
        return None
    if any(not shiboken6.isValid(o) for o in _qobjects(callback)):
        log.info("task callback skipped: its widget was deleted")
        return None
    return callback


def _call(callback, value) -> None:
    try:
        callback(value)
    except RuntimeError as exc:
        # A widget reached some other way (a child of a captured one) may still be gone.
        if "already deleted" not in str(exc):
            raise
        log.info("task callback stopped: %s", exc)


def _default_error(parent):
    def show(err):
        if isinstance(err, Cancelled):
            return
        from . import messages
        messages.show_error(parent, err)
    return show
