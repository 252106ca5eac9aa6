"""Administration selection (seleksi administrasi): the province decides, per pesantren, passed
or failed with a reason; one at a time or in bulk from a workbook column.

One ``admin_decision`` record per pesantren (id derived from the pesantren's), so changing a
decision edits that record, and a decision made concurrently on two province laptops meets as a
sync conflict. Every decision is audited with who made it; the funnel status follows
(funnel_status.py). Only pesantren that passed are invited to stage 1 (setup.add_pesantren).
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..catalogue import Message, msg
from ..errors import NotFoundError, ValidationError
from ..models import AdminDecision, Pesantren, utcnow
from .. import permissions
from . import audit, funnel_status
from .accounts import SignedInUser

DECISION_WORDS = {
    "passed": ("lolos", "lulus", "ya", "y", "memenuhi", "memenuhi syarat", "ms", "passed", "pass", "1"),
    "failed": ("tidak lolos", "tidak lulus", "gagal", "tidak", "t", "tidak memenuhi syarat", "tms",
               "failed", "fail", "0"),
}
DECISION_LABELS = {"passed": "Lolos administrasi", "failed": "Tidak lolos administrasi"}


def decision_id(pesantren_id: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"opop:admin_decision:{pesantren_id}"))


def parse_decision(text) -> str | None:
    """'Lolos' / 'Tidak lolos' / 'TMS' / 1 / 0 ... → passed | failed; None when not recognised."""
    if text is None:
        return None
    t = " ".join(str(text).strip().lower().replace("_", " ").split())
    if t.endswith(".0"):
        t = t[:-2]
    for decision, words in DECISION_WORDS.items():
        if t in words:
            return decision
    return None


@dataclass
class DecisionResult:
    pesantren_id: str
    reg_number: str
    nspp: str | None
    name: str
    decision: str
    reason: str
    changed: bool
    previous: str | None = None


def find_registrant(session: Session, ref: str) -> Pesantren:
    """A pesantren by registration number, NSPP or id (current programme year first)."""
    ref = str(ref or "").strip()
    if not ref:
        raise ValidationError("setup.registrant_ref_empty")
    found = session.scalars(select(Pesantren).where(Pesantren.reg_number == ref)).all() \
        or session.scalars(select(Pesantren).where(Pesantren.nspp == ref)).all()
    if not found:
        p = session.get(Pesantren, ref)
        found = [p] if p is not None else []
    if not found:
        raise NotFoundError("setup.registrant_ref_missing", ref=ref)
    if len(found) > 1:
        raise ValidationError("setup.registrant_ref_ambiguous", ref=ref, count=len(found))
    return found[0]


def _apply(session: Session, actor: SignedInUser, p: Pesantren, decision: str, reason: str) -> DecisionResult:
    reason = (reason or "").strip()
    if decision not in DECISION_LABELS:
        raise ValidationError("setup.decision_unknown", decision=decision)
    if decision == "failed" and not reason:
        raise ValidationError("setup.failed_needs_reason", name=p.name, reg_number=p.reg_number,
                              where="field.reason")
    row = session.get(AdminDecision, decision_id(p.id))
    previous = (row.decision, row.reason) if row is not None else None
    out = DecisionResult(p.id, p.reg_number, p.nspp, p.name, decision, reason,
                         changed=previous != (decision, reason), previous=previous[0] if previous else None)
    if not out.changed:
        return out
    if row is None:
        row = AdminDecision(id=decision_id(p.id), pesantren_id=p.id)
        session.add(row)
    row.decision, row.reason, row.actor, row.at = decision, reason, actor.username, utcnow()
    session.flush()
    audit.record(session, actor=actor, action="registrant.admin_decide", entity="admin_decision",
                 entity_id=row.id,
                 old={"decision": previous[0], "reason": previous[1]} if previous else None,
                 new={"pesantren": p.reg_number, "decision": decision}, reason=reason)
    return out


def decide(session: Session, actor: SignedInUser, pesantren_id: str, *, passed: bool,
           reason: str = "") -> DecisionResult:
    """Record one pesantren's administration decision (admin only; a failure needs a reason)."""
    permissions.require(actor, "registrants.admin_decide")
    p = session.get(Pesantren, pesantren_id)
    if p is None:
        raise NotFoundError("setup.pesantren_missing", id=pesantren_id)
    out = _apply(session, actor, p, "passed" if passed else "failed", reason)
    funnel_status.recompute(session, [p.id])
    return out


