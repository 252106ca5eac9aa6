"""Audition set-up: venues, panels, jurors, order of appearance, conflicts, rubric, accounts."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Replicated

ROLES = ("admin", "coordinator", "officer", "juror")
JUROR_ELEMENTS = ("academic", "business", "community", "government", "media")
CONFLICT_KINDS = ("alumnus", "family", "business_partner", "same_yayasan", "other")
CONFLICT_SEVERITIES = ("hard", "soft")


class Venue(Replicated, Base):
    """A stage event: one place and date, serving one or several kab/kota."""

    __tablename__ = "venue"

    stage_id: Mapped[str] = mapped_column(ForeignKey("stage.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    event_date: Mapped[date | None] = mapped_column(nullable=True)
    regency_codes: Mapped[str] = mapped_column(String(200), default="")  # "32.04,32.17"

    panels: Mapped[list[Panel]] = relationship(back_populates="venue", order_by="Panel.sort_order")


class Panel(Replicated, Base):
    """A room at a venue with its jurors and its order of appearance."""

    __tablename__ = "panel"

    venue_id: Mapped[str] = mapped_column(ForeignKey("venue.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    venue: Mapped[Venue] = relationship(back_populates="panels")


class Juror(Replicated, Base):
    __tablename__ = "juror"

    name: Mapped[str] = mapped_column(String(200))
    institution: Mapped[str] = mapped_column(String(200), default="")
    element: Mapped[str] = mapped_column(String(16), default="academic")
    phone: Mapped[str] = mapped_column(String(20), default="")
    regency_code: Mapped[str | None] = mapped_column(String(5), nullable=True)


class PanelJuror(Replicated, Base):
    __tablename__ = "panel_juror"

    panel_id: Mapped[str] = mapped_column(ForeignKey("panel.id"), index=True)
    juror_id: Mapped[str] = mapped_column(ForeignKey("juror.id"), index=True)
    warning: Mapped[str] = mapped_column(Text, default="")  # soft conflicts accepted on assignment

    __table_args__ = (UniqueConstraint("panel_id", "juror_id", name="panel_juror_pair"),)


class PanelSlot(Replicated, Base):
    """A pesantren's place in a panel's order of appearance."""

    __tablename__ = "panel_slot"

    panel_id: Mapped[str] = mapped_column(ForeignKey("panel.id"), index=True)
    pesantren_id: Mapped[str] = mapped_column(ForeignKey("pesantren.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    time_slot: Mapped[str] = mapped_column(String(20), default="")  # "09:30"

    __table_args__ = (UniqueConstraint("panel_id", "pesantren_id", name="panel_pesantren"),)


class ConflictOfInterest(Replicated, Base):
    """Juror ↔ pesantren or juror ↔ kecamatan; hard conflicts block assignment."""

    __tablename__ = "conflict_of_interest"

    juror_id: Mapped[str] = mapped_column(ForeignKey("juror.id"), index=True)
    pesantren_id: Mapped[str | None] = mapped_column(ForeignKey("pesantren.id"), nullable=True)
    district_code: Mapped[str | None] = mapped_column(String(8), nullable=True)
    kind: Mapped[str] = mapped_column(String(20), default="other")
    severity: Mapped[str] = mapped_column(String(8), default="hard")
    note: Mapped[str] = mapped_column(Text, default="")


class Rubric(Replicated, Base):
    """A versioned rubric of a stage; frozen once a score exists (changes make a new version)."""

    __tablename__ = "rubric"

    stage_id: Mapped[str] = mapped_column(ForeignKey("stage.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(200), default="")
    frozen: Mapped[bool] = mapped_column(Boolean, default=False)

    criteria: Mapped[list[Criterion]] = relationship(back_populates="rubric", order_by="Criterion.sort_order")

    __table_args__ = (UniqueConstraint("stage_id", "version", name="stage_version"),)


class Criterion(Replicated, Base):
    __tablename__ = "criterion"

    rubric_id: Mapped[str] = mapped_column(ForeignKey("rubric.id"), index=True)
    code: Mapped[str] = mapped_column(String(8))  # PSR, PTN, ... (interface)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    levels: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of level descriptors
    weight: Mapped[Decimal] = mapped_column()
    min_score: Mapped[Decimal] = mapped_column()
    max_score: Mapped[Decimal] = mapped_column()
    step: Mapped[Decimal] = mapped_column()
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    rubric: Mapped[Rubric] = relationship(back_populates="criteria")

    __table_args__ = (UniqueConstraint("rubric_id", "code", name="rubric_code"),)


class UserAccount(Replicated, Base):
    """An offline account. Secrets are memory-hard KDF hashes only."""

    __tablename__ = "user_account"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(Text, default="")
    pin_hash: Mapped[str] = mapped_column(Text, default="")
    juror_id: Mapped[str | None] = mapped_column(ForeignKey("juror.id"), nullable=True)
    regency_code: Mapped[str | None] = mapped_column(String(5), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Local throttling state; not meaningful on other laptops.
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime | None] = mapped_column(nullable=True)
