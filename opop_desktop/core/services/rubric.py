"""Rubric per stage: validation, the active version, freezing, new versions.

A rubric is frozen as soon as a score sheet uses it; editing a frozen rubric makes a new
version (sheets keep pointing at the version they were scored with). The active rubric of a
stage is its highest version.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import permissions
from ..catalogue import Joined, Message, Num, msg
from ..errors import ConflictError, NotFoundError, ValidationError
from ..models import Criterion, Rubric, ScoreSheet, Stage
from . import audit
from .accounts import SignedInUser


@dataclass
class CriterionSpec:
    code: str
    name: str
    weight: Decimal
    min_score: Decimal = Decimal(1)
    max_score: Decimal = Decimal(10)
    step: Decimal = Decimal("0.5")
    description: str = ""
    levels: list[str] = field(default_factory=list)


@dataclass
class CriterionInfo(CriterionSpec):
    id: str = ""
    sort_order: int = 0

    def allowed(self) -> Message:
        """"1–10, kelipatan 0,5" — the human statement of the range and step."""
        return msg("setup.criterion_allowed", min=Num(self.min_score), max=Num(self.max_score), step=Num(self.step))

    def allowed_text(self) -> str:
        """``allowed`` in Indonesian, for the score templates and printed sheets."""
        return self.allowed().text("id")


@dataclass
class RubricInfo:
    id: str
    stage_id: str
    version: int
    name: str
    frozen: bool
    criteria: list[CriterionInfo]

    @property
    def codes(self) -> list[str]:
        return [c.code for c in self.criteria]

    def criterion(self, code: str) -> CriterionInfo:
        for c in self.criteria:
            if c.code == code.upper().strip():
                return c
        raise ValidationError("setup.criterion_unknown", code=code, codes=self.codes, where="setup.field_criterion")


def _dec(value, where: str) -> Decimal:
    try:
        return value if isinstance(value, Decimal) else Decimal(str(value).replace(",", "."))
    except (InvalidOperation, ValueError):
        raise ValidationError("setup.not_a_number", value=value, where=where) from None


def _problem(label: Message, msg_id: str, **params) -> Message:
    return msg("setup.rubric_problem", label=label, problem=Message(msg_id, params))


def validate_criteria(specs: list[CriterionSpec]) -> list[CriterionSpec]:
    """Normalise and check; raise one ValidationError listing every problem."""
    problems: list[Message] = []
    seen: set[str] = set()
    total = Decimal(0)
    out = []
    if not specs:
        raise ValidationError("setup.rubric_empty", where="setup.field_rubric")
    for i, s in enumerate(specs, start=1):
        code = (s.code or "").strip().upper()
        label = msg("setup.rubric_criterion", number=i, code=code or msg("setup.rubric_no_code"))
        if not code:
            problems.append(_problem(label, "setup.rubric_code_required"))
        elif len(code) > 8:
            problems.append(_problem(label, "setup.rubric_code_too_long"))
        elif code in seen:
            problems.append(_problem(label, "setup.rubric_code_twice", code=code))
        seen.add(code)
        if not (s.name or "").strip():
            problems.append(_problem(label, "setup.rubric_name_required"))
        try:
            w, lo, hi, st = (_dec(s.weight, "setup.field_weight"), _dec(s.min_score, "setup.field_min_score"),
                             _dec(s.max_score, "setup.field_max_score"), _dec(s.step, "setup.field_step"))
        except ValidationError as err:
            problems.append(msg("setup.rubric_problem", label=label, problem=err.msg))
            continue
        if w <= 0:
            problems.append(_problem(label, "setup.rubric_weight_positive"))
        if lo >= hi:
            problems.append(_problem(label, "setup.rubric_min_below_max", min=Num(lo), max=Num(hi)))
        if st <= 0:
            problems.append(_problem(label, "setup.rubric_step_positive"))
        elif lo < hi and (hi - lo) % st != 0:
            problems.append(_problem(label, "setup.rubric_range_step", min=Num(lo), max=Num(hi), step=Num(st)))
        total += w
        out.append(CriterionSpec(code, s.name.strip(), w, lo, hi, st, s.description or "",
                                 list(s.levels or [])))
    if total != 100:
        problems.append(msg("setup.rubric_weight_total", total=Num(total)))
    if problems:
        raise ValidationError("setup.rubric_invalid", problems=Joined(problems, "; "), where="setup.field_rubric")
    return out


def _info(session: Session, r: Rubric) -> RubricInfo:
    crits = session.scalars(select(Criterion).where(Criterion.rubric_id == r.id)
                            .order_by(Criterion.sort_order)).all()
    # Frozen is derived (a rubric with any score), never written by the laptop that scores: the
    # rubric record stays the province's alone.
    frozen = r.frozen or is_in_use(session, r.id)
    return RubricInfo(r.id, r.stage_id, r.version, r.name, frozen, [
        CriterionInfo(c.code, c.name, c.weight, c.min_score, c.max_score, c.step, c.description,
                      json.loads(c.levels or "[]"), id=c.id, sort_order=c.sort_order) for c in crits])


def _latest(session: Session, stage_id: str) -> Rubric | None:
    return session.scalars(select(Rubric).where(Rubric.stage_id == stage_id)
                           .order_by(Rubric.version.desc())).first()


def active_rubric_row(session: Session, stage_id: str) -> Rubric:
    r = _latest(session, stage_id)
    if r is None:
        raise NotFoundError("setup.rubric_none", where="setup.field_rubric")
    return r


def active_rubric(session: Session, stage_id: str) -> RubricInfo:
    """The highest version of the stage's rubric, with its criteria in display order."""
    return _info(session, active_rubric_row(session, stage_id))


