"""A small audition built straight from the models, shared by the PDF / recap / CLI tests, and
readers of generated PDFs (pypdf)."""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from pypdf import PdfReader

from opop_desktop.core.models import (
    Attendance, Criterion, Juror, Panel, PanelJuror, PanelSlot, Pesantren, Representative, Rubric, ScoreEntry,
    ScoreSheet, Venue,
)

LONG_NAME = ("Pondok Pesantren Terpadu Al-Hikmah Darussalam Miftahul Huda Nurul Falah "
             "Cibeunying Kidul Kabupaten Bandung Barat Sejahtera")


@dataclass
class Audition:
    stage_id: str
    venue_id: str
    panel_ids: list[str]
    juror_ids: list[str]
    juror_names: list[str]
    pesantren: list[Pesantren] = field(default_factory=list)
    sheet_totals: dict = field(default_factory=dict)  # (juror name, pesantren name) -> Decimal


def make_audition(session, programme, *, n_pesantren: int = 5, n_jurors: int = 3, stage_number: int = 2,
                  scored: bool = True, regencies=("32.04", "32.17"), long_name: bool = True) -> Audition:
    stage_id = programme.stage_ids[stage_number]
    venue = Venue(stage_id=stage_id, name="Hotel Horison Bandung", address="Jl. Pelajar Pejuang",
                  event_date=date(2019, 9, 3), regency_codes=",".join(regencies))
    session.add(venue)
    session.flush()
    panel = Panel(venue_id=venue.id, name="Ruang 1", sort_order=1)
    session.add(panel)
    session.flush()
    jurors = [Juror(name=f"Dr. Juri Nomor {i + 1}", institution="ITB") for i in range(n_jurors)]
    session.add_all(jurors)
    session.flush()
    for j in jurors:
        session.add(PanelJuror(panel_id=panel.id, juror_id=j.id))
    rubric = session.query(Rubric).filter_by(stage_id=stage_id).one()
    criteria = session.query(Criterion).filter_by(rubric_id=rubric.id).order_by(Criterion.sort_order).all()
    aud = Audition(stage_id, venue.id, [panel.id], [j.id for j in jurors], [j.name for j in jurors])
    for i in range(n_pesantren):
        name = LONG_NAME if (long_name and i == 0) else f"Pesantren Contoh {i + 1:03d}"
        reg = regencies[i % len(regencies)]
        p = Pesantren(programme_year_id=programme.id, reg_number=f"OPOP-2019-{i + 1:04d}",
                      nspp=f"5100320400{i + 1:02d}", name=name, name_key=name.lower(),
                      district_code=f"{reg}.01", regency_code=reg, product="Kopi luwak",
                      track="scale-up" if i % 2 == 0 else "start-up")
        session.add(p)
        session.flush()
        aud.pesantren.append(p)
        session.add(PanelSlot(panel_id=panel.id, pesantren_id=p.id, position=i + 1, time_slot=f"{9 + i}:00"))
        session.add(Representative(pesantren_id=p.id, stage_id=stage_id, slot=1, name=f"Ustadz Wakil {i + 1}"))
        if i % 2 == 0:
            session.add(Attendance(stage_id=stage_id, pesantren_id=p.id, venue_id=venue.id, status="present",
                                   rep1_name=f"Ustadz Wakil {i + 1}", rep2_name=f"Santri Pendamping {i + 1}"))
        if not scored:
            continue
        for jn, j in enumerate(jurors):
            sheet = ScoreSheet(stage_id=stage_id, panel_id=panel.id, juror_id=j.id, pesantren_id=p.id,
                               rubric_id=rubric.id, status="locked", comment=f"Catatan {jn + 1}-{i + 1}")
            session.add(sheet)
            session.flush()
            total = Decimal(0)
            for k, c in enumerate(criteria):
                value = Decimal(5 + ((i + jn + k) % 5)) + (Decimal("0.5") if (i + k) % 3 == 0 else 0)
                value = min(value, Decimal(10))
                session.add(ScoreEntry(sheet_id=sheet.id, criterion_code=c.code, value=value))
                total += c.weight * value / 10
            aud.sheet_totals[(j.name, p.name)] = total
    session.flush()
    return aud


def read_pdf(path) -> tuple[PdfReader, str]:
    reader = PdfReader(str(path))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return reader, text


def fonts_of(reader: PdfReader) -> dict[str, bool]:
    """BaseFont name → embedded as TrueType (FontFile2) for every font on every page."""
    out: dict[str, bool] = {}
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            desc = font.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in font:
                desc = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            out[str(font["/BaseFont"])] = "/FontFile2" in desc
    return out


def assert_qpdf_ok(path) -> None:
    if shutil.which("qpdf") is None:
        return
    res = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


def page_size(reader: PdfReader, index: int = 0) -> tuple[float, float]:
    box = reader.pages[index].mediabox
    return round(float(box.width), 2), round(float(box.height), 2)
