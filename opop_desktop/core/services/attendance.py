"""Check-in (Kehadiran): search, check in, mark absent, correct, live counts.

Attendance is append-only: every change is a new ``Attendance`` row superseding the previous
head of the (stage, pesantren) chain. "Expected" pesantren are those in the order of appearance
of the venue's panels at that stage; "awaited" = expected with no attendance yet.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from .. import permissions
from ..catalogue import Message
from ..errors import ConflictError, NotFoundError, ValidationError
from ..models import Attendance, Panel, PanelSlot, Pesantren, Stage, Venue, utcnow
from . import audit, funnel_status
from .accounts import SignedInUser

@dataclass
class PesantrenHit:
    id: str
    name: str
    nspp: str | None
    reg_number: str
    regency_code: str
    district_code: str
    exact: bool = False  # the query was this pesantren's code: a scanner may check in at once


@dataclass
class AttendanceRow:
    pesantren_id: str
    name: str
    nspp: str | None
    reg_number: str
    regency_code: str
    district_code: str
    venue_id: str | None
    panel_id: str | None
    panel_name: str
    position: int | None
    time_slot: str
    status: str  # present | absent | awaited
    rep1_name: str = ""
    rep2_name: str = ""
    checked_at: datetime | None = None
    officer: str = ""
    late: bool = False
    reason: str = ""
    attendance_id: str | None = None


@dataclass
class CheckInResult:
    row: AttendanceRow
    already: bool  # was already present: nothing new written (a double scan)
    message: Message


@dataclass
class AttendanceCounts:
    expected: int
    present: int
    absent: int
    awaited: int


def _slots(session: Session, stage_id: str, venue_id: str | None = None):
    """(slot, panel, pesantren) of a stage (or one venue), in panel and appearance order."""
    q = (select(PanelSlot, Panel, Pesantren)
         .join(Panel, Panel.id == PanelSlot.panel_id).join(Venue, Venue.id == Panel.venue_id)
         .join(Pesantren, Pesantren.id == PanelSlot.pesantren_id)
         .where(Venue.stage_id == stage_id).order_by(Venue.name, Panel.sort_order, PanelSlot.position))
    if venue_id:
        q = q.where(Panel.venue_id == venue_id)
    return session.execute(q).all()


def heads(session: Session, stage_id: str, pesantren_ids: list[str] | None = None) -> dict[str, Attendance]:
    """pesantren_id → current attendance version at the stage (the latest one if ever concurrent)."""
    q = select(Attendance).where(Attendance.stage_id == stage_id)
    rows = []
    if pesantren_ids is None:
        rows = list(session.scalars(q))
    else:
        for i in range(0, len(pesantren_ids), 500):
            rows += session.scalars(q.where(Attendance.pesantren_id.in_(pesantren_ids[i:i + 500]))).all()
    gone = {a.supersedes_id for a in rows if a.supersedes_id}
    out: dict[str, Attendance] = {}
    for a in rows:
        if a.id in gone:
            continue
        prev = out.get(a.pesantren_id)
        if prev is None or (a.created_at, a.device_seq) > (prev.created_at, prev.device_seq):
            out[a.pesantren_id] = a
    return out


def absent_ids(session: Session, stage_id: str, pesantren_ids: list[str] | None = None) -> set[str]:
    """Pesantren whose current attendance at the stage is "absent" (they cannot be scored)."""
    return {pid for pid, a in heads(session, stage_id, pesantren_ids).items() if a.status == "absent"}


def _row(p: Pesantren, slot: PanelSlot | None, panel: Panel | None, a: Attendance | None) -> AttendanceRow:
    return AttendanceRow(
        p.id, p.name, p.nspp, p.reg_number, p.regency_code, p.district_code,
        panel.venue_id if panel else (a.venue_id if a else None), panel.id if panel else None,
        panel.name if panel else "", slot.position if slot else None, slot.time_slot if slot else "",
        a.status if a else "awaited", a.rep1_name if a else "", a.rep2_name if a else "",
        a.checked_at if a else None, a.officer if a else "", a.late if a else False,
        a.reason if a else "", a.id if a else None)


def list_attendance(session: Session, stage_id: str, venue_id: str | None = None) -> list[AttendanceRow]:
    """Every expected pesantren of the stage (or venue) with its current attendance."""
    rows = _slots(session, stage_id, venue_id)
    h = heads(session, stage_id, [p.id for _, _, p in rows])
    return [_row(p, s, panel, h.get(p.id)) for s, panel, p in rows]


def counts(session: Session, stage_id: str, venue_id: str | None = None) -> AttendanceCounts:
    rows = list_attendance(session, stage_id, venue_id)
    present = sum(r.status == "present" for r in rows)
    absent = sum(r.status == "absent" for r in rows)
    return AttendanceCounts(len(rows), present, absent, len(rows) - present - absent)


def _scanned_code(text: str) -> str:
    """A prefixed QR payload ("OPOP1|R=<reg number>" on cards, "OPOP1|...|T=<pesantren id>" on
    score sheets, see core/pdf/qr.py) → the code inside; anything else unchanged."""
    if not text.startswith("OPOP1|"):
        return text
    fields = dict(part.partition("=")[::2] for part in text.split("|")[1:])
    return (fields.get("R") or fields.get("T") or text).strip()


def search_pesantren(session: Session, query: str, *, stage_id: str, venue_id: str | None = None,
                     limit: int = 20) -> list[PesantrenHit]:
    """Name / NSPP / registration number / id. An exact code match returns that one hit with
    ``exact=True`` (a barcode scanner types the code + Enter: the GUI then checks in at once).
    Limited to the pesantren expected at the venue when ``venue_id`` is given, else to the
    stage's programme year."""
    text = _scanned_code(" ".join((query or "").split()))
    if not text:
        return []
    stage = session.get(Stage, stage_id)
    if stage is None:
        raise NotFoundError("scoring.stage_missing", stage=stage_id)
    base = select(Pesantren).where(Pesantren.programme_year_id == stage.programme_year_id)
    if venue_id:
        base = base.where(Pesantren.id.in_(select(PanelSlot.pesantren_id).join(Panel,
                                                                               Panel.id == PanelSlot.panel_id)
                                           .where(Panel.venue_id == venue_id)))
    exact = session.scalars(base.where(or_(Pesantren.nspp == text, Pesantren.reg_number == text,
                                           Pesantren.id == text))).all()
    if len(exact) == 1:
        p = exact[0]
        return [PesantrenHit(p.id, p.name, p.nspp, p.reg_number, p.regency_code, p.district_code, True)]
    like = f"%{text.lower()}%"
    found = session.scalars(base.where(or_(Pesantren.name_key.like(like), Pesantren.name.ilike(like),
                                           Pesantren.nspp.like(f"{text}%"),
                                           Pesantren.reg_number.ilike(f"{text}%")))
                            .order_by(Pesantren.name).limit(limit)).all()
    return [PesantrenHit(p.id, p.name, p.nspp, p.reg_number, p.regency_code, p.district_code) for p in found]