@dataclass
class BulkRow:
    row: int
    ref: str
    decision: str | None
    reason: str


@dataclass
class BulkReport:
    results: list[DecisionResult] = field(default_factory=list)
    rejected: list[tuple[int, Message]] = field(default_factory=list)  # (row, message)
    written: bool = False

    @property
    def passed(self) -> int:
        return sum(r.decision == "passed" for r in self.results)

    @property
    def failed(self) -> int:
        return sum(r.decision == "failed" for r in self.results)

    @property
    def changed(self) -> int:
        return sum(r.changed for r in self.results)


def decide_bulk(session: Session, actor: SignedInUser, rows: list[BulkRow], *, dry_run: bool = False) -> BulkReport:
    """All rows or nothing: any rejected row (unknown pesantren, unclear decision, a failure
    without a reason) stops the write, and every problem is listed with its row."""
    permissions.require(actor, "registrants.admin_decide")
    report = BulkReport()
    planned: list[tuple[Pesantren, str, str]] = []
    seen: dict[str, int] = {}
    for r in rows:
        try:
            p = find_registrant(session, r.ref)
        except (NotFoundError, ValidationError) as exc:
            report.rejected.append((r.row, exc.msg))
            continue
        if r.decision is None:
            report.rejected.append((r.row, msg("setup.bulk_decision_unclear", ref=r.ref)))
            continue
        if r.decision == "failed" and not r.reason.strip():
            report.rejected.append((r.row, msg("setup.bulk_reason_required", ref=r.ref)))
            continue
        if p.id in seen:
            report.rejected.append((r.row, msg("setup.bulk_duplicate", ref=r.ref, row=seen[p.id])))
            continue
        seen[p.id] = r.row
        planned.append((p, r.decision, r.reason))
    if report.rejected or dry_run:
        for p, decision, reason in planned:
            row = session.get(AdminDecision, decision_id(p.id))
            prev = (row.decision, row.reason) if row is not None else None
            report.results.append(DecisionResult(p.id, p.reg_number, p.nspp, p.name, decision, reason.strip(),
                                                 changed=prev != (decision, reason.strip()),
                                                 previous=prev[0] if prev else None))
        return report
    for p, decision, reason in planned:
        report.results.append(_apply(session, actor, p, decision, reason))
    funnel_status.recompute(session, [p.id for p, _, _ in planned])
    report.written = True
    return report


@dataclass
class DecisionRow:
    reg_number: str
    nspp: str | None
    name: str
    regency_code: str
    district_code: str
    decision: str | None  # None: not decided yet
    reason: str
    actor: str
    at: object


@dataclass
class SelectionSummary:
    registered: int
    passed: int
    failed: int
    undecided: int
    rows: list[DecisionRow]


def selection_summary(session: Session, *, programme_id: str | None = None,
                      regency_code: str | None = None) -> SelectionSummary:
    """Every pesantren of the programme year (or one kab/kota) with its decision, for the
    recap workbook and the minutes."""
    q = (select(Pesantren, AdminDecision).outerjoin(AdminDecision, AdminDecision.pesantren_id == Pesantren.id)
         .order_by(Pesantren.regency_code, Pesantren.reg_number))
    if programme_id:
        q = q.where(Pesantren.programme_year_id == programme_id)
    if regency_code:
        q = q.where(Pesantren.regency_code == regency_code)
    rows = [DecisionRow(p.reg_number, p.nspp, p.name, p.regency_code, p.district_code,
                        d.decision if d else None, d.reason if d else "", d.actor if d else "",
                        d.at if d else None) for p, d in session.execute(q)]
    return SelectionSummary(len(rows), sum(r.decision == "passed" for r in rows),
                            sum(r.decision == "failed" for r in rows),
                            sum(r.decision is None for r in rows), rows)
