"""One table's incoming rows, checked and converted to what is written, before any decision.

The usual bundle (every line an object with exactly the travelling columns) is converted column
by column, in C-level passes; anything else goes row by row, which names the row at fault.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter

from ..catalogue import Message, msg
from ..errors import ImportRejected
from .tables import (
    all_text, column_reader, from_json_row, own_vv, sqlite_storage_builder, sqlite_storage_row,
    sqlite_stored_columns, travelling_columns, vv_join,
)


@dataclass
class Incoming:
    """A table's incoming rows, one per id: an id given twice keeps the place of its first line and
    the row of its last. ``clocks``: id → (row, w, j) of the rows that carry a version vector; the
    others' are the row's own stamps, worked out only if the record is known here already (plainly
    new rows never need them). ``stored``: on SQLite, the rows' stored values (of ``names``) in
    the same order; None: they are in the caller's id → values map, filled row by row."""
    ids: list[str] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)
    clocks: dict[str, tuple] = field(default_factory=dict)
    stored: list[tuple] | None = None
    names: tuple[str, ...] = ()
    raw: dict[str, list] = field(default_factory=dict)  # the rows' JSON values by column, if read out

    def by_id(self) -> dict[str, dict]:
        return dict(zip(self.ids, self.rows))

    def column(self, name: str) -> list:
        """The rows' values of ``name``, in order (None where a row has none); those read out
        already are not read again (each pass over a big member's rows costs)."""
        found = self.raw.get(name)
        return found if found is not None else column_reader(self.rows)(name)


def vv_ok(v) -> bool:
    return isinstance(v, dict) and all(isinstance(k, str) and isinstance(n, int) and not isinstance(n, bool)
                                       for k, n in v.items())


def _incoming_clock(row: dict, where: "str | Message") -> tuple[dict, dict]:
    raw = row.pop("_vv", None)
    if raw is None:
        w = own_vv(row)
        return w, w
    if not isinstance(raw, dict) or not vv_ok(raw.get("w")) or not vv_ok(raw.get("j")):
        raise ImportRejected("sync.version_vector_invalid", where=where)
    return raw["w"], vv_join(raw["j"], raw["w"])


def _validate(row: dict, where: "str | Message") -> None:
    rid = row.get("id")
    if not isinstance(rid, str) or not rid or len(rid) > 64:
        raise ImportRejected("sync.record_no_id", where=where)
    if not isinstance(row.get("modified_device", ""), str) or not isinstance(row.get("device_seq", 0), int):
        raise ImportRejected("sync.record_stamp_invalid", id=rid, where=where)


def null_by_default(session, table) -> frozenset[str]:
    """The columns of ``table`` (SQLite) that an INSERT leaving them out stores as NULL: nullable,
    no DEFAULT clause, not the key; as the database file itself declares them. Read once per
    session (a batch of files is one): the schema changes only when the database is opened
    (migrations), never inside a unit of work."""
    known = session.info.setdefault("null_by_default", {})
    found = known.get(table.name)
    if found is None:
        found = known[table.name] = frozenset(
            name for _, name, _, notnull, default, pk in session.connection().exec_driver_sql(
                f"PRAGMA table_info({table.name})") if not notnull and default is None and not pk)
    return found


