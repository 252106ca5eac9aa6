"""1,300 filled score sheets in one PDF, side by side with a bare reportlab canvas.

Data: 260 pesantren in 10 panels of 5 jurors (1,300 sheets), every sheet scored on the 7
criteria of the default rubric, in a temporary SQLite file.

Floor measured in the same run: a bare reportlab canvas writing the same number of comparable
pages: the letterhead (emblem, two lines, rule), about 25 identity fields, a 7-row criteria table
with its ruling and texts, a comment box and one QR code (the same encoder as the sheets), in the
same embedded DejaVu fonts; no platypus layout, no database. The ratio says what the layout, the
data and the joining of parts cost on top.

The table row compares CPU seconds (the sheets' own and their worker processes'), because the
machine is shared and the wall clock mostly measures the others; wall-clock seconds, which the
worker processes shorten on an idle machine, are printed beside them.

    .venv/bin/python bench/bench_pdf.py [--sheets 1300] [--paper A4] [--workers N]
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def build_database(path: str, sheets: int) -> None:
    from opop_desktop.core.db import open_database
    from opop_desktop.core.models import (
        Criterion, Juror, Panel, PanelJuror, PanelSlot, Pesantren, Rubric, ScoreEntry, ScoreSheet, Venue,
    )
    from opop_desktop.core.services.programme import create_programme_year

    jurors_per_panel, per_panel = 5, 26
    panels = max(1, sheets // (jurors_per_panel * per_panel))
    db = open_database(path)
    with db.session() as s:
        prog = create_programme_year(s, 2019)
        stage_id = prog.stage_ids[1]
        rubric = s.query(Rubric).filter_by(stage_id=stage_id).one()
        criteria = s.query(Criterion).filter_by(rubric_id=rubric.id).order_by(Criterion.sort_order).all()
        venue = Venue(stage_id=stage_id, name="Gedung Serbaguna", event_date=date(2019, 9, 3),
                      regency_codes="32.04")
        s.add(venue)
        s.flush()
        n = 0
        for pn in range(panels):
            panel = Panel(venue_id=venue.id, name=f"Ruang {pn + 1}", sort_order=pn)
            s.add(panel)
            s.flush()
            jurors = [Juror(name=f"Juri {pn + 1}.{j + 1} Nama Lengkap Bergelar, M.Si.") for j in range(jurors_per_panel)]
            s.add_all(jurors)
            s.flush()
            s.add_all([PanelJuror(panel_id=panel.id, juror_id=j.id) for j in jurors])
            for i in range(per_panel):
                n += 1
                p = Pesantren(programme_year_id=prog.id, reg_number=f"OPOP-2019-{n:05d}", nspp=f"51003204{n:04d}",
                              name=f"Pondok Pesantren Al-Contoh Nomor {n} Darussalam", name_key=f"contoh {n}",
                              district_code="32.04.01", regency_code="32.04", product="Keripik", track="start-up")
                s.add(p)
                s.flush()
                s.add(PanelSlot(panel_id=panel.id, pesantren_id=p.id, position=i + 1))
                for j in jurors:
                    sheet = ScoreSheet(stage_id=stage_id, panel_id=panel.id, juror_id=j.id, pesantren_id=p.id,
                                       rubric_id=rubric.id, status="locked", comment="Produk menarik.")
                    s.add(sheet)
                    s.flush()
                    s.add_all([ScoreEntry(sheet_id=sheet.id, criterion_code=c.code,
                                          value=Decimal(5 + (n + k) % 5)) for k, c in enumerate(criteria)])
    db.dispose()


def baseline(out: str, pages: int, paper: str) -> tuple[float, float]:
    """Bare canvas: the same page count, each a letterhead, fields, a 7-row table, a comment box, a QR code."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    from opop_desktop.core.pdf.layout import FONT, FONT_BOLD, GREEN, emblem_path, paper_size, register_fonts
    from opop_desktop.core.pdf.qr import qr_rows

    register_fonts()
    w, h = paper_size(paper)
    emblem = str(emblem_path())
    t0, c0 = time.perf_counter(), time.process_time()
    c = canvas.Canvas(out, pagesize=(w, h), initialFontName=FONT)
    for n in range(pages):
        top = h - 15 * mm
        c.drawImage(emblem, 15 * mm, top - 13 * mm, 13 * mm, 13 * mm, mask="auto")
        c.setFont(FONT_BOLD, 10.5)
        c.setFillColor(GREEN)
        c.drawString(31 * mm, top - 5 * mm, "One Pesantren One Product — OPOP 2019")
        c.setFont(FONT, 8)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(31 * mm, top - 9.5 * mm, "Dinas Koperasi dan Usaha Kecil Provinsi Jawa Barat")
        c.line(15 * mm, top - 15 * mm, w - 15 * mm, top - 15 * mm)
        c.setFont(FONT_BOLD, 13)
        c.drawCentredString(w / 2, top - 25 * mm, "LEMBAR PENILAIAN")
        y = top - 38 * mm
        for field in range(12):  # identity block: label and value
            c.setFont(FONT_BOLD, 8.5)
            c.drawString(15 * mm + (field % 2) * 75 * mm, y, f"Label {field}")
            c.setFont(FONT, 8.5)
            c.drawString(40 * mm + (field % 2) * 75 * mm, y, f"Pondok Pesantren Al-Contoh {n} — {field}")
            y -= 5 * mm if field % 2 else 0
        y -= 6 * mm
        for r in range(8):  # criteria table: 7 rows and the total
            c.rect(15 * mm, y - 12 * mm, w - 30 * mm, 12 * mm)
            for x in (25, 145, 160, 178, 200):
                c.line(x * mm, y, x * mm, y - 12 * mm)
            c.setFont(FONT_BOLD, 8.5)
            c.drawString(27 * mm, y - 4 * mm, f"K{r} — Kriteria penilaian nomor {r}")
            c.setFont(FONT, 6.8)
            c.drawString(27 * mm, y - 8 * mm, "1–3: kurang · 4–6: cukup · 7–8: baik · 9–10: sangat baik")
            c.setFont(FONT, 8.5)
            for x, text in ((18, str(r + 1)), (150, "20"), (165, "1–10"), (185, str(5 + n % 5)), (202, "12,00")):
                c.drawString(x * mm, y - 6 * mm, text)
            y -= 12 * mm
        c.rect(15 * mm, y - 28 * mm, w - 30 * mm, 22 * mm)
        c.drawString(17 * mm, y - 10 * mm, "Catatan juri (kekuatan, saran perbaikan): Produk menarik.")
        c.drawCentredString(w - 50 * mm, y - 40 * mm, f"( Juri {n % 5} Nama Lengkap Bergelar, M.Si. )")
        c.drawRightString(w - 15 * mm, 9 * mm, f"Halaman {n + 1} dari {pages}")
        rows = qr_rows(f"OPOP1|S=stage|P=panel|J=juror-{n}|T=pesantren-{n}|V=1")
        unit = 24 * mm / (len(rows) + 4)
        path = c.beginPath()
        for r, line in enumerate(rows):  # runs of dark modules, one rectangle each, as on the sheets
            for run in re.finditer("1+", line):
                path.rect(w - 39 * mm + (run.start() + 2) * unit, top - 20 * mm - (r + 2) * unit,
                          (run.end() - run.start()) * unit, unit)
        c.drawPath(path, stroke=0, fill=1)
        c.showPage()
    c.save()
    return time.perf_counter() - t0, time.process_time() - c0


