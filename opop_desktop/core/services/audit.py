"""The append-only, hash-chained audit log.

Every laptop keeps its own chain: entry n of device D stores ``prev_hash`` = hash of entry n-1
of D, and ``hash`` = SHA-256 over the canonical JSON of its content including ``prev_hash``.
Entries of other devices arrive by sync with their own chains and verify the same way.
Changing, deleting or inserting a row breaks the chain at that point; ``verify`` names it.
(Deleting the newest entries of a chain leaves no gap to see; the sync high-water marks do.)
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import AuditEntry, DeviceCounter, utcnow


@dataclass
class AuditVerifyResult:
    ok: bool
    checked: int
    devices: int
    # {"id", "device", "device_name", "chain_index", "action", "entity", "entity_id", "at", "problem"}
    first_broken: dict | None = None
    # Entries of other devices received before signed segments existed (no signature to check yet).
    unsigned: int = 0


@dataclass
class AuditRow:
    id: str
    device: str
    chain_index: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    old: Any
    new: Any
    reason: str


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if hasattr(value, "__dataclass_fields__"):
        from dataclasses import asdict
        return asdict(value)
    return str(value)


def canonical_json(value: Any) -> str:
    """Stable JSON: sorted keys, no spaces, decimals as exact text."""
    if value is None:
        return ""
    return json.dumps(value, default=_plain, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _actor_name(actor: Any) -> str:
    if actor is None:
        return ""
    if isinstance(actor, str):
        return actor
    return getattr(actor, "username", str(actor))


def entry_hash(e: AuditEntry) -> str:
    content = {
        "id": e.id, "device": e.origin_device, "chain_index": e.chain_index,
        "at": e.at.isoformat(), "actor": e.actor, "action": e.action, "entity": e.entity,
        "entity_id": e.entity_id, "old": e.old_json, "new": e.new_json, "reason": e.reason,
        "prev_hash": e.prev_hash,
    }
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


def _device(session: Session) -> str:
    return session.info.get("device_id") or "local"


def record(session: Session, *, actor: Any, action: str, entity: str, entity_id: str = "",
           old: Any = None, new: Any = None, reason: str = "") -> AuditEntry:
    """Append one entry to this laptop's chain: who (``actor``: SignedInUser or username), what
    (``action`` like "score.set", ``entity`` like "score_sheet", ``entity_id``), ``old`` → ``new``
    (any JSON-able values; Decimals kept exact) and ``reason``. Flushes; the caller commits."""
    from ..models import new_uuid

    device = _device(session)
    session.flush()  # pending entries of this session belong before this one
    # Serialise writers of this device's chain: on PostgreSQL the row lock makes a concurrent
    # writer wait and then read the committed head (no fork); SQLite has one writer anyway and
    # refuses a write based on a stale read.
    session.execute(select(DeviceCounter.device_id).where(DeviceCounter.device_id == device)
                    .with_for_update())
    last = session.execute(
        select(AuditEntry.chain_index, AuditEntry.hash)
        .where(AuditEntry.origin_device == device)
        .order_by(AuditEntry.chain_index.desc()).limit(1)
    ).first()
    entry = AuditEntry(
        id=new_uuid(), origin_device=device, chain_index=(last[0] + 1) if last else 1,
        at=utcnow(), actor=_actor_name(actor),
        action=action, entity=entity, entity_id=str(entity_id or ""),
        old_json=canonical_json(old), new_json=canonical_json(new), reason=reason or "",
        prev_hash=last[1] if last else "",
    )
    entry.hash = entry_hash(entry)
    session.add(entry)
    session.flush()
    return entry


def verify(session: Session) -> AuditVerifyResult:
    """Recompute every chain and check every other device's entries against that device's signed
    segments; report the first broken entry (lowest index of the first device)."""
    from ..models import Device
    from ..sync.signatures import SignedBy

    table = AuditEntry.__table__  # plain rows: no ORM identity map for tens of thousands of entries
    rows = session.execute(select(table).order_by(table.c.origin_device, table.c.chain_index)).all()
    by_device: dict[str, list] = {}
    for e in rows:
        by_device.setdefault(e.origin_device, []).append(e)
    names = {d.device_id: d.name for d in session.execute(select(Device.device_id, Device.name))}
    me = _device(session)
    unsigned = 0
    for device, chain in sorted(by_device.items()):
        signed = None if device == me else SignedBy(session, device)
        prev_hash = ""
        for expected_index, e in enumerate(chain, start=1):
            problem = None
            if e.chain_index != expected_index:
                problem = (f"urutan terputus: entri ke-{expected_index} hilang atau disisipkan "
                           f"(ditemukan nomor {e.chain_index})")
            elif e.prev_hash != prev_hash:
                problem = "hash entri sebelumnya tidak cocok (entri sebelumnya diubah atau dihapus)"
            elif entry_hash(e) != e.hash:
                problem = "isi entri diubah (hash tidak cocok)"
            elif signed is not None:
                verdict = signed.check(table, e)
                if verdict == "unsigned":
                    unsigned += 1
                elif verdict:
                    problem = f"{verdict} (perangkat {names.get(device, device)})"
            if problem:
                return AuditVerifyResult(False, len(rows), len(by_device), {
                    "id": e.id, "device": device, "device_name": names.get(device, device),
                    "chain_index": e.chain_index, "action": e.action, "entity": e.entity,
                    "entity_id": e.entity_id, "at": e.at.isoformat(), "problem": problem,
                }, unsigned)
            prev_hash = e.hash
    return AuditVerifyResult(True, len(rows), len(by_device), None, unsigned)


def list_entries(session: Session, *, entity: str | None = None, entity_id: str | None = None,
                 limit: int = 200) -> list[AuditRow]:
    """Newest first; optionally only one entity (e.g. the history of one score sheet)."""
    q = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.chain_index.desc()).limit(limit)
    if entity:
        q = q.where(AuditEntry.entity == entity)
    if entity_id:
        q = q.where(AuditEntry.entity_id == entity_id)
    out = []
    for e in session.scalars(q):
        out.append(AuditRow(e.id, e.origin_device, e.chain_index, e.at, e.actor, e.action, e.entity,
                            e.entity_id, json.loads(e.old_json) if e.old_json else None,
                            json.loads(e.new_json) if e.new_json else None, e.reason))
    return out
