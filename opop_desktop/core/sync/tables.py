"""Which tables travel, and how one row becomes canonical JSON and back.

Generic over every table whose columns include the ``Replicated`` ones, so tables added later by
other modules travel without changes here. Local-only tables and columns never travel.
"""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from datetime import date, datetime, timezone
from decimal import Decimal
from functools import lru_cache
from itertools import chain, repeat
from operator import getitem, itemgetter

from sqlalchemy import Boolean, Date, Integer, Table, bindparam, select

from ..models import Base
from ..models.base import DecimalText, UtcDateTime

REPLICATED_COLUMNS = ("id", "origin_device", "modified_device", "device_seq", "created_at", "updated_at")
STAMP_COLUMNS = frozenset(REPLICATED_COLUMNS[1:])
LOCAL_TABLES = frozenset({"local_setting", "device_counter", "alembic_version"})
# The funnel status is derived on every laptop from facts with one writer each
# (core/services/funnel_status.py), so it never travels and never conflicts.
LOCAL_COLUMNS = {"user_account": frozenset({"failed_attempts", "last_failed_at"}),
                 "pesantren": frozenset({"status"})}

# Set-up tables that travel down; every other replicated table is a result that travels up.
DOWN_TABLES = frozenset({
    "programme_year", "stage", "product_field", "rubric", "criterion", "pesantren", "representative",
    "venue", "panel", "juror", "panel_juror", "panel_slot", "conflict_of_interest", "user_account",
    "device", "admin_decision", "result_snapshot", "plenary_override",
})
# Append-only version tables: (business key columns of one value) — several heads = conflict.
# The one list parameter of IN (...) lookups by id: the statement is compiled once and cached,
# not rebuilt from thousands of literals per chunk.
IDS = bindparam("ids", expanding=True)


def rows_where_in(session, table: Table, columns: list[str], key: str, values, chunk: int = 2000):
    """Plain tuples of ``columns`` for rows whose ``key`` is one of ``values``. Only for text
    columns, which SQLite returns exactly as SQLAlchemy would: there, the driver runs it (no
    statement built per chunk); elsewhere, one cached statement with a list parameter."""
    values = list(values)
    if session.get_bind().dialect.name == "sqlite":
        session.flush()  # as a Session query would (autoflush)
        conn = session.connection()
        head = f"SELECT {', '.join(columns)} FROM {table.name} WHERE {key} IN "
        for i in range(0, len(values), chunk):
            part = values[i:i + chunk]
            yield from conn.exec_driver_sql(head + f"({', '.join('?' * len(part))})", tuple(part)).fetchall()
        return
    stmt = select(*[table.c[c] for c in columns]).where(table.c[key].in_(IDS))
    for i in range(0, len(values), chunk):
        yield from (tuple(r) for r in session.execute(stmt, {"ids": values[i:i + chunk]}))


def known_ids(session, table: Table, ids) -> list[str]:
    """Which of ``ids`` (texts) ``table`` holds. On SQLite with JSON built in (3.38 on): one
    statement probing the primary key once per id, the ids passed as one JSON array (no chunks
    of thousands of bound parameters, no sorted IN list built per chunk); elsewhere chunked IN."""
    ids = list(ids)
    if not ids:
        return []
    if session.get_bind().dialect.name == "sqlite" and sqlite3.sqlite_version_info >= (3, 38):
        session.flush()  # as a Session query would (autoflush)
        # CROSS JOIN keeps the JSON list outside: the table is searched by its key, never scanned
        sql = f"SELECT t.id FROM json_each(?) AS j CROSS JOIN {table.name} AS t ON t.id = j.value"
        return [r[0] for r in session.connection().exec_driver_sql(sql, (json.dumps(ids),))]
    return [r[0] for r in rows_where_in(session, table, ["id"], "id", ids)]


VERSION_KEYS = {"score_entry": ("sheet_id", "criterion_code"), "attendance": ("stage_id", "pesantren_id")}


@lru_cache(maxsize=1)
def _replicated_tables_cached(names: tuple[str, ...]) -> tuple[Table, ...]:
    out = []
    for table in Base.metadata.sorted_tables:  # parents before children
        if table.name in LOCAL_TABLES:
            continue
        if all(c in table.c for c in REPLICATED_COLUMNS):
            out.append(table)
    return tuple(out)


