"""Per-device sequence ranges received (gaps) and signed receipts that go back to the sender."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import bindparam, delete, insert, select
from sqlalchemy.orm import Session

from .. import paths
from ..catalogue import Message, msg
from ..db import get_setting
from ..models import Device, DeviceCounter, SyncReceipt, SyncSeqRange

Ranges = dict[str, list[tuple[int, int]]]


def merge_ranges(spans) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for lo, hi in sorted((int(a), int(b)) for a, b in spans if int(a) <= int(b)):
        if out and lo <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(a, b) for a, b in out]


def valid_ranges(raw) -> Ranges:
    """Sequence ranges from a manifest or receipt; anything malformed is ignored."""
    out: Ranges = {}
    if not isinstance(raw, dict):
        return out
    for dev, spans in raw.items():
        if not isinstance(dev, str) or not isinstance(spans, list):
            continue
        ok = [(s[0], s[1]) for s in spans if isinstance(s, list) and len(s) == 2
              and all(isinstance(x, int) and not isinstance(x, bool) and x >= 0 for x in s)]
        if ok:
            out[dev] = merge_ranges(ok)
    return out


# Statements run for every merged file, built once.
_RANGES = select(SyncSeqRange.device_id, SyncSeqRange.lo, SyncSeqRange.hi)
_RANGES_OF = _RANGES.where(SyncSeqRange.device_id == bindparam("device"))
_DROP_RANGES = delete(SyncSeqRange.__table__).where(SyncSeqRange.__table__.c.device_id == bindparam("device"))
_ADD_RANGES = insert(SyncSeqRange.__table__)
_NAMES = select(Device.device_id, Device.name)
_STORE_RECEIPT = insert(SyncReceipt.__table__)
_LAST_SEQ = select(DeviceCounter.last_seq).where(DeviceCounter.device_id == bindparam("device"))


def own_last_seq(session: Session) -> tuple[str, int]:
    device = get_setting(session, "device_id")
    last = session.execute(_LAST_SEQ, {"device": device}).scalar()  # the counter as stored, no ORM object
    return device, (last or 0)


def known_ranges(session: Session) -> Ranges:
    """What this database holds, per device: ranges received plus everything written here."""
    acc: dict[str, list] = {}
    for device_id, lo, hi in session.execute(_RANGES):
        acc.setdefault(device_id, []).append((lo, hi))
    device, last = own_last_seq(session)
    if last:
        acc.setdefault(device, []).append((1, last))
    return {d: merge_ranges(s) for d, s in sorted(acc.items())}


def add_ranges(session: Session, ranges: Ranges) -> None:
    for dev, spans in ranges.items():
        current = [(lo, hi) for _, lo, hi in session.execute(_RANGES_OF, {"device": dev})]
        merged = merge_ranges(current + list(spans))
        if merged != sorted(current):
            session.execute(_DROP_RANGES, {"device": dev})
            session.execute(_ADD_RANGES, [{"device_id": dev, "lo": lo, "hi": hi} for lo, hi in merged])


def covered(ranges: Ranges, device: str, seq: int) -> bool:
    return any(lo <= seq <= hi for lo, hi in ranges.get(device, ()))


def contiguous_high(ranges: Ranges, device: str) -> int:
    spans = ranges.get(device, [])
    return spans[0][1] if spans and spans[0][0] <= 1 else 0


@dataclass
class DeviceGaps:
    device_id: str
    name: str
    received: list[tuple[int, int]]
    missing: list[tuple[int, int]]

    @property
    def message(self) -> Message:
        def fmt(spans):
            return ", ".join(f"{a}–{b}" if a != b else str(a) for a, b in spans)
        if self.missing:
            return msg("sync.gaps_missing", name=self.name, received=fmt(self.received) or "-",
                       missing=fmt(self.missing))
        return msg("sync.gaps_received", name=self.name, received=fmt(self.received) or "-")

    @property
    def text(self) -> str:
        return self.message.text()


def gaps(session: Session, held: Ranges | None = None) -> list[DeviceGaps]:
    """``held``: ``known_ranges`` when the caller has it already."""
    names = dict(session.execute(_NAMES).all())
    out = []
    for dev, spans in (known_ranges(session) if held is None else held).items():
        missing, nxt = [], 1
        for lo, hi in spans:
            if lo > nxt:
                missing.append((nxt, lo - 1))
            nxt = hi + 1
        out.append(DeviceGaps(dev, names.get(dev, dev), spans, missing))
    return out


# ---------------------------------------------------------------- receipts

def receipts_dir() -> Path:
    d = paths.data_dir() / "receipts"
    d.mkdir(parents=True, exist_ok=True)
    return d


@dataclass
class IssuedReceipt:
    """A receipt signed and stored here, its file not written yet (``write``): a batch of merges
    writes its receipts only once the batch is committed, so none ever claims what a crash lost."""
    path: Path
    manifest: dict
    members: dict[str, bytes]
    signed: tuple[bytes, bytes]
    device_id: str
    held: Ranges  # what it says this database holds (``known_ranges``)
    device: Device  # its issuer's row

    def write(self) -> Path:
        from . import bundle as fmt
        return fmt.write_bundle(self.path, self.manifest, self.members, device_id=self.device_id,
                                signed=self.signed)


def issue_receipt(session: Session, for_bundle_id: str, out: Path | None = None,
                  dev: Device | None = None) -> IssuedReceipt:
    """A signed receipt bundle: what this database now holds, per device (stored here, not written).
    ``dev``: this device's row as ``ensure_device_keys`` gave it earlier in the same transaction."""
    from . import bundle as fmt
    from .keys import b64, ensure_device_keys

    dev = dev or ensure_device_keys(session)
    held = known_ranges(session)
    body = {"for_bundle_id": for_bundle_id, "receiver_device": dev.device_id, "receiver_role": dev.role,
            "receiver_regency": dev.regency_code or "",
            "ranges": {d: [list(s) for s in spans] for d, spans in held.items()}}
    manifest = fmt.new_manifest(kind="receipt", device=dev, schema_version=fmt.current_head(), tables=[],
                                counts={}, seq_ranges={})
    out = out or receipts_dir() / f"tanda-terima-{for_bundle_id[:8]}-{dev.device_id}.opop"
    members = {"receipt.json": json.dumps(body, sort_keys=True).encode()}
    mbytes, sig = fmt.signed_manifest(manifest, members, device_id=dev.device_id)
    if dev.status == "trusted":  # issued ones travel down too (what accept_receipt would store)
        session.execute(_STORE_RECEIPT, {
            "receipt_id": manifest["bundle_id"], "receiver_device": dev.device_id,
            "receiver_role": dev.role[:16], "receiver_regency": (dev.regency_code or "")[:5],
            "for_bundle_id": for_bundle_id[:64],
            "ranges_json": json.dumps(body["ranges"]), "manifest_json": mbytes.decode("utf-8"),
            "signature": b64(sig), "body_json": members["receipt.json"].decode("utf-8")})
    return IssuedReceipt(Path(out), manifest, members, (mbytes, sig), dev.device_id, held, dev)


