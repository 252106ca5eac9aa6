"""Importing bundle files: verification (read in place), trust, preview, merge, receipt.

The caller owns the transaction and makes the automatic backup first; the one workflow doing
both for the CLI and the GUI is workflow.py (one transaction per batch, a savepoint per file).
Nothing here commits. A bundle from an unknown device is quarantined (copied into the data
folder's ``quarantine/``) until its fingerprint is trusted; one from a revoked device, or one
that fails any check, is refused with an Indonesian message.
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session

from .. import paths, permissions
from ..catalogue import Message, msg
from ..db import get_setting, refuse_database_file
from ..errors import ImportRejected
from ..models import Device, DeviceCounter, SyncBundleLog, SyncQuarantine
from ..services import audit, funnel_status
from . import bundle as fmt
from . import keys
from . import segments
from .checks import AuthorityRefused, BundleCheck
from .merge import KindCounts, merge_records
from .receipts import (
    IssuedReceipt, accept_receipt, add_ranges, gaps, issue_receipt, receipt_problem, valid_ranges, write_receipt,
)
from .tables import replicated_tables


@dataclass
class ImportOutcome:
    file: str
    status: str  # preview | merged | already | quarantined | receipt
    bundle_id: str = ""
    kind: str = ""
    origin_device: str = ""
    origin_name: str = ""
    fingerprint: str = ""
    counts: dict[str, KindCounts] = field(default_factory=dict)
    duplicates: list[dict] = field(default_factory=list)
    gaps: list[Message] = field(default_factory=list)
    receipt_path: str = ""
    msg: Message | None = None  # what to say about it, if anything (as an error's ``msg``)

    @property
    def message(self) -> str:
        """``msg`` in the chosen language ("" when there is nothing to say)."""
        return self.msg.text() if self.msg is not None else ""

    @property
    def conflicts(self) -> int:
        return sum(c.conflicts for c in self.counts.values())


@dataclass
class LeftForBatch:
    """What a merge inside a batch leaves to its caller, for once the batch is committed: the
    receipt's file to write, and the pesantren whose derived status may have changed (None: any)."""
    receipt: IssuedReceipt | None = None
    status_pesantren: set[str] | None = field(default_factory=set)
    # This device's row as the previous file of the batch left it (its receipt's issuer), so the
    # keys and the row are not read again for every file; None: ensure it (keys.ensure_device_keys).
    device: Device | None = None


