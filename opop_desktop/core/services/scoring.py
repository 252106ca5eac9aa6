"""Score entry (Penilaian): the juror's grid, one cell per transaction, locking, corrections.

Rules:
- A juror sees and edits only their own sheets; officers score only through paper entry.
- Values are parsed with a decimal comma or point and must lie in the criterion's range on its
  step; anything else is refused with a message naming the allowed range — never rounded.
- Every accepted cell is a new ``ScoreEntry`` superseding the previous head. Call ``set_score``
  in its own transaction per cell (the GUI commits each cell at once).
- "Kirim & kunci" (``lock_sheets``) needs the juror's PIN and complete sheets; afterwards only
  an admin/coordinator may change a value, with a reason (kind "correction").
- An absent pesantren cannot be scored at that stage.
- Sheets that count for results: status in ``COUNTING_STATUSES`` (laptop sheets locked, paper
  and imported sheets verified).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import permissions
from ..catalogue import Message
from ..errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from ..models import PanelSlot, Pesantren, ScoreEntry, ScoreSheet, utcnow
from . import attendance, audit
from .accounts import SignedInUser, verify_juror_pin
from .rubric import active_rubric, rubric_info
from .score_query import entry_heads
from .score_rules import (  # noqa: F401 - part of this module's interface
    COUNTING_STATUSES, PAPER_BUSY, can_view, check_value, ensure_assigned, is_complete, panel_stage,
    parse_score, validate_cell, weighted_total,
)
from .score_sheets import (  # noqa: F401 - part of this module's interface
    GridRow, JurorGrid, JurorProgress, SheetSummary, juror_grid, juror_progress, list_sheets,
)


@dataclass(frozen=True)
class SheetKey:
    stage_id: str
    panel_id: str
    juror_id: str
    pesantren_id: str


@dataclass
class CellResult:
    sheet_id: str
    code: str
    value: Decimal
    changed: bool
    total: Decimal
    complete: bool
    status: str


@dataclass
class LockResult:
    locked: int
    sheet_ids: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- sheets

def find_sheet(session: Session, key: SheetKey) -> ScoreSheet | None:
    return session.scalars(select(ScoreSheet).where(
        ScoreSheet.stage_id == key.stage_id, ScoreSheet.juror_id == key.juror_id,
        ScoreSheet.pesantren_id == key.pesantren_id).order_by(ScoreSheet.created_at)).first()


def get_or_create_sheet(session: Session, key: SheetKey, *, source: str = "laptop") -> ScoreSheet:
    """The sheet of (stage, juror, pesantren); created on first use with the stage's active
    rubric (which is then frozen). Refused for an absent pesantren or outside the panel."""
    sheet = find_sheet(session, key)
    if sheet is not None:
        return sheet
    ensure_assigned(session, key.panel_id, key.juror_id)
    if session.scalar(select(PanelSlot.id).where(PanelSlot.panel_id == key.panel_id,
                                                 PanelSlot.pesantren_id == key.pesantren_id)) is None:
        raise NotFoundError("scoring.not_in_panel_order")
    ensure_not_absent(session, key.stage_id, key.pesantren_id)
    rubric = active_rubric(session, key.stage_id)
    sheet = ScoreSheet(stage_id=key.stage_id, panel_id=key.panel_id, juror_id=key.juror_id,
                       pesantren_id=key.pesantren_id, rubric_id=rubric.id, source=source, status="draft")
    session.add(sheet)
    session.flush()
    return sheet


def ensure_not_absent(session: Session, stage_id: str, pesantren_id: str) -> None:
    if pesantren_id in attendance.absent_ids(session, stage_id, [pesantren_id]):
        p = session.get(Pesantren, pesantren_id)
        raise ConflictError("scoring.absent_not_scored",
                            name=p.name if p else Message("scoring.absent_pesantren"))


def _sheet(session: Session, sheet: str | SheetKey | ScoreSheet, create: bool = True) -> ScoreSheet:
    if isinstance(sheet, ScoreSheet):
        return sheet
    if isinstance(sheet, tuple) and not isinstance(sheet, SheetKey) and len(sheet) == 4:
        sheet = SheetKey(*sheet)  # (stage_id, panel_id, juror_id, pesantren_id)
    if isinstance(sheet, SheetKey):
        return get_or_create_sheet(session, sheet) if create else find_sheet(session, sheet)
    found = session.get(ScoreSheet, sheet)
    if found is None:
        raise NotFoundError("scoring.sheet_missing", sheet=sheet)
    return found


def _check_edit(actor: SignedInUser, sheet: ScoreSheet, reason: str, session: Session | None = None) -> str:
    """The entry kind this actor may write on this sheet, or an error saying why not."""
    if permissions.allowed(actor, "score.enter"):
        if actor.juror_id != sheet.juror_id:
            raise PermissionDenied("scoring.juror_edit_own")
        if sheet.status in PAPER_BUSY or sheet.source != "laptop":
            raise ConflictError("scoring.sheet_from_paper")
        if sheet.status != "draft":
            raise ConflictError("scoring.sheet_locked")
        return "entry"
    if permissions.allowed(actor, "score.correct"):
        p = session.get(Pesantren, sheet.pesantren_id) if session is not None else None
        permissions.require(actor, "score.correct", regency=p.regency_code if p is not None else None)
        if sheet.status in PAPER_BUSY:
            raise ConflictError("scoring.paper_not_verified")
        if not (reason or "").strip():
            raise ValidationError("scoring.correction_needs_reason", where="field.reason")
        return "correction"
    raise PermissionDenied("scoring.denied_use_paper",
                           denied=permissions.denied_message(actor, permissions.what("score.enter")))


# ---------------------------------------------------------------- writing

def write_value(session: Session, sheet: ScoreSheet, code: str, value: Decimal, *, kind: str, by: str,
                reason: str = "", head: ScoreEntry | None = None) -> ScoreEntry:
    """Append one version (no checks, no audit): shared by paper entry and import."""
    e = ScoreEntry(sheet_id=sheet.id, criterion_code=code, value=value, kind=kind, entered_by=by,
                   reason=reason, supersedes_id=head.id if head else None)
    session.add(e)
    return e


def head_entry(session: Session, sheet_id: str, code: str) -> ScoreEntry | None:
    """The current version of one criterion (the newest head if a sync conflict left several:
    a new version then supersedes that one and the conflict stays for a person to settle)."""
    return _newest(entry_heads(session, [sheet_id]).get(sheet_id, {}).get(code, []))


def _newest(heads: list[ScoreEntry]) -> ScoreEntry | None:
    return max(heads, key=lambda e: (e.created_at, e.device_seq)) if heads else None


def sheet_values(session: Session, sheet_id: str) -> dict[str, Decimal]:
    by_code = entry_heads(session, [sheet_id]).get(sheet_id, {})
    return {code: hs[0].value for code, hs in by_code.items() if len(hs) == 1}


def set_score(session: Session, actor: SignedInUser, sheet: str | SheetKey | ScoreSheet, code: str, text,
              *, reason: str = "") -> CellResult:
    """Validate and store one cell. ``sheet`` is a sheet id, a ``SheetKey`` (the sheet is created
    on first use) or a ScoreSheet. Raises ValidationError (bad value; message gives the allowed
    range/step), PermissionDenied (not your sheet / role), ConflictError (locked, absent)."""
    s = _sheet(session, sheet)
    can_view(actor, s.juror_id)
    kind = _check_edit(actor, s, reason, session)
    rubric = rubric_info(session, s.rubric_id)
    crit = rubric.criterion(code)
    value = validate_cell(crit, text)
    heads = entry_heads(session, [s.id]).get(s.id, {})  # one read: the head and the other values
    head = _newest(heads.get(crit.code, []))
    changed = head is None or head.value != value
    if changed:
        write_value(session, s, crit.code, value, kind=kind, by=actor.username, reason=reason, head=head)
        audit.record(session, actor=actor, action="score.correct" if kind == "correction" else "score.set",
                     entity="score_sheet", entity_id=s.id,
                     old={crit.code: head.value} if head else None, new={crit.code: value}, reason=reason)
    values = {c: hs[0].value for c, hs in heads.items() if len(hs) == 1}
    if len(heads.get(crit.code, [])) > 1:
        values.pop(crit.code, None)  # a sync conflict on this criterion stays open for a person to settle
    else:
        values[crit.code] = value  # the new version supersedes the head
    return CellResult(s.id, crit.code, value, changed, weighted_total(rubric.criteria, values),
                      is_complete(rubric.criteria, values), s.status)


def correct_score(session: Session, actor: SignedInUser, sheet_id: str, code: str, text, *,
                  reason: str) -> CellResult:
    """A coordinator's correction of a (locked) sheet; the old value stays as the superseded version."""
    permissions.require(actor, "score.correct")
    return set_score(session, actor, sheet_id, code, text, reason=reason)


