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

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from ..catalogue import msg
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


_HASHED = ("id", "origin_device", "chain_index", "at", "actor", "action", "entity", "entity_id", "old_json",
           "new_json", "reason", "prev_hash")


def entry_hash(e) -> str:
    """SHA-256 of an entry's content (an AuditEntry or a plain row with its columns)."""
    return _content_hash({k: getattr(e, k) for k in _HASHED})


def _content_hash(row: dict) -> str:
    content = {
        "id": row["id"], "device": row["origin_device"], "chain_index": row["chain_index"],
        "at": row["at"].isoformat(), "actor": row["actor"], "action": row["action"], "entity": row["entity"],
        "entity_id": row["entity_id"], "old": row["old_json"], "new": row["new_json"],
        "reason": row["reason"],
        "prev_hash": row["prev_hash"],
    }
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


def _device(session: Session) -> str:
    return session.info.get("device_id") or "local"


@dataclass
class _Head:
    """This device's chain head as the current transaction sees it."""

    device: str
    index: int
    hash: str


def _head(session: Session) -> _Head:
    """The chain head, read once per transaction and then kept in memory: every entry of this
    device is appended through this module, so the next index and prev_hash are known without
    asking the database again (a rollback or commit forgets it, see ``_forget_head_after_commit``)."""
    head = session.info.get(_HEAD_KEY)
    device = _device(session)
    if head is not None and head.device == device:
        return head
    # Serialise writers of this device's chain: on PostgreSQL the row lock makes a concurrent
    # writer wait and then read the committed head (no fork); SQLite has one writer anyway and
    # refuses a write based on a stale read, so it needs no lock statement.
    if session.get_bind().dialect.name != "sqlite":
        session.execute(select(DeviceCounter.device_id).where(DeviceCounter.device_id == device)
                        .with_for_update())
    last = session.execute(
        select(AuditEntry.chain_index, AuditEntry.hash)
        .where(AuditEntry.origin_device == device)
        .order_by(AuditEntry.chain_index.desc()).limit(1)
    ).first()
    head = session.info[_HEAD_KEY] = _Head(device, last[0] if last else 0, last[1] if last else "")
    return head


_HEAD_KEY = "audit_chain_head"


@event.listens_for(Session, "after_soft_rollback")
def _forget_head_after_rollback(session: Session, _previous) -> None:
    """Entries of a rolled-back savepoint are gone: read the head again."""
    session.info.pop(_HEAD_KEY, None)


@event.listens_for(Session, "after_commit")
def _forget_head_after_commit(session: Session) -> None:
    """After a commit another writer may go next: read the head again then. A released savepoint
    (a nested commit) keeps its entries in the transaction, which still holds the write lock:
    the head stays."""
    if not session.in_nested_transaction():
        session.info.pop(_HEAD_KEY, None)


def _next_row(head: _Head, *, actor: Any, action: str, entity: str, entity_id: str, old: Any, new: Any,
              reason: str, at: datetime) -> dict:
    """The next entry of the chain as plain column values; moves the head on."""
    from ..models import new_uuid

    row = {"id": new_uuid(), "origin_device": head.device, "chain_index": head.index + 1, "at": at,
           "actor": _actor_name(actor), "action": action, "entity": entity, "entity_id": str(entity_id or ""),
           "old_json": canonical_json(old), "new_json": canonical_json(new), "reason": reason or "",
           "prev_hash": head.hash}
    row["hash"] = _content_hash(row)
    head.index, head.hash = row["chain_index"], row["hash"]
    return row


def record(session: Session, *, actor: Any, action: str, entity: str, entity_id: str = "",
           old: Any = None, new: Any = None, reason: str = "") -> AuditEntry:
    """Append one entry to this laptop's chain: who (``actor``: SignedInUser or username), what
    (``action`` like "score.set", ``entity`` like "score_sheet", ``entity_id``), ``old`` → ``new``
    (any JSON-able values; Decimals kept exact) and ``reason``. The entry is added to the
    session and written with the session's next flush, together with any others of the same
    transaction (one INSERT for a batch); the caller commits."""
    entry = AuditEntry(**_next_row(_head(session), actor=actor, action=action, entity=entity,
                                   entity_id=entity_id, old=old, new=new, reason=reason, at=utcnow()))
    session.add(entry)
    return entry


@dataclass
class Change:
    """One audited change for ``record_many``."""

    action: str
    entity: str
    entity_id: str = ""
    old: Any = None
    new: Any = None
    reason: str = ""


def record_many(session: Session, actor: Any, changes: list[Change]) -> int:
    """Append many entries at once (imports): the same chain, hashes and device sequence as the
    same ``record`` calls one by one, written as plain rows in one executemany."""
    from .. import bulk

    if not changes:
        return 0
    session.flush()  # entries and rows added earlier come first in the chain and the sequence
    head = _head(session)
    at = utcnow()
    rows = [_next_row(head, actor=actor, action=c.action, entity=c.entity, entity_id=c.entity_id, old=c.old,
                      new=c.new, reason=c.reason, at=at) for c in changes]
    bulk.insert_replicated(session, AuditEntry, rows)
    return len(rows)


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
                problem = msg("setup.audit_gap", expected=expected_index, found=e.chain_index)
            elif e.prev_hash != prev_hash:
                problem = msg("setup.audit_prev_hash")
            elif entry_hash(e) != e.hash:
                problem = msg("setup.audit_content_changed")
            elif signed is not None:
                verdict = signed.check(table, e)
                if verdict == "unsigned":
                    unsigned += 1
                elif verdict:
                    problem = msg("setup.audit_device_verdict", verdict=verdict, device=names.get(device, device))
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
