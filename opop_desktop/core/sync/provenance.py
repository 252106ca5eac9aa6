"""Who wrote each stored record, checked after relays: every version written elsewhere must be
covered by a signed change segment of its writer (``segments.py``), whichever laptops carried it."""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import get_setting
from ..models import Device
from . import segments
from .tables import replicated_tables, row_to_json, version_hash


@dataclass
class OriginReport:
    verified: int = 0
    own: int = 0
    unverified: list[tuple[str, str, str]] = field(default_factory=list)  # table, id, device


def verify_origins(session: Session, tables: list[str] | None = None) -> OriginReport:
    me = get_setting(session, "device_id")
    keys_by_device = {d.device_id: d.public_key for d in session.scalars(select(Device))}
    signed: dict[str, dict] = {}
    rep = OriginReport()
    for table in replicated_tables():
        if tables and table.name not in tables:
            continue
        for r in session.execute(select(table)):
            row = row_to_json(table, r)
            dev = row["modified_device"]
            if dev == me:
                rep.own += 1
                continue
            if dev not in signed:
                key = keys_by_device.get(dev)
                signed[dev] = segments.stored_verified(session, dev, key) if key else {}
            if signed[dev].get((table.name, row["id"], row["device_seq"])) == version_hash(row):
                rep.verified += 1
            else:
                rep.unverified.append((table.name, row["id"], dev))
    return rep
