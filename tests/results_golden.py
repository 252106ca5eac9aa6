"""Golden dataset for the tabulation engine, shared by the core, service and GUI tests.

Rubric: the default seven criteria (PSR 20, PTN 20, PRF 15, INV 15, UNK 10, KUA 10, SDM 10);
a sheet total is Σ weight × score / 10. Every expected figure below is computed by hand in the
comments, Tabbycat-style: the data and the answer sit side by side.
"""
from __future__ import annotations

from decimal import Decimal

from opop_desktop.core.tabulation import CriterionSpec, EntrantInput, SheetInput, TabulationInput

WEIGHTS = [("PSR", 20), ("PTN", 20), ("PRF", 15), ("INV", 15), ("UNK", 10), ("KUA", 10), ("SDM", 10)]
RUBRIC = tuple(CriterionSpec(c, Decimal(w)) for c, w in WEIGHTS)


def vals(rest, **over) -> dict[str, Decimal]:
    """All criteria ``rest`` except the named ones."""
    return {c: Decimal(str(over.get(c, rest))) for c, _ in WEIGHTS}


# District 32.04.10, start-up (quota 2, threshold 60):
#   E: PSR 9.5 PTN 8.5 rest 9   → (190+170+135+135+270)/10 = 90.00 (3 jurors)
#   B: PSR 7   PTN 8   rest 7.5 → (140+160+112.5+112.5+225)/10 = 75.00, PTN mean 8
#   A: PSR 8   PTN 7   rest 7.5 → 75.00 too, PTN mean 7 → B before A on the first tie-break
#   V: absent (its 95s must not count)
# Expected: E 1 selected, B 2 selected, A 3 out (quota); cusp inside [E, B], outside [A].
# District 32.04.10, scale-up (quota 1): F and G identical 70.00 → "1=" shared across the
#   quota line → both "plenary", group marked for the plenary.
#   F/G: PSR 7.5 PTN 6.5 rest 7 → (150+130+105+105+210)/10 = 70.00
# District 32.04.11, start-up (quota 2): H 80, I 79, C = D 65 (full tie below the line), X 55.
#   H: PSR 8.5 PTN 7.5 rest 8 → (170+150+120+120+240)/10 = 80.00
#   I: as H but UNK 7 → 79.00
#   C/D: PSR 7 PTN 6 rest 6.5 → (140+120+97.5+97.5+195)/10 = 65.00
#   X: rest 5.5 → 55.00 (below the threshold 60)
#   Expected ranks 1, 2, 3=, 3=, 5; H and I selected.
# District 32.04.11, scale-up: W: J1 locked 80, J2 verified 70, J3 paper entered_once 10
#   (not counted), J4 draft 100 (not counted) → mean 75.00, rank 1 selected.
# District 32.04.12, start-up, panel P2 of five jurors:
#   T: flat 6, 7, 7.5, 8, 10 → totals 60, 70, 75, 80, 100
#      mean 77.00; trimmed (70+75+80)/3 = 75.00; median 75.00; J5's 100 is 25 from the
#      median → juror_far; J1's 60 is exactly 15 away → no flag (limit is "more than 15").
#   U: five jurors all 76 (PSR 8 PTN 7 rest 7.6... see below) → 76.00 under every aggregate.
#      U: PSR 8 PTN 7.2 rest 7.6 → (160+144+114+114+228)/10 = 76.00
#   mean: T 1, U 2; trimmed: U 1, T 2; median: U 1, T 2.

P1_JURORS = ("J1", "J2", "J3")
P2_JURORS = ("J1b", "J2b", "J3b", "J4b", "J5b")