def replicated_tables() -> tuple[Table, ...]:
    """Every travelling table in foreign-key order (recomputed when new tables appear)."""
    return _replicated_tables_cached(tuple(sorted(Base.metadata.tables)))


def table_by_name(name: str) -> Table | None:
    for t in replicated_tables():
        if t.name == name:
            return t
    return None


def travelling_columns(table: Table) -> list[str]:
    return list(_travelling(table.name, len(table.columns)))


@lru_cache(maxsize=None)
def _travelling(name: str, _ncols: int) -> tuple[str, ...]:
    table = Base.metadata.tables[name]
    local = LOCAL_COLUMNS.get(name, frozenset())
    return tuple(sorted(c.name for c in table.columns if c.name not in local))


def self_reference_columns(table: Table) -> list[str]:
    return sorted(fk.parent.name for fk in table.foreign_keys if fk.column.table is table)


def column_reader(rows: list[dict]):
    """``name`` → the rows' values of ``name``, in order (None where a row has none): how the
    checks, the preview and the insert order read a batch's columns when nobody has them read
    out already."""
    return lambda name: list(map(dict.get, rows, repeat(name)))


def topological(rows: list[dict], cols: list[str], column=None) -> list[dict]:
    """Rows that reference rows of the same table (supersedes_id) after their targets.
    ``column(name)``: the rows' values of ``name`` in order, if the caller has them."""
    if not cols:
        return rows
    refs = set(chain.from_iterable(map(column or column_reader(rows), cols)))
    refs.discard(None)
    if not refs:
        return rows  # no row points at any row (the usual batch of first versions): no id map
    by_id = dict(zip(map(itemgetter("id"), rows), rows))
    inner = by_id.keys() & refs
    if not inner:
        return rows  # no row points at another row of this batch
    pos = {rid: i for i, rid in enumerate(by_id)}  # written by a device in order, usually in order
    if all(pos[r[c]] <= pos[r["id"]] for r in rows for c in cols if r.get(c) in inner):
        return rows
    done: set[str] = set()
    out: list[dict] = []
    for r in rows:
        stack = [r]
        while stack:
            cur = stack[-1]
            if cur["id"] in done:
                stack.pop()
                continue
            deps = [by_id[cur[c]] for c in cols if cur.get(c) in by_id and cur[c] not in done
                    and cur[c] != cur["id"]]
            if deps and not any(d in stack for d in deps):
                stack.extend(deps)
                continue
            done.add(cur["id"])
            out.append(cur)
            stack.pop()
    return out


# ---------------------------------------------------------------- values

def to_json_value(value):
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return str(value)


@lru_cache(maxsize=None)
def _converters(table_name: str) -> dict:
    table = table_by_name(table_name)
    conv = {}
    for col in table.columns:
        t = col.type
        if isinstance(t, DecimalText):
            conv[col.name] = lambda v: Decimal(str(v))
        elif isinstance(t, UtcDateTime):
            conv[col.name] = datetime.fromisoformat
        elif isinstance(t, Date):
            conv[col.name] = date.fromisoformat
        elif isinstance(t, Boolean):
            conv[col.name] = bool
        elif isinstance(t, Integer):
            conv[col.name] = int
        else:
            conv[col.name] = str
    return conv


def from_json_row(table: Table, row: dict) -> dict:
    """JSON values → Python values for a Core insert/update (unknown columns dropped)."""
    conv = _converters(table.name)
    return {name: (None if row[name] is None else conv[name](row[name]))
            for name in _travelling(table.name, len(table.columns)) if name in row}


# A UTC timestamp as written canonically (isoformat of an aware UTC datetime with microseconds):
# its stored form is its first 26 characters with the "T" (at 10, the first) made a space.
_UTC_MICROS = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}\+00:00").fullmatch
_STORED_DT = slice(0, 26)


def _sqlite_datetime(v: str) -> str:
    if _UTC_MICROS(v):
        datetime.fromisoformat(v)  # still validated
        return v[:10] + " " + v[11:26]
    d = datetime.fromisoformat(v)
    if d.tzinfo is not None:
        d = d.astimezone(timezone.utc).replace(tzinfo=None)
    return d.isoformat(sep=" ", timespec="microseconds")  # SQLAlchemy's SQLite storage format