def children_cpu() -> float:
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> int:
    from _table import row

    ap = argparse.ArgumentParser()
    ap.add_argument("--sheets", type=int, default=1300)
    ap.add_argument("--paper", default="A4")
    ap.add_argument("--workers", type=int, default=None, help="processes (default: one per processor)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["OPOP_DATA_DIR"] = tmp
        dbfile = os.path.join(tmp, "bench.sqlite3")
        t0 = time.perf_counter()
        build_database(dbfile, args.sheets)
        print(f"data: {time.perf_counter() - t0:.1f} s to create {args.sheets} scored sheets")

        from opop_desktop.core.db import open_database
        from opop_desktop.core.pdf.data import Scope
        from opop_desktop.core.pdf.score_sheets import score_sheets_pdf

        db = open_database(dbfile)
        calls = []
        with db.session() as s:
            t0, c0 = time.perf_counter(), children_cpu()
            res = score_sheets_pdf(s, os.path.join(tmp, "sheets.pdf"), Scope(stage_number=1), paper=args.paper,
                                   progress=lambda d, t, _x: calls.append(d), workers=args.workers)
            wall, cpu = time.perf_counter() - t0, children_cpu() - c0
        db.dispose()
        size_mb = os.path.getsize(res.path) / 1e6
        base, base_cpu = baseline(os.path.join(tmp, "baseline.pdf"), res.pages, args.paper)
        print(f"score sheets: {res.documents} sheets, {res.pages} pages, {size_mb:.1f} MB in {wall:.1f} s wall, "
              f"{cpu:.1f} s CPU incl. worker processes ({os.cpu_count()} processors, {len(calls)} progress calls)")
        print(f"floor (bare canvas, same pages: letterhead, fields, 7-row table, QR): {base:.1f} s wall, "
              f"{base_cpu:.1f} s CPU")
        print(f"ratio score sheets / floor: {wall / base:.1f}x wall, {cpu / base_cpu:.1f}x CPU (aim <= 2x, < 15 s)")
        row("pdf", cpu, base_cpu, note=f"CPU seconds, workers included; wall clock {wall:.1f} s against "
                                       f"{base:.1f} s; {res.pages} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
