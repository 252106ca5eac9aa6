"""Demo audition day for stage 1: venues, panels, jurors, accounts, conflicts, attendance and
locked score sheets (a few paper sheets verified by blind double entry). One juror of the first
panel has not scored yet, so there is an empty sheet to try the grid on.

Fast at province scale (~1,500 pesantren × 5 jurors × 7 criteria): ids are assigned up front,
objects are added in bulk and flushed once per venue; secrets are hashed once and shared (demo
accounts only: every juror's PIN is ``DEMO_PIN``; officers and the coordinator use
``DEMO_PASSWORD``; no admin is made — that stays the user's own first account).
Scores: pesantren quality + juror severity + criterion noise, on the rubric's step, so rankings
and variance flags have something real to work on.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Callable

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from .. import security
from ..models import (
    Attendance, ConflictOfInterest, DeviceCounter, Juror, Panel, PanelJuror, PanelSlot, PaperEntry, Pesantren,
    ScoreEntry,
    ScoreSheet, UserAccount, Venue, new_uuid,
)
from ..regions import gazetteer
from ..services import audit, funnel_status
from ..services.programme import ProgrammeInfo
from ..services.rubric import active_rubric
from . import names as N

Progress = Callable[[int, int, str], None]

DEMO_PIN = "123456"
DEMO_PASSWORD = "opop2019"
ABSENT_SHARE = 0.04
LATE_SHARE = 0.03
PAPER_SHARE = 0.02
PANEL_SIZE = 25  # pesantren one panel hears in a day
JUROR_COUNTS = [3, 4, 5, 5, 5, 5, 5, 6, 7]
INSTITUTIONS = {
    "academic": ["Universitas Padjadjaran", "Institut Teknologi Bandung", "UIN Sunan Gunung Djati",
                 "Universitas Siliwangi", "Universitas Garut", "IPB University"],
    "business": ["Bank bjb", "Kadin Jawa Barat", "HIPMI Jawa Barat", "Asosiasi UMKM Jabar"],
    "community": ["Rabithah Ma'ahid Islamiyah", "PW Nahdlatul Ulama", "PW Muhammadiyah",
                  "Forum Pesantren Jabar"],
    "government": ["Dinas KUK Jawa Barat", "Diskumdag Kabupaten", "Kanwil Kemenag Jawa Barat",
                   "Bappeda Jabar"],
    "media": ["Pikiran Rakyat", "Tribun Jabar", "TVRI Jawa Barat", "Radio Republik Indonesia"],
}
VENUE_PLACES = ["Aula Pendopo", "Hotel Santika", "Gedung Dakwah", "Aula Kantor Kemenag", "Hotel Horison",
                "Gedung Serbaguna", "Aula Islamic Center"]


@dataclass
class DemoAccount:
    username: str
    role: str  # coordinator | officer | juror
    secret: str  # the password, or the juror's PIN
    note: str = ""


@dataclass
class VenueDaySummary:
    venues: int = 0
    panels: int = 0
    jurors: int = 0
    present: int = 0
    absent: int = 0
    sheets_locked: int = 0
    sheets_paper: int = 0
    conflicts: int = 0
    empty_juror: str = ""  # username of the juror whose sheets are still empty
    accounts: list[DemoAccount] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _person(rng: random.Random) -> str:
    title = rng.choice(["Dr.", "Prof. Dr.", "Ir.", "H.", "Hj.", "", "", ""])
    name = f"{rng.choice(N.LEADER_FIRST)} {rng.choice(N.LEADER_LAST)}"
    degree = rng.choice([", M.Si.", ", S.E.", ", M.M.", ", S.T.", ", M.Ag.", "", ""])
    return f"{title} {name}{degree}".strip()


def _snap(value: float, lo: Decimal, hi: Decimal, step: Decimal) -> Decimal:
    v = Decimal(str(round(value / float(step)))) * step
    return min(hi, max(lo, v))


def _venue_groups(rng: random.Random, by_regency: dict[str, list[Pesantren]]) -> list[list[str]]:
    """One venue per kab/kota, except one venue that serves the two smallest together."""
    codes = sorted(by_regency, key=lambda c: (len(by_regency[c]), c))
    if len(codes) >= 2:
        groups = [[codes[0], codes[1]]] + [[c] for c in codes[2:]]
    else:
        groups = [[c] for c in codes]
    return sorted(groups, key=lambda g: g[0])


def generate_venue_day(session: Session, rng: random.Random, programme_info: ProgrammeInfo,
                       progress: Progress | None = None) -> VenueDaySummary:
    stage_id = programme_info.stage_ids[1]
    rubric = active_rubric(session, stage_id)
    g = gazetteer()
    summary = VenueDaySummary()
    invited = session.scalars(select(Pesantren).where(
        Pesantren.programme_year_id == programme_info.id,
        Pesantren.status.in_(("admin_passed", "invited_1"))).order_by(Pesantren.reg_number)).all()
    by_regency: dict[str, list[Pesantren]] = {}
    for p in invited:
        by_regency.setdefault(p.regency_code, []).append(p)
    pin_hash = security.hash_secret(DEMO_PIN)
    pw_hash = security.hash_secret(DEMO_PASSWORD)
    # No admin here: the first admin is the person's own (first-start wizard / `opop users add`).
    session.add(UserAccount(username="koordinator", full_name="Koordinator (contoh)", role="coordinator",
                            password_hash=pw_hash, pin_hash=pin_hash))
    summary.accounts.append(DemoAccount("koordinator", "coordinator", DEMO_PASSWORD))
    groups = _venue_groups(rng, by_regency)
    now = datetime.now(timezone.utc)
    day0 = date(programme_info.year, 8, 5)
    juror_no = 0
    for vn, codes in enumerate(groups, start=1):
        if progress:
            progress(vn - 1, len(groups), f"Membuat hari audisi {g.regency_name(codes[0])}…")
        people = [p for c in codes for p in by_regency[c]]
        rng.shuffle(people)
        city = " & ".join(g.regencies[c].short_name for c in codes)
        venue = Venue(id=new_uuid(), stage_id=stage_id, name=f"{rng.choice(VENUE_PLACES)} {city}",
                      address=f"{rng.choice(N.STREETS)} {rng.choice(N.NAME_CORES)} "
                              f"No. {rng.randint(1, 200)}, {city}",
                      event_date=day0 + timedelta(days=vn // 3), regency_codes=",".join(codes))
        session.add(venue)
        session.add(UserAccount(username=f"petugas-{vn}", full_name=f"Petugas {city}", role="officer",
                                password_hash=pw_hash, regency_code=codes[0]))
        summary.accounts.append(DemoAccount(f"petugas-{vn}", "officer", DEMO_PASSWORD, f"Petugas {city}"))
        summary.venues += 1
        n_panels = max(1, -(-len(people) // PANEL_SIZE))
        for pn in range(n_panels):
            members = people[pn::n_panels]
            panel = Panel(id=new_uuid(), venue_id=venue.id, name=f"Ruang {pn + 1}", sort_order=pn + 1)
            session.add(panel)
            summary.panels += 1
            jurors = []
            for _ in range(rng.choice(JUROR_COUNTS)):
                juror_no += 1
                element = rng.choice(list(INSTITUTIONS))
                j = Juror(id=new_uuid(), name=_person(rng), institution=rng.choice(INSTITUTIONS[element]),
                          element=element, phone=f"08{rng.randint(1000000000, 9999999999)}",
                          regency_code=codes[0])
                jurors.append((j, rng.gauss(0, 0.6), f"juri-{juror_no}"))
                session.add(j)
                session.add(UserAccount(username=f"juri-{juror_no}", full_name=j.name, role="juror",
                                        pin_hash=pin_hash,
                                        juror_id=j.id, regency_code=codes[0]))
                summary.jurors += 1
                summary.accounts.append(DemoAccount(f"juri-{juror_no}", "juror", DEMO_PIN, panel.name))
            session.flush()  # parents first: the rows below only carry foreign-key columns
            start = datetime.combine(venue.event_date, time(1, 0), tzinfo=timezone.utc)  # 08:00 WIB
            present = []
            for pos, p in enumerate(members, start=1):
                slot_time = start + timedelta(minutes=15 * (pos - 1))
                session.add(PanelSlot(panel_id=panel.id, pesantren_id=p.id, position=pos,
                                      time_slot=(slot_time + timedelta(hours=7)).strftime("%H:%M")))
                if rng.random() < ABSENT_SHARE:
                    session.add(Attendance(stage_id=stage_id, pesantren_id=p.id, venue_id=venue.id,
                                           status="absent",
                                           checked_at=slot_time, officer=f"petugas-{vn}"))
                    summary.absent += 1
                    continue
                late = rng.random() < LATE_SHARE
                session.add(Attendance(stage_id=stage_id, pesantren_id=p.id, venue_id=venue.id,
                                       status="present",
                                       rep1_name=f"{rng.choice(N.LEADER_FIRST)} {rng.choice(N.LEADER_LAST)}",
                                       rep2_name=f"{rng.choice(N.LEADER_FIRST)} {rng.choice(N.LEADER_LAST)}",
                                       checked_at=slot_time - timedelta(
                                           minutes=rng.randint(-20, 50) if late else 40),
                                       officer=f"petugas-{vn}", late=late))
                summary.present += 1
                present.append((p, rng.gauss(6.6, 1.1), slot_time))
            entries: list[tuple[type, dict]] = []
            warnings = _conflicts(session, rng, jurors, members, people, summary)
            for j, bias, username in jurors:
                session.add(PanelJuror(panel_id=panel.id, juror_id=j.id, warning=warnings.get(j.id, "")))
                if not summary.empty_juror:
                    summary.empty_juror = username  # has not scored yet: an empty sheet to try
                    continue
                for p, quality, slot_time in present:
                    entries += _sheet(session, rng, rubric, stage_id, panel.id, j, username, p,
                                      quality + bias, slot_time, vn,
                           summary)
            session.flush()
            _bulk_insert(session, entries)  # after their sheets exist
        session.flush()
        audit.record(session, actor="sistem", action="demo.venue_day", entity="venue", entity_id=venue.id,
                     new={"name": venue.name, "regency_codes": codes, "pesantren": len(people)})
    if summary.empty_juror:
        empty = next(a for a in summary.accounts if a.username == summary.empty_juror)
        empty.note = f"{empty.note}; lembar masih kosong"
        summary.notes.append(f"Juri {summary.empty_juror} belum menilai: lembarnya kosong untuk dicoba.")
    session.flush()
    funnel_status.recompute(session)
    if progress:
        progress(len(groups), len(groups), "Hari audisi contoh selesai.")
    return summary


def _conflicts(session, rng, jurors, members, people, summary) -> dict[str, str]:
    """Now and then: a soft conflict inside the panel (accepted, warned) and a hard one with a
    pesantren the juror does not hear (so the assignment stands)."""
    member_ids = {p.id for p in members}
    others = [p for p in people if p.id not in member_ids]
    warnings: dict[str, str] = {}
    for j, _, _ in jurors:
        roll = rng.random()
        if roll < 0.06 and members:
            p = rng.choice(members)
            kind = rng.choice(["alumnus", "same_yayasan"])
            session.add(ConflictOfInterest(juror_id=j.id, pesantren_id=p.id, kind=kind, severity="soft",
                                           note="dicatat saat penugasan"))
            warnings[j.id] = f"Konflik kepentingan ringan: juri {j.name} — pesantren {p.name}, {kind}."
            summary.conflicts += 1
        elif roll < 0.12 and others:
            p = rng.choice(others)
            kind = rng.choice(["family", "business_partner"])
            session.add(ConflictOfInterest(juror_id=j.id, pesantren_id=p.id, kind=kind, severity="hard"))
            summary.conflicts += 1
    return warnings


def _sheet(session, rng, rubric, stage_id, panel_id, juror, username, p, level, slot_time, vn,
           summary) -> list[tuple[type, dict]]:
    """One locked laptop sheet (or, now and then, a verified paper sheet); returns its score rows."""
    paper = rng.random() < PAPER_SHARE
    sheet = ScoreSheet(id=new_uuid(), stage_id=stage_id, panel_id=panel_id, juror_id=juror.id,
                       pesantren_id=p.id,
                       rubric_id=rubric.id, source="paper" if paper else "laptop",
                       status="verified" if paper else "locked", locked_at=slot_time + timedelta(minutes=14),
                       locked_by=f"petugas-{vn}" if paper else username)
    session.add(sheet)
    values = {c.code: _snap(level + rng.gauss(0, 0.7), c.min_score, c.max_score, c.step)
              for c in rubric.criteria}
    kind = "paper" if paper else "entry"
    entries: list[tuple[type, dict]] = []
    for c in rubric.criteria:
        entries.append((ScoreEntry, dict(sheet_id=sheet.id, criterion_code=c.code, value=values[c.code],
                                         kind=kind,
                                         entered_by=f"petugas-{vn}" if paper else username, reason="",
                                         supersedes_id=None)))
    if paper:
        payload = json.dumps({k: format(v.normalize(), "f") for k, v in values.items()}, sort_keys=True)
        entries.append((PaperEntry, dict(sheet_id=sheet.id, entry_no=1, entered_by=f"petugas-{vn}",
                                         values_json=payload, comment="")))
        entries.append((PaperEntry, dict(sheet_id=sheet.id, entry_no=2, entered_by="koordinator",
                                         values_json=payload, comment="")))
        summary.sheets_paper += 1
    else:
        summary.sheets_locked += 1
    return entries


def _bulk_insert(session: Session, rows: list[tuple[type, dict]]) -> None:
    """Core executemany for the tens of thousands of score rows (the ORM would take seconds),
    stamped like core/db.py does: this device, a reserved range of its gap-free sequence."""
    if not rows:
        return
    device = session.info.get("device_id") or ""
    seq = 0
    if device:
        table = DeviceCounter.__table__
        session.execute(update(table).where(table.c.device_id == device)
                        .values(last_seq=table.c.last_seq + len(rows)))
        last = session.execute(select(table.c.last_seq).where(table.c.device_id == device)).scalar_one()
        seq = last - len(rows)
    now = datetime.now(timezone.utc)
    by_model: dict[type, list[dict]] = {}
    for model, values in rows:
        seq += 1 if device else 0
        by_model.setdefault(model, []).append({**values, "id": new_uuid(), "origin_device": device,
                                               "modified_device": device, "device_seq": seq,
                                               "created_at": now, "updated_at": now})
    for model, values in by_model.items():
        session.execute(insert(model.__table__), values)
