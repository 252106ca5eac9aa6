"""One short sentence, in the user's language, for each class of failure.

Jurors must never see a six-line English SQL error. ``failure_kind`` sorts any exception into a
small set of classes (the database is busy, the disk is full, the disk cannot be read or written,
a rule of the data was broken, a file is missing, the database was pulled away); ``failure_message``
gives the sentence to show. The details (the raw exception, the traceback) go to the log file,
never to the screen. Declared ``OpopError``\\ s already carry their own Indonesian sentence.
"""
from __future__ import annotations

import errno
import sqlite3

from .errors import OpopError

LOCKED = "locked"
DISK_FULL = "disk_full"
IO = "io"
CONSTRAINT = "constraint"
MISSING_FILE = "missing_file"
DB_GONE = "db_gone"
UNEXPECTED = "unexpected"

MESSAGES: dict[str, dict[str, str]] = {
    LOCKED: {
        "id": "Basis data sedang dipakai proses lain. Tunggu sebentar lalu coba lagi; data belum diubah.",
        "en": "The database is in use by another process. Wait a moment and try again; nothing was changed.",
    },
    DISK_FULL: {
        "id": "Disk penuh. Kosongkan ruang di disk atau flashdisk, lalu coba lagi; data belum diubah.",
        "en": "The disk is full. Free some space on the disk or USB stick and try again; nothing was changed.",
    },
    IO: {
        "id": "Disk atau flashdisk tidak dapat dibaca/ditulis. Periksa sambungannya lalu coba lagi.",
        "en": "The disk or USB stick cannot be read or written. Check that it is connected and try again.",
    },
    CONSTRAINT: {
        "id": "Perubahan ditolak karena bertentangan dengan data yang sudah ada; data belum diubah.",
        "en": "The change was refused because it clashes with existing data; nothing was changed.",
    },
    MISSING_FILE: {
        "id": "Berkas tidak ditemukan: {where}. Periksa apakah flashdisk masih terpasang.",
        "en": "File not found: {where}. Check that the USB stick is still plugged in.",
    },
    DB_GONE: {
        "id": "Berkas basis data diganti atau dihapus oleh program lain. Tutup aplikasi lalu buka lagi; "
              "nilai yang sudah tersimpan aman.",
        "en": "The database file was replaced or deleted by another program. Close the application and "
              "open it again; values already saved are safe.",
    },
    UNEXPECTED: {
        "id": "Terjadi kesalahan tak terduga; data belum diubah. Rincian ada di berkas log.",
        "en": "An unexpected error occurred; nothing was changed. The details are in the log file.",
    },
}

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
        super().__init__(MESSAGES[DB_GONE]["id"], where=where)


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


def failure_message(exc: BaseException, lang: str = "id") -> str:
    """One short sentence for the user. Declared errors keep their own (Indonesian) message."""
    if isinstance(exc, OpopError) and not isinstance(exc, DatabaseGone):
        return str(exc)
    kind = failure_kind(exc)
    texts = MESSAGES[kind]
    return texts.get(lang, texts["id"]).format(where=_where(exc))


def is_expected(exc: BaseException) -> bool:
    """Declared errors and the classified failures need no 'unexpected error' dialog."""
    return isinstance(exc, OpopError) or failure_kind(exc) != UNEXPECTED
