"""Pesantren (the participants) and their representatives per stage."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Replicated, utcnow

# Funnel status, furthest point reached. Labels for display live in core/labels.py. The column is
# a local cache derived from facts with one writer each (core/services/funnel_status.py).
STATUSES = (
    "registered",
    "admin_passed", "admin_failed",
    "invited_1", "present_1", "absent_1", "passed_1", "failed_1",
    "invited_2", "present_2", "absent_2", "passed_2", "failed_2",
    "invited_3", "present_3", "absent_3", "passed_3", "failed_3",
)


class Pesantren(Replicated, Base):
    __tablename__ = "pesantren"

    programme_year_id: Mapped[str] = mapped_column(ForeignKey("programme_year.id"), index=True)
    reg_number: Mapped[str] = mapped_column(String(32), index=True)  # nomor pendaftaran
    nspp: Mapped[str | None] = mapped_column(String(12), nullable=True, index=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True)  # normalised for matching
    leader: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    village_code: Mapped[str | None] = mapped_column(String(13), nullable=True)
    district_code: Mapped[str] = mapped_column(String(8), index=True)
    regency_code: Mapped[str] = mapped_column(String(5), index=True)
    product: Mapped[str] = mapped_column(String(200), default="")
    product_field_id: Mapped[str | None] = mapped_column(ForeignKey("product_field.id"), nullable=True)
    track: Mapped[str] = mapped_column(String(10), default="start-up")
    registered_on: Mapped[date | None] = mapped_column(nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="registered", index=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    representatives: Mapped[list[Representative]] = relationship(back_populates="pesantren")

    __table_args__ = (UniqueConstraint("programme_year_id", "reg_number", name="year_reg_number"),)


class Representative(Replicated, Base):
    """One of the (up to) two people a pesantren sends to a stage."""

    __tablename__ = "representative"

    pesantren_id: Mapped[str] = mapped_column(ForeignKey("pesantren.id"), index=True)
    stage_id: Mapped[str] = mapped_column(ForeignKey("stage.id"), index=True)
    slot: Mapped[int] = mapped_column(Integer)  # 1 or 2
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(20), default="")
    position: Mapped[str] = mapped_column(String(100), default="")

    pesantren: Mapped[Pesantren] = relationship(back_populates="representatives")

    __table_args__ = (UniqueConstraint("pesantren_id", "stage_id", "slot", name="pesantren_stage_slot"),)


ADMIN_DECISIONS = ("passed", "failed")


class AdminDecision(Replicated, Base):
    """The province's administration selection of one pesantren: passed or failed, with a reason.

    One record per pesantren with an id derived from the pesantren's (see
    core/services/admin_selection.py), so a later decision is an edit of the same record and two
    concurrent decisions on two laptops meet as a sync conflict instead of two silent rows."""

    __tablename__ = "admin_decision"

    pesantren_id: Mapped[str] = mapped_column(ForeignKey("pesantren.id"), unique=True)
    decision: Mapped[str] = mapped_column(String(8))  # passed | failed
    reason: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(64), default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)