def find_pesantren(session: Session, code_or_id: str, stage_id: str) -> Pesantren:
    """One pesantren by NSPP, registration number or id (for the CLI); NotFoundError otherwise."""
    hits = search_pesantren(session, code_or_id, stage_id=stage_id)
    exact = [h for h in hits if h.exact]
    if not exact:
        raise NotFoundError("scoring.pesantren_code_missing", code=code_or_id)
    return session.get(Pesantren, exact[0].id)


def _slot_of(session: Session, stage_id: str, pesantren_id: str):
    return session.execute(select(PanelSlot, Panel).join(Panel, Panel.id == PanelSlot.panel_id)
                           .join(Venue, Venue.id == Panel.venue_id)
                           .where(Venue.stage_id == stage_id, PanelSlot.pesantren_id == pesantren_id)).first()


def _write(session: Session, actor: SignedInUser, p: Pesantren, stage_id: str, *, status: str, reps=(),
           late=False, reason="", venue_id=None, prev: Attendance | None, action: str) -> AttendanceRow:
    reps = [r.strip() for r in reps if r and r.strip()]
    if len(reps) > 2:
        raise ValidationError("scoring.too_many_reps", where="scoring.field_reps")
    found = _slot_of(session, stage_id, p.id)
    slot, panel = found if found else (None, None)
    a = Attendance(stage_id=stage_id, pesantren_id=p.id,
                   venue_id=venue_id or (panel.venue_id if panel else None),
                   status=status, rep1_name=reps[0] if reps else "",
                   rep2_name=reps[1] if len(reps) > 1 else "",
                   checked_at=utcnow(), officer=actor.username, late=late, reason=reason or "",
                   supersedes_id=prev.id if prev else None)
    session.add(a)
    session.flush()
    funnel_status.recompute(session, [p.id])
    audit.record(session, actor=actor, action=action, entity="attendance", entity_id=a.id,
                 old=_state(prev), new=_state(a), reason=reason)
    return _row(p, slot, panel, a)