ENTRANTS = [
    # id, name, track, district, attendance
    ("A", "Pesantren Al-Amin", "start-up", "32.04.10", "present"),
    ("B", "Pesantren Baitul Hikmah", "start-up", "32.04.10", "present"),
    ("E", "Pesantren Enjang", "start-up", "32.04.10", "present"),
    ("V", "Pesantren Vila", "start-up", "32.04.10", "absent"),
    ("F", "Pesantren Fathul", "scale-up", "32.04.10", "present"),
    ("G", "Pesantren Ghazali", "scale-up", "32.04.10", "present"),
    ("H", "Pesantren Hidayah", "start-up", "32.04.11", "present"),
    ("I", "Pesantren Ihya", "start-up", "32.04.11", "present"),
    ("C", "Pesantren Cahaya", "start-up", "32.04.11", "present"),
    ("D", "Pesantren Darussalam", "start-up", "32.04.11", "present"),
    ("X", "Pesantren Xaverius", "start-up", "32.04.11", "present"),
    ("W", "Pesantren Wali", "scale-up", "32.04.11", "present"),
    ("T", "Pesantren Tarbiyah", "start-up", "32.04.12", "present"),
    ("U", "Pesantren Ulul Albab", "start-up", "32.04.12", None),
]

PANEL_VALUES = {
    "E": vals(9, PSR=9.5, PTN=8.5),
    "B": vals(7.5, PSR=7, PTN=8),
    "A": vals(7.5, PSR=8, PTN=7),
    "V": vals(9.5),
    "F": vals(7, PSR=7.5, PTN=6.5),
    "G": vals(7, PSR=7.5, PTN=6.5),
    "H": vals(8, PSR=8.5, PTN=7.5),
    "I": vals(8, PSR=8.5, PTN=7.5, UNK=7),
    "C": vals(6.5, PSR=7, PTN=6),
    "D": vals(6.5, PSR=7, PTN=6),
    "X": vals(5.5),
}

# (sheet id, pesantren, juror, panel, status, source, values)
SHEETS: list[tuple] = []
for pid, values in PANEL_VALUES.items():
    for j in P1_JURORS:
        SHEETS.append((f"s-{pid}-{j}", pid, j, "P1", "locked", "laptop", values))
SHEETS += [
    ("s-W-J1", "W", "J1", "P1", "locked", "laptop", vals(8)),
    ("s-W-J2", "W", "J2", "P1", "verified", "paper", vals(7)),
    ("s-W-J3", "W", "J3", "P1", "entered_once", "paper", vals(1)),
    ("s-W-J4", "W", "J4", "P1", "draft", "laptop", vals(10)),
]
for j, v in zip(P2_JURORS, (6, 7, 7.5, 8, 10)):
    SHEETS.append((f"s-T-{j}", "T", j, "P2", "locked", "laptop", vals(v)))
for j in P2_JURORS:
    SHEETS.append((f"s-U-{j}", "U", j, "P2", "verified", "laptop", vals(7.6, PSR=8, PTN=7.2)))

EXPECTED_MEAN = {
    # pesantren: (group, track, rank label, score, outcome)
    "E": ("32.04.10", "start-up", "1", "90.00", "selected"),
    "B": ("32.04.10", "start-up", "2", "75.00", "selected"),
    "A": ("32.04.10", "start-up", "3", "75.00", "not_selected"),
    "F": ("32.04.10", "scale-up", "1=", "70.00", "plenary"),
    "G": ("32.04.10", "scale-up", "1=", "70.00", "plenary"),
    "H": ("32.04.11", "start-up", "1", "80.00", "selected"),
    "I": ("32.04.11", "start-up", "2", "79.00", "selected"),
    "C": ("32.04.11", "start-up", "3=", "65.00", "not_selected"),
    "D": ("32.04.11", "start-up", "3=", "65.00", "not_selected"),
    "X": ("32.04.11", "start-up", "5", "55.00", "not_selected"),
    "W": ("32.04.11", "scale-up", "1", "75.00", "selected"),
    "T": ("32.04.12", "start-up", "1", "77.00", "selected"),
    "U": ("32.04.12", "start-up", "2", "76.00", "selected"),
}
QUOTA = {"start-up": 2, "scale-up": 1}
THRESHOLD = Decimal(60)


