"""Plain rows for the hot paths: the driver's own tuples, no ORM objects, no Row wrappers, no
type processing (a Decimal column comes back as its stored text).

    rows = plain_rows(source, "SELECT id, name FROM pesantren WHERE programme_year_id = :py", py=pid)

``source`` is a Session (any backend) or a ``sqlite3`` connection (a command that answers
without loading SQLAlchemy: ``dbfile.open_sqlite_reader``). Parameters are named ``:name`` and
rewritten into the driver's style (SQLite ``?``, psycopg ``%(name)s``), so the same statement
runs on every backend.
"""
from __future__ import annotations

import re
import sqlite3
from contextlib import contextmanager
from typing import TYPE_CHECKING, Iterator, Union

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Source = Union["Session", sqlite3.Connection]

_PARAM = re.compile(r"(?<![:\w]):(\w+)")


def _qmark(sql: str, params: dict) -> tuple[str, tuple]:
    names = _PARAM.findall(sql)
    return _PARAM.sub("?", sql), tuple(params[n] for n in names)


def driver_statement(dialect, sql: str, params: dict) -> tuple[str, object]:
    if dialect.paramstyle == "qmark":
        return _qmark(sql, params)
    return _PARAM.sub(lambda m: f"%({m.group(1)})s", sql), params


@contextmanager
def _cursor(source: Source, sql: str, params: dict):
    """The driver's cursor over ``sql``'s rows, closed (on a Session) when the block ends."""
    if isinstance(source, sqlite3.Connection):
        yield source.execute(*_qmark(sql, params))
        return
    conn = source.connection()
    stmt, args = driver_statement(conn.dialect, sql, params)
    result = conn.exec_driver_sql(stmt, args)
    try:
        yield result.cursor
    finally:
        result.close()


def plain_rows(source: Source, sql: str, **params) -> list[tuple]:
    with _cursor(source, sql, params) as cursor:
        return cursor.fetchall()


def plain_iter(source: Source, sql: str, **params) -> Iterator[tuple]:
    """The rows of ``plain_rows`` a few at a time, for a read of tens of thousands of rows that
    are turned into something else as they come: the driver's tuples are never all alive at
    once (a province's 45,000 score sheets would hold 27 MB of them)."""
    with _cursor(source, sql, params) as cursor:
        while batch := cursor.fetchmany(2000):
            yield from batch


def is_sqlite(source: Source) -> bool:
    return isinstance(source, sqlite3.Connection) or source.connection().dialect.name == "sqlite"


def string_agg(source: Source, expr: str, separator: str = ",") -> str:
    """Aggregate of ``expr`` joined by ``separator`` (one character, not a quote), in this
    backend's spelling."""
    return (f"group_concat({expr}, '{separator}')" if is_sqlite(source)
            else f"string_agg({expr}, '{separator}')")


@contextmanager
def read_snapshot(source: Source):
    """Every read inside sees one state of the database. A sqlite3 connection would run each
    SELECT as a read of its own; a Session is already inside a transaction, and its pending
    changes are flushed first, as an ORM query would (autoflush)."""
    if not isinstance(source, sqlite3.Connection):
        if source.autoflush:
            source.flush()
        yield
    elif source.in_transaction:
        yield
    else:
        source.execute("BEGIN")
        try:
            yield
        finally:
            source.rollback()
