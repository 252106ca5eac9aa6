"""Audited writes against a large audit log: they must not slow down as the log grows.

The same work is timed on two copies of the same database, one with an empty audit log and one
with 50,000 entries on this laptop's chain:
- a score cell through ``scoring.set_score`` in its own transaction (median and p99);
- a score import of 500 sheets (3,500 rows, one transaction).
Floor, measured in the same run: a bare sqlite3 INSERT + COMMIT of one row with the same pragmas
(WAL, synchronous=FULL). Also the chain-head query at 50,000 entries with its query plan, audit
verification per entry, and the top of a cProfile profile of the cells on the large log.

    python bench/bench_audit_log.py            # 50,000 entries, 200 cells
    python bench/bench_audit_log.py --small    # 5,000 entries, 60 cells
"""
from __future__ import annotations

import argparse
import cProfile
import csv
import io
import os
import pstats
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bench._table import row  # noqa: E402
from bench.support.province import stage_database, working_copy  # noqa: E402


def bare_commit_ms(path: Path, n: int) -> list[float]:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE IF NOT EXISTS bench_cell (id INTEGER PRIMARY KEY, v TEXT)")
    out = []
    for i in range(n):
        t = time.perf_counter()
        con.execute("BEGIN")
        con.execute("INSERT INTO bench_cell (v) VALUES (?)", (str(i),))
        con.execute("COMMIT")
        out.append((time.perf_counter() - t) * 1000)
    con.close()
    return out


def grow_log(db, entries: int) -> None:
    from opop_desktop.core.services import audit

    with db.session() as s:
        for start in range(0, entries, 5000):
            audit.record_many(s, "bench", [audit.Change("bench.entry", "bench", str(i), new={"i": i})
                                           for i in range(start, min(entries, start + 5000))])
    # Fold the big write-ahead log into the file now, so the timed work does not pay for it.
    con = sqlite3.connect(db.url.split("///")[1])
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def cells(db, day, n: int, profile: cProfile.Profile | None = None) -> list[float]:
    from audition_day import CODES
    from opop_desktop.core.services import scoring
    from opop_desktop.core.services.scoring import SheetKey

    out = []
    for k in range(n):
        pid = day.pesantren[(k // len(CODES)) % len(day.pesantren)]
        key = SheetKey(day.stage_id, day.panel_id, day.jurors[0], pid)
        t = time.perf_counter()
        if profile:
            profile.enable()
        with db.session() as s:
            scoring.set_score(s, day.juror_user(0), key, CODES[k % len(CODES)], str(1 + k % 19 * 0.5))
        if profile:
            profile.disable()
        out.append((time.perf_counter() - t) * 1000)
    return out


def import_file(folder: Path, sheets: int) -> Path:
    """The first ``sheets`` sheets of the 1,500-pesantren stage as a long .csv."""
    con = sqlite3.connect(stage_database(1500))
    rows = con.execute(
        "SELECT p.nspp, j.name, e.criterion_code, e.value FROM score_entry e JOIN score_sheet s ON s.id = e.sheet_id "
        "JOIN pesantren p ON p.id = s.pesantren_id JOIN juror j ON j.id = s.juror_id "
        "WHERE e.supersedes_id IS NULL AND s.id IN (SELECT id FROM score_sheet ORDER BY id LIMIT ?)", (sheets,)).fetchall()
    con.close()
    path = folder / f"nilai-{sheets}.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["nspp", "juror", "criterion", "score"])
        w.writerows(rows)
    return path


def p99(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.99) - 1)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", action="store_true", help="5,000 entries, 60 cells (quick run)")
    args = ap.parse_args()
    entries, n_cells = (5000, 60) if args.small else (50000, 200)
    tmp = Path(tempfile.mkdtemp(prefix="opop-bench-audit-"))
    os.environ["OPOP_DATA_DIR"] = str(tmp / "data")
    from audition_day import build_day
    from opop_desktop.core.db import open_database
    from opop_desktop.core.excel.score_import import import_scores
    from opop_desktop.core.services.accounts import SYSTEM_ACTOR
    from opop_desktop.core.services import audit

    results = {}
    prof = cProfile.Profile()
    for label, size in (("empty log", 0), (f"{entries:,} entries", entries)):
        db = open_database(str(tmp / f"cells-{size}.sqlite3"))
        day = build_day(db, n_pesantren=30, n_jurors=1)
        t = time.perf_counter()
        grow_log(db, size)
        grown = time.perf_counter() - t
        cell_ms = cells(db, day, n_cells)
        if size:
            cells(db, day, n_cells, prof)  # profiled separately: the profiler's own cost stays out of the times
        head_ms = plan = ""
        if size:
            con = sqlite3.connect(db.url.split("///")[1])
            q = "SELECT chain_index, hash FROM audit_entry WHERE origin_device = ? ORDER BY chain_index DESC LIMIT 1"
            t = time.perf_counter()
            for _ in range(100):
                con.execute(q, (db.device_id,)).fetchone()
            head_ms = (time.perf_counter() - t) * 10
            plan = " / ".join(r[3] for r in con.execute("EXPLAIN QUERY PLAN " + q, (db.device_id,)))
            con.close()
            t = time.perf_counter()
            with db.session() as s:
                checked = audit.verify(s)
            verify_us = (time.perf_counter() - t) / checked.checked * 1e6
        db.dispose()

        target = working_copy(1500, (tmp / f"imp-{size}").resolve(), scored=False) \
            if (tmp / f"imp-{size}").mkdir() is None else None
        idb = open_database(str(target))
        grow_log(idb, size)
        path = import_file(tmp, 500)
        t = time.perf_counter()
        with idb.session() as s:
            report = import_scores(idb_session := s, path, actor=SYSTEM_ACTOR)  # noqa: F841
        import_s = time.perf_counter() - t
        idb.dispose()
        results[label] = dict(cells=cell_ms, grown=grown, head_ms=head_ms, plan=plan, import_s=import_s,
                              created=report.sheets_created)
        if size:
            results[label]["verify_us"] = verify_us
    floor = bare_commit_ms(tmp / "bare.sqlite3", n_cells)
    f_med = statistics.median(floor)
    print(f"floor: bare sqlite3 INSERT + COMMIT (WAL, synchronous=FULL): median {f_med:.2f} ms, p99 {p99(floor):.2f} ms")
    for label, r in results.items():
        med = statistics.median(r["cells"])
        print(f"{label:>16}: cell median {med:.2f} ms ({med / f_med:.1f}x floor), p99 {p99(r['cells']):.2f} ms; "
              f"500-sheet import {r['import_s']:.2f} s ({r['created']} sheets)")
    small, big = results["empty log"], results[f"{entries:,} entries"]
    print(f"growth empty → {entries:,}: cell median {statistics.median(big['cells']) / statistics.median(small['cells']):.2f}x, "
          f"import {big['import_s'] / small['import_s']:.2f}x")
    row("audit-log", statistics.median(big["cells"]), statistics.median(small["cells"]), unit="ms",
        note=f"{entries:,} entries, {n_cells} cells; 500-sheet import {big['import_s'] / small['import_s']:.2f}× "
             f"the empty log's; bare commit {f_med:.2f} ms")
    print(f"chain head at {entries:,} entries: {big['head_ms']:.3f} ms ({big['plan']}); "
          f"log written in {big['grown']:.1f} s; verify {big['verify_us']:.0f} µs per entry")
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(15)
    print(f"\nprofile of {n_cells} cells on the {entries:,}-entry log (top 15 by own time):")
    print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
