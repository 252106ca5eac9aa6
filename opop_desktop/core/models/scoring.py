"""Attendance, score sheets, score versions, paper double entry, the audit log.

Scores and attendance are append-only versions: an edit is a new row naming the row it
supersedes (``supersedes_id``); the current value is the head of that chain. Two heads for
the same key are a conflict that a person resolves.
"""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Replicated

SHEET_SOURCES = ("laptop", "paper", "import")
SHEET_STATUSES = ("draft", "locked", "entered_once", "mismatch", "verified")
ENTRY_KINDS = ("entry", "correction", "paper", "resolution", "import")


class Attendance(Replicated, Base):
    __tablename__ = "attendance"

    stage_id: Mapped[str] = mapped_column(ForeignKey("stage.id"), index=True)
    pesantren_id: Mapped[str] = mapped_column(ForeignKey("pesantren.id"), index=True)
    venue_id: Mapped[str | None] = mapped_column(ForeignKey("venue.id"), nullable=True)
    status: Mapped[str] = mapped_column(String(10))  # present | absent
    rep1_name: Mapped[str] = mapped_column(String(200), default="")
    rep2_name: Mapped[str] = mapped_column(String(200), default="")
    checked_at: Mapped[datetime | None] = mapped_column(nullable=True)
    officer: Mapped[str] = mapped_column(String(64), default="")
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(Text, default="")
    supersedes_id: Mapped[str | None] = mapped_column(ForeignKey("attendance.id"), nullable=True, index=True)
    # A conflict resolution supersedes two heads: ``supersedes_id`` and this one.
    merges_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class ScoreSheet(Replicated, Base):
    """One juror's sheet for one pesantren at one stage (the paper 'Lembar Penilaian')."""

    __tablename__ = "score_sheet"

    stage_id: Mapped[str] = mapped_column(ForeignKey("stage.id"), index=True)
    panel_id: Mapped[str] = mapped_column(ForeignKey("panel.id"), index=True)
    juror_id: Mapped[str] = mapped_column(ForeignKey("juror.id"), index=True)
    pesantren_id: Mapped[str] = mapped_column(ForeignKey("pesantren.id"), index=True)
    rubric_id: Mapped[str] = mapped_column(ForeignKey("rubric.id"))
    source: Mapped[str] = mapped_column(String(10), default="laptop")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    comment: Mapped[str] = mapped_column(Text, default="")
    locked_at: Mapped[datetime | None] = mapped_column(nullable=True)
    locked_by: Mapped[str] = mapped_column(String(64), default="")


class ScoreEntry(Replicated, Base):
    """One version of one criterion score on a sheet."""

    __tablename__ = "score_entry"
    # Ranking reads every sheet's (criterion, value) pairs from the sheet_id index alone, and finds
    # the few versions a conflict's resolution replaced through an index of those rows only
    # (migration 0007).
    __table_args__ = (
        Index("ix_score_entry_sheet_values", "sheet_id", "criterion_code", "value"),
        Index("ix_score_entry_merges_id", "merges_id", sqlite_where=text("merges_id IS NOT NULL"),
              postgresql_where=text("merges_id IS NOT NULL")),
    )

    sheet_id: Mapped[str] = mapped_column(ForeignKey("score_sheet.id"))
    criterion_code: Mapped[str] = mapped_column(String(8))
    value: Mapped[Decimal] = mapped_column()
    kind: Mapped[str] = mapped_column(String(12), default="entry")
    entered_by: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    supersedes_id: Mapped[str | None] = mapped_column(ForeignKey("score_entry.id"), nullable=True, index=True)
    # A conflict resolution supersedes two heads: ``supersedes_id`` and this one.
    merges_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class PaperEntry(Replicated, Base):
    """One blind keying of a paper sheet (entry_no 1 or 2); compared to settle the sheet."""

    __tablename__ = "paper_entry"

    sheet_id: Mapped[str] = mapped_column(ForeignKey("score_sheet.id"), index=True)
    entry_no: Mapped[int] = mapped_column(Integer)
    entered_by: Mapped[str] = mapped_column(String(64))
    values_json: Mapped[str] = mapped_column(Text)  # {"PSR": "7.5", ...}
    comment: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Replicated, Base):
    """Append-only, hash-chained per device: ``hash`` covers the content and ``prev_hash``."""

    __tablename__ = "audit_entry"
    # The chain head of a device is one index seek, however long the log (migration 0006).
    __table_args__ = (Index("ix_audit_entry_device_chain", "origin_device", "chain_index"),)

    chain_index: Mapped[int] = mapped_column(Integer, index=True)
    at: Mapped[datetime] = mapped_column()
    actor: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    old_json: Mapped[str] = mapped_column(Text, default="")
    new_json: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64))
