"""Writing bundles: set-up down to a kab/kota or venue, results up to the kab/kota or the
province, or all.

Down bundles carry the set-up tables filtered to one kab/kota (selection.py, with the results
that concern it); up bundles carry every other replicated table. Both leave out what the
recipient acknowledged in its receipts unless ``full``; relays add the signed manifests and
record indexes of the bundles they merged, so the province can verify who wrote each record.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import permissions
from ..errors import UsageError
from ..models import Device, SyncClock, SyncConflict
from . import bundle as fmt
from . import segments
from .keys import ensure_device_keys, province_seal_key
from . import selection
from .receipts import Ranges, contiguous_high, covered, known_ranges, relayable
from .segments import hold_back, signed_only, signed_segments
from .tables import DOWN_TABLES, replicated_tables, row_to_json


@dataclass
class ExportResult:
    path: str
    bundle_id: str
    kind: str
    incremental: bool
    sealed: bool
    counts: dict[str, int] = field(default_factory=dict)
    seq_ranges: dict = field(default_factory=dict)
    held_back: dict[str, int] = field(default_factory=dict)  # rows no receiver may take from here


def _clocks(session: Session) -> dict[tuple[str, str], dict]:
    return {
        (c.table_name, c.record_id): json.loads(c.vv) for c in session.execute(select(SyncClock)).scalars()
    }


def export_bundle(session: Session, out: Path, *, actor, for_regency: str | None = None,
                  to_province: bool = False, to_regency: bool = False, full: bool = False,
                  seal: bool = False) -> ExportResult:
    permissions.require(actor, "sync.export")
    if sum(map(bool, (for_regency, to_province, to_regency))) > 1:
        raise UsageError("sync.export_one_target")
    dev = ensure_device_keys(session)
    seal_to = province_seal_key(session) if seal else None
    kind = "down" if for_regency else ("up" if to_province or to_regency else "full")
    # Up bundles carry the results and also set-up rows last edited away from the province
    # (a juror added at a venue, a corrected phone number), so no edit stays behind.
    tables = [t for t in replicated_tables() if kind != "down" or t.name in DOWN_TABLES]
    province_devices = {d.device_id for d in session.scalars(select(Device).where(Device.role == "province"))}
    acked: Ranges = {}
    if kind == "up" and not full:
        acked = selection.acknowledged_up(session, dev, "regency" if to_regency else "province")
    acked_down = selection.acknowledged_down(session, dev, for_regency) if kind == "down" and not full else set()
    clocks = _clocks(session)
    rows_by_table: dict[str, list[dict]] = {}
    for table in tables:
        rows = []
        for r in session.execute(select(table).order_by(table.c.id)):
            row = row_to_json(table, r)
            if acked and covered(acked, row["modified_device"], row["device_seq"]) \
                    and (table.name, row["id"]) not in clocks:
                continue
            if kind == "up" and table.name in DOWN_TABLES and table.name != "device" \
                    and row["modified_device"] in province_devices:
                continue  # the province's own set-up goes back only as edits made elsewhere
            rows.append(row)
        rows_by_table[table.name] = rows
    if kind == "down":
        selection.down_filter(rows_by_table, for_regency)
        selection.leave_out(rows_by_table, acked_down, clocks)
    members: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    held_back = hold_back(session, rows_by_table, kind, dev.device_id)
    for table in tables:
        rows = rows_by_table[table.name]
        for row in rows:
            vv = clocks.get((table.name, row["id"]))
            if vv:
                row["_vv"] = vv
        counts[table.name] = len(rows)
        members[f"data/{table.name}.jsonl"] = fmt.jsonl_bytes(rows)
    ranges: Ranges = {}
    if kind != "down":
        conflicts = [{"table": c.table_name, "record_id": c.record_id, "row": json.loads(c.values_json),
                      "vv": json.loads(c.vv)} for c in session.execute(
                          select(SyncConflict).order_by(SyncConflict.id)).scalars()]
        members["sync/conflicts.jsonl"] = fmt.jsonl_bytes(signed_only(session, conflicts))
        ranges = known_ranges(session)
        since = contiguous_high(acked, dev.device_id)
        if dev.device_id in ranges and since:
            ranges[dev.device_id] = [
                (max(lo, since + 1), hi) for lo, hi in ranges[dev.device_id] if hi > since
            ]
    members["sync/receipts.jsonl"] = relayable(session, dev.device_id)  # they ride back in every bundle
    members[segments.MEMBER] = signed_segments(session, dev.device_id, rows_by_table,
                                               members.get("sync/conflicts.jsonl", b""))
    manifest = fmt.new_manifest(
        kind=kind, device=dev, schema_version=fmt.current_head(), tables=[t.name for t in tables],
        counts=counts, incremental=bool(acked or acked_down),
        recipient={"regency": for_regency or (dev.regency_code or "" if to_regency else ""),
                   "role": "province" if to_province else ("regency" if to_regency else "")},
        seq_ranges={d: [list(s) for s in spans] for d, spans in ranges.items()})
    fmt.write_bundle(Path(out), manifest, members, device_id=dev.device_id, seal_to=seal_to)
    if kind == "down":
        selection.remember_sent(session, manifest["bundle_id"], for_regency, rows_by_table, clocks)
    return ExportResult(path=str(out), bundle_id=manifest["bundle_id"], kind=kind,
                        incremental=bool(acked or acked_down), sealed=bool(seal_to), counts=counts,
                        seq_ranges=manifest["seq_ranges"], held_back=held_back)
