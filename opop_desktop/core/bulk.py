"""Writing many new replicated rows at once (imports): one executemany per table, stamped with
origin, last writer and the device's gap-free sequence exactly as an ORM flush stamps them
(core/db.py), without building an ORM object per row.

Values go through each column type's own bind conversion (so a Decimal is stored as the same
text, a datetime in the same form as through the ORM), memoised per distinct value: an import
repeats the same few scores and one timestamp hundreds of thousands of times."""
from __future__ import annotations

import os

from sqlalchemy import insert
from sqlalchemy.orm import Session

from .db import reserve_seqs
from .models import utcnow


def new_uuids(n: int) -> list[str]:
    """``n`` random (version 4) UUIDs as text, like ``models.new_uuid``, from one read of the
    system's random source instead of one per id."""
    raw = os.urandom(16 * n).hex()
    out = []
    for i in range(0, 32 * n, 32):
        h = raw[i:i + 32]
        out.append(f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}")
    return out


def _converter(column, dialect):
    process = column.type.bind_processor(dialect)
    if process is None:
        return None
    memo: dict = {}

    def convert(value):
        if value is None:
            return None
        try:
            return memo[value]
        except KeyError:
            out = memo[value] = process(value)
            return out
    return convert


def insert_replicated(session: Session, model, rows: list[dict]) -> None:
    """INSERT ``rows`` (column → value; every row the same keys) into ``model``'s table. Rows
    keep the order given in the device sequence."""
    if not rows:
        return
    device = session.info.get("device_id") or ""
    first = reserve_seqs(session, device, len(rows)) if device else 0
    now = utcnow()
    ids = new_uuids(sum(1 for row in rows if "id" not in row))
    for offset, row in enumerate(rows):
        if "id" not in row:
            row["id"] = ids.pop()
        row.setdefault("origin_device", device)
        row["modified_device"] = device
        row["device_seq"] = first + offset if device else 0
        row.setdefault("created_at", now)
        row.setdefault("updated_at", now)
    conn = session.connection()
    table = model.__table__
    keys = list(rows[0])
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=keys)
    order = list(compiled.positiontup) if compiled.positional else list(compiled.params)
    for k in order:  # a column left out gets its model default, as through the ORM
        if k not in rows[0]:
            default = table.c[k].default
            for row in rows:
                row[k] = None if default is None else (
                    default.arg(None) if default.is_callable else default.arg)
    convert = {k: _converter(table.c[k], conn.dialect) for k in order}

    def values(row):
        return [row[k] if convert[k] is None else convert[k](row[k]) for k in order]
    if compiled.positional:
        params = [tuple(values(r)) for r in rows]
    else:
        params = [dict(zip(order, values(r))) for r in rows]
    conn.exec_driver_sql(compiled.string, params)
