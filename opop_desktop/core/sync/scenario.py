"""A small audition set up at the province, for sync tests and benchmarks: one programme year,
pesantren in two kab/kota, a venue with a panel and jurors, and helpers that write scores and
attendance straight through the models (as the venue services do)."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select

from ..models import (
    Attendance, Juror, Panel, PanelJuror, Pesantren, Rubric, ScoreEntry, ScoreSheet, Stage, Venue,
)
from ..services.programme import create_programme_year
from .sandbox import Node


@dataclass
class World:
    stage_id: str
    rubric_id: str
    panel_id: str
    venue_id: str
    jurors: list[str] = field(default_factory=list)
    pesantren: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)


def set_up_province(node: Node, *, pesantren: int = 3, jurors: int = 2, regency: str = "32.04") -> World:
    with node.db.session() as s:
        prog = create_programme_year(s, 2019)
        stage = s.scalar(select(Stage).where(Stage.programme_year_id == prog.id, Stage.number == 1))
        rubric = s.scalar(select(Rubric).where(Rubric.stage_id == stage.id))
        venue = Venue(stage_id=stage.id, name="Aula Garut", regency_codes=regency)
        s.add(venue)
        s.flush()
        panel = Panel(venue_id=venue.id, name="Ruang 1")
        s.add(panel)
        s.flush()
        world = World(stage.id, rubric.id, panel.id, venue.id, codes=[c.code for c in rubric.criteria])
        for i in range(jurors):
            j = Juror(name=f"Juri {i + 1}")
            s.add(j)
            s.flush()
            s.add(PanelJuror(panel_id=panel.id, juror_id=j.id))
            world.jurors.append(j.id)
        for i in range(pesantren):
            for reg in (regency, "32.17"):
                p = Pesantren(programme_year_id=prog.id, reg_number=f"{reg}-{i:03d}", name=f"PP {reg} {i}",
                              name_key=f"pp {reg} {i}", district_code=f"{reg}.01", regency_code=reg)
                s.add(p)
                s.flush()
                if reg == regency:
                    world.pesantren.append(p.id)
    return world


def add_sheet(node: Node, world: World, juror: int, pesantren: int) -> str:
    with node.db.session() as s:
        sheet = ScoreSheet(stage_id=world.stage_id, panel_id=world.panel_id, juror_id=world.jurors[juror],
                           pesantren_id=world.pesantren[pesantren], rubric_id=world.rubric_id)
        s.add(sheet)
        s.flush()
        return sheet.id


def add_score(node: Node, sheet_id: str, code: str, value, *, supersedes: str | None = None,
              who: str = "juri", kind: str = "entry") -> str:
    with node.db.session() as s:
        e = ScoreEntry(sheet_id=sheet_id, criterion_code=code, value=Decimal(str(value)), entered_by=who,
                       kind=kind if not supersedes else "correction", supersedes_id=supersedes)
        s.add(e)
        s.flush()
        return e.id


def add_attendance(node: Node, world: World, pesantren: int, status: str = "present", *,
                   supersedes: str | None = None, officer: str = "petugas") -> str:
    with node.db.session() as s:
        a = Attendance(
            stage_id=world.stage_id,
            pesantren_id=world.pesantren[pesantren],
            venue_id=world.venue_id,
            status=status,
            officer=officer,
            supersedes_id=supersedes,
        )
        s.add(a)
        s.flush()
        return a.id


def heads(node: Node, sheet_id: str, code: str) -> list:
    from ..services.score_query import entry_heads

    with node.db.session() as s:
        return sorted(e.value for e in entry_heads(s, [sheet_id])[sheet_id][code])


def concurrent_first_entries(folder, *, first: str = "Ani", second: str = "Budi") -> tuple[Node, Node, Node]:
    """(province, Garut-1, Garut-2): one sheet scored PSR on Garut-1 by ``first``, relayed to
    Garut-2 and scored there again by ``second``; both venue bundles merged at the province, which
    then holds one score conflict."""
    from pathlib import Path

    folder = Path(folder)
    prov = Node(str(folder / "prov.sqlite3"), role="province", name="Provinsi")
    world = set_up_province(prov)
    a = Node(str(folder / "a.sqlite3"), role="venue", name="Garut-1", regency="32.04")
    b = Node(str(folder / "b.sqlite3"), role="venue", name="Garut-2", regency="32.04")
    for n in (a, b):
        n.trust(prov)
        prov.trust(n)
        n.import_(prov.export(folder / "down.opop", for_regency="32.04").path)
    b.trust(a)
    sheet = add_sheet(a, world, 0, 0)
    add_score(a, sheet, "PSR", 7, who=first)
    b.import_(a.export(folder / "a0.opop").path)
    add_score(b, sheet, "PSR", 9, who=second)  # a second first entry on another laptop
    for n in (a, b):
        prov.import_(n.export(folder / f"{n.name}.opop", to_province=True).path)
    return prov, a, b
