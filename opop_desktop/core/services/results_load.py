"""Reading one stage out of the database into the pure tabulation inputs.

Entrants are the pesantren of the stage: slotted in a panel of one of its venues, checked in,
or scored. Attendance and scores are append-only chains; only their heads count. A province
has 9,000 pesantren and 315,000 score rows, so everything big is read as plain rows
(core/plain_sql.py), never as ORM objects.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import ConflictOfInterest, Criterion, Panel, ProductField, Rubric, Stage
from ..plain_sql import plain_rows, string_agg
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


class _Decimals(dict):
    """Stored score text → Decimal, each distinct text parsed once."""

    def __missing__(self, text: str) -> Decimal:
        value = self[text] = Decimal(text)
        return value


def attendance_heads(session: Session, stage_id: str) -> dict[str, str]:
    """pesantren_id → present|absent from the head(s) of the attendance chain.

    Two concurrent heads (an unresolved sync conflict) count as present when either says so:
    excluding a pesantren that was scored would lose data silently."""
    rows = plain_rows(session, "SELECT id, pesantren_id, status, supersedes_id, merges_id FROM attendance "
                               "WHERE stage_id = :stage", stage=stage_id)
    gone = {r[3] for r in rows if r[3]} | {r[4] for r in rows if r[4]}
    out: dict[str, str] = {}
    for rid, pesantren_id, status, _s, _m in rows:
        if rid in gone:
            continue
        if out.get(pesantren_id) != "present":
            out[pesantren_id] = status
    return out


def stage_sheets(session: Session, stage_id: str) -> list[tuple]:
    """(id, pesantren_id, juror_id, panel_id, rubric_id, status, source, values) per sheet of the
    stage; ``values`` is criterion → current Decimal.

    Current = heads of the supersedes/merges chains; several heads for one criterion are an
    unresolved conflict and count as no value (score_query.current_values, the same rule). The
    heads are picked and joined per sheet in SQL, so Python sees one row per sheet."""
    # "PSR=7.5,PTN=8,…": each code travels with its own value in ONE aggregate (two aggregates
    # need not list their rows in the same order); Python splits one string per sheet.
    pair_agg = string_agg(session, "e.criterion_code || '=' || e.value")
    rows = plain_rows(session, f"""
        SELECT s.id, s.pesantren_id, s.juror_id, s.panel_id, s.rubric_id, s.status, s.source,
               (SELECT {pair_agg} FROM score_entry e
                 WHERE e.sheet_id = s.id
                   AND e.id NOT IN (SELECT supersedes_id FROM score_entry WHERE supersedes_id IS NOT NULL
                                    UNION ALL SELECT merges_id FROM score_entry WHERE merges_id IS NOT NULL))
          FROM score_sheet s WHERE s.stage_id = :stage""", stage=stage_id)
    dec = _Decimals()
    out = []
    for *head, both in rows:
        values: dict[str, Decimal] = {}
        if both:
            codes, texts = [], []
            for pair in both.split(","):
                code, _, text = pair.rpartition("=")
                codes.append(code)
                texts.append(text)
            values = dict(zip(codes, map(dec.__getitem__, texts)))
            if len(values) != len(codes):  # a criterion with several heads: no value
                values = {c: v for c, v in values.items() if codes.count(c) == 1}
        out.append((*head, values))
    return out


def load_stage(session: Session, stage: Stage, *, regency_code: str | None = None,
               track: str | None = None, venue_id: str | None = None) -> StageData:
    g = gazetteer()
    venue_names = dict(plain_rows(session, "SELECT id, name FROM venue WHERE stage_id = :stage",
                                  stage=stage.id))
    panel_rows = plain_rows(session, "SELECT p.id, p.venue_id, p.name FROM panel p "
                                     "JOIN venue v ON v.id = p.venue_id WHERE v.stage_id = :stage",
                            stage=stage.id)
    venue_of_panel = {pid: vid for pid, vid, _n in panel_rows}
    panel_names = {pid: name for pid, _v, name in panel_rows}
    slots = plain_rows(session, "SELECT sl.panel_id, sl.pesantren_id FROM panel_slot sl "
                                "JOIN panel p ON p.id = sl.panel_id JOIN venue v ON v.id = p.venue_id "
                                "WHERE v.stage_id = :stage", stage=stage.id)
    sheets = stage_sheets(session, stage.id)
    attendance = attendance_heads(session, stage.id)
    # Panels of sheets may belong to no venue of this stage in odd imports; name them anyway.
    for pid in {s[3] for s in sheets} - set(panel_names):
        p = session.get(Panel, pid)
        if p is not None:
            panel_names[p.id] = p.name
            venue_of_panel[p.id] = p.venue_id

    venues_of: dict[str, set[str]] = defaultdict(set)
    for panel_id, pesantren_id in slots:
        venues_of[pesantren_id].add(venue_of_panel[panel_id])
    for sh in sheets:
        if sh[3] in venue_of_panel:
            venues_of[sh[1]].add(venue_of_panel[sh[3]])
    ids = set(venues_of) | {s[1] for s in sheets} | set(attendance)
    if venue_id is not None:
        ids = {i for i in ids if venue_id in venues_of.get(i, set())}

    pesantren = [p for p in plain_rows(
        session, "SELECT id, name, track, district_code, regency_code, product_field_id, nspp, reg_number "
                 "FROM pesantren WHERE programme_year_id = :py", py=stage.programme_year_id) if p[0] in ids]
    if regency_code:
        pesantren = [p for p in pesantren if p[4] == regency_code]
    if track:
        pesantren = [p for p in pesantren if p[2] == track]
    keep = {p[0] for p in pesantren}
    fields = {f.id: f for f in session.scalars(select(ProductField))}

    entrants = []
    district_name, regency_name = g.district_name, g.regency_name
    for pid, name, p_track, district, regency, field_id, nspp, reg_number in pesantren:
        f = fields.get(field_id or "")
        entrants.append(EntrantInput(
            pesantren_id=pid, name=name, track=p_track, district_code=district,
            regency_code=regency, field_code=f.code if f else "", nspp=nspp,
            reg_number=reg_number, district_name=district_name(district),
            regency_name=regency_name(regency), field_name=f.name if f else "",
            attendance=attendance.get(pid)))

    jurors = dict(plain_rows(session, "SELECT id, name FROM juror"))
    sheets = [s for s in sheets if s[1] in keep]
    sheet_inputs = [SheetInput(
        sheet_id=sid, pesantren_id=pesantren_id, juror_id=juror_id, panel_id=panel_id, rubric_id=rubric_id,
        status=status, source=source, values=values, juror_name=jurors.get(juror_id, ""),
        panel_name=panel_names.get(panel_id, ""))
        for sid, pesantren_id, juror_id, panel_id, rubric_id, status, source, values in sheets]

    rubric_ids = {s[4] for s in sheets} | set(session.scalars(
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
