"""Results: immutable ranking snapshots with their state, flag acknowledgements, plenary overrides.

All replicated: venue laptops send sealed snapshots and acknowledgements up; the province sends
approved/published outcomes down. A snapshot is never edited: a correction is a new snapshot
naming the one it supersedes, and the old one stays readable.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, event, inspect
from sqlalchemy.orm import Mapped, Session, mapped_column

from .base import Base, Replicated, utcnow

# Life of a ranking. venue: draft → verified → sealed; kab/kota or province: merged → approved
# (plenary) → published. "draft" is the live ranking and is never stored.
SNAPSHOT_STATES = ("draft", "verified", "sealed", "merged", "approved", "published")
SNAPSHOT_SCOPES = ("venue", "regency", "province")
ACK_DECISIONS = ("accepted", "corrected")


class ResultSnapshot(Replicated, Base):
    __tablename__ = "result_snapshot"

    stage_id: Mapped[str] = mapped_column(ForeignKey("stage.id"), index=True)
    scope: Mapped[str] = mapped_column(String(10))  # venue | regency | province
    scope_key: Mapped[str] = mapped_column(String(64), index=True)  # venue id | "32.04" | "32"
    state: Mapped[str] = mapped_column(String(12))
    seq: Mapped[int] = mapped_column(Integer, default=1)  # 1, 2, ... per (stage, scope, key)
    actor: Mapped[str] = mapped_column(String(64), default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")
    params_json: Mapped[str] = mapped_column(Text, default="{}")  # rules the ranking used
    payload_json: Mapped[str] = mapped_column(Text)  # the ranking rows, groups, flags
    payload_hash: Mapped[str] = mapped_column(String(64))  # SHA-256 of payload_json
    supersedes_id: Mapped[str | None] = mapped_column(ForeignKey("result_snapshot.id"), nullable=True)


class FlagAcknowledgement(Replicated, Base):
    """A person looked at a variance flag: accepted as is, or corrected; the newest one counts."""

    __tablename__ = "flag_acknowledgement"

    stage_id: Mapped[str] = mapped_column(ForeignKey("stage.id"), index=True)
    flag_key: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    pesantren_id: Mapped[str] = mapped_column(ForeignKey("pesantren.id"), index=True)
    juror_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    decision: Mapped[str] = mapped_column(String(10))  # accepted | corrected
    reason: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(64), default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)


class PlenaryOverride(Replicated, Base):
    """The plenary (sidang pleno) changed a pesantren's outcome; the newest one counts."""

    __tablename__ = "plenary_override"

    stage_id: Mapped[str] = mapped_column(ForeignKey("stage.id"), index=True)
    pesantren_id: Mapped[str] = mapped_column(ForeignKey("pesantren.id"), index=True)
    snapshot_id: Mapped[str | None] = mapped_column(ForeignKey("result_snapshot.id"), nullable=True)
    old_outcome: Mapped[str] = mapped_column(String(14))  # selected | not_selected | plenary
    new_outcome: Mapped[str] = mapped_column(String(14))
    reason: Mapped[str] = mapped_column(Text)
    chair: Mapped[str] = mapped_column(String(200))
    members: Mapped[str] = mapped_column(Text, default="")  # names present, comma separated
    actor: Mapped[str] = mapped_column(String(64), default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)


_FROZEN = (ResultSnapshot, FlagAcknowledgement, PlenaryOverride)
_STAMP_COLUMNS = {"origin_device", "modified_device", "device_seq", "updated_at"}


@event.listens_for(Session, "before_flush")
def _refuse_edits(session: Session, _ctx, _instances) -> None:
    """Results records are append-only: an edit or delete is refused (sync may re-stamp)."""
    if session.info.get("preserve_replication"):
        return
    from ..errors import ConflictError

    for obj in list(session.dirty) + list(session.deleted):
        if not isinstance(obj, _FROZEN):
            continue
        if obj in session.deleted:
            raise ConflictError("setup.result_record_no_delete", table=obj.__tablename__)
        changed = {a.key for a in inspect(obj).attrs if a.history.has_changes()}
        if changed - _STAMP_COLUMNS:
            raise ConflictError("setup.result_record_no_change", table=obj.__tablename__,
                                columns=sorted(changed))
