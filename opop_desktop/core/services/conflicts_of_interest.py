"""Conflicts of interest: a juror ↔ a pesantren, or ↔ a whole kecamatan, registered by admins and
coordinators (audited), and checked whenever a juror meets a pesantren on a panel.

Hard conflicts refuse an assignment with ConflictError; soft ones are accepted and returned as
warnings (setup.py stores them on ``PanelJuror.warning`` and in the audit log).
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import permissions
from ..catalogue import Joined, Message, msg
from ..errors import ConflictError, ValidationError
from ..models import CONFLICT_KINDS, CONFLICT_SEVERITIES, ConflictOfInterest, Juror, Pesantren
from ..regions import gazetteer
from . import audit
from .accounts import SignedInUser
from .lookup import get_or_refuse

# The kinds of conflict as said in a warning (catalogue ids).
CONFLICT_KIND_MESSAGES = {"alumnus": "setup.kind_alumnus", "family": "setup.kind_family",
                          "business_partner": "setup.kind_business_partner",
                          "same_yayasan": "setup.kind_same_yayasan", "other": "setup.kind_other"}


@dataclass
class ConflictInfo:
    id: str
    juror_id: str
    juror_name: str
    pesantren_id: str | None
    pesantren_name: str
    district_code: str | None
    kind: str
    severity: str
    note: str


def _manager(actor: SignedInUser | None, regency=None) -> SignedInUser:
    return permissions.require(actor, "setup.manage", regency=regency)



def _conflicts_for(session: Session, juror_id: str,
                   pesantren: list[Pesantren]) -> list[tuple[ConflictOfInterest, Pesantren]]:
    """Registered conflicts of ``juror_id`` touching any of ``pesantren`` (directly or by kecamatan)."""
    if not pesantren:
        return []
    by_id = {p.id: p for p in pesantren}
    by_district: dict[str, list[Pesantren]] = {}
    for p in pesantren:
        by_district.setdefault(p.district_code, []).append(p)
    hits = []
    for c in session.scalars(select(ConflictOfInterest).where(ConflictOfInterest.juror_id == juror_id)):
        if c.pesantren_id and c.pesantren_id in by_id:
            hits.append((c, by_id[c.pesantren_id]))
        elif c.district_code and c.district_code in by_district:
            hits.extend((c, p) for p in by_district[c.district_code])
    return hits


def _describe(c: ConflictOfInterest, juror: Juror, p: Pesantren) -> Message:
    kind = Message(CONFLICT_KIND_MESSAGES[c.kind]) if c.kind in CONFLICT_KIND_MESSAGES else c.kind
    if c.district_code and not c.pesantren_id:
        where = msg("setup.conflict_where_district", name=gazetteer().district_name(c.district_code))
    else:
        where = msg("setup.conflict_where_pesantren", name=p.name)
    sev = msg("setup.severity_hard") if c.severity == "hard" else msg("setup.severity_soft")
    if c.note:
        return msg("setup.conflict_described_note", severity=sev, juror=juror.name, place=where, kind=kind,
                   note=c.note)
    return msg("setup.conflict_described", severity=sev, juror=juror.name, place=where, kind=kind)


def check_conflicts(session: Session, juror: Juror, pesantren: list[Pesantren]) -> list[Message]:
    """Raise ConflictError on a hard conflict; return the soft ones as warnings."""
    hits = _conflicts_for(session, juror.id, pesantren)
    hard = [_describe(c, juror, p) for c, p in hits if c.severity == "hard"]
    if hard:
        raise ConflictError("setup.assignment_refused", conflicts=Joined(hard, " "))
    unique = {m.text("id"): m for m in (_describe(c, juror, p) for c, p in hits)}
    return [unique[key] for key in sorted(unique)]


def add_conflict(session: Session, actor: SignedInUser, *, juror_id: str, pesantren_id: str | None = None,
                 district_code: str | None = None, kind: str = "other", severity: str = "hard",
                 note: str = "") -> ConflictInfo:
    """Register juror ↔ pesantren or juror ↔ kecamatan (exactly one of the two)."""
    _manager(actor)
    juror = get_or_refuse(session, Juror, juror_id, "setup.thing_juror")
    _manager(actor, juror.regency_code)
    if bool(pesantren_id) == bool(district_code):
        raise ValidationError("setup.conflict_one_of", where="setup.field_conflict")
    if pesantren_id:
        get_or_refuse(session, Pesantren, pesantren_id, "setup.thing_pesantren")
    if district_code and district_code not in gazetteer().districts:
        raise ValidationError("setup.district_unknown", code=district_code, where="setup.field_district")
    if kind not in CONFLICT_KINDS:
        raise ValidationError("setup.conflict_kind_unknown_choices", kind=kind, choices=list(CONFLICT_KINDS),
                              where="setup.field_kind")
    if severity not in CONFLICT_SEVERITIES:
        raise ValidationError("setup.severity_invalid_explained", where="setup.field_severity")
    c = ConflictOfInterest(juror_id=juror.id, pesantren_id=pesantren_id, district_code=district_code,
                           kind=kind,
                           severity=severity, note=note)
    session.add(c)
    session.flush()
    audit.record(session, actor=actor, action="conflict.create", entity="conflict_of_interest",
                 entity_id=c.id,
                 new=_conflict_dict(c))
    return _conflict_info(session, c)


def _conflict_codes(session: Session, c: ConflictOfInterest) -> str | None:
    juror = session.get(Juror, c.juror_id)
    return juror.regency_code if juror is not None else None


def _conflict_dict(c: ConflictOfInterest) -> dict:
    return {"juror_id": c.juror_id, "pesantren_id": c.pesantren_id, "district_code": c.district_code,
            "kind": c.kind, "severity": c.severity, "note": c.note}


def _conflict_info(session: Session, c: ConflictOfInterest) -> ConflictInfo:
    j = session.get(Juror, c.juror_id)
    p = session.get(Pesantren, c.pesantren_id) if c.pesantren_id else None
    return ConflictInfo(c.id, c.juror_id, j.name if j else "", c.pesantren_id, p.name if p else "",
                        c.district_code, c.kind, c.severity, c.note)


def update_conflict(session: Session, actor: SignedInUser, conflict_id: str, *, kind: str | None = None,
                    severity: str | None = None, note: str | None = None) -> ConflictInfo:
    _manager(actor)
    c = get_or_refuse(session, ConflictOfInterest, conflict_id, "setup.thing_conflict")
    _manager(actor, _conflict_codes(session, c))
    old = _conflict_dict(c)
    if kind is not None:
        if kind not in CONFLICT_KINDS:
            raise ValidationError("setup.conflict_kind_unknown", kind=kind, where="setup.field_kind")
        c.kind = kind
    if severity is not None:
        if severity not in CONFLICT_SEVERITIES:
            raise ValidationError("setup.severity_invalid", where="setup.field_severity")
        c.severity = severity
    if note is not None:
        c.note = note
    session.flush()
    audit.record(session, actor=actor, action="conflict.update", entity="conflict_of_interest",
                 entity_id=c.id,
                 old=old, new=_conflict_dict(c))
    return _conflict_info(session, c)


def delete_conflict(session: Session, actor: SignedInUser, conflict_id: str, *, reason: str) -> None:
    """Removes a registered conflict (audited with the old content and the reason)."""
    _manager(actor)
    if not (reason or "").strip():
        raise ValidationError("setup.deletion_reason_required", where="field.reason")
    c = get_or_refuse(session, ConflictOfInterest, conflict_id, "setup.thing_conflict")
    _manager(actor, _conflict_codes(session, c))
    old = _conflict_dict(c)
    session.delete(c)
    session.flush()
    audit.record(session, actor=actor, action="conflict.delete", entity="conflict_of_interest",
                 entity_id=conflict_id, old=old, reason=reason)


def list_conflicts(session: Session, juror_id: str | None = None, *,
                   regency_code: str | None = None) -> list[ConflictInfo]:
    q = select(ConflictOfInterest).order_by(ConflictOfInterest.created_at)
    if juror_id:
        q = q.where(ConflictOfInterest.juror_id == juror_id)
    if regency_code:
        q = q.join(Juror, Juror.id == ConflictOfInterest.juror_id).where(Juror.regency_code == regency_code)
    return [_conflict_info(session, c) for c in session.scalars(q)]
