"""Sync bookkeeping: enrolled devices (replicated) and local-only merge state (never travels).

``Device`` rows carry public keys and trust/revocation status; they travel down in set-up
bundles (revocation lists) and up with relayed bundles. Everything else here is state of this
database only: version vectors of records edited on several devices, conflicts kept, bundles
seen, per-device sequence ranges received, receipts from recipients, quarantined files.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Replicated, utcnow

DEVICE_STATUSES = ("trusted", "revoked")


class Device(Replicated, Base):
    """An enrolled installation: its Ed25519 public key and whether it is trusted or revoked."""

    __tablename__ = "device"

    device_id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16), default="venue")
    regency_code: Mapped[str | None] = mapped_column(String(5), nullable=True)
    public_key: Mapped[str] = mapped_column(Text)  # Ed25519 raw key, base64
    fingerprint: Mapped[str] = mapped_column(String(80), index=True)
    seal_public_key: Mapped[str] = mapped_column(Text, default="")  # X25519 (province), base64
    status: Mapped[str] = mapped_column(String(12), default="trusted")
    status_reason: Mapped[str] = mapped_column(Text, default="")
    # A revocation is a point in the revoked device's sequence: what it wrote after it is refused.
    revoked_at_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)


class SyncClock(Base):
    """Version vector of a record that more than one device has written (local merge state)."""

    __tablename__ = "sync_clock"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    vv: Mapped[str] = mapped_column(Text)  # {"device": seq, ...}


class SyncConflict(Base):
    """A losing concurrent version of a mutable record, kept until a person resolves it."""

    __tablename__ = "sync_conflict"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of table+id+version
    table_name: Mapped[str] = mapped_column(String(64), index=True)
    record_id: Mapped[str] = mapped_column(String(64), index=True)
    values_json: Mapped[str] = mapped_column(Text)
    vv: Mapped[str] = mapped_column(Text)
    detected_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    resolution_note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_sync_conflict_table_record", "table_name", "record_id"),)


class SyncBundleLog(Base):
    """A bundle merged here, with its signed manifest (``index_text`` is unused since bundle format
    2: signed segments, ``sync_segment``, say who wrote what)."""

    __tablename__ = "sync_bundle_log"

    bundle_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    origin_device: Mapped[str] = mapped_column(String(64), index=True)
    file_sha256: Mapped[str] = mapped_column(String(64))
    manifest_json: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(Text)
    index_text: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncSeqRange(Base):
    """Per-device sequence numbers this database has received (union of ranges)."""

    __tablename__ = "sync_seq_range"

    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    lo: Mapped[int] = mapped_column(Integer, primary_key=True)
    hi: Mapped[int] = mapped_column(Integer)


class SyncReceipt(Base):
    """A signed receipt from a recipient: what it has received, per device."""

    __tablename__ = "sync_receipt"

    receipt_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    receiver_device: Mapped[str] = mapped_column(String(64), index=True)
    receiver_role: Mapped[str] = mapped_column(String(16), default="")
    receiver_regency: Mapped[str] = mapped_column(String(5), default="")
    for_bundle_id: Mapped[str] = mapped_column(String(64), default="")
    ranges_json: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The receipt as its issuer signed it (manifest, signature, receipt.json), so it can be relayed
    # and checked again; a receipt without them counts for nothing.
    manifest_json: Mapped[str] = mapped_column(Text, default="")
    signature: Mapped[str] = mapped_column(Text, default="")
    body_json: Mapped[str] = mapped_column(Text, default="")


class SyncSegment(Base):
    """A signed change segment: one device's row versions in its sequence range ``lo..hi``
    (``body`` is the exact canonical JSON its ``signature`` covers). Kept and relayed unchanged."""

    __tablename__ = "sync_segment"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of body
    device_id: Mapped[str] = mapped_column(String(64))
    lo: Mapped[int] = mapped_column(Integer)
    hi: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_sync_segment_device_range", "device_id", "lo", "hi"),)


class SyncQuarantine(Base):
    """A bundle held back (unknown signer, or refused), with the reason and its local copy."""

    __tablename__ = "sync_quarantine"

    bundle_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    file_path: Mapped[str] = mapped_column(Text)
    origin_device: Mapped[str] = mapped_column(String(64), default="")
    device_name: Mapped[str] = mapped_column(String(200), default="")
    fingerprint: Mapped[str] = mapped_column(String(80), default="")
    public_key: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncSentBundle(Base):
    """A set-up bundle this database wrote for a kab/kota: which record versions it carried, so
    the next one can leave out what the recipients acknowledged (local only, never travels)."""

    __tablename__ = "sync_sent_bundle"

    bundle_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    recipient_regency: Mapped[str] = mapped_column(String(5), index=True)
    versions: Mapped[str] = mapped_column(Text)  # one version key per line (see sync/selection.py)
    sent_at: Mapped[datetime] = mapped_column(default=utcnow)
