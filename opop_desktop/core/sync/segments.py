"""Signed change segments: each device signs what it wrote, once per sequence range.

A segment is ``{"device", "lo", "hi", "entries": [[table, id, seq, version_sha256], ...]}`` in
canonical JSON, signed by that device (Ed25519). ``lo..hi`` follows the previous segment of the
same device without a gap and lists every row version the device still held in that range when it
signed. Receivers keep segments exactly as signed and relay them, so a row can be checked against
its writer's key whichever laptops carried it; one signature check per segment keeps merges fast.
"""
from __future__ import annotations

import bisect
import hashlib
import json
from dataclasses import dataclass, field
from operator import itemgetter

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session

from ..errors import ImportRejected
from ..models import DeviceCounter, SyncConflict, SyncSegment
from . import keys
from .tables import canonical, replicated_tables, row_to_json, version_hash

MEMBER = "sync/segments.jsonl"
_KEY, _HASH = itemgetter(0, 1, 2), itemgetter(3)  # an entry's (table, id, seq) and its version hash


def ensure_own_segment(session: Session, device_id: str) -> None:
    """Sign this device's versions written since its last segment (nothing new: nothing to do)."""
    session.flush()
    seg = SyncSegment.__table__
    last_hi = session.execute(select(func.max(seg.c.hi)).where(seg.c.device_id == device_id)).scalar() or 0
    counter = session.get(DeviceCounter, device_id)
    last_seq = counter.last_seq if counter else 0
    if last_seq <= last_hi:
        return
    entries = []
    for table in replicated_tables():
        q = select(table).where(table.c.device_seq > last_hi, table.c.modified_device == device_id)
        for r in session.execute(q):
            row = row_to_json(table, r)
            entries.append([table.name, row["id"], row["device_seq"], version_hash(row)])
    for c in session.execute(select(SyncConflict.table_name, SyncConflict.values_json)):
        row = json.loads(c.values_json)  # versions of ours that lost a merge are still ours
        if row.get("modified_device") == device_id and int(row.get("device_seq") or 0) > last_hi:
            entries.append([c.table_name, row["id"], row["device_seq"], version_hash(row)])
    entries.sort(key=lambda e: (e[2], e[0], e[1]))
    body = canonical({"device": device_id, "lo": last_hi + 1, "hi": last_seq, "entries": entries})
    store(session, body, keys.b64(keys.sign(device_id, body.encode("utf-8"))), device_id, last_hi + 1,
          last_seq)


_STORED = select(SyncSegment.__table__.c.id).where(SyncSegment.__table__.c.id == bindparam("id"))
_STORE = insert(SyncSegment.__table__)


def store(session: Session, body: str, signature: str, device_id: str, lo: int, hi: int) -> None:
    sid = hashlib.sha256(body.encode("utf-8")).hexdigest()
    if session.execute(_STORED, {"id": sid}).first() is None:
        session.execute(_STORE, {"id": sid, "device_id": device_id, "lo": lo, "hi": hi, "body": body,
                                 "signature": signature})