def _readable(path: Path) -> Path:
    """The file, if it is there, readable and not over the size limit."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportRejected("sync.file_unreadable", error=str(exc), where=str(path)) from exc
    if size > fmt.MAX_FILE_BYTES:
        raise ImportRejected("sync.file_too_big", size=size, where=str(path))
    return path


def quarantine_dir() -> Path:
    d = paths.data_dir() / "quarantine"
    d.mkdir(parents=True, exist_ok=True)
    return d


def open_verified(session: Session, path: Path) -> fmt.Bundle:
    """Read and verify a bundle file. It is read in place, in one read: the verified bytes are
    held in memory and are what is merged, so a medium changed or pulled out afterwards cannot
    change them, and no temporary copy is written."""
    refuse_database_file(session, path)
    device_id = get_setting(session, "device_id")
    return fmt.read_bundle(_readable(path), lambda: keys.load_sealing_key(device_id))


# Statements run for every file, built once (not built and keyed again per file).
_DEVICE = select(Device).where(Device.device_id == bindparam("device"))
_MERGE_LOCK = (select(DeviceCounter.device_id).where(DeviceCounter.device_id == bindparam("device"))
               .with_for_update())
_LOG_T = SyncBundleLog.__table__
_LOGGED = select(_LOG_T.c.bundle_id).where(_LOG_T.c.bundle_id == bindparam("bundle"))
_LOG = insert(_LOG_T)


def _check_trust(session: Session, b: fmt.Bundle) -> Device | None:
    m = b.manifest
    dev = session.scalar(_DEVICE, {"device": b.origin_device})
    if dev is None:
        return None
    if dev.status == "revoked":
        raise ImportRejected("sync.device_revoked_refused", name=dev.name, device=dev.device_id,
                             reason=dev.status_reason, where=b.path.name)
    if dev.public_key != m["signer_public_key"]:
        raise ImportRejected("sync.wrong_key", device=dev.device_id, fingerprint=dev.fingerprint,
                             where=b.path.name)
    return dev


def _quarantine(session: Session, b: fmt.Bundle, reason: Message) -> None:
    """The reason is stored in Indonesian, as every quarantine row always was."""
    target = quarantine_dir() / f"{b.bundle_id}.opop"
    if not (target.exists() and target.samefile(b.path)):  # read in place: it may be that file
        shutil.copyfile(b.path, target)
    row = session.get(SyncQuarantine, b.bundle_id)
    if row is None:
        session.add(SyncQuarantine(
            bundle_id=b.bundle_id, file_path=str(target), origin_device=b.origin_device,
            device_name=str(b.manifest.get("origin_name") or "")[:200],
            fingerprint=keys.fingerprint(keys.unb64(b.manifest["signer_public_key"])),
            public_key=b.manifest["signer_public_key"], reason=reason.text("id")))
    session.flush()


def _records(b: fmt.Bundle) -> dict[str, list[dict]]:
    known = {t.name for t in replicated_tables()}
    tables = b.manifest.get("tables")
    if not isinstance(tables, list) or not all(isinstance(t, str) for t in tables):
        raise ImportRejected("sync.tables_invalid", where=b.path.name)
    unknown = [t for t in tables if t not in known]
    if unknown:
        raise ImportRejected("sync.tables_unknown", tables=unknown, where=b.path.name)
    return b.records()


def import_bundle(session: Session, path: Path, *, actor, who: str = "", dry_run: bool = False,
                  receipt_out: Path | None = None, batch: LeftForBatch | None = None,
                  verified: fmt.Bundle | None = None, assume_new: bool = False) -> ImportOutcome:
    """Import one bundle file into the caller's transaction. With ``batch`` the caller merges
    several files in one transaction (workflow.py): the receipt is signed and stored but its file
    is left in ``batch`` to write after the commit, like the derived statuses to recompute once
    for the whole batch. ``verified``: this file as ``open_verified`` read it (not read again);
    its local copy is discarded here too. (``open_verified`` refuses the live database as input,
    the file given ``verified`` as well as any other.) ``assume_new``: the caller holds a savepoint
    for this file and, on ``NotAllNew``, rolls back to it and imports the file again without it
    (see ``merge.merge_records``)."""
    permissions.require(actor, "sync.import")
    b = verified if verified is not None else open_verified(session, path)
    out = _import_verified(session, path, b, dry_run=dry_run, receipt_out=receipt_out, batch=batch,
                           assume_new=assume_new)
    if out.status == "merged":
        audit.record(session, actor=who or actor, action="bundle.import", entity="bundle", entity_id=out.bundle_id,
                     new={"file": Path(path).name, "from": out.origin_name or out.origin_device,
                          "kind": out.kind, "changed": sum(c.new + c.updated for c in out.counts.values())})
    return out


def _import_verified(session: Session, path: Path, b: fmt.Bundle, *, dry_run: bool,
                     receipt_out: Path | None, batch: LeftForBatch | None, assume_new: bool) -> ImportOutcome:
    m = b.manifest
    out = ImportOutcome(file=str(path), status="preview" if dry_run else "merged", bundle_id=b.bundle_id,
                        kind=b.kind, origin_device=b.origin_device, origin_name=str(m.get("origin_name", "")),
                        fingerprint=keys.fingerprint(keys.unb64(m["signer_public_key"])))
    dev = _check_trust(session, b)
    if dev is None:
        out.status = "quarantined"
        out.msg = msg("sync.quarantined_unknown", device=out.origin_name or b.origin_device,
                      fingerprint=out.fingerprint)
        if not dry_run:
            _quarantine(session, b, out.msg)
        return out
    out.origin_name = dev.name  # who sent it, as this database knows the device
    try:
        if b.kind == "receipt":
            return _import_receipt(session, b, out, dry_run)
        return _merge(session, b, out, dry_run=dry_run, receipt_out=receipt_out, batch=batch,
                      assume_new=assume_new)
    except AuthorityRefused as err:
        out.status = "quarantined"
        out.counts, out.duplicates, out.gaps = {}, [], []
        out.msg = msg("sync.refused_quarantined", reason=err.msg)
        if not dry_run:
            _quarantine(session, b, err.msg)
        return out


def _import_receipt(session: Session, b: fmt.Bundle, out: ImportOutcome, dry_run: bool) -> ImportOutcome:
    out.status = "receipt"
    if not dry_run:
        why = accept_receipt(session, b.manifest_bytes, keys.b64(b.signature), b.members.get("receipt.json", b""))
        if why:
            raise AuthorityRefused(msg("sync.receipt_not_counted", name=out.origin_name, why=why),
                                   where=b.path.name, kind="receipt", record_id=b.bundle_id)
    return out


def _relayed_receipts(b: fmt.Bundle) -> list[tuple[bytes, str, bytes]]:
    out = []
    for r in b.jsonl("sync/receipts.jsonl"):
        try:
            out.append((r["manifest"].encode("utf-8"), str(r["sig"]), r["body"].encode("utf-8")))
        except (KeyError, AttributeError) as exc:
            raise AuthorityRefused(msg("sync.receipt_unsigned", name=b.manifest.get("origin_name")),
                                   where=b.path.name, kind="receipt") from exc
    return out


def _merge(session: Session, b: fmt.Bundle, out: ImportOutcome, *, dry_run: bool,
           receipt_out: Path | None, batch: LeftForBatch | None = None,
           assume_new: bool = False) -> ImportOutcome:
    m = b.manifest
    # One merge at a time per database (PostgreSQL: two staff importing at once): the second
    # waits here and then checks against what the first wrote.
    session.execute(_MERGE_LOCK, {"device": get_setting(session, "device_id")})
    records = _records(b)
    conflicts_in = b.jsonl("sync/conflicts.jsonl")
    receipts_in = _relayed_receipts(b)
    already = session.execute(_LOGGED, {"bundle": b.bundle_id}).first() is not None
    check = None
    if not already:  # every row, loser and receipt is checked before anything is written
        check = BundleCheck.start(session, b, records)
        check.check_losers(conflicts_in)
        for mbytes, sig, body in receipts_in:
            why = receipt_problem(session, mbytes, sig, body)
            if why:
                raise AuthorityRefused(msg("sync.receipt_invalid", name=out.origin_name, why=why),
                                       where=b.path.name, kind="receipt")
    result = merge_records(session, records, conflicts_in, apply=not dry_run and not already,
                           where=b.path.name, check=check, assume_new=assume_new)
    out.counts, out.duplicates = result.counts, result.duplicates
    if already:
        out.status = "already"
        out.msg = msg("sync.already_merged")
    if dry_run:
        return out
    if not already:
        add_ranges(session, valid_ranges(m.get("seq_ranges")))
        # Core inserts, not ORM objects: nothing for a unit-of-work flush to sort out per file
        session.execute(_LOG, {
            "bundle_id": b.bundle_id, "kind": b.kind, "origin_device": b.origin_device,
            "file_sha256": b.file_sha256, "manifest_json": b.manifest_bytes.decode("utf-8"),
            "signature": keys.b64(b.signature), "index_text": ""})
        for body, sig, device, lo, hi in check.verified.to_store:
            segments.store(session, body, sig, device, lo, hi)
        for mbytes, sig, body in receipts_in:
            accept_receipt(session, mbytes, sig, body)
        session.flush()
        if batch is None:
            recompute_status(session, result.status_pesantren)
        else:
            batch.status_pesantren = result.status_pesantren
    if batch is not None:
        batch.receipt = issue_receipt(session, b.bundle_id, receipt_out, batch.device)
        batch.device = batch.receipt.device
        out.receipt_path = str(batch.receipt.path)
        out.gaps = [g.message for g in gaps(session, batch.receipt.held) if g.missing]  # read once for both
    else:
        out.gaps = [g.message for g in gaps(session) if g.missing]
        out.receipt_path = str(write_receipt(session, b.bundle_id, receipt_out))
    return out


def recompute_status(session: Session, pesantren: set[str] | None) -> None:
    """Derive the funnel status again from the merged facts (None: every pesantren's)."""
    if pesantren is None:
        funnel_status.recompute(session)
    elif pesantren:
        funnel_status.recompute(session, sorted(pesantren))


def quarantined(session: Session) -> list[SyncQuarantine]:
    """Bundles waiting for their device to be trusted, oldest first."""
    return list(session.scalars(select(SyncQuarantine).order_by(SyncQuarantine.received_at)))


def trust_quarantined(session: Session, fingerprint: str, actor=None, who: str = "") -> list[str]:
    """Trust the device behind quarantined bundles with this fingerprint; returns their files
    (to import again). ``actor`` needs ``sync.import``; ``who`` names them in the audit log."""
    permissions.require(actor, "sync.import")
    fp = keys.normalise_fingerprint(fingerprint)
    rows = session.scalars(select(SyncQuarantine).where(SyncQuarantine.fingerprint == fp)).all()
    if not rows:
        return []
    first = rows[0]
    b = open_verified(session, Path(first.file_path))
    m = b.manifest
    keys.trust_device(session, device_id=first.origin_device, public_key=first.public_key,
                      name=first.device_name, role=str(m.get("origin_role") or "venue"),
                      regency_code=m.get("origin_regency") or None,
                      seal_public_key=str(m.get("origin_seal_public_key") or ""), actor=who or actor)
    files = [r.file_path for r in rows]
    for r in rows:
        session.delete(r)
    session.flush()
    return files