def _sqlite_datetimes(texts: list[str]) -> list[str]:
    """``_sqlite_datetime`` of each text; a column all in the canonical UTC form (what every
    device writes) is validated and cut in C-level passes."""
    if not all(map(_UTC_MICROS, texts)):
        return list(map(_sqlite_datetime, texts))
    list(map(datetime.fromisoformat, texts))  # ValueError as one by one
    return list(map(str.replace, map(getitem, texts, repeat(_STORED_DT)), repeat("T"), repeat(" "), repeat(1)))


@lru_cache(maxsize=4096, typed=True)  # scores take few distinct values; 1, 1.0 and True stay apart
def _sqlite_decimal(v) -> str:
    return format(Decimal(str(v)).normalize(), "f")


@lru_cache(maxsize=None)
def _sqlite_converters(table_name: str) -> dict:
    table = table_by_name(table_name)
    conv = {}
    for col in table.columns:
        t = col.type
        if isinstance(t, DecimalText):
            conv[col.name] = _sqlite_decimal
        elif isinstance(t, UtcDateTime):
            conv[col.name] = _sqlite_datetime
        elif isinstance(t, Date):
            conv[col.name] = lambda v: date.fromisoformat(v).isoformat()
        elif isinstance(t, Boolean):
            conv[col.name] = lambda v: 1 if v else 0
        elif isinstance(t, Integer):
            conv[col.name] = int
        else:
            conv[col.name] = str
    return conv


@lru_cache(maxsize=None)
def scalar_defaults(table_name: str) -> dict:
    """Plain (non-callable) column defaults: local-only or missing columns of bulk inserts."""
    table = Base.metadata.tables[table_name]
    return {c.name: c.default.arg for c in table.columns
            if c.default is not None and getattr(c.default, "is_scalar", False)}


@lru_cache(maxsize=None)
def _storage_plan(table_name: str, columns: tuple[str, ...]) -> tuple:
    """Per column: its converter and the JSON type already stored as is (None: always convert)."""
    conv = _sqlite_converters(table_name)
    return tuple((conv[c], str if conv[c] is str else int if conv[c] is int else None) for c in columns)


@lru_cache(maxsize=None)
def _storage_builder(table_name: str, columns: tuple[str, ...]):
    """One generated function per table and column list: a tuple display that reads each column
    once and converts only values not already stored as they are (no per-column loop per row)."""
    plan = _storage_plan(table_name, columns)
    env = {"_str": str, "_int": int, "_utc": _UTC_MICROS, "_iso": datetime.fromisoformat}
    parts = []
    for i, (c, (conv, plain)) in enumerate(zip(columns, plan)):
        env[f"_c{i}"] = conv
        if conv is _sqlite_datetime:  # its usual case inline (the same test, the same result)
            parts.append(f"(v[:10] + ' ' + v[11:26] if type(v := row[{c!r}]) is _str and _utc(v) and _iso(v) "
                         f"else (None if v is None else _c{i}(v)))")
            continue
        same = "" if plain is None else f" or type(v) is {'_str' if plain is str else '_int'}"
        parts.append(f"(v if (v := row[{c!r}]) is None{same} else _c{i}(v))")
    body = "(" + ",\n            ".join(parts) + ",)"
    src = f"def build(row):\n    return {body}\n"
    exec(compile(src, f"<storage row {table_name}>", "exec"), env)
    return env["build"]


def sqlite_storage_builder(table: Table, columns: tuple[str, ...]):
    """``sqlite_storage_row`` for rows that carry every column (KeyError otherwise)."""
    return _storage_builder(table.name, columns)


_NONE = type(None)
_WHOLE_COLUMN = {_sqlite_datetime: _sqlite_datetimes}  # converters with a form for many texts at once


def all_text(values) -> bool:
    """Every value a text: one C-level join, which refuses anything else, about four times as fast
    as a set of their types. (It takes a ``str`` subclass too; the JSON parser gives none.)"""
    try:
        "".join(values)
    except TypeError:
        return False
    return True


