"""Programme year, its stages, product fields, and local (non-replicated) settings."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Replicated

TRACKS = ("start-up", "scale-up")

# Grouping a stage ranks within (the ranking reads these; editable per programme year).
GROUPS = ("district", "regency", "field", "province")


class ProgrammeYear(Replicated, Base):
    __tablename__ = "programme_year"

    name: Mapped[str] = mapped_column(String(100))  # "OPOP 2019"
    year: Mapped[int] = mapped_column(Integer)
    wave: Mapped[int] = mapped_column(Integer, default=1)  # gelombang
    is_current: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    stages: Mapped[list[Stage]] = relationship(back_populates="programme_year", order_by="Stage.number")

    __table_args__ = (UniqueConstraint("year", "wave", name="year_wave"),)


class Stage(Replicated, Base):
    """One of the three stages of a programme year, with its ranking defaults."""

    __tablename__ = "stage"

    programme_year_id: Mapped[str] = mapped_column(ForeignKey("programme_year.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, 3
    name: Mapped[str] = mapped_column(String(100))
    group_by: Mapped[str] = mapped_column(String(16), default="district")
    quota_scale_up: Mapped[int | None] = mapped_column(Integer, nullable=True)
    quota_start_up: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Places per group with both tracks ranked together (stage 3 of 2019: one champion per
    # product field). When set, the per-track quotas above are not used.
    quota_all_tracks: Mapped[int | None] = mapped_column(Integer, nullable=True)
    pass_threshold: Mapped[Decimal | None] = mapped_column(nullable=True)
    aggregate: Mapped[str] = mapped_column(String(16), default="mean")  # mean|trimmed|median
    tie_breaks: Mapped[str] = mapped_column(String(100), default="PTN,INV,PRF,PSR")

    programme_year: Mapped[ProgrammeYear] = relationship(back_populates="stages")

    __table_args__ = (UniqueConstraint("programme_year_id", "number", name="year_number"),)


class ProductField(Replicated, Base):
    """Bidang usaha (konfeksi, minuman, ...); editable list."""

    __tablename__ = "product_field"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class LocalSetting(Base):
    """Settings of this installation only (device id, role, ...). Never travels in bundles."""

    __tablename__ = "local_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class DeviceCounter(Base):
    """The per-device gap-free sequence: last number handed out by this installation."""

    __tablename__ = "device_counter"

    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