def write_receipt(session: Session, for_bundle_id: str, out: Path | None = None) -> Path:
    """A signed receipt bundle, stored here and written to ``out`` (default: the receipts folder)."""
    return issue_receipt(session, for_bundle_id, out).write()


def receipt_problem(session: Session, manifest_bytes: bytes, signature: str,
                    body_bytes: bytes) -> Message | str:
    """Why this receipt does not count ("" when it does): it must be signed by the device it names
    as its receiver, and that device must be trusted here with that key."""
    return accept_receipt(session, manifest_bytes, signature, body_bytes, store=False)


def accept_receipt(session: Session, manifest_bytes: bytes, signature: str, body_bytes: bytes, *,
                   store: bool = True) -> Message | str:
    """Store a receipt if, and only if, it counts (``receipt_problem``); its role and kab/kota come
    from this database's device table. Returns "" when stored (or already known), else why not."""
    from . import bundle as fmt
    from . import keys

    try:
        m = json.loads(manifest_bytes)
        body = json.loads(body_bytes)
        good_sig = keys.verify(m["signer_public_key"], keys.unb64(signature), manifest_bytes)
        listed = m["members"]["receipt.json"]["sha256"]
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return Message("sync.receipt_damaged")
    if not good_sig or listed != fmt.sha256(body_bytes) or not isinstance(body, dict):
        return Message("sync.receipt_signature_invalid")
    receiver = str(body.get("receiver_device", ""))
    if receiver != m.get("origin_device"):
        return msg("sync.receipt_other_signer", receiver=receiver or "-", device=m.get("origin_device"))
    dev = session.scalar(select(Device).where(Device.device_id == receiver))
    if dev is None or dev.public_key != m["signer_public_key"] or dev.status != "trusted":
        return msg("sync.receipt_issuer_untrusted", receiver=receiver)
    if not store or session.get(SyncReceipt, m["bundle_id"]) is not None:
        return ""
    session.add(SyncReceipt(receipt_id=m["bundle_id"], receiver_device=receiver, receiver_role=dev.role[:16],
                            receiver_regency=(dev.regency_code or "")[:5],
                            for_bundle_id=str(body.get("for_bundle_id", ""))[:64],
                            ranges_json=json.dumps({d: [list(s) for s in v] for d, v in
                                                    valid_ranges(body.get("ranges")).items()}),
                            manifest_json=manifest_bytes.decode("utf-8"), signature=signature,
                            body_json=body_bytes.decode("utf-8")))
    session.flush()
    return ""


def relayable(session: Session, issued_by: str) -> bytes:
    """The signed receipts this device issued, as ``sync/receipts.jsonl`` (checked again on arrival)."""
    rows = session.execute(select(SyncReceipt).where(SyncReceipt.receiver_device == issued_by,
                                                     SyncReceipt.signature != "")
                           .order_by(SyncReceipt.receipt_id)).scalars()
    return b"".join(json.dumps({"manifest": r.manifest_json, "sig": r.signature, "body": r.body_json},
                               ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n" for r in rows)


def recipient_ranges(session: Session, *, role: str | None = None, regency: str | None = None) -> Ranges:
    """What the recipient(s) acknowledged having, from their receipts (union)."""
    q = select(SyncReceipt).where(SyncReceipt.signature != "")  # unsigned ones count for nothing
    if role:
        q = q.where(SyncReceipt.receiver_role == role)
    if regency:
        q = q.where(SyncReceipt.receiver_regency == regency)
    acc: dict[str, list] = {}
    for r in session.execute(q).scalars():
        for dev, spans in json.loads(r.ranges_json).items():
            acc.setdefault(dev, []).extend(tuple(s) for s in spans)
    return {d: merge_ranges(s) for d, s in acc.items()}
