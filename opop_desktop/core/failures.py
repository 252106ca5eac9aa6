"""One short sentence, in the user's language, for each class of failure.

Jurors must never see a six-line English SQL error. ``failure_kind`` sorts any exception into a
small set of classes (the database is busy, the disk is full, the disk cannot be read or written,
a rule of the data was broken, a file is missing, the database was pulled away); ``failure_message``
gives the sentence to show. The details (the raw exception, the traceback) go to the log file,
never to the screen. Declared ``OpopError``\\ s carry their own catalogue message.
"""
from __future__ import annotations

import errno
import sqlite3

from .catalogue import Message, render
from .errors import OpopError

LOCKED = "locked"
DISK_FULL = "disk_full"
IO = "io"
CONSTRAINT = "constraint"
MISSING_FILE = "missing_file"
DB_GONE = "db_gone"
UNEXPECTED = "unexpected"

MESSAGE_IDS = {LOCKED: "failure.locked", DISK_FULL: "failure.disk_full", IO: "failure.io",
               CONSTRAINT: "failure.constraint", MISSING_FILE: "failure.missing_file",
               DB_GONE: "failure.db_gone", UNEXPECTED: "failure.unexpected"}

# SQLite primary result codes (https://sqlite.org/rescode.html).
_SQLITE_KINDS = {5: LOCKED, 6: LOCKED, 10: IO, 13: DISK_FULL, 14: MISSING_FILE, 19: CONSTRAINT,
                 11: IO, 26: IO, 8: IO}
_ERRNO_KINDS = {errno.ENOSPC: DISK_FULL, getattr(errno, "EDQUOT", errno.ENOSPC): DISK_FULL,
                errno.EIO: IO, errno.ENOENT: MISSING_FILE, errno.EROFS: IO, errno.EACCES: IO,
                errno.EPERM: IO}
# PostgreSQL SQLSTATE classes: 23 integrity, 53 insufficient resources, 55P03/40P01 lock trouble.
_PG_KINDS = {"23": CONSTRAINT, "53": DISK_FULL, "58": IO}


class DatabaseGone(OpopError):
    """The SQLite file or its write-ahead log was deleted or replaced under the running app."""

    def __init__(self, where: str | None = None):
        super().__init__("failure.db_gone", where=where)


def _chain(exc: BaseException):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        yield from (e for e in (getattr(exc, "orig", None),) if e is not None)
        exc = exc.__cause__ or exc.__context__


def failure_kind(exc: BaseException) -> str:
    """The failure class of ``exc`` (one of the module constants)."""
    for e in _chain(exc):
        if isinstance(e, DatabaseGone):
            return DB_GONE
        if isinstance(e, sqlite3.Error):
            code = getattr(e, "sqlite_errorcode", None)
            if code is not None and (code & 0xFF) in _SQLITE_KINDS:
                return _SQLITE_KINDS[code & 0xFF]
            text = str(e).lower()
            if "locked" in text or "busy" in text:
                return LOCKED
            if "disk is full" in text:
                return DISK_FULL
            if "i/o" in text or "readonly" in text or "not a database" in text or "malformed" in text:
                return IO
            if "constraint" in text:
                return CONSTRAINT
            if "unable to open" in text:
                return MISSING_FILE
        pgcode = getattr(e, "pgcode", None) or getattr(e, "sqlstate", None)
        if isinstance(pgcode, str):
            if pgcode in ("55P03", "40P01", "40001"):
                return LOCKED
            if pgcode[:2] in _PG_KINDS:
                return _PG_KINDS[pgcode[:2]]
        if isinstance(e, OSError) and e.errno in _ERRNO_KINDS:
            return _ERRNO_KINDS[e.errno]
        if type(e).__name__ == "IntegrityError":
            return CONSTRAINT
    return UNEXPECTED


def _where(exc: BaseException) -> str:
    for e in _chain(exc):
        if isinstance(e, OpopError) and e.where:
            return e.where
        if isinstance(e, OSError) and e.filename:
            return str(e.filename)
    return "?"


def failure_message(exc: BaseException, lang: str | None = None) -> str:
    """One short sentence for the user, in ``lang`` (default: the chosen language)."""
    if isinstance(exc, OpopError) and not isinstance(exc, DatabaseGone):
        return exc.text(lang)
    return render(Message(MESSAGE_IDS[failure_kind(exc)], {"where": _where(exc)}), lang)


def is_expected(exc: BaseException) -> bool:
    """Declared errors and the classified failures need no 'unexpected error' dialog."""
    return isinstance(exc, OpopError) or failure_kind(exc) != UNEXPECTED