def rubric_info(session: Session, rubric_id: str) -> RubricInfo:
    r = session.get(Rubric, rubric_id)
    if r is None:
        raise NotFoundError("setup.rubric_missing", id=rubric_id)
    return _info(session, r)


def is_in_use(session: Session, rubric_id: str) -> bool:
    return bool(session.scalar(select(func.count()).select_from(ScoreSheet)
                               .where(ScoreSheet.rubric_id == rubric_id)))


def save_rubric(session: Session, actor: SignedInUser, stage_id: str, specs: list[CriterionSpec],
                name: str | None = None) -> RubricInfo:
    """Replace the active rubric's criteria, or — when it is frozen/in use — create version n+1."""
    permissions.require(actor, "rubric.edit")
    if session.get(Stage, stage_id) is None:
        raise NotFoundError("setup.stage_missing", id=stage_id)
    clean = validate_criteria(specs)
    current = _latest(session, stage_id)
    old = None
    if current is not None:
        old = [_spec_dict(c) for c in _info(session, current).criteria]
    if current is None or current.frozen or is_in_use(session, current.id):
        if current is not None and not current.frozen:
            current.frozen = True
        target = Rubric(stage_id=stage_id, version=(current.version + 1) if current else 1,
                        name=name or (current.name if current else "Rubrik"))
        session.add(target)
        session.flush()
    else:
        target = current
        if name:
            target.name = name
        for c in session.scalars(select(Criterion).where(Criterion.rubric_id == target.id)):
            session.delete(c)
        session.flush()
    for order, s in enumerate(clean):
        session.add(Criterion(rubric_id=target.id, code=s.code, name=s.name, description=s.description,
                              levels=json.dumps(s.levels, ensure_ascii=False), weight=s.weight,
                              min_score=s.min_score, max_score=s.max_score, step=s.step, sort_order=order))
    session.flush()
    audit.record(session, actor=actor, action="rubric.save", entity="rubric", entity_id=target.id,
                 old=old, new={"version": target.version, "criteria": [_spec_dict(s) for s in clean]})
    return _info(session, target)


def _spec_dict(s: CriterionSpec) -> dict:
    return {"code": s.code, "name": s.name, "weight": s.weight, "min": s.min_score, "max": s.max_score,
            "step": s.step}


def ensure_editable(session: Session, rubric_id: str) -> None:
    """ConflictError when the rubric is frozen (for callers that edit criteria in place)."""
    r = session.get(Rubric, rubric_id)
    if r is not None and (r.frozen or is_in_use(session, r.id)):
        raise ConflictError("setup.rubric_frozen")
