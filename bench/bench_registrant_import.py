"""Registrant import speed: a generated 9,000-row workbook into a fresh SQLite file.

Prints rows/s of the import and its ratio to a baseline measured in the same run: reading the
same file with openpyxl in read-only mode, writing nothing; then the top of a cProfile profile
of the import. Run: python bench/bench_registrant_import.py [--small] (--small: 1,500 rows)
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import openpyxl  # noqa: E402

from opop_desktop.core.services.accounts import SYSTEM_ACTOR
from opop_desktop.core.db import open_database  # noqa: E402
from opop_desktop.core.demo import names as N  # noqa: E402
from opop_desktop.core.excel.registrant_import import import_registrants  # noqa: E402
from opop_desktop.core.regions import gazetteer  # noqa: E402
from opop_desktop.core.services.registrants import funnel_counts, list_pesantren  # noqa: E402
from _table import row  # noqa: E402

ROWS = 9000
REGENCY_SPELLINGS = ("{name}", "Kab. {short}", "KAB {short}", "{short}")


def make_workbook(path: Path, rows: int, seed: int = 1) -> None:
    """Messy but valid: title rows, several sheets, variant region spellings, numbers as numbers."""
    rng = random.Random(seed)
    g = gazetteer()
    districts = sorted(g.districts.values(), key=lambda d: d.code)
    wb = openpyxl.Workbook(write_only=True)
    per_sheet = rows // 3
    serial = 0
    for sheet_no in range(3):
        ws = wb.create_sheet(f"Gelombang {sheet_no + 1}")
        ws.append(["REKAPITULASI PENDAFTAR OPOP JAWA BARAT"])
        ws.append([])
        ws.append(["No", "Nama Pondok Pesantren", "NSPP", "Kab/Kota", "Kec.", "Desa/Kelurahan", "Nama Pimpinan",
                   "No. HP/WA", "Produk Unggulan", "Bidang Usaha", "Kategori Usaha", "Tanggal Daftar"])
        for _ in range(per_sheet if sheet_no < 2 else rows - 2 * per_sheet):
            serial += 1
            d = rng.choice(districts)
            r = g.regencies[d.regency_code]
            villages = g.villages_of(d.code) if serial % 4 == 0 else []
            field = rng.choice(sorted(N.PRODUCTS))
            regency_text = rng.choice(REGENCY_SPELLINGS).format(name=r.name, short=r.short_name)
            if r.type == "kota":
                regency_text = r.name
            ws.append([
                serial, f"{rng.choice(N.NAME_PREFIXES)} {rng.choice(N.NAME_CORES)} {serial}",
                510032000000 + serial, regency_text, rng.choice([d.name, f"Kec. {d.name}", d.name.upper()]),
                villages[0].name if villages else None,
                f"KH. {rng.choice(N.LEADER_FIRST)} {rng.choice(N.LEADER_LAST)}",
                rng.choice([f"+62 8{rng.randrange(10**9, 10**10)}", 8_000_000_000 + serial]),
                rng.choice(N.PRODUCTS[field]), field.replace("-", " "),
                rng.choice(["start-up", "Scale Up", "rintisan", "skill up"]),
                f"{rng.randrange(1, 28):02d}/08/2026",
            ])
    wb.save(str(path))


def baseline_read(path: Path) -> int:
    wb = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    n = 0
    for ws in wb.worksheets:
        for _ in ws.iter_rows(values_only=True):
            n += 1
    wb.close()
    return n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", action="store_true", help="1,500 rows (quick run)")
    rows_wanted = 1500 if ap.parse_args().small else ROWS
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        book = tmp / f"pendaftar-{rows_wanted}.xlsx"
        t = time.perf_counter()
        make_workbook(book, rows_wanted)
        print(f"workbook generated: {rows_wanted} rows, {book.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - t:.1f} s")

        t = time.perf_counter()
        baseline_read(book)
        base = time.perf_counter() - t

        db = open_database(str(tmp / "bench.sqlite3"))
        t = time.perf_counter()
        with db.session() as s:
            report = import_registrants(s, book, actor=SYSTEM_ACTOR)
        total = time.perf_counter() - t

        prof_db = open_database(str(tmp / "profile.sqlite3"))
        prof = cProfile.Profile()
        with prof_db.session() as s:
            prof.enable()
            import_registrants(s, book, actor=SYSTEM_ACTOR)
            prof.disable()
        prof_db.dispose()
        prof_text = io.StringIO()
        pstats.Stats(prof, stream=prof_text).sort_stats("tottime").print_stats(15)

        t = time.perf_counter()
        with db.session() as s:
            again = import_registrants(s, book, actor=SYSTEM_ACTOR)
        reimport = time.perf_counter() - t

        t = time.perf_counter()
        with db.session() as s:
            listed = list_pesantren(s)
            funnel = funnel_counts(s)
        listing = time.perf_counter() - t
        db.dispose()

    n = rows_wanted
    assert report.created == n and not report.rejected, (report.created, report.rejected[:3])
    assert again.unchanged == n
    print(f"baseline openpyxl read-only read: {base:.2f} s ({n / base:,.0f} rows/s)")
    print(f"import into fresh SQLite:         {total:.2f} s ({n / total:,.0f} rows/s), "
          f"{total / base:.2f}x the baseline")
    print(f"re-import (all unchanged):        {reimport:.2f} s ({n / reimport:,.0f} rows/s), "
          f"{reimport / base:.2f}x the baseline")
    assert len(listed) == funnel.registered == n
    print(f"list_pesantren + funnel_counts:   {listing:.2f} s for {len(listed)} rows")
    row("registrant-import", total, base, note=f"{n} rows into a fresh SQLite file")
    print("\nprofile of the import into a fresh file (top 15 by own time):")
    print(prof_text.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
