"""1,300 filled score sheets in one PDF: pages per second, and the ratio to a baseline.

Data: 260 pesantren in 10 panels of 5 jurors (1,300 sheets), every sheet scored on the 7
criteria of the default rubric, in a temporary SQLite file.

Times are CPU seconds of this process (the wall clock is printed too; it is noisy when other
work shares the machine). Baseline measured in the same run: a bare reportlab canvas writing the same number of pages,
each with the same amount of text (about 60 strings) in the same embedded DejaVu font and one
QR code, but no platypus layout, no tables, no database. The ratio says what the layout costs.

    .venv/bin/python bench/bench_pdf.py [--sheets 1300] [--paper A4]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


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


def baseline(out: str, pages: int, paper: str) -> float:
    """Bare canvas: same page count, ~60 strings per page in DejaVu, one QR code."""
    from reportlab.pdfgen import canvas

    from opop_desktop.core.pdf.layout import FONT, paper_size, register_fonts
    from opop_desktop.core.pdf.qr import qr_drawing

    register_fonts()
    t0 = time.process_time()
    c = canvas.Canvas(out, pagesize=paper_size(paper), initialFontName=FONT)
    for n in range(pages):
        c.setFont(FONT, 9)
        for line in range(60):
            c.drawString(40, 800 - line * 12, f"Baris {line} halaman {n} — Pondok Pesantren Al-Contoh 7,5")
        q = qr_drawing(f"OPOP1|S=stage|P=panel|J=juror-{n}|T=pesantren-{n}|V=1", 68)
        q.canv = c
        c.saveState()
        c.translate(480, 740)
        q.draw()
        c.restoreState()
        c.showPage()
    c.save()
    return time.process_time() - t0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sheets", type=int, default=1300)
    ap.add_argument("--paper", default="A4")
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
            t0, c0 = time.perf_counter(), time.process_time()
            res = score_sheets_pdf(s, os.path.join(tmp, "sheets.pdf"), Scope(stage_number=1), paper=args.paper,
                                   progress=lambda d, t, _x: calls.append(d))
            wall, elapsed = time.perf_counter() - t0, time.process_time() - c0
        db.dispose()
        size_mb = os.path.getsize(res.path) / 1e6
        base = baseline(os.path.join(tmp, "baseline.pdf"), res.pages, args.paper)
        print(f"score sheets: {res.documents} sheets, {res.pages} pages, {size_mb:.1f} MB in {elapsed:.1f} s CPU "
              f"({wall:.1f} s wall) = {res.pages / elapsed:.0f} pages per CPU-second ({len(calls)} progress calls)")
        print(f"baseline (bare canvas, same pages, text + QR): {base:.1f} s CPU = {res.pages / base:.0f} pages/s")
        print(f"ratio score sheets / baseline (CPU time): {elapsed / base:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
