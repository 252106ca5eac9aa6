"""Plain rows for the hot paths: the driver's own tuples, no ORM objects, no Row wrappers, no
type processing (a Decimal column comes back as its stored text).

    rows = plain_rows(session, "SELECT id, name FROM pesantren WHERE programme_year_id = :py", py=pid)

Parameters are named ``:name`` and rewritten into the driver's style (SQLite ``?``, psycopg
``%(name)s``), so the same statement runs on both backends.
"""
from __future__ import annotations

import re

from sqlalchemy.orm import Session

_PARAM = re.compile(r"(?<![:\w]):(\w+)")


def driver_statement(dialect, sql: str, params: dict) -> tuple[str, object]:
    if dialect.paramstyle == "qmark":
        names = _PARAM.findall(sql)
        return _PARAM.sub("?", sql), tuple(params[n] for n in names)
    return _PARAM.sub(lambda m: f"%({m.group(1)})s", sql), params


def plain_rows(session: Session, sql: str, **params) -> list[tuple]:
    conn = session.connection()
    stmt, args = driver_statement(conn.dialect, sql, params)
    result = conn.exec_driver_sql(stmt, args)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


def is_sqlite(session: Session) -> bool:
    return session.connection().dialect.name == "sqlite"


def string_agg(session: Session, expr: str) -> str:
    """Comma-joined aggregate of ``expr`` in this backend's spelling."""
    return f"group_concat({expr})" if is_sqlite(session) else f"string_agg({expr}, ',')"
