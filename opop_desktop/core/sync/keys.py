"""Device keys and trust: Ed25519 signing keys, X25519 sealing keys, enrolment, revocation.

Private keys live in the data folder (``keys/<device id>.*.pem``, mode 0600), public keys and
fingerprints in the replicated ``device`` table. Sealing uses cryptography's X25519 + HKDF-SHA256
+ ChaCha20-Poly1305 (an ECIES-style construction; nothing hand-rolled).
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import uuid
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import paths, permissions
from ..db import get_setting
from ..errors import ImportRejected, NotFoundError, ValidationError
from ..models import Device
from ..services import audit

SEAL_MAGIC = b"OPOPSEAL1\n"
_DEVICE_NS = uuid.UUID("8f4b7a52-3c1d-4b8e-9a51-0c2f7d6e4a10")
KEY_FILE_KIND = "opop-device-key"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def fingerprint(public_key_raw: bytes) -> str:
    """Short, typeable: first 16 bytes of SHA-256 as 8 groups of 4 hex digits."""
    h = hashlib.sha256(public_key_raw).hexdigest()[:32].upper()
    return "-".join(h[i:i + 4] for i in range(0, 32, 4))


def normalise_fingerprint(text: str) -> str:
    h = "".join(c for c in text.upper() if c in "0123456789ABCDEF")
    return "-".join(h[i:i + 4] for i in range(0, len(h), 4))


def device_row_id(device_id: str, public_key: str) -> str:
    """The same enrolment gets the same row id everywhere, so trust lists merge cleanly."""
    return str(uuid.uuid5(_DEVICE_NS, f"{device_id}|{public_key}"))


def _keys_dir() -> Path:
    d = paths.data_dir() / "keys"
    d.mkdir(parents=True, exist_ok=True)
    return d


def _write_private(path: Path, pem: bytes) -> None:
    tmp = path.with_suffix(".tmp")
    fd = os.open(str(tmp), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def _pem(key) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def _raw_public(key) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def signing_key_path(device_id: str) -> Path:
    return _keys_dir() / f"{device_id}.ed25519.pem"


def sealing_key_path(device_id: str) -> Path:
    return _keys_dir() / f"{device_id}.x25519.pem"


# path → (the file's identity when read, its key): a batch of merges signs a receipt per file,
# and parsing the PEM file again each time cost more than the signature itself.
_LOADED: dict[Path, tuple[tuple, Any]] = {}


def _private_key(path: Path):
    """The private key in ``path`` (None: no such file), read again whenever the file changed."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    stamp = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
    held = _LOADED.get(path)
    if held is None or held[0] != stamp:
        held = _LOADED[path] = (stamp, serialization.load_pem_private_key(path.read_bytes(), password=None))
    return held[1]


def load_signing_key(device_id: str) -> Ed25519PrivateKey:
    path = signing_key_path(device_id)
    key = _private_key(path)
    if key is None:
        raise NotFoundError("sync.no_device_key", where=str(path))
    return key


def load_sealing_key(device_id: str) -> X25519PrivateKey | None:
    return _private_key(sealing_key_path(device_id))


def ensure_device_keys(session: Session) -> Device:
    """Create this installation's key pair (and the province's sealing key) and its Device row.
    Idempotent; updates name/role/regency of the row when the settings changed."""
    device_id = get_setting(session, "device_id")
    role = get_setting(session, "role", "province")
    path = signing_key_path(device_id)
    if path.exists():
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    else:
        key = Ed25519PrivateKey.generate()
        _write_private(path, _pem(key))
    seal_pub = ""
    if role == "province":
        spath = sealing_key_path(device_id)
        if spath.exists():
            skey = serialization.load_pem_private_key(spath.read_bytes(), password=None)
        else:
            skey = X25519PrivateKey.generate()
            _write_private(spath, _pem(skey))
        seal_pub = b64(_raw_public(skey))
    raw = _raw_public(key)
    row = session.scalar(select(Device).where(Device.device_id == device_id))
    wanted = dict(name=get_setting(session, "device_name") or device_id, role=role,
                  regency_code=get_setting(session, "regency_code") or None,
                  public_key=b64(raw), fingerprint=fingerprint(raw), seal_public_key=seal_pub)
    if row is None:
        row = Device(id=device_row_id(device_id, wanted["public_key"]), device_id=device_id,
                     status="trusted", **wanted)
        session.add(row)
    else:
        for k, v in wanted.items():
            if getattr(row, k) != v:
                setattr(row, k, v)
    session.flush()
    return row


def sign(device_id: str, data: bytes) -> bytes:
    return load_signing_key(device_id).sign(data)


