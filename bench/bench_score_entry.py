"""Audition day speed: one committed transaction per score cell, the juror grid, the progress
board and the demo audition day at province scale.

Baselines measured in the same run:
- cell: a bare sqlite3 INSERT + COMMIT of one row on the same file with the same pragmas (WAL,
  synchronous=FULL) — the least a durable cell can cost. Ratio = set_score per cell / baseline.
- demo: the registrant generator for the same 1,500 pesantren. Ratio = venue day / registrants.

    .venv/bin/python bench/bench_score_entry.py [--cells 200]
"""
from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._table import row  # noqa: E402


def _bare_commit_ms(path: Path, n: int) -> float:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE IF NOT EXISTS bench_cell (id INTEGER PRIMARY KEY, v TEXT)")
    times = []
    for i in range(n):
        t = time.perf_counter()
        con.execute("BEGIN")
        con.execute("INSERT INTO bench_cell (v) VALUES (?)", (str(i),))
        con.execute("COMMIT")
        times.append(time.perf_counter() - t)
    con.close()
    return statistics.median(times) * 1000


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cells", type=int, default=200)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="opop-bench-"))
    os.environ["OPOP_DATA_DIR"] = str(tmp)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from audition_day import CODES, build_day

    from opop_desktop.core.db import open_database
    from opop_desktop.core.demo import registrants as demo_registrants
    from opop_desktop.core.demo.venue_day import generate_venue_day
    from opop_desktop.core.services import audit, progress, scoring
    from opop_desktop.core.services.programme import create_programme_year
    from opop_desktop.core.services.scoring import SheetKey

    db_path = tmp / "cells.sqlite3"
    db = open_database(str(db_path))
    day = build_day(db, n_pesantren=30, n_jurors=1)
    juror = day.juror_user(0)
    times = []
    n = 0
    while n < args.cells:
        for pid in day.pesantren:
            for code in CODES:
                n += 1
                text = str(1 + (n % 19) * 0.5).replace(".", ",")
                t = time.perf_counter()
                with db.session() as s:
                    scoring.set_score(s, juror, SheetKey(day.stage_id, day.panel_id, day.jurors[0], pid),
                                      code, text)
                times.append(time.perf_counter() - t)
                if n >= args.cells:
                    break
            if n >= args.cells:
                break
    cell_ms = statistics.median(times) * 1000
    base_ms = _bare_commit_ms(tmp / "bare.sqlite3", args.cells)
    t = time.perf_counter()
    with db.session() as s:
        grid = scoring.juror_grid(s, juror, day.panel_id, day.jurors[0])
    grid_ms = (time.perf_counter() - t) * 1000
    with db.session() as s:
        for i in range(2000):
            audit.record(s, actor="bench", action="bench.entry", entity="t", entity_id=str(i), new={"i": i})
    t = time.perf_counter()
    with db.session() as s:
        verified = audit.verify(s)
    verify_s = time.perf_counter() - t
    db.dispose()
    print(f"audit verify: {verified.checked} entries in {verify_s * 1000:.0f} ms "
          f"({verify_s / verified.checked * 1e6:.0f} µs per entry), ok={verified.ok}")
    print(f"score cell (set_score + audit, own transaction): median {cell_ms:.1f} ms "
          f"over {len(times)} cells; "
          f"bare sqlite3 insert+commit {base_ms:.1f} ms; ratio {cell_ms / base_ms:.1f}×")
    row("score-cell", cell_ms, base_ms, unit="ms", note=f"median of {len(times)} cells")
    print(f"juror grid, {len(grid.rows)} pesantren × {len(CODES)} criteria: {grid_ms:.0f} ms")

    big = open_database(str(tmp / "province.sqlite3"))
    with big.session() as s:
        info = create_programme_year(s, 2019)
        t = time.perf_counter()
        demo_registrants.generate_registrants(s, random.Random(1), info, scale="province")
        reg_s = time.perf_counter() - t
        t = time.perf_counter()
        summary = generate_venue_day(s, random.Random(2), info)
        day_s = time.perf_counter() - t
    with big.session() as s:
        venue_id = s.execute(__import__("sqlalchemy").text("SELECT id FROM venue LIMIT 1")).scalar()
        t = time.perf_counter()
        board = progress.venue_progress(s, venue_id)
        board_ms = (time.perf_counter() - t) * 1000
    big.dispose()
    sheets = summary.sheets_locked + summary.sheets_paper
    print(f"demo venue day, province: {summary.venues} venues, {summary.panels} panels, "
          f"{summary.jurors} jurors, {sheets} sheets ({sheets * len(CODES)} score entries) in {day_s:.1f} s; "
          f"registrants {reg_s:.1f} s; "
          f"ratio {day_s / reg_s:.1f}×")
    jurors = sum(len(p.jurors) for p in board.panels)
    print(f"progress board of one venue ({jurors} jurors): {board_ms:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
