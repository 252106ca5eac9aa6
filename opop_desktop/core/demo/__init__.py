"""Demo data: a realistic, seedable synthetic programme year (`opop demo`, "Coba dengan data contoh").

Registrants come from demo/registrants.py; demo/venue_day.py adds venues, panels, jurors,
accounts, attendance and scores on top with the same random generator.

Fake pesantren, jurors and scores must never mix with a real programme: the demo is refused on a
laptop that has been set up for the field (a venue or kab/kota laptop) or already holds data of
its own — try it in a separate database (``opop --db contoh.sqlite3 demo``) instead. The
callers ask for confirmation; the summary lists the demo accounts so they can be used at once.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any, Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..clock import today_wib
from ..db import get_setting, set_setting
from ..catalogue import Message, msg
from ..errors import ConflictError, ValidationError
from ..models import Juror, Pesantren, ProgrammeYear, UserAccount, Venue
from ..services import audit
from ..services.programme import create_programme_year, current_programme
from .registrants import SCALES, generate_registrants
from .venue_day import DemoAccount, VenueDaySummary, generate_venue_day

Progress = Callable[[int, int, str], None]
SEPARATE_DB_HINT = Message("files.demo_separate_db")


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
    venue_day: VenueDaySummary | None = None
    accounts: list[DemoAccount] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def demo_refusal(session: Session) -> Message | None:
    """Why demo data may not go into this database, or None when it may."""
    role = get_setting(session, "role")
    if get_setting(session, "initialised") and role in ("venue", "regency"):
        where = msg("files.demo_role_venue") if role == "venue" else msg("files.demo_role_regency")
        return msg("files.demo_refused_role", role=where, hint=SEPARATE_DB_HINT)
    counts = {
        "files.demo_held_pesantren": session.scalar(select(func.count()).select_from(Pesantren)),
        "files.demo_held_venues": session.scalar(select(func.count()).select_from(Venue)),
        "files.demo_held_jurors": session.scalar(select(func.count()).select_from(Juror)),
        "files.demo_held_accounts": session.scalar(select(func.count()).select_from(UserAccount)
                                                   .where(UserAccount.role != "admin")),
    }
    held = [Message(what, {"count": n}) for what, n in counts.items() if n]
    if held:
        return msg("files.demo_refused_data", held=held, hint=SEPARATE_DB_HINT)
    return None


def generate_demo(session: Session, *, scale: str = "small", seed: int = 1,
                  progress: Progress | None = None, actor: Any = "sistem") -> DemoSummary:
    """Fill a database that holds nothing of its own with demo data (creates the programme year).
    ``actor`` (who asked for it) goes to the audit log."""
    if scale not in SCALES:
        raise ValidationError("files.demo_scale_unknown", scale=scale, choices=list(SCALES))
    refusal = demo_refusal(session)
    if refusal:
        raise ConflictError(refusal)
    has_year = session.scalars(select(ProgrammeYear.id)).first() is not None
    programme = current_programme(session) if has_year else create_programme_year(session, today_wib().year)
    rng = random.Random(seed)
    made = generate_registrants(session, rng, programme, scale=scale, progress=progress)
    summary = DemoSummary(programme.id, programme.name, scale, seed, made.created, len(made.regency_codes),
                          made.admin_passed, made.admin_failed)
    summary.venue_day = generate_venue_day(session, rng, programme, progress)
    summary.accounts = list(summary.venue_day.accounts)
    summary.notes.extend(summary.venue_day.notes)
    set_setting(session, "demo_data", "1")
    audit.record(session, actor=actor, action="demo.load", entity="programme_year", entity_id=programme.id,
                 new={"scale": scale, "seed": seed, "registrants": made.created,
                      "accounts": [a.username for a in summary.accounts]})
    if progress:
        progress(1, 1, "Data contoh selesai.")
    return summary