def verify(public_key_b64: str, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(unb64(public_key_b64)).verify(signature, data)
        return True
    except (InvalidSignature, ValueError):
        return False


# ---------------------------------------------------------------- enrolment files

def export_public_key(session: Session) -> dict:
    dev = ensure_device_keys(session)
    return {"kind": KEY_FILE_KIND, "device_id": dev.device_id, "name": dev.name, "role": dev.role,
            "regency_code": dev.regency_code, "public_key": dev.public_key,
            "seal_public_key": dev.seal_public_key, "fingerprint": dev.fingerprint}


def trust_key_file(session: Session, path: Path, actor=None, who: str = "") -> Device:
    """Enrol a device from its exported public-key file (after comparing the fingerprint).
    ``actor`` is the signed-in user (permission ``sync.import``); ``who`` names them in the audit
    log (the actor's username unless given)."""
    permissions.require(actor, "sync.import")
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        raw = unb64(data["public_key"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ImportRejected("sync.key_file_unreadable", error=str(exc), where=str(path)) from exc
    if data.get("kind") != KEY_FILE_KIND or len(raw) != 32:
        raise ImportRejected("sync.not_key_file", where=str(path))
    return trust_device(session, device_id=str(data["device_id"]), public_key=data["public_key"],
                        name=str(data.get("name") or ""), role=str(data.get("role") or "venue"),
                        regency_code=data.get("regency_code"),
                        seal_public_key=str(data.get("seal_public_key") or ""), actor=who or actor)


def trust_device(session: Session, *, device_id: str, public_key: str, name: str = "", role: str = "venue",
                 regency_code: str | None = None, seal_public_key: str = "", actor: Any = "sistem") -> Device:
    fp = fingerprint(unb64(public_key))
    row = session.scalar(select(Device).where(Device.device_id == device_id))
    if row is not None and row.status == "revoked":
        raise ValidationError("sync.device_revoked", device=device_id)
    if row is not None and row.public_key != public_key:
        raise ValidationError("sync.device_other_key", device=device_id, fingerprint=row.fingerprint)
    if row is None:
        row = Device(id=device_row_id(device_id, public_key), device_id=device_id, name=name or device_id,
                     role=role, regency_code=regency_code,
                     public_key=public_key, fingerprint=fp, seal_public_key=seal_public_key,
                     status="trusted")
        session.add(row)
        session.flush()
        audit.record(session, actor=actor, action="device.trust", entity="device", entity_id=device_id,
                     new={"name": row.name, "role": role, "regency_code": regency_code, "fingerprint": fp})
    session.flush()
    return row


def revoke_device(session: Session, device: str, reason: str = "", actor=None, who: str = "") -> Device:
    """Revoke at the highest sequence number of that device held here: what it wrote up to then
    stays valid, anything it wrote later is refused on every route. Audited with who did it
    (``who``, else the actor's username); ``actor`` needs ``sync.import``."""
    permissions.require(actor, "sync.import")
    row = find_device(session, device)
    old = row.status
    if row.status != "revoked":
        row.revoked_at_seq = last_seq_held(session, row.device_id)
    row.status = "revoked"
    row.status_reason = reason or "dicabut"
    session.flush()
    audit.record(session, actor=who or actor, action="device.revoke", entity="device", entity_id=row.device_id,
                 old={"status": old}, new={"status": "revoked", "fingerprint": row.fingerprint},
                 reason=row.status_reason)
    return row


def last_seq_held(session: Session, device_id: str) -> int:
    from sqlalchemy import func

    from .tables import replicated_tables

    return max((session.execute(select(func.max(t.c.device_seq)).where(t.c.modified_device == device_id))
                .scalar() or 0) for t in replicated_tables())


def find_device(session: Session, device: str) -> Device:
    """By device id, name or fingerprint."""
    fp = normalise_fingerprint(device)
    for cond in (Device.device_id == device, Device.name == device, Device.fingerprint == fp):
        row = session.scalar(select(Device).where(cond))
        if row is not None:
            return row
    raise NotFoundError("sync.device_unknown", device=device)


def province_seal_key(session: Session) -> str:
    """The province's X25519 public key (base64) as known in the device table."""
    for dev in session.scalars(select(Device).where(Device.role == "province", Device.status == "trusted")):
        if dev.seal_public_key:
            return dev.seal_public_key
    raise NotFoundError("sync.no_province_seal")


# ---------------------------------------------------------------- sealing

def _derive(shared: bytes, eph_pub: bytes, recipient_pub: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"opop-seal-v1" + eph_pub + recipient_pub).derive(shared)


def seal(data: bytes, recipient_pub_b64: str) -> bytes:
    recipient = unb64(recipient_pub_b64)
    eph = X25519PrivateKey.generate()
    eph_pub = _raw_public(eph)
    key = _derive(eph.exchange(X25519PublicKey.from_public_bytes(recipient)), eph_pub, recipient)
    nonce = os.urandom(12)
    return SEAL_MAGIC + eph_pub + nonce + ChaCha20Poly1305(key).encrypt(nonce, data, SEAL_MAGIC)


def is_sealed(head: bytes) -> bool:
    return head.startswith(SEAL_MAGIC)


def unseal(blob: bytes, private: X25519PrivateKey | None, where: str) -> bytes:
    if private is None:
        raise ImportRejected("sync.sealed_no_key", where=where)
    body = blob[len(SEAL_MAGIC):]
    eph_pub, nonce, ct = body[:32], body[32:44], body[44:]
    try:
        key = _derive(private.exchange(X25519PublicKey.from_public_bytes(eph_pub)), eph_pub,
                      _raw_public(private))
        return ChaCha20Poly1305(key).decrypt(nonce, ct, SEAL_MAGIC)
    except (InvalidTag, ValueError) as exc:
        raise ImportRejected("sync.seal_broken", where=where) from exc
