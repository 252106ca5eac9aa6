"""The progress board of a venue: per panel and juror, sheets expected / entered / verified /
locked, and who is still missing.

- expected: pesantren of the panel not marked absent
- entered: sheets with every criterion filled (any status)
- locked: laptop sheets locked by the juror; verified: paper/imported sheets verified
- missing: pesantren whose sheet does not count yet (not locked/verified), with what is lacking
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import NotFoundError
from ..models import Juror, Panel, PanelJuror, PanelSlot, Pesantren, ScoreSheet, Venue
from . import attendance
from .rubric import rubric_info
from .score_query import current_values


@dataclass
class MissingSheet:
    pesantren_id: str
    position: int
    name: str
    status: str  # "" | draft | entered_once | mismatch
    lacking: list[str]  # criterion codes not yet filled


@dataclass
class JurorBoard:
    juror_id: str
    juror_name: str
    expected: int
    entered: int
    verified: int
    locked: int
    missing: list[MissingSheet] = field(default_factory=list)

    @property
    def done(self) -> bool:
        return self.verified + self.locked >= self.expected


@dataclass
class PanelBoard:
    panel_id: str
    panel_name: str
    pesantren: int
    absent: int
    jurors: list[JurorBoard] = field(default_factory=list)


@dataclass
class VenueBoard:
    venue_id: str
    venue_name: str
    stage_id: str
    panels: list[PanelBoard] = field(default_factory=list)

    @property
    def expected(self) -> int:
        return sum(j.expected for p in self.panels for j in p.jurors)

    @property
    def counted(self) -> int:
        return sum(j.verified + j.locked for p in self.panels for j in p.jurors)


def venue_progress(session: Session, venue_id: str) -> VenueBoard:
    venue = session.get(Venue, venue_id)
    if venue is None:
        raise NotFoundError("setup.venue_missing", id=venue_id)
    board = VenueBoard(venue.id, venue.name, venue.stage_id)
    panels = session.scalars(select(Panel).where(Panel.venue_id == venue_id).order_by(Panel.sort_order)).all()
    for panel in panels:
        slots = session.execute(select(PanelSlot, Pesantren).join(Pesantren,
                                                                  Pesantren.id == PanelSlot.pesantren_id)
                                .where(PanelSlot.panel_id == panel.id).order_by(PanelSlot.position)).all()
        pids = [p.id for _, p in slots]
        absent = attendance.absent_ids(session, venue.stage_id, pids)
        jurors = session.execute(select(Juror).join(PanelJuror, PanelJuror.juror_id == Juror.id)
                                 .where(PanelJuror.panel_id == panel.id).order_by(Juror.name)).scalars().all()
        sheets = session.scalars(select(ScoreSheet).where(ScoreSheet.panel_id == panel.id,
                                                          ScoreSheet.stage_id == venue.stage_id)).all()
        by_key = {(s.juror_id, s.pesantren_id): s for s in sheets}
        values = current_values(session, [s.id for s in sheets])
        rubrics: dict[str, list[str]] = {}
        pb = PanelBoard(panel.id, panel.name, len(slots), len(absent))
        for j in jurors:
            jb = JurorBoard(j.id, j.name, 0, 0, 0, 0)
            for slot, p in slots:
                if p.id in absent:
                    continue
                jb.expected += 1
                s = by_key.get((j.id, p.id))
                if s is not None and s.rubric_id not in rubrics:
                    rubrics[s.rubric_id] = rubric_info(session, s.rubric_id).codes
                codes = rubrics.get(s.rubric_id, []) if s else []
                lacking = [c for c in codes if c not in values.get(s.id, {})] if s else ["semua"]
                if s is not None and not lacking:
                    jb.entered += 1
                if s is not None and s.status == "locked":
                    jb.locked += 1
                elif s is not None and s.status == "verified":
                    jb.verified += 1
                else:
                    jb.missing.append(MissingSheet(p.id, slot.position, p.name, s.status if s else "",
                                                   lacking))
            pb.jurors.append(jb)
        board.panels.append(pb)
    return board


def stage_progress(session: Session, stage_id: str) -> list[VenueBoard]:
    return [venue_progress(session, v.id) for v in
            session.scalars(select(Venue).where(Venue.stage_id == stage_id).order_by(Venue.name))]