def _stored_column(values, conv, plain):
    """One column's values in their stored form, ``conv`` applied to what is not stored as is."""
    if plain is str and all_text(values):
        return values  # the usual text column: stored as it is
    kinds = set(map(type, values))
    kinds.discard(_NONE)
    if not kinds or (plain is not None and kinds == {plain}):
        return values  # already the stored form (ids, texts, integers, NULLs): nothing per value
    if kinds == {str}:  # each distinct text once: equal texts are identical, so convert alike
        texts = list(set(values) - {None})
        many = _WHOLE_COLUMN.get(conv)
        done = dict(zip(texts, many(texts) if many else map(conv, texts)))
        done[None] = None
        return list(map(done.__getitem__, values))
    return [None if v is None else conv(v) for v in values]


def sqlite_stored_columns(table: Table, columns: tuple[str, ...], values: list) -> list:
    """The stored form of ``values``, the JSON values of ``columns`` one sequence per column: only
    values not stored as they are get converted, so the per-value work is in C wherever the JSON
    value is the stored one."""
    plan = _storage_plan(table.name, columns)
    out, times = [], []  # (values, stored) of the timestamp columns converted so far
    for col, (conv, plain) in zip(values, plan):
        stored = None
        if conv is _sqlite_datetime:
            # A timestamp column equal to one converted already (``updated_at`` of a version never
            # edited is its ``created_at``) takes its stored values: one comparison, no conversion.
            # Only texts convert as timestamps, and a text equals only that same text.
            stored = next((done for prev, done in times if prev == col), None)
        if stored is None:
            stored = _stored_column(col, conv, plain)
            if conv is _sqlite_datetime:
                times.append((col, stored))
        out.append(stored)
    return out


def sqlite_storage_row(table: Table, row: dict, columns: tuple[str, ...]) -> tuple:
    """JSON values → the exact values SQLAlchemy would store in SQLite (fast bulk inserts)."""
    try:  # the usual case: same schema on both sides
        return _storage_builder(table.name, columns)(row)
    except KeyError:
        return _storage_row_with_defaults(table, row, columns)


def _storage_row_with_defaults(table: Table, row: dict, columns: tuple[str, ...]) -> tuple:
    conv = _sqlite_converters(table.name)
    defaults = scalar_defaults(table.name)
    out = []
    for c in columns:
        v = row[c] if c in row else defaults.get(c)
        if isinstance(v, (bool, Decimal)) and c not in row:
            v = to_json_value(v)
        out.append(None if v is None else conv[c](v))
    return tuple(out)


def row_to_json(table: Table, row) -> dict:
    if hasattr(row, "_mapping"):
        m = row._mapping
    elif isinstance(row, dict):
        m = row
    else:  # an ORM object
        return {c: to_json_value(getattr(row, c)) for c in travelling_columns(table)}
    return {c: to_json_value(m[c]) for c in _travelling(table.name, len(table.columns))}


def canonical(obj) -> str:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content_hash(row_json: dict) -> str:
    """Hash of a record's data (replication stamps excluded: identical edits are identical)."""
    data = {k: v for k, v in row_json.items() if k not in STAMP_COLUMNS}
    return hashlib.sha256(canonical(data).encode("utf-8")).hexdigest()


def version_hash(row_json: dict) -> str:
    """Hash of one exact version including who wrote it (what origin signatures cover)."""
    return hashlib.sha256(canonical(row_json).encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- version vectors

def own_vv(row_json: dict) -> dict:
    dev, seq = row_json.get("modified_device") or "", int(row_json.get("device_seq") or 0)
    return {dev: seq} if dev else {}


def vv_join(a: dict, b: dict) -> dict:
    out = dict(a)
    for k, v in b.items():
        if v > out.get(k, 0):
            out[k] = v
    return out


def vv_leq(a: dict, b: dict) -> bool:
    return all(v <= b.get(k, 0) for k, v in a.items())


def order_key(vv: dict, row_json: dict) -> tuple:
    """A total order that extends causality (a descendant's vector sum is larger): the
    deterministic winner among concurrent versions, whatever order they arrive in."""
    return (sum(vv.values()), row_json.get("modified_device") or "", int(row_json.get("device_seq") or 0),
            content_hash(row_json))
