"""Writing many new replicated rows at once (imports): one executemany per table, stamped with
origin, last writer and the device's gap-free sequence exactly as an ORM flush stamps them
(core/db.py), without building an ORM object per row."""
from __future__ import annotations

from sqlalchemy import insert
from sqlalchemy.orm import Session

from .db import reserve_seqs
from .models import new_uuid, utcnow


def insert_replicated(session: Session, model, rows: list[dict]) -> None:
    """INSERT ``rows`` (column → value; every row the same keys) into ``model``'s table. Rows
    keep the order given in the device sequence."""
    if not rows:
        return
    device = session.info.get("device_id") or ""
    first = reserve_seqs(session, device, len(rows)) if device else 0
    now = utcnow()
    for offset, row in enumerate(rows):
        row.setdefault("id", new_uuid())
        row.setdefault("origin_device", device)
        row["modified_device"] = device
        row["device_seq"] = first + offset if device else 0
        row.setdefault("created_at", now)
        row.setdefault("updated_at", now)
    session.execute(insert(model.__table__), rows)
