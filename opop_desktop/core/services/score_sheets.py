"""Reading score sheets: the juror's grid, progress per juror, the list of sheets with totals."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Juror, Panel, PanelSlot, Pesantren, ScoreSheet
from . import attendance
from .accounts import SYSTEM_ACTOR, SignedInUser
from .rubric import RubricInfo, active_rubric, rubric_info
from .score_query import current_values
from .score_rules import (
    COUNTING_STATUSES, PAPER_BUSY, can_view, ensure_assigned, is_complete, panel_stage, weighted_total,
)


@dataclass
class GridRow:
    position: int
    time_slot: str
    pesantren_id: str
    name: str
    nspp: str | None
    reg_number: str
    sheet_id: str | None
    values: dict[str, Decimal]  # criterion code → current value (missing = not scored yet)
    total: Decimal  # Σ weight × score / 10 over the values entered so far
    complete: bool
    comment: str
    status: str  # "" (no sheet yet) | draft | locked | entered_once | mismatch | verified
    source: str
    absent: bool
    editable: bool  # for the actor who asked for the grid


@dataclass
class JurorGrid:
    stage_id: str
    panel_id: str
    panel_name: str
    juror_id: str
    juror_name: str
    rubric: RubricInfo
    rows: list[GridRow]
    scored: int
    to_score: int
    locked: bool  # every scorable row is locked/verified


@dataclass
class JurorProgress:
    panel_id: str
    juror_id: str
    scored: int
    to_score: int


@dataclass
class SheetSummary:
    sheet_id: str
    stage_id: str
    panel_id: str
    panel_name: str
    juror_id: str
    juror_name: str
    pesantren_id: str
    pesantren_name: str
    nspp: str | None
    status: str
    source: str
    values: dict[str, Decimal]
    total: Decimal
    complete: bool


def juror_grid(session: Session, actor: SignedInUser, panel_id: str, juror_id: str) -> JurorGrid:
    """Rows = the panel's pesantren in order of appearance, with the juror's current values."""
    can_view(actor, juror_id)
    panel, stage_id = panel_stage(session, panel_id)
    ensure_assigned(session, panel_id, juror_id)
    juror = session.get(Juror, juror_id)
    slots = session.execute(select(PanelSlot, Pesantren).join(Pesantren,
                                                              Pesantren.id == PanelSlot.pesantren_id)
                            .where(PanelSlot.panel_id == panel_id).order_by(PanelSlot.position)).all()
    pids = [p.id for _, p in slots]
    sheets = {}
    if pids:
        sheets = {s.pesantren_id: s for s in session.scalars(select(ScoreSheet).where(
            ScoreSheet.stage_id == stage_id, ScoreSheet.juror_id == juror_id,
            ScoreSheet.pesantren_id.in_(pids)))}
    if sheets:
        rubric = rubric_info(session, next(iter(sheets.values())).rubric_id)
    else:
        rubric = active_rubric(session, stage_id)
    values = current_values(session, [s.id for s in sheets.values()])
    absent = attendance.absent_ids(session, stage_id, pids)
    rows = []
    for slot, p in slots:
        s = sheets.get(p.id)
        v = values.get(s.id, {}) if s else {}
        editable = p.id not in absent and (
            (actor.role == "juror" and (s is None or (s.status == "draft" and s.source == "laptop")))
            or (actor.can_manage and (s is None or s.status not in PAPER_BUSY)))
        rows.append(GridRow(slot.position, slot.time_slot, p.id, p.name, p.nspp, p.reg_number,
                            s.id if s else None, v, weighted_total(rubric.criteria, v),
                            is_complete(rubric.criteria, v), s.comment if s else "", s.status if s else "",
                            s.source if s else "", p.id in absent, editable))
    scorable = [r for r in rows if not r.absent]
    scored = sum(r.complete for r in scorable)
    all_counted = bool(scorable) and all(r.status in COUNTING_STATUSES for r in scorable)
    return JurorGrid(stage_id, panel_id, panel.name, juror_id, juror.name if juror else "", rubric, rows,
                     scored, len(scorable) - scored, all_counted)


def juror_progress(session: Session, panel_id: str, juror_id: str) -> JurorProgress:
    """Scored (complete sheets) / still to score, absent pesantren left out."""
    g = juror_grid(session, SYSTEM_ACTOR, panel_id, juror_id)
    return JurorProgress(panel_id, juror_id, g.scored, g.to_score)


def list_sheets(session: Session, *, stage_id: str | None = None, panel_id: str | None = None,
                juror_id: str | None = None, statuses: tuple[str, ...] | None = None) -> list[SheetSummary]:
    """Every sheet with its current values and weighted total (for `opop scores list`, results)."""
    q = (select(ScoreSheet, Panel, Juror, Pesantren).join(Panel, Panel.id == ScoreSheet.panel_id)
         .join(Juror, Juror.id == ScoreSheet.juror_id).join(Pesantren,
                                                            Pesantren.id == ScoreSheet.pesantren_id)
         .order_by(Panel.name, Juror.name, Pesantren.name))
    if stage_id:
        q = q.where(ScoreSheet.stage_id == stage_id)
    if panel_id:
        q = q.where(ScoreSheet.panel_id == panel_id)
    if juror_id:
        q = q.where(ScoreSheet.juror_id == juror_id)
    if statuses:
        q = q.where(ScoreSheet.status.in_(statuses))
    rows = session.execute(q).all()
    values = current_values(session, [s.id for s, *_ in rows])
    rubrics: dict[str, RubricInfo] = {}
    out = []
    for s, panel, juror, p in rows:
        rubric = rubrics.get(s.rubric_id) or rubrics.setdefault(s.rubric_id, rubric_info(session,
                                                                                         s.rubric_id))
        v = values.get(s.id, {})
        out.append(SheetSummary(s.id, s.stage_id, s.panel_id, panel.name, s.juror_id, juror.name, p.id,
                                p.name,
                                p.nspp, s.status, s.source, v, weighted_total(rubric.criteria, v),
                                is_complete(rubric.criteria, v)))
    return out
