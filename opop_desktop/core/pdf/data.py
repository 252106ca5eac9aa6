"""What the documents print, read from the models: scope → panels, jurors, order of appearance,
rubric, sheets with their current values, representatives' names.

Read-only; every document module goes through here so that a "scope" means the same thing for
score sheets, attendance lists, cards and recaps.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import NotFoundError, UsageError
from ..models import (
    Attendance, Criterion, Juror, Panel, PanelJuror, PanelSlot, Pesantren, ProgrammeYear, Representative,
    Rubric, ScoreSheet, Stage, Venue,
)
from ..regions import gazetteer
from ..services.programme import stage_by_number
from ..services.score_query import current_values


@dataclass
class Scope:
    """Which part of a stage a document covers. Exactly one of panel/venue/regency, or province
    (also the default when none is given)."""

    stage_number: int = 1
    panel_id: str | None = None
    venue_id: str | None = None
    regency_code: str | None = None
    province: bool = False

    def describe(self, session: Session) -> str:
        if self.panel_id:
            panel = session.get(Panel, self.panel_id)
            return f"Panel {panel.name} — {panel.venue.name}" if panel else f"Panel {self.panel_id}"
        if self.venue_id:
            venue = session.get(Venue, self.venue_id)
            return f"Lokasi {venue.name}" if venue else f"Lokasi {self.venue_id}"
        if self.regency_code:
            return gazetteer().regency_name(self.regency_code)
        return "Provinsi Jawa Barat"


@dataclass
class CriterionInfo:
    code: str
    name: str
    description: str
    levels: list[str]
    weight: Decimal
    min_score: Decimal
    max_score: Decimal
    step: Decimal


@dataclass
class SlotInfo:
    position: int
    time_slot: str
    pesantren: Pesantren


@dataclass
class PanelInfo:
    panel: Panel
    venue: Venue
    jurors: list[Juror]
    slots: list[SlotInfo]


@dataclass
class StageContext:
    stage: Stage
    programme_name: str
    rubric: Rubric | None
    criteria: list[CriterionInfo] = field(default_factory=list)


def stage_context(session: Session, stage_number: int) -> StageContext:
    stage = stage_by_number(session, stage_number)
    py = session.get(ProgrammeYear, stage.programme_year_id)
    rubric = session.scalars(select(Rubric).where(Rubric.stage_id == stage.id)
                             .order_by(Rubric.version.desc())).first()
    return StageContext(stage, py.name if py else "OPOP", rubric, criteria_of(session, rubric.id) if rubric else [])


def criteria_of(session: Session, rubric_id: str) -> list[CriterionInfo]:
    rows = session.scalars(select(Criterion).where(Criterion.rubric_id == rubric_id)
                           .order_by(Criterion.sort_order)).all()
    out = []
    for c in rows:
        try:
            levels = [str(x) for x in json.loads(c.levels or "[]")]
        except ValueError:
            levels = []
        out.append(CriterionInfo(c.code, c.name, c.description or "", levels, c.weight, c.min_score,
                                 c.max_score, c.step))
    return out


def _stage_panels(session: Session, stage: Stage) -> list[tuple[Panel, Venue]]:
    rows = session.execute(
        select(Panel, Venue).join(Venue, Panel.venue_id == Venue.id).where(Venue.stage_id == stage.id)
        .order_by(Venue.event_date, Venue.name, Panel.sort_order, Panel.name)).all()
    return [(p, v) for p, v in rows]


def find_panel(session: Session, stage: Stage, ident: str) -> Panel:
    """A panel by id, unique id prefix, or unique name within the stage."""
    panels = [p for p, _v in _stage_panels(session, stage)]
    exact = [p for p in panels if p.id == ident]
    if exact:
        return exact[0]
    close = [p for p in panels if p.id.startswith(ident)] or [p for p in panels if p.name.lower() == ident.lower()]
    if len(close) == 1:
        return close[0]
    if not close:
        raise NotFoundError("files.panel_missing", panel=ident, stage=stage.number)
    raise UsageError("files.panel_ambiguous", panel=ident, stage=stage.number)


def panels_in_scope(session: Session, scope: Scope) -> tuple[StageContext, list[PanelInfo]]:
    ctx = stage_context(session, scope.stage_number)
    stage_panels = _stage_panels(session, ctx.stage)
    if scope.panel_id:
        panel = find_panel(session, ctx.stage, scope.panel_id)
        stage_panels = [(p, v) for p, v in stage_panels if p.id == panel.id]
    elif scope.venue_id:
        stage_panels = [(p, v) for p, v in stage_panels if v.id == scope.venue_id]
        if not stage_panels:
            raise NotFoundError("files.venue_no_panels", venue=scope.venue_id, stage=scope.stage_number)
    if scope.regency_code and scope.regency_code not in gazetteer().regencies:
        raise UsageError("files.regency_code_unknown", code=scope.regency_code)
    panel_ids = [p.id for p, _v in stage_panels]
    jurors: dict[str, list[Juror]] = defaultdict(list)
    slots: dict[str, list[SlotInfo]] = defaultdict(list)
    if panel_ids:
        for pj, juror in session.execute(
                select(PanelJuror, Juror).join(Juror, PanelJuror.juror_id == Juror.id)
                .where(PanelJuror.panel_id.in_(panel_ids)).order_by(Juror.name)):
            jurors[pj.panel_id].append(juror)
        for slot, pes in session.execute(
                select(PanelSlot, Pesantren).join(Pesantren, PanelSlot.pesantren_id == Pesantren.id)
                .where(PanelSlot.panel_id.in_(panel_ids)).order_by(PanelSlot.position)):
            if scope.regency_code and pes.regency_code != scope.regency_code:
                continue
            slots[slot.panel_id].append(SlotInfo(slot.position, slot.time_slot or "", pes))
    out = [PanelInfo(p, v, jurors[p.id], slots[p.id]) for p, v in stage_panels]
    if scope.regency_code:
        out = [pi for pi in out if pi.slots]
    return ctx, out


@dataclass
class SheetData:
    sheet: ScoreSheet | None
    values: dict[str, Decimal]
    comment: str
    total: Decimal | None


def sheets_for(session: Session, stage: Stage, panel_ids: list[str]) -> dict[tuple[str, str, str], ScoreSheet]:
    """(panel id, juror id, pesantren id) → the sheet (the latest created, if several)."""
    out: dict[tuple[str, str, str], ScoreSheet] = {}
    for i in range(0, len(panel_ids), 500):
        for sh in session.scalars(select(ScoreSheet).where(ScoreSheet.stage_id == stage.id,
                                                          ScoreSheet.panel_id.in_(panel_ids[i:i + 500]))
                                  .order_by(ScoreSheet.created_at)):
            out[(sh.panel_id, sh.juror_id, sh.pesantren_id)] = sh
    return out


def sheet_values(session: Session, sheets: list[ScoreSheet]) -> dict[str, dict[str, Decimal]]:
    return current_values(session, [s.id for s in sheets])


def representative_names(session: Session, stage: Stage, pesantren_ids: list[str]) -> dict[str, list[str]]:
    """pesantren id → [rep 1, rep 2] names: the check-in record (head of the attendance chain)
    when there is one, else the registered representatives of the stage; '' where unknown."""
    out: dict[str, list[str]] = {pid: ["", ""] for pid in pesantren_ids}
    for i in range(0, len(pesantren_ids), 500):
        chunk = pesantren_ids[i:i + 500]
        for rep in session.scalars(select(Representative).where(Representative.stage_id == stage.id,
                                                                Representative.pesantren_id.in_(chunk))):
            if rep.slot in (1, 2):
                out[rep.pesantren_id][rep.slot - 1] = rep.name
        rows = session.scalars(select(Attendance).where(Attendance.stage_id == stage.id,
                                                        Attendance.pesantren_id.in_(chunk))).all()
        superseded = {a.supersedes_id for a in rows if a.supersedes_id}
        heads = [a for a in rows if a.id not in superseded]
        by_pes: dict[str, list[Attendance]] = defaultdict(list)
        for a in heads:
            by_pes[a.pesantren_id].append(a)
        for pid, hs in by_pes.items():
            if len(hs) != 1:  # concurrent check-ins are an open conflict: keep registered names
                continue
            a = hs[0]
            if a.rep1_name:
                out[pid][0] = a.rep1_name
            if a.rep2_name:
                out[pid][1] = a.rep2_name
    return out


def attendance_status(session: Session, stage: Stage, pesantren_ids: list[str]) -> dict[str, str]:
    """pesantren id → present | absent (only where one head record exists)."""
    out: dict[str, str] = {}
    for i in range(0, len(pesantren_ids), 500):
        rows = session.scalars(select(Attendance).where(Attendance.stage_id == stage.id,
                                                        Attendance.pesantren_id.in_(pesantren_ids[i:i + 500]))).all()
        superseded = {a.supersedes_id for a in rows if a.supersedes_id}
        heads: dict[str, list[Attendance]] = defaultdict(list)
        for a in rows:
            if a.id not in superseded:
                heads[a.pesantren_id].append(a)
        out.update({pid: hs[0].status for pid, hs in heads.items() if len(hs) == 1})
    return out


def place_of(venue: Venue | None) -> str:
    """The town a venue is in, for "Bandung, 3 September 2019": the first regency it serves."""
    if venue is None:
        return "Bandung"
    codes = [c for c in (venue.regency_codes or "").split(",") if c.strip()]
    if codes:
        reg = gazetteer().regencies.get(codes[0].strip())
        if reg:
            return reg.short_name
    return "Bandung"


@dataclass
class ScopeOptions:
    """What the Cetak screen offers for a stage: its panels and venues, and the kab/kota served."""

    stages: list[tuple[int, str]]  # (number, name) of the current programme year
    panels: list[tuple[str, str]]  # (panel id, "Ruang 1 — Hotel X")
    venues: list[tuple[str, str]]  # (venue id, name)
    regencies: list[tuple[str, str]]  # (code, name)


def scope_options(session: Session, stage_number: int) -> ScopeOptions:
    from ..services.programme import current_programme

    prog = current_programme(session)
    stages = session.scalars(select(Stage).where(Stage.programme_year_id == prog.id).order_by(Stage.number)).all()
    stage = next((s for s in stages if s.number == stage_number), None)
    panels, venues = [], {}
    if stage is not None:
        for p, v in _stage_panels(session, stage):
            panels.append((p.id, f"{p.name} — {v.name}"))
            venues[v.id] = v.name
    g = gazetteer()
    regencies = [(code, r.name) for code, r in sorted(g.regencies.items())]
    return ScopeOptions([(s.number, s.name) for s in stages], panels, list(venues.items()), regencies)