def for_export(session: Session, needed: dict[str, set[int]]) -> bytes:
    """The stored segments that cover the given (device → sequence numbers), as member bytes."""
    lines = []
    for device, seqs in sorted(needed.items()):
        segs = session.execute(select(SyncSegment.lo, SyncSegment.hi, SyncSegment.body, SyncSegment.signature)
                               .where(SyncSegment.device_id == device).order_by(SyncSegment.lo)).all()
        if not segs:
            continue
        los = [s.lo for s in segs]
        used = set()
        for seq in seqs:  # a device's segments follow each other without overlapping
            i = bisect.bisect_right(los, seq) - 1
            if i >= 0 and seq <= segs[i].hi:
                used.add(i)
        for i in sorted(used):
            lines.append(json.dumps({"body": segs[i].body, "sig": segs[i].signature}, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


@dataclass
class Verified:
    """Entries of the segments whose signatures checked out, per device: (table, id, seq) → hash."""
    entries: dict[str, dict[tuple[str, str, int], str]] = field(default_factory=dict)
    to_store: list[tuple[str, str, str, int, int]] = field(default_factory=list)
    pending: list[tuple[str, str, dict]] = field(default_factory=list)  # signer not known yet

    def covers(self, device: str, table: str, rid: str, seq: int, vhash: str) -> bool:
        return self.entries.get(device, {}).get((table, rid, seq)) == vhash


def parse(data: bytes, where: str) -> list[tuple[str, str, dict]]:
    """(body text, signature, parsed body) of every segment line; malformed lines refuse."""
    out = []
    for n, line in enumerate(data.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            body, sig = obj["body"], obj["sig"]
            parsed = json.loads(body)
            ok = (isinstance(parsed, dict) and isinstance(parsed.get("device"), str)
                  and isinstance(parsed.get("lo"), int) and isinstance(parsed.get("hi"), int)
                  and isinstance(parsed.get("entries"), list) and isinstance(sig, str))
        except (ValueError, KeyError, TypeError) as exc:
            raise ImportRejected("sync.segment_broken", n=n, error=str(exc), where=where) from exc
        if not ok:
            raise ImportRejected("sync.segment_incomplete", n=n, where=where)
        out.append((body, sig, parsed))
    return out


def verify_into(acc: Verified, segments: list[tuple[str, str, dict]], public_keys: dict[str, str]) -> None:
    """Check each segment once against its device's key (as this database knows it); segments of
    devices not known yet wait in ``pending`` (they may be enrolled by the same bundle)."""
    for body, sig, parsed in segments:
        device = parsed["device"]
        key = public_keys.get(device)
        if key is None:
            acc.pending.append((body, sig, parsed))
            continue
        try:
            good = keys.verify(key, keys.unb64(sig), body.encode("utf-8"))
        except ValueError:
            good = False
        if not good:
            continue  # rows it would vouch for stay unvouched, and are refused by name
        table = acc.entries.setdefault(device, {})
        entries = parsed["entries"]
        if set(map(type, entries)) == {list} and set(map(len, entries)) == {4}:  # as signed: in bulk
            table.update(zip(map(_KEY, entries), map(_HASH, entries)))
        else:
            for e in entries:
                if isinstance(e, list) and len(e) == 4:
                    table[(e[0], e[1], e[2])] = e[3]
        acc.to_store.append((body, sig, device, parsed["lo"], parsed["hi"]))


def stored_verified(session: Session, device: str, public_key: str) -> dict[tuple[str, str, int], str]:
    """Entries of this device's stored segments that its key verifies (audit verification)."""
    out: dict[tuple[str, str, int], str] = {}
    for s in session.execute(select(SyncSegment.body, SyncSegment.signature)
                             .where(SyncSegment.device_id == device)):
        try:
            if not keys.verify(public_key, keys.unb64(s.signature), s.body.encode("utf-8")):
                continue
        except ValueError:
            continue
        for e in json.loads(s.body)["entries"]:
            out[(e[0], e[1], e[2])] = e[3]
    return out


# ---------------------------------------------------------------- export side

def hold_back(session: Session, rows_by_table: dict[str, list[dict]], bundle_kind: str,
              device_id: str) -> dict[str, int]:
    """Leave out (in place) rows no receiver may take from this device, counted per kind: rows the
    writer rules refuse, and other devices' versions no stored segment vouches for (received
    before segments existed; their writers send them again, signed)."""
    from .checks import BundleCheck

    ensure_own_segment(session, device_id)
    chk = BundleCheck.for_sending(session, rows_by_table, bundle_kind)
    vouched = _Vouched(session)
    out = {}
    for kind, rows in rows_by_table.items():
        kept = [r for r in rows if chk.sendable(kind, r) and vouched.has(kind, r)]
        if len(kept) != len(rows):
            out[kind] = len(rows) - len(kept)
            rows_by_table[kind] = kept
    return out


def signed_only(session: Session, losers: list[dict]) -> list[dict]:
    """Losing versions that a stored segment of their writer vouches for."""
    vouched = _Vouched(session)
    return [c for c in losers if vouched.has(c["table"], c["row"])]


class _Vouched:
    """(table, id, seq) of each device's stored segments, read once per device."""

    def __init__(self, session: Session):
        self.session, self.by_device = session, {}

    def has(self, kind: str, row: dict) -> bool:
        dev = row.get("modified_device") or ""
        if dev not in self.by_device:
            seen = set()
            for (body,) in self.session.execute(select(SyncSegment.body).where(SyncSegment.device_id == dev)):
                seen.update((e[0], e[1], e[2]) for e in json.loads(body)["entries"])
            self.by_device[dev] = seen
        return (kind, row.get("id"), row.get("device_seq")) in self.by_device[dev]


def signed_segments(session: Session, device_id: str, rows_by_table: dict[str, list[dict]],
                    conflicts: bytes) -> bytes:
    """Every stored segment covering a carried version (this device's signed by ``hold_back``)."""
    ensure_own_segment(session, device_id)
    needed: dict[str, set[int]] = {}
    for rows in rows_by_table.values():
        for r in rows:
            needed.setdefault(r["modified_device"], set()).add(int(r["device_seq"]))
    for line in conflicts.splitlines():
        if line.strip():
            row = json.loads(line)["row"]
            needed.setdefault(row.get("modified_device") or "", set()).add(int(row.get("device_seq") or 0))
    return for_export(session, needed)
