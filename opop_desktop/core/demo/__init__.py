"""Demo data: a realistic, seedable synthetic programme year (`opop demo`, "Coba dengan data contoh").

Registrants come from demo/registrants.py. When demo/venue_day.py exists (issue 3 onwards), it
adds venues, panels, jurors, attendance and scores on top with the same random generator.
"""
from __future__ import annotations

import importlib
import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import ConflictError, ValidationError
from ..models import Pesantren, ProgrammeYear
from ..services import audit
from ..services.programme import create_programme_year, current_programme
from .registrants import SCALES, generate_registrants

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
    venue_day: Any = None  # whatever venue_day.generate_venue_day returned, None when absent
    notes: list[str] = field(default_factory=list)


def _venue_day_module():
    try:
        return importlib.import_module("opop_desktop.core.demo.venue_day")
    except ModuleNotFoundError as exc:
        if exc.name != "opop_desktop.core.demo.venue_day":
            raise
        return None


def generate_demo(session: Session, *, scale: str = "small", seed: int = 1,
                  progress: Progress | None = None, actor: Any = "sistem") -> DemoSummary:
    """Fill an empty programme year with demo data (creates the year when there is none).
    ``actor`` (who asked for it) goes to the audit log."""
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
    module = _venue_day_module()
    if module is not None:
        summary.venue_day = module.generate_venue_day(session, rng, programme, progress)
        summary.notes.extend(getattr(summary.venue_day, "notes", None) or [])
    else:
        summary.notes.append("Lokasi, panel, juri dan nilai contoh belum tersedia pada versi ini.")
    audit.record(session, actor=actor, action="demo.load", entity="programme_year", entity_id=programme.id,
                 new={"scale": scale, "seed": seed, "registrants": summary.registrants})
    if progress:
        progress(1, 1, "Data contoh selesai.")
    return summary
