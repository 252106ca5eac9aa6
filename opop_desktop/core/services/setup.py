"""Audition set-up: venues, panels (rooms), jurors, order of appearance; conflicts of interest
are registered and checked in conflicts_of_interest.py.

Hard conflicts (juror ↔ pesantren of the panel, or juror ↔ its kecamatan) refuse an assignment
with ConflictError; soft ones are accepted, returned as warnings, stored on
``PanelJuror.warning`` and written to the audit log. Only admins and coordinators change set-up.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import permissions
from ..catalogue import Message
from ..errors import ConflictError, ValidationError
from ..labels import ELEMENT_LABELS
from ..models import (
    JUROR_ELEMENTS, Juror, Panel, PanelJuror, PanelSlot, Pesantren, Stage, Venue,
)
from ..regions import gazetteer
from . import audit, funnel_status, invitations
from .accounts import SignedInUser
from .conflicts_of_interest import check_conflicts
from .lookup import get_or_refuse



@dataclass
class VenueInfo:
    id: str
    stage_id: str
    stage_number: int
    name: str
    address: str
    event_date: date | None
    regency_codes: list[str]
    panel_count: int = 0


@dataclass
class PanelInfo:
    id: str
    venue_id: str
    venue_name: str
    stage_id: str
    name: str
    sort_order: int
    juror_count: int = 0
    pesantren_count: int = 0


@dataclass
class JurorInfo:
    id: str
    name: str
    institution: str
    element: str
    element_label: str
    phone: str
    regency_code: str | None


@dataclass
class PanelJurorInfo:
    juror: JurorInfo
    warning: str


@dataclass
class SlotInfo:
    id: str
    panel_id: str
    pesantren_id: str
    position: int
    time_slot: str
    pesantren_name: str = ""
    nspp: str | None = None
    reg_number: str = ""
    district_code: str = ""


@dataclass
class PanelDetail:
    panel: PanelInfo
    jurors: list[PanelJurorInfo] = field(default_factory=list)
    slots: list[SlotInfo] = field(default_factory=list)


@dataclass
class AssignResult:
    id: str
    warnings: list[Message | str]  # the stored Indonesian text when the juror was already assigned


def _manager(actor: SignedInUser | None, regency=None) -> SignedInUser:
    """Admins and coordinators change set-up; a coordinator only for their own kab/kota."""
    return permissions.require(actor, "setup.manage", regency=regency)


def _venue_codes(v: Venue) -> list[str]:
    return [c for c in v.regency_codes.split(",") if c]


def _panel_codes(session: Session, panel_id: str) -> list[str]:
    panel = get_or_refuse(session, Panel, panel_id, "setup.thing_panel")
    return _venue_codes(session.get(Venue, panel.venue_id))


# ---------------------------------------------------------------- venues and panels

def _venue_info(session: Session, v: Venue) -> VenueInfo:
    stage = session.get(Stage, v.stage_id)
    count = session.scalar(select(func.count()).select_from(Panel).where(Panel.venue_id == v.id))
    return VenueInfo(v.id, v.stage_id, stage.number if stage else 0, v.name, v.address, v.event_date,
                     _venue_codes(v), count or 0)


def create_venue(session: Session, actor: SignedInUser, *, stage_id: str, name: str, address: str = "",
                 event_date: date | None = None,
                 regency_codes: list[str] | tuple[str, ...] = ()) -> VenueInfo:
    """A stage event at one place and date serving one or several kab/kota (codes like "32.04")."""
    regency_codes = list(regency_codes) or ([permissions.scope_of(actor)] if permissions.scope_of(actor) else [])
    _manager(actor, regency_codes or None)
    get_or_refuse(session, Stage, stage_id, "setup.thing_stage")
    if not (name or "").strip():
        raise ValidationError("setup.venue_name_required", where="setup.field_venue_name")
    known = gazetteer().regencies
    bad = [c for c in regency_codes if c not in known]
    if bad:
        raise ValidationError("setup.regency_unknown", codes=bad, where="setup.field_regency")
    v = Venue(stage_id=stage_id, name=name.strip(), address=address, event_date=event_date,
              regency_codes=",".join(regency_codes))
    session.add(v)
    session.flush()
    audit.record(session, actor=actor, action="venue.create", entity="venue", entity_id=v.id,
                 new={"name": v.name, "stage_id": stage_id, "regency_codes": v.regency_codes,
                      "event_date": event_date, "address": address})
    return _venue_info(session, v)


def list_venues(session: Session, stage_id: str | None = None, *,
                regency_code: str | None = None) -> list[VenueInfo]:
    """Venues (of a stage), only those serving ``regency_code`` when given (a coordinator's view)."""
    q = select(Venue).order_by(Venue.event_date, Venue.name)
    if stage_id:
        q = q.where(Venue.stage_id == stage_id)
    return [_venue_info(session, v) for v in session.scalars(q)
            if regency_code is None or regency_code in _venue_codes(v)]


def _panel_info(session: Session, p: Panel) -> PanelInfo:
    venue = session.get(Venue, p.venue_id)
    jurors = session.scalar(select(func.count()).select_from(PanelJuror).where(PanelJuror.panel_id == p.id))
    slots = session.scalar(select(func.count()).select_from(PanelSlot).where(PanelSlot.panel_id == p.id))
    return PanelInfo(p.id, p.venue_id, venue.name, venue.stage_id, p.name, p.sort_order, jurors or 0,
                     slots or 0)


def create_panel(session: Session, actor: SignedInUser, *, venue_id: str, name: str,
                 sort_order: int | None = None) -> PanelInfo:
    _manager(actor)
    _manager(actor, _venue_codes(get_or_refuse(session, Venue, venue_id, "setup.thing_venue")))
    if sort_order is None:
        last = session.scalar(select(func.max(Panel.sort_order)).where(Panel.venue_id == venue_id))
        sort_order = (last or 0) + 1
    p = Panel(venue_id=venue_id, name=(name or "").strip() or f"Panel {sort_order}", sort_order=sort_order)
    session.add(p)
    session.flush()
    audit.record(session, actor=actor, action="panel.create", entity="panel", entity_id=p.id,
                 new={"venue_id": venue_id, "name": p.name})
    return _panel_info(session, p)


def list_panels(session: Session, *, venue_id: str | None = None, stage_id: str | None = None,
                regency_code: str | None = None) -> list[PanelInfo]:
    q = (select(Panel, Venue).join(Venue, Venue.id == Panel.venue_id)
         .order_by(Venue.name, Panel.sort_order))
    if venue_id:
        q = q.where(Panel.venue_id == venue_id)
    if stage_id:
        q = q.where(Venue.stage_id == stage_id)
    return [_panel_info(session, p) for p, v in session.execute(q)
            if regency_code is None or regency_code in _venue_codes(v)]


def _juror_info(j: Juror) -> JurorInfo:
    return JurorInfo(j.id, j.name, j.institution, j.element, ELEMENT_LABELS.get(j.element, j.element),
                     j.phone,
                     j.regency_code)


def _slot_info(s: PanelSlot, p: Pesantren) -> SlotInfo:
    return SlotInfo(s.id, s.panel_id, s.pesantren_id, s.position, s.time_slot, p.name, p.nspp, p.reg_number,
                    p.district_code)


def panel_slots(session: Session, panel_id: str) -> list[SlotInfo]:
    """The panel's pesantren in order of appearance."""
    rows = session.execute(select(PanelSlot, Pesantren).join(Pesantren,
                                                             Pesantren.id == PanelSlot.pesantren_id)
                           .where(PanelSlot.panel_id == panel_id).order_by(PanelSlot.position)).all()
    return [_slot_info(s, p) for s, p in rows]


def panel_jurors(session: Session, panel_id: str) -> list[PanelJurorInfo]:
    rows = session.execute(select(PanelJuror, Juror).join(Juror, Juror.id == PanelJuror.juror_id)
                           .where(PanelJuror.panel_id == panel_id).order_by(PanelJuror.created_at,
                                                                            Juror.name)).all()
    return [PanelJurorInfo(_juror_info(j), pj.warning) for pj, j in rows]


def panel_detail(session: Session, panel_id: str) -> PanelDetail:
    p = get_or_refuse(session, Panel, panel_id, "setup.thing_panel")
    return PanelDetail(_panel_info(session, p), panel_jurors(session, panel_id), panel_slots(session,
                                                                                             panel_id))


# ---------------------------------------------------------------- jurors

def create_juror(session: Session, actor: SignedInUser, *, name: str, institution: str = "",
                 element: str = "academic", phone: str = "", regency_code: str | None = None) -> JurorInfo:
    _manager(actor)
    regency_code = regency_code or permissions.scope_of(actor)
    _manager(actor, regency_code)
    if not (name or "").strip():
        raise ValidationError("setup.juror_name_required", where="setup.field_juror_name")
    if element not in JUROR_ELEMENTS:
        raise ValidationError("setup.element_unknown", element=element, choices=list(JUROR_ELEMENTS),
                              where="setup.field_element")
    j = Juror(name=name.strip(), institution=institution, element=element, phone=phone,
              regency_code=regency_code)
    session.add(j)
    session.flush()
    audit.record(session, actor=actor, action="juror.create", entity="juror", entity_id=j.id,
                 new={"name": j.name, "institution": institution, "element": element,
                      "regency_code": regency_code})
    return _juror_info(j)


def list_jurors(session: Session, regency_code: str | None = None) -> list[JurorInfo]:
    q = select(Juror).order_by(Juror.name)
    if regency_code:
        q = q.where(Juror.regency_code == regency_code)
    return [_juror_info(j) for j in session.scalars(q)]


def find_juror_by_name(session: Session, name: str, regency_code: str | None = None) -> Juror | None:
    key = " ".join((name or "").split()).lower()
    q = select(Juror).where(func.lower(Juror.name) == key)
    if regency_code:
        q = q.order_by((Juror.regency_code == regency_code).desc())
    return session.scalars(q).first()


def assign_juror(session: Session, actor: SignedInUser, *, panel_id: str, juror_id: str) -> AssignResult:
    """Put a juror on a panel. Hard conflict with any pesantren of the panel (or its kecamatan)
    → ConflictError; soft → accepted, warnings returned, stored and audited."""
    _manager(actor)
    _manager(actor, _panel_codes(session, panel_id))
    panel = get_or_refuse(session, Panel, panel_id, "setup.thing_panel")
    juror = get_or_refuse(session, Juror, juror_id, "setup.thing_juror")
    existing = session.scalars(select(PanelJuror).where(PanelJuror.panel_id == panel_id,
                                                        PanelJuror.juror_id == juror_id)).first()
    if existing:
        return AssignResult(existing.id, [w for w in existing.warning.split("\n") if w])
    pesantren = list(session.scalars(select(Pesantren).join(PanelSlot, PanelSlot.pesantren_id == Pesantren.id)
                                     .where(PanelSlot.panel_id == panel.id)))
    warnings = check_conflicts(session, juror, pesantren)
    stored = [w.text("id") for w in warnings]
    pj = PanelJuror(panel_id=panel_id, juror_id=juror_id, warning="\n".join(stored))
    session.add(pj)
    session.flush()
    audit.record(session, actor=actor, action="panel.assign_juror", entity="panel_juror", entity_id=pj.id,
                 new={"panel_id": panel_id, "juror_id": juror_id, "juror": juror.name, "warnings": stored})
    return AssignResult(pj.id, warnings)


def add_pesantren(session: Session, actor: SignedInUser, *, panel_id: str, pesantren_id: str,
                  position: int | None = None, time_slot: str = "") -> AssignResult:
    """Add a pesantren to a panel's order of appearance (at the end unless ``position``).
    Checked against the conflicts of the panel's jurors like ``assign_juror``."""
    _manager(actor)
    _manager(actor, _panel_codes(session, panel_id))
    panel = get_or_refuse(session, Panel, panel_id, "setup.thing_panel")
    p = get_or_refuse(session, Pesantren, pesantren_id, "setup.thing_pesantren")
    venue = session.get(Venue, panel.venue_id)
    taken = session.scalars(select(PanelSlot).join(Panel, Panel.id == PanelSlot.panel_id)
                            .join(Venue, Venue.id == Panel.venue_id)
                            .where(PanelSlot.pesantren_id == pesantren_id,
                                   Venue.stage_id == venue.stage_id)).first()
    if taken:
        raise ConflictError("setup.pesantren_in_other_panel", name=p.name)
    invitations.check_invitable(session, p, session.get(Stage, venue.stage_id).number)
    warnings: list[Message] = []
    for pj in session.scalars(select(PanelJuror).where(PanelJuror.panel_id == panel_id)):
        warnings += check_conflicts(session, session.get(Juror, pj.juror_id), [p])
    if position is None:
        last = session.scalar(select(func.max(PanelSlot.position)).where(PanelSlot.panel_id == panel_id))
        position = (last or 0) + 1
    slot = PanelSlot(panel_id=panel_id, pesantren_id=pesantren_id, position=position, time_slot=time_slot)
    session.add(slot)
    session.flush()
    funnel_status.recompute(session, [pesantren_id])
    audit.record(session, actor=actor, action="panel.add_pesantren", entity="panel_slot", entity_id=slot.id,
                 new={"panel_id": panel_id, "pesantren_id": pesantren_id, "position": position,
                      "time_slot": time_slot, "warnings": [w.text("id") for w in warnings]})
    return AssignResult(slot.id, warnings)


def move_slot(session: Session, actor: SignedInUser, slot_id: str, delta: int) -> list[SlotInfo]:
    """Swap a pesantren with its neighbour in the order of appearance (delta -1 up, +1 down);
    time slots stay with the positions. Returns the panel's new order."""
    _manager(actor)
    slot = get_or_refuse(session, PanelSlot, slot_id, "setup.thing_slot")
    _manager(actor, _panel_codes(session, slot.panel_id))
    order = list(session.scalars(select(PanelSlot).where(PanelSlot.panel_id == slot.panel_id)
                                 .order_by(PanelSlot.position)))
    i = order.index(slot)
    j = i + (1 if delta > 0 else -1)
    if 0 <= j < len(order):
        other = order[j]
        slot.position, other.position = other.position, slot.position
        slot.time_slot, other.time_slot = other.time_slot, slot.time_slot
        session.flush()
        audit.record(session, actor=actor, action="panel.move_pesantren", entity="panel_slot",
                     entity_id=slot.id, old={"position": other.position}, new={"position": slot.position})
    return panel_slots(session, slot.panel_id)


def set_time_slot(session: Session, actor: SignedInUser, slot_id: str, time_slot: str) -> SlotInfo:
    """Change the time a pesantren appears ("09:30"; empty clears it)."""
    _manager(actor)
    slot = get_or_refuse(session, PanelSlot, slot_id, "setup.thing_slot")
    _manager(actor, _panel_codes(session, slot.panel_id))
    text = (time_slot or "").strip()
    if len(text) > 20:
        raise ValidationError("setup.time_slot_too_long", where="setup.field_time_slot")
    old, slot.time_slot = slot.time_slot, text
    session.flush()
    audit.record(session, actor=actor, action="panel.time_slot", entity="panel_slot", entity_id=slot.id,
                 old={"time_slot": old}, new={"time_slot": text})
    return _slot_info(slot, session.get(Pesantren, slot.pesantren_id))
