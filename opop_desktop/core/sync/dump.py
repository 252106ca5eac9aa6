"""``opop db dump``: the replicated content in a canonical, sorted form, so two databases can be
compared byte for byte. Local-only tables and columns (settings, counters, import times, merge
bookkeeping, login throttling) and the device/trust list (each node enrols itself) are left out;
open conflicts are included in a node-independent form."""
from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import SyncConflict
from .conflicts import list_conflicts
from .tables import canonical, replicated_tables, row_to_json

NOT_DUMPED = frozenset({"device"})


def dump_lines(session: Session) -> list[str]:
    lines = []
    for table in sorted(replicated_tables(), key=lambda t: t.name):
        if table.name in NOT_DUMPED:
            continue
        for r in session.execute(select(table).order_by(table.c.id)):
            lines.append(canonical({"table": table.name, "row": row_to_json(table, r)}))
    for c in session.scalars(select(SyncConflict).where(SyncConflict.table_name.not_in(NOT_DUMPED))
                             .order_by(SyncConflict.id)):
        lines.append(canonical({"conflict": c.table_name, "record_id": c.record_id,
                                "version": json.loads(c.values_json), "vv": json.loads(c.vv)}))
    for item in list_conflicts(session):
        if item.kind in ("score", "attendance", "duplicate"):
            lines.append(canonical({"open": item.kind, "key": item.key,
                                    "versions": sorted(v.version_id for v in item.versions)}))
    return lines


def dump_text(session: Session) -> str:
    return "\n".join(dump_lines(session)) + "\n"


def dump_json(session: Session) -> list[dict]:
    return [json.loads(line) for line in dump_lines(session)]