def set_comment(session: Session, actor: SignedInUser, sheet: str | SheetKey | ScoreSheet, text: str,
                *, reason: str = "") -> str:
    """Store the juror's comment for one pesantren; same permissions as ``set_score``."""
    s = _sheet(session, sheet)
    can_view(actor, s.juror_id)
    _check_edit(actor, s, reason, session)
    old = s.comment
    s.comment = (text or "").strip()
    if old != s.comment:
        session.flush()
        audit.record(session, actor=actor, action="score.comment", entity="score_sheet", entity_id=s.id,
                     old={"comment": old}, new={"comment": s.comment}, reason=reason)
    return s.id


# ---------------------------------------------------------------- locking

def missing_for_lock(grid: JurorGrid, pesantren_ids: list[str] | None = None) -> list[str]:
    """What keeps "Kirim & kunci" from locking: "no. 3 Pondok …: PSR, UNK" per incomplete sheet
    (absent pesantren and sheets already counting are fine)."""
    missing = []
    for r in grid.rows:
        if r.absent or (pesantren_ids is not None and r.pesantren_id not in pesantren_ids):
            continue
        if r.status in COUNTING_STATUSES:
            continue
        lacking = [c.code for c in grid.rubric.criteria if c.code not in r.values]
        if lacking:
            missing.append(f"no. {r.position} {r.name}: {', '.join(lacking)}")
    return missing


