"""Programme year set-up: stages with their ranking defaults, product fields, default rubric."""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import ValidationError, no_programme_year, no_stage
from ..models import Criterion, ProductField, ProgrammeYear, Rubric, Stage

# The ten fields of 2019 plus perkebunan (editable in the database afterwards).
DEFAULT_PRODUCT_FIELDS = [
    ("konfeksi", "Konfeksi"),
    ("makanan-olahan-nabati", "Makanan Olahan Nabati"),
    ("minuman", "Minuman"),
    ("perikanan", "Perikanan"),
    ("makanan-olahan-hewani", "Makanan Olahan Hewani"),
    ("peternakan", "Peternakan"),
    ("pertanian", "Pertanian"),
    ("kerajinan", "Kerajinan"),
    ("jasa", "Jasa"),
    ("perdagangan", "Perdagangan"),
    ("perkebunan", "Perkebunan"),
]

# Stage defaults that match practice: stage 1 per kecamatan with a pass threshold,
# stage 2 per kab/kota 3 scale-up + 1 start-up, stage 3 one champion per product field whatever
# the track (2019: 10 fields, 10 champions; clearing quota_all_tracks ranks per track instead).
DEFAULT_STAGES = [
    dict(number=1, name="Tahap 1 — Audisi Kabupaten/Kota", group_by="district",
         pass_threshold=Decimal("60")),
    dict(number=2, name="Tahap 2 — Presentasi & Kunjungan Lapangan", group_by="regency",
         quota_scale_up=3, quota_start_up=1),
    dict(number=3, name="Tahap 3 — Penjurian Provinsi", group_by="field",
         quota_scale_up=1, quota_start_up=1, quota_all_tracks=1),
]

# Codes are part of the interface (CLI, bundles, PDFs). Scale 1–10 step 0.5; total = Σ w × s / 10.
DEFAULT_CRITERIA = [
    ("PSR", "Aspek pasar", 20),
    ("PTN", "Potensi pasar", 20),
    ("PRF", "Profitabilitas", 15),
    ("INV", "Inovasi", 15),
    ("UNK", "Keunikan produk", 10),
    ("KUA", "Kualitas produk", 10),
    ("SDM", "Kesiapan SDM & bahan baku", 10),
]
DEFAULT_LEVELS = ["1–3: kurang", "4–6: cukup", "7–8: baik", "9–10: sangat baik"]


@dataclass
class ProgrammeInfo:
    id: str
    name: str
    year: int
    wave: int
    stage_ids: dict[int, str]


def ensure_product_fields(session: Session) -> None:
    existing = set(session.scalars(select(ProductField.code)))
    for order, (code, name) in enumerate(DEFAULT_PRODUCT_FIELDS):
        if code not in existing:
            # Same id on every installation, so seeded lists from two laptops merge as identical.
            pf_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"opop:product_field:{code}"))
            session.add(ProductField(id=pf_id, code=code, name=name, sort_order=order))
    session.flush()


def add_default_rubric(session: Session, stage: Stage) -> Rubric:
    rubric = Rubric(stage_id=stage.id, version=1, name=f"Rubrik {stage.name}")
    session.add(rubric)
    session.flush()
    for order, (code, name, weight) in enumerate(DEFAULT_CRITERIA):
        session.add(Criterion(
            rubric_id=rubric.id, code=code, name=name, description="", sort_order=order,
            levels=json.dumps(DEFAULT_LEVELS, ensure_ascii=False), weight=Decimal(weight),
            min_score=Decimal(1), max_score=Decimal(10), step=Decimal("0.5"),
        ))
    session.flush()
    return rubric


def create_programme_year(session: Session, year: int, wave: int = 1, name: str | None = None,
                          make_current: bool = True) -> ProgrammeInfo:
    ensure_product_fields(session)
    py = ProgrammeYear(name=name or f"OPOP {year}", year=year, wave=wave, is_current=make_current)
    if make_current:
        for other in session.scalars(select(ProgrammeYear).where(ProgrammeYear.is_current)):
            other.is_current = False
    session.add(py)
    session.flush()
    for spec in DEFAULT_STAGES:
        stage = Stage(programme_year_id=py.id, **spec)
        session.add(stage)
        session.flush()
        add_default_rubric(session, stage)
    return info(session, py)


def info(session: Session, py: ProgrammeYear) -> ProgrammeInfo:
    stages = session.scalars(select(Stage).where(Stage.programme_year_id == py.id)).all()
    return ProgrammeInfo(py.id, py.name, py.year, py.wave, {s.number: s.id for s in stages})


def current_programme(session: Session, create_year: int | None = None) -> ProgrammeInfo:
    """The current programme year; created (with ``create_year``) when there is none."""
    py = session.scalars(select(ProgrammeYear).where(ProgrammeYear.is_current)).first()
    if py is None:
        py = session.scalars(select(ProgrammeYear).order_by(ProgrammeYear.year.desc())).first()
    if py is None:
        if create_year is None:
            raise no_programme_year()
        return create_programme_year(session, create_year)
    return info(session, py)


def stage_by_number(session: Session, number: int, programme_id: str | None = None) -> Stage:
    pid = programme_id or current_programme(session).id
    stage = session.scalars(select(Stage).where(Stage.programme_year_id == pid, Stage.number == number)).first()
    if stage is None:
        raise no_stage(number)
    return stage


@dataclass
class TrackQuota:
    stage_number: int
    per_track: bool
    quota_start_up: int | None
    quota_scale_up: int | None
    quota_all_tracks: int | None


def set_track_quota(session: Session, actor, stage_number: int, *, all_tracks: int | None) -> TrackQuota:
    """Rank both tracks together with ``all_tracks`` places per group (stage 3 of 2019: one
    champion per product field), or per track with the stage's per-track quotas (None)."""
    from .. import permissions
    from . import audit

    permissions.require(actor, "stage.rules")
    if all_tracks is not None and all_tracks < 1:
        raise ValidationError("setup.combined_quota_invalid")
    stage = stage_by_number(session, stage_number)
    old = stage.quota_all_tracks
    if old != all_tracks:
        stage.quota_all_tracks = all_tracks
        session.flush()
        audit.record(session, actor=actor, action="stage.track_quota", entity="stage", entity_id=stage.id,
                     old={"quota_all_tracks": old}, new={"quota_all_tracks": all_tracks})
    return track_quota(stage)


def track_quota(stage: Stage) -> TrackQuota:
    return TrackQuota(stage.number, stage.quota_all_tracks is None, stage.quota_start_up, stage.quota_scale_up,
                      stage.quota_all_tracks)