def _state(a: Attendance | None) -> dict | None:
    if a is None:
        return None
    return {"pesantren_id": a.pesantren_id, "status": a.status, "reps": [a.rep1_name, a.rep2_name],
            "late": a.late}


def _pesantren(session: Session, pesantren_id: str, actor: SignedInUser) -> Pesantren:
    """The pesantren whose attendance ``actor`` records (a coordinator: of their kab/kota)."""
    p = session.get(Pesantren, pesantren_id)
    if p is None:
        raise NotFoundError("scoring.pesantren_missing", ref=pesantren_id)
    permissions.require(actor, "attendance.record", regency=p.regency_code)
    return p


def check_in(session: Session, actor: SignedInUser, *, stage_id: str, pesantren_id: str, reps=(),
             late: bool = False, venue_id: str | None = None) -> CheckInResult:
    """Record that the pesantren came (representatives: up to 2 names). Already present → nothing
    new (a double scan) unless new representative names are given. Previously absent → a new
    version marked late."""
    permissions.require(actor, "attendance.record")
    p = _pesantren(session, pesantren_id, actor)
    prev = heads(session, stage_id, [p.id]).get(p.id)
    reps = [r for r in reps if r and r.strip()]
    if prev is not None and prev.status == "present":
        if not reps or [r.strip() for r in reps] == [n for n in (prev.rep1_name, prev.rep2_name) if n]:
            found = _slot_of(session, stage_id, p.id)
            slot, panel = found if found else (None, None)
            return CheckInResult(_row(p, slot, panel, prev), True, Message("scoring.already_present", {"name": p.name}))
    if prev is not None and prev.status == "absent":
        late = True
    row = _write(session, actor, p, stage_id, status="present", reps=reps, late=late, venue_id=venue_id,
                 prev=prev,
                 reason="datang terlambat" if late and prev is not None else "", action="attendance.check_in")
    return CheckInResult(row, False, Message("scoring.checked_in_late" if late else "scoring.checked_in",
                                             {"name": p.name}))


def mark_absent(session: Session, actor: SignedInUser, *, stage_id: str, pesantren_id: str,
                venue_id: str | None = None, reason: str = "") -> AttendanceRow:
    """Mark a pesantren absent. Refused when it was checked in (use ``correct`` with a reason)."""
    permissions.require(actor, "attendance.record")
    p = _pesantren(session, pesantren_id, actor)
    prev = heads(session, stage_id, [p.id]).get(p.id)
    if prev is not None and prev.status == "present":
        raise ConflictError("scoring.present_use_correction", name=p.name)
    if prev is not None and prev.status == "absent":
        found = _slot_of(session, stage_id, p.id)
        slot, panel = found if found else (None, None)
        return _row(p, slot, panel, prev)
    return _write(session, actor, p, stage_id, status="absent", venue_id=venue_id, prev=prev, reason=reason,
                  action="attendance.absent")


def correct(session: Session, actor: SignedInUser, *, stage_id: str, pesantren_id: str, status: str,
            reason: str, reps=(), late: bool = False) -> AttendanceRow:
    """Correct a mistaken record: a new version superseding the current one; reason required.
    Refused when the pesantren already has scores at this stage and would become absent."""
    permissions.require(actor, "attendance.record")
    if status not in ("present", "absent"):
        raise ValidationError("scoring.attendance_bad_status", where="scoring.field_status")
    if not (reason or "").strip():
        raise ValidationError("scoring.attendance_reason", where="field.reason")
    p = _pesantren(session, pesantren_id, actor)
    prev = heads(session, stage_id, [p.id]).get(p.id)
    if status == "absent":
        from ..models import ScoreEntry, ScoreSheet
        scored = session.scalar(select(ScoreEntry.id).join(ScoreSheet, ScoreSheet.id == ScoreEntry.sheet_id)
                                .where(ScoreSheet.stage_id == stage_id,
                                       ScoreSheet.pesantren_id == p.id).limit(1))
        if scored:
            raise ConflictError("scoring.scored_not_absent", name=p.name)
    return _write(session, actor, p, stage_id, status=status, reps=reps, late=late, prev=prev,
                  reason=reason.strip(), action="attendance.correct")