def incoming(table, rows: list, columns: tuple[str, ...], converted: dict, where: str,
             sqlite: bool, null_by_default=frozenset) -> Incoming:
    """``rows`` (one member, as parsed) checked and converted for writing ``columns``: into the
    returned ``stored`` when the usual bundle, else into ``converted`` (id → values).
    ``null_by_default()``: the columns an insert may leave out when all their values are NULL."""
    if sqlite and rows:
        found = _whole_columns(table, rows, columns, null_by_default)
        if found is not None:
            return found
    out = Incoming(names=columns)
    pending: dict[str, tuple] = {}
    cols = travelling_columns(table)
    exact = frozenset(cols)
    convert = sqlite_storage_builder(table, columns) if sqlite else (lambda r: from_json_row(table, r))
    for n, raw in enumerate(rows, start=1):
        if not isinstance(raw, dict):
            raise ImportRejected("sync.row_not_object", n=n, where=where)
        rid, dev, seq = raw.get("id"), raw.get("modified_device", ""), raw.get("device_seq", 0)
        if not isinstance(rid, str) or not rid or len(rid) > 64 or not isinstance(dev, str) \
                or not isinstance(seq, int):
            _validate(raw, msg("sync.where_row", place=where, n=n))  # says which
        row = raw if raw.keys() == exact else {c: raw[c] for c in cols if c in raw}
        if "_vv" in raw:
            w, j = _incoming_clock({"_vv": raw["_vv"], **row}, msg("sync.where_row", place=where, n=n))
        else:
            w = j = None
        try:  # type check before any write
            try:
                converted[rid] = convert(row)
            except KeyError:  # a column missing (other schema version): its default
                converted[rid] = sqlite_storage_row(table, row, columns)
        except (ValueError, TypeError, KeyError, ArithmeticError) as exc:  # decimal.InvalidOperation too
            raise ImportRejected("sync.row_value_invalid", n=n, error=str(exc), where=where) from exc
        pending[rid] = (row, w, j)
    out.ids = list(pending)
    out.rows = list(map(itemgetter(0), pending.values()))
    out.clocks = {rid: p for rid, p in pending.items() if p[1] is not None}
    return out


_BLOCK = 256  # rows transposed at a time


def _columns(rows: list[dict], values_of, n: int) -> list[list]:
    """The rows' values, one list per column (``values_of(row)``: its n values in column order).
    Transposed a block of rows at a time: one ``zip`` over all of a member's rows walks every row
    again for each column, and past a few thousand rows (a kab/kota's score entries at 9,000
    pesantren) that walk no longer stays in the processor's cache (0.55 → 0.2 s at 9,000)."""
    cols: list[list] = [[] for _ in range(n)]
    for i in range(0, len(rows), _BLOCK):
        for col, part in zip(cols, zip(*map(values_of, rows[i:i + _BLOCK]))):
            col.extend(part)
    return cols


def _whole_columns(table, rows: list, columns: tuple[str, ...], null_by_default) -> Incoming | None:
    """The usual member: every line an object with exactly the travelling columns (in any order)
    and every table column among them. Its values are read out in column order in one C-level pass
    per row, converted column by column and checked as the row-by-row path would; None: any
    doubt, go row by row (which says what is wrong where). A column NULL in every row is left out
    of the stored values when leaving it out of the insert stores NULL all the same: the driver
    binds each NULL through its adapter look-up (about a third of the score entries' insert)."""
    cols = travelling_columns(table)
    if frozenset(cols) != frozenset(columns) or set(map(type, rows)) != {dict} \
            or set(map(len, rows)) != {len(cols)}:
        return None
    order = tuple(cols)
    try:  # every column present, and as many keys as columns: exactly the columns
        values = _columns(rows, itemgetter(*order), len(order))
        stored = sqlite_stored_columns(table, order, values)
    except (ValueError, TypeError, KeyError, ArithmeticError):
        return None
    ids, devs, seqs = (values[cols.index(c)] for c in ("id", "modified_device", "device_seq"))
    if not all_text(ids) or not 0 < min(map(len, ids)) or max(map(len, ids)) > 64 \
            or not all_text(devs) or set(map(type, seqs)) != {int}:
        return None
    empty = {order[i] for i, col in enumerate(stored) if col[0] is None and set(col) == {None}}
    if empty and (empty := empty & null_by_default()):
        order, stored = zip(*[(c, col) for c, col in zip(order, stored) if c not in empty])
    tuples = list(zip(*stored))
    if len(set(ids)) == len(ids):
        return Incoming(list(ids), rows, {}, tuples, order, dict(zip(cols, values)))
    # an id given twice: its first place, its last row (as the row-by-row path keeps them)
    last = dict(zip(ids, zip(rows, tuples)))
    return Incoming(list(last), [r for r, _ in last.values()], {}, [v for _, v in last.values()], order)