def golden_input() -> TabulationInput:
    entrants = [EntrantInput(pesantren_id=p, name=n, track=t, district_code=d,
                             regency_code="32.04", district_name=f"Kec {d[-2:]}",
                             nspp=f"5102320400{i:02d}", attendance=a)
                for i, (p, n, t, d, a) in enumerate(ENTRANTS)]
    sheets = [SheetInput(sheet_id=s, pesantren_id=p, juror_id=j, panel_id=pn, rubric_id="R",
                         status=st, source=src, values=v, juror_name=f"Juri {j}")
              for s, p, j, pn, st, src, v in SHEETS]
    return TabulationInput(entrants=entrants, sheets=sheets, rubrics={"R": RUBRIC})


def seed_golden(session, stage_number: int = 1) -> dict:
    """Write the golden dataset into a real database (current programme year, one venue with
    panels P1 and P2 in Kabupaten Bandung). Returns {"venue": id, "stage": id, "pesantren":
    {letter: id}, "sheets": {sheet name: id}, "jurors": {name: id}}."""
    from opop_desktop.core.models import (
        Attendance, Juror, Panel, PanelJuror, PanelSlot, Pesantren, Rubric, ScoreEntry, ScoreSheet,
        Venue,
    )
    from opop_desktop.core.services.programme import current_programme, stage_by_number
    from sqlalchemy import select

    prog = current_programme(session)
    stage = stage_by_number(session, stage_number)
    stage.group_by, stage.quota_start_up, stage.quota_scale_up = "district", 2, 1
    stage.pass_threshold, stage.aggregate = THRESHOLD, "mean"
    rubric = session.scalars(select(Rubric).where(Rubric.stage_id == stage.id)).first()
    venue = Venue(stage_id=stage.id, name="Aula Soreang", regency_codes="32.04")
    session.add(venue)
    session.flush()
    panels = {name: Panel(venue_id=venue.id, name=name, sort_order=i) for i, name in enumerate(["P1", "P2"])}
    session.add_all(panels.values())
    jurors = {j: Juror(name=f"Juri {j}") for j in P1_JURORS + ("J4",) + P2_JURORS}
    session.add_all(jurors.values())
    session.flush()
    for j in P1_JURORS + ("J4",):
        session.add(PanelJuror(panel_id=panels["P1"].id, juror_id=jurors[j].id))
    for j in P2_JURORS:
        session.add(PanelJuror(panel_id=panels["P2"].id, juror_id=jurors[j].id))
    pes = {}
    for i, (p, name, track, district, att) in enumerate(ENTRANTS):
        row = Pesantren(programme_year_id=prog.id, reg_number=f"REG-{p}", nspp=f"51023204{i:04d}",
                        name=name, name_key=name.lower(), district_code=district,
                        regency_code="32.04", track=track, status=f"invited_{stage_number}")
        session.add(row)
        session.flush()
        pes[p] = row.id
        panel = "P2" if p in ("T", "U") else "P1"
        session.add(PanelSlot(panel_id=panels[panel].id, pesantren_id=row.id, position=i))
        if att:
            session.add(Attendance(stage_id=stage.id, pesantren_id=row.id, venue_id=venue.id, status=att))
    sheet_ids = {}
    for sid, p, j, panel, status, source, values in SHEETS:
        sh = ScoreSheet(stage_id=stage.id, panel_id=panels[panel].id, juror_id=jurors[j].id,
                        pesantren_id=pes[p], rubric_id=rubric.id, source=source, status=status)
        session.add(sh)
        session.flush()
        sheet_ids[sid] = sh.id
        for code, v in values.items():
            session.add(ScoreEntry(sheet_id=sh.id, criterion_code=code, value=v))
    session.flush()
    return {"venue": venue.id, "stage": stage.id, "pesantren": pes, "sheets": sheet_ids,
            "jurors": {k: v.id for k, v in jurors.items()}, "panels": {k: v.id for k, v in panels.items()}}
