"""Writing bundles: set-up down to a kab/kota or venue, results up to the province, or all.

Down bundles carry the set-up tables (filtered to one kab/kota's registrants, venues, panels);
up bundles carry every other replicated table, incrementally since what the recipient
acknowledged in its receipts unless ``full``; relays add the signed manifests and record
indexes of the bundles they merged, so the province can verify who wrote each record.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import UsageError
from ..models import Device, SyncClock, SyncConflict
from . import bundle as fmt
from . import segments
from .keys import ensure_device_keys, province_seal_key
from .receipts import Ranges, contiguous_high, covered, known_ranges, recipient_ranges, relayable
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


def _down_filter(rows_by_table: dict[str, list[dict]], regency: str) -> None:
    """Keep one kab/kota's share of the set-up tables."""
    pes = [r for r in rows_by_table.get("pesantren", []) if r.get("regency_code") == regency]
    rows_by_table["pesantren"] = pes
    pes_ids = {r["id"] for r in pes}
    venues = [r for r in rows_by_table.get("venue", [])
              if regency in (r.get("regency_codes") or "").split(",")]
    rows_by_table["venue"] = venues
    venue_ids = {r["id"] for r in venues}
    rows_by_table["panel"] = [r for r in rows_by_table.get("panel", []) if r.get("venue_id") in venue_ids]
    panel_ids = {r["id"] for r in rows_by_table["panel"]}
    for name, rows in rows_by_table.items():
        if name in ("pesantren", "venue", "panel") or not rows:
            continue
        sample = rows[0]
        if "pesantren_id" in sample:
            rows = [r for r in rows if r.get("pesantren_id") is None or r["pesantren_id"] in pes_ids]
        if "venue_id" in sample:
            rows = [r for r in rows if r.get("venue_id") is None or r["venue_id"] in venue_ids]
        if "panel_id" in sample:
            rows = [r for r in rows if r.get("panel_id") is None or r["panel_id"] in panel_ids]
        if name == "user_account":
            rows = [r for r in rows if not r.get("regency_code") or r["regency_code"] == regency]
        rows_by_table[name] = rows


def _clocks(session: Session) -> dict[tuple[str, str], dict]:
    return {
        (c.table_name, c.record_id): json.loads(c.vv) for c in session.execute(select(SyncClock)).scalars()
    }


def export_bundle(session: Session, out: Path, *, for_regency: str | None = None, to_province: bool = False,
                  full: bool = False, seal: bool = False) -> ExportResult:
    if for_regency and to_province:
        raise UsageError("Pilih salah satu: --for KODE_KAB_KOTA atau --to province.")
    dev = ensure_device_keys(session)
    seal_to = province_seal_key(session) if seal else None
    kind = "down" if for_regency else ("up" if to_province else "full")
    # Up bundles carry the results and also set-up rows last edited away from the province
    # (a juror added at a venue, a corrected phone number), so no edit stays behind.
    tables = [t for t in replicated_tables() if kind != "down" or t.name in DOWN_TABLES]
    province_devices = {d.device_id for d in session.scalars(select(Device).where(Device.role == "province"))}
    acked: Ranges = {}
    if kind == "up" and not full:
        acked = recipient_ranges(session, role="province")
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
        _down_filter(rows_by_table, for_regency)
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
    if kind == "down":
        members["sync/receipts.jsonl"] = relayable(session, dev.device_id)
    members[segments.MEMBER] = signed_segments(session, dev.device_id, rows_by_table,
                                               members.get("sync/conflicts.jsonl", b""))
    manifest = fmt.new_manifest(
        kind=kind, device=dev, schema_version=fmt.current_head(), tables=[t.name for t in tables],
        counts=counts, incremental=bool(acked), recipient={"regency": for_regency or "",
                                                           "role": "province" if to_province else ""},
        seq_ranges={d: [list(s) for s in spans] for d, spans in ranges.items()})
    fmt.write_bundle(Path(out), manifest, members, device_id=dev.device_id, seal_to=seal_to)
    return ExportResult(path=str(out), bundle_id=manifest["bundle_id"], kind=kind, incremental=bool(acked),
                        sealed=bool(seal_to), counts=counts, seq_ranges=manifest["seq_ranges"],
                        held_back=held_back)
