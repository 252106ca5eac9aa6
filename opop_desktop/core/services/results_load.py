"""Reading one stage out of the database into the pure tabulation inputs.

Entrants are the pesantren of the stage: slotted in a panel of one of its venues, checked in,
or scored. Attendance and scores are append-only chains; only their heads count.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import (
    Attendance, ConflictOfInterest, Criterion, Juror, Panel, PanelSlot, Pesantren, ProductField,
    Rubric, ScoreEntry, ScoreSheet, Stage, Venue,
)
from ..regions import gazetteer
from ..tabulation import CriterionSpec, EntrantInput, SheetInput, SoftConflict, TabulationInput


@dataclass
class StageData:
    """A stage's tabulation input plus what the services need around it."""

    stage: Stage
    data: TabulationInput
    venue_of_panel: dict[str, str] = field(default_factory=dict)  # panel_id → venue_id
    panel_names: dict[str, str] = field(default_factory=dict)
    venue_names: dict[str, str] = field(default_factory=dict)
    venues_of_pesantren: dict[str, set[str]] = field(default_factory=dict)


def _chunks(ids, n=500):
    ids = list(ids)
    for i in range(0, len(ids), n):
        yield ids[i:i + n]


def attendance_heads(session: Session, stage_id: str) -> dict[str, str]:
    """pesantren_id → present|absent from the head(s) of the attendance chain.

    Two concurrent heads (an unresolved sync conflict) count as present when either says so:
    excluding a pesantren that was scored would lose data silently."""
    rows = session.execute(select(Attendance.id, Attendance.pesantren_id, Attendance.status,
                                  Attendance.supersedes_id, Attendance.merges_id)
                           .where(Attendance.stage_id == stage_id)).all()
    gone = {r.supersedes_id for r in rows if r.supersedes_id} | {r.merges_id for r in rows if r.merges_id}
    out: dict[str, str] = {}
    for r in rows:
        if r.id in gone:
            continue
        if out.get(r.pesantren_id) != "present":
            out[r.pesantren_id] = r.status
    return out


_ENTRY_COLUMNS = (ScoreEntry.id, ScoreEntry.sheet_id, ScoreEntry.criterion_code, ScoreEntry.value,
                  ScoreEntry.supersedes_id, ScoreEntry.merges_id)


