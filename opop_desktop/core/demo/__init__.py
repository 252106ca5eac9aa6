"""Demo data: a realistic, seedable synthetic programme year (`opop demo`, "Coba dengan data contoh").

Registrants come from demo/registrants.py; demo/venue_day.py adds venues, panels, jurors,
attendance and scores on top with the same random generator.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import ConflictError, ValidationError
from ..models import Pesantren, ProgrammeYear
from ..services.programme import create_programme_year, current_programme
from .registrants import SCALES, generate_registrants
from .venue_day import generate_venue_day

Progress = Callable[[int, int, str], None]


@dataclass
class DemoSummary:
    programme_id: str
    programme_name: str
    scale: str
    seed: int
    registrants: int
    regencies: int
    admin_passed: int
    admin_failed: int
    venue_day: Any = None  # what venue_day.generate_venue_day returned
    notes: list[str] = field(default_factory=list)


def generate_demo(session: Session, *, scale: str = "small", seed: int = 1,
                  progress: Progress | None = None) -> DemoSummary:
    """Fill an empty programme year with demo data (creates the year when there is none)."""
    if scale not in SCALES:
        raise ValidationError(f"Skala data contoh '{scale}' tidak dikenal (pilihan: {', '.join(SCALES)}).")
    has_year = session.scalars(select(ProgrammeYear.id)).first() is not None
    programme = current_programme(session) if has_year else create_programme_year(session, date.today().year)
    existing = session.scalar(select(func.count()).select_from(Pesantren)
                              .where(Pesantren.programme_year_id == programme.id))
    if existing:
        raise ConflictError(f"{programme.name} sudah berisi {existing} peserta; data contoh hanya dibuat "
                            f"pada tahun program yang masih kosong (pakai basis data baru, mis. --db contoh.sqlite3).")
    rng = random.Random(seed)
    made = generate_registrants(session, rng, programme, scale=scale, progress=progress)
    summary = DemoSummary(programme.id, programme.name, scale, seed, made.created, len(made.regency_codes),
                          made.admin_passed, made.admin_failed)
    summary.venue_day = generate_venue_day(session, rng, programme, progress)
    summary.notes.extend(summary.venue_day.notes)
    if progress:
        progress(1, 1, "Data contoh selesai.")
    return summary
