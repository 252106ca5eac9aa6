"""Small read-only queries the venue-day screens (Kehadiran, Penilaian) need beyond the set-up
services: which venues and panels to offer whom, and how the signed-in account maps to an actor."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..catalogue import Message, msg
from ..models import Panel, PanelJuror, PanelSlot, Stage, UserAccount, Venue
from .setup import PanelInfo, list_panels


@dataclass
class VenueChoice:
    id: str
    stage_id: str
    stage_number: int
    name: str
    label: Message  # "Tahap 1 — Aula Garut"


def venue_choices(session: Session, regency_code: str | None = None) -> list[VenueChoice]:
    """Every venue with its stage, newest programme first, for the venue selectors (only those
    serving ``regency_code`` when given: a coordinator's)."""
    rows = session.execute(select(Venue, Stage).join(Stage, Stage.id == Venue.stage_id)
                           .order_by(Stage.number, Venue.event_date, Venue.name)).all()
    return [VenueChoice(v.id, v.stage_id, s.number, v.name, msg("setup.venue_choice", stage=s.number, name=v.name))
            for v, s in rows if regency_code is None or regency_code in v.regency_codes.split(",")]


def juror_panels(session: Session, juror_id: str) -> list[PanelInfo]:
    """Panels the juror is assigned to (a juror only ever chooses among these)."""
    ids = set(session.scalars(select(PanelJuror.panel_id).where(PanelJuror.juror_id == juror_id)))
    return [p for p in list_panels(session) if p.id in ids]


def panel_of_slot(session: Session, stage_id: str, pesantren_id: str) -> str | None:
    """The panel in which the pesantren appears at the stage (None when not scheduled)."""
    return session.scalar(select(PanelSlot.panel_id).join(Panel, Panel.id == PanelSlot.panel_id)
                          .join(Venue, Venue.id == Panel.venue_id)
                          .where(Venue.stage_id == stage_id, PanelSlot.pesantren_id == pesantren_id))


def has_accounts(session: Session) -> bool:
    """True when at least one active account exists (the GUI then asks who is signing in)."""
    return bool(session.scalar(select(func.count()).select_from(UserAccount).where(UserAccount.active)))