def stage_current_values(session: Session, stage_id: str,
                         sheet_ids: list[str] | None = None) -> dict[str, dict[str, Decimal]]:
    """sheet_id → criterion → current value for the sheets of the stage (or only ``sheet_ids``).

    Same rule as score_query.current_values (heads of the supersedes/merges chains; several
    heads for one criterion are an unresolved conflict and count as no value), but reads plain
    columns: ~10× faster than loading ORM objects for a whole province."""
    if sheet_ids is None:
        rows = session.execute(select(*_ENTRY_COLUMNS).join(ScoreSheet, ScoreSheet.id == ScoreEntry.sheet_id)
                               .where(ScoreSheet.stage_id == stage_id)).all()
    else:
        rows = []
        for chunk in _chunks(sheet_ids):
            rows += session.execute(select(*_ENTRY_COLUMNS).where(ScoreEntry.sheet_id.in_(chunk))).all()
    gone = {r.supersedes_id for r in rows if r.supersedes_id} | {r.merges_id for r in rows if r.merges_id}
    heads: dict[str, dict[str, list[Decimal]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        if r.id not in gone:
            heads[r.sheet_id][r.criterion_code].append(r.value)
    return {sid: {code: vs[0] for code, vs in by_code.items() if len(vs) == 1} for sid, by_code in heads.items()}


def load_stage(session: Session, stage: Stage, *, regency_code: str | None = None,
               track: str | None = None, venue_id: str | None = None) -> StageData:
    g = gazetteer()
    venues = session.scalars(select(Venue).where(Venue.stage_id == stage.id)).all()
    venue_names = {v.id: v.name for v in venues}
    panels = session.scalars(select(Panel).where(Panel.venue_id.in_(list(venue_names)))).all() if venues else []
    venue_of_panel = {p.id: p.venue_id for p in panels}
    panel_names = {p.id: p.name for p in panels}
    slots = session.scalars(select(PanelSlot).where(PanelSlot.panel_id.in_(list(venue_of_panel)))).all() if panels else []
    sheets = session.execute(select(
        ScoreSheet.id, ScoreSheet.pesantren_id, ScoreSheet.juror_id, ScoreSheet.panel_id, ScoreSheet.rubric_id,
        ScoreSheet.status, ScoreSheet.source).where(ScoreSheet.stage_id == stage.id)).all()
    attendance = attendance_heads(session, stage.id)
    # Panels of sheets may belong to no venue of this stage in odd imports; name them anyway.
    for pid in {s.panel_id for s in sheets} - set(panel_names):
        p = session.get(Panel, pid)
        if p is not None:
            panel_names[p.id] = p.name
            venue_of_panel[p.id] = p.venue_id

    venues_of: dict[str, set[str]] = defaultdict(set)
    for sl in slots:
        venues_of[sl.pesantren_id].add(venue_of_panel[sl.panel_id])
    for sh in sheets:
        if sh.panel_id in venue_of_panel:
            venues_of[sh.pesantren_id].add(venue_of_panel[sh.panel_id])
    ids = set(venues_of) | {s.pesantren_id for s in sheets} | set(attendance)
    if venue_id is not None:
        ids = {i for i in ids if venue_id in venues_of.get(i, set())}

    pesantren: list[Pesantren] = []
    for chunk in _chunks(ids):
        pesantren += session.scalars(select(Pesantren).where(Pesantren.id.in_(chunk))).all()
    if regency_code:
        pesantren = [p for p in pesantren if p.regency_code == regency_code]
    if track:
        pesantren = [p for p in pesantren if p.track == track]
    keep = {p.id for p in pesantren}
    fields = {f.id: f for f in session.scalars(select(ProductField))}

    entrants = []
    for p in pesantren:
        f = fields.get(p.product_field_id or "")
        entrants.append(EntrantInput(
            pesantren_id=p.id, name=p.name, track=p.track, district_code=p.district_code,
            regency_code=p.regency_code, field_code=f.code if f else "", nspp=p.nspp,
            reg_number=p.reg_number, district_name=g.district_name(p.district_code),
            regency_name=g.regency_name(p.regency_code), field_name=f.name if f else "",
            attendance=attendance.get(p.id)))

    all_count = len(sheets)
    sheets = [s for s in sheets if s.pesantren_id in keep]
    # A venue or one kab/kota: read only its sheets' entries; the whole stage: one joined read.
    values = stage_current_values(session, stage.id,
                                  [s.id for s in sheets] if len(sheets) * 2 < all_count else None)
    jurors = dict(session.execute(select(Juror.id, Juror.name)).all())
    sheet_inputs = [SheetInput(
        sheet_id=s.id, pesantren_id=s.pesantren_id, juror_id=s.juror_id, panel_id=s.panel_id,
        rubric_id=s.rubric_id, status=s.status, source=s.source, values=values.get(s.id, {}),
        juror_name=jurors.get(s.juror_id, ""), panel_name=panel_names.get(s.panel_id, ""))
        for s in sheets]

    rubric_ids = {s.rubric_id for s in sheets} | set(session.scalars(
        select(Rubric.id).where(Rubric.stage_id == stage.id)))
    rubrics: dict[str, tuple[CriterionSpec, ...]] = {}
    for rid in rubric_ids:
        crits = session.scalars(select(Criterion).where(Criterion.rubric_id == rid)
                                .order_by(Criterion.sort_order)).all()
        rubrics[rid] = tuple(CriterionSpec(c.code, c.weight, c.name) for c in crits)

    conflicts = [SoftConflict(c.juror_id, c.pesantren_id, c.district_code, c.note)
                 for c in session.scalars(select(ConflictOfInterest)
                                          .where(ConflictOfInterest.severity == "soft"))]
    data = TabulationInput(entrants=entrants, sheets=sheet_inputs, rubrics=rubrics,
                           soft_conflicts=conflicts)
    return StageData(stage=stage, data=data, venue_of_panel=venue_of_panel,
                     panel_names=panel_names, venue_names=venue_names,
                     venues_of_pesantren={k: v for k, v in venues_of.items() if k in keep})