def incomplete_message(missing: list[str]) -> Message:
    return Message("scoring.sheets_incomplete", {"missing": "; ".join(missing)})


def lock_sheets(session: Session, actor: SignedInUser, panel_id: str, juror_id: str, pin: str,
                *, pesantren_ids: list[str] | None = None) -> LockResult:
    """"Kirim & kunci": the juror's PIN locks all their draft sheets in the panel (or only
    ``pesantren_ids``). Refused with the list of what is missing when any sheet is incomplete."""
    permissions.require(actor, "score.lock")
    if actor.role == "juror" and actor.juror_id != juror_id:
        raise PermissionDenied("scoring.juror_lock_own")
    verify_juror_pin(session, juror_id, pin)
    grid = juror_grid(session, actor, panel_id, juror_id)
    rows = [r for r in grid.rows
            if not r.absent and (pesantren_ids is None or r.pesantren_id in pesantren_ids)]
    missing = missing_for_lock(grid, pesantren_ids)
    if missing:
        raise ValidationError(incomplete_message(missing), where="scoring.where_submit_lock")
    locked = []
    now = utcnow()
    for r in rows:
        if r.status == "draft" and r.sheet_id:
            s = session.get(ScoreSheet, r.sheet_id)
            if s.source != "laptop":
                continue
            s.status, s.locked_at, s.locked_by = "locked", now, actor.username
            locked.append(s.id)
    session.flush()
    if locked:
        audit.record(session, actor=actor, action="score.lock", entity="panel_juror",
                     entity_id=f"{panel_id}/{juror_id}",
                     new={"sheets": locked, "status": "locked"})
    return LockResult(len(locked), locked)

