"""The trust-list and audit-chain parts of the authority check of one incoming bundle
(checks.BundleCheck): device rows are checked first, since they may enrol the writers of the
rows after them; new audit entries must only extend their writer's chain."""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from types import SimpleNamespace

from sqlalchemy import bindparam, select

from ..catalogue import Message, msg
from ..models import AuditEntry, Device
from ..services.audit import entry_hash
from . import authority, keys, segments
from .tables import row_to_json

CHUNK = 2000
_AUDIT = AuditEntry.__table__
# Built once: run for every bundle carrying audit entries.
_CHAIN_AT = select(_AUDIT.c.chain_index, _AUDIT.c.id, _AUDIT.c.hash).where(
    _AUDIT.c.origin_device == bindparam("device"), _AUDIT.c.chain_index.in_(bindparam("ids", expanding=True)))


def _chunks(seq):
    seq = list(seq)
    for i in range(0, len(seq), CHUNK):
        yield seq[i:i + CHUNK]


def check_chains(chk, rows: list[dict]) -> None:
    """New audit entries only extend their writer's chain: each links to the one before it (in
    the bundle or stored here), none replaces a stored entry, each hash matches its content."""
    by_dev = defaultdict(dict)
    for r in rows:
        by_dev[r.get("origin_device")][int(r.get("chain_index") or 0)] = r
    for dev, incoming in by_dev.items():
        wanted = set(incoming) | {i - 1 for i in incoming}
        stored = {}
        for chunk in _chunks(wanted):
            for e in chk.session.execute(_CHAIN_AT, {"device": dev, "ids": chunk}):
                stored[e.chain_index] = (e.id, e.hash)
        for idx, r in sorted(incoming.items()):
            if idx in stored and stored[idx][0] != r.get("id"):
                chk.refuse("audit_entry", r, msg("sync.chain_entry_exists", n=idx))
            prev = incoming.get(idx - 1)
            prev_hash = prev.get("hash") if prev else (stored.get(idx - 1, (None, None))[1])
            if idx == 1:
                prev_hash = ""
            if prev_hash is not None and r.get("prev_hash") != prev_hash:
                chk.refuse("audit_entry", r, msg("sync.chain_broken", n=idx))
            try:
                e = SimpleNamespace(id=r["id"], origin_device=r["origin_device"], chain_index=idx,
                                    at=datetime.fromisoformat(r["at"]), actor=r["actor"],
                                    action=r["action"], entity=r["entity"], entity_id=r["entity_id"],
                                    old_json=r["old_json"], new_json=r["new_json"], reason=r["reason"],
                                    prev_hash=r["prev_hash"])
                ok = entry_hash(e) == r.get("hash")
            except (KeyError, TypeError, ValueError):
                ok = False
            if not ok:
                chk.refuse("audit_entry", r, msg("sync.chain_hash", n=idx))


def check_devices(chk, rows: list[dict], devices) -> None:
    """Device rows first: a row whose writer is enrolled here (or earlier in this bundle) is
    checked, and may enrol the writer of later rows, whose segments are then verified.
    ``devices``: the rows of the device table, as stored."""
    stored = {}
    for d in devices:
        stored[d.id] = d
    by_device_id = {d.device_id: d for d in stored.values()}
    todo = [r for r in rows if isinstance(r, dict)]
    chk._device_vv = {r.get("id"): r.get("_vv") for r in todo}
    todo = [{k: v for k, v in r.items() if k != "_vv"} for r in todo]
    table = Device.__table__
    todo = [r for r in todo if r.get("id") not in stored
            or row_to_json(table, stored[r.get("id")]) != r]  # exactly as stored: nothing to check
    while todo:
        progress, later = False, []
        for r in todo:
            wid = str(r.get("modified_device") or "")
            if wid not in chk.writers:
                later.append(r)
                continue
            progress = True
            _check_device(chk, r, stored.get(r.get("id")), by_device_id.get(r.get("device_id")))
        if not progress:
            break
        todo = later
        segments.verify_into(chk.verified, _take_pending(chk),
                             {d: w.public_key for d, w in chk.writers.items()})
    for r in todo:  # writers nobody here (nor this bundle) enrolled
        chk._writer_may("device", r, None)


def _take_pending(chk):
    pending, chk.verified.pending = chk.verified.pending, []
    return pending


def _knows(chk, row: dict, stored) -> bool:
    raw = chk._device_vv.get(row.get("id"))
    seen = dict(raw.get("j") or {}) if isinstance(raw, dict) and isinstance(raw.get("j"), dict) else {}
    if row.get("modified_device"):
        seen[row["modified_device"]] = max(int(row.get("device_seq") or 0),
                                           int(seen.get(row["modified_device"]) or 0))
    return int(seen.get(stored.modified_device) or 0) >= int(stored.device_seq or 0)


def _check_device(chk, row: dict, stored_row, same_device) -> None:
    stored = row_to_json(Device.__table__, stored_row) if stored_row is not None else None
    pk = row.get("public_key")
    try:
        id_ok = isinstance(pk, str) and row.get("id") == keys.device_row_id(str(row.get("device_id")), pk)
    except (TypeError, ValueError):
        id_ok = False
    if not id_ok:
        chk.refuse("device", row, Message("sync.device_id_key"))
    if same_device is not None and same_device.public_key != pk:
        chk.refuse("device", row, msg("sync.device_key_change", name=same_device.name))
    if same_device is not None and same_device.status == "revoked" and _knows(chk, row, same_device):
        # A version written after seeing the revocation that no longer says revoked: an undo.
        # (An older or concurrent trusted version is harmless: the revocation wins the merge.)
        if row.get("status") != "revoked":
            chk.refuse("device", row, msg("sync.revocation_undo", name=same_device.name))
        if row.get("revoked_at_seq") is None or (same_device.revoked_at_seq is not None
                                                 and row["revoked_at_seq"] > same_device.revoked_at_seq):
            chk.refuse("device", row, Message("sync.revocation_later"))
    chk._writer_may("device", row, stored)
    did = str(row.get("device_id"))
    known = chk.writers.get(did)
    if known is None:  # enrolled by this bundle: its own rows may follow in it
        chk.writers[did] = authority.Writer(did, str(row.get("name") or did), str(row.get("role")),
                                             row.get("regency_code"), pk, str(row.get("status")),
                                             row.get("revoked_at_seq"))
    elif row.get("status") == "revoked":  # for the rest of this bundle, the stricter view holds
        points = [p for p in (known.revoked_at_seq if known.status == "revoked" else None,
                              row.get("revoked_at_seq")) if p is not None]
        known.status, known.revoked_at_seq = "revoked", min(points) if points else 0
