"""`opop scores import` of one file of 315k score rows (9,000 pesantren × 5 jurors × 7 criteria)
into a stage whose pesantren, panels and jurors exist, in one transaction.

Floors, measured in the same run:
- ``executemany``: a fresh sqlite3 connection (WAL, synchronous=FULL, one transaction) inserting
  the same 45,000 sheets and 315,000 score rows into a copy of the same database;
- for the .xlsx file also reading it: openpyxl read-only load + iterate of the same file.
Ratio = import / (executemany [+ read]), in CPU seconds (the table's row; on a shared machine
the wall clock mostly measures the others) and in wall clock. Peak memory (max RSS) of the
import and of the bare read, each in its own process, and of the import of the 52k-row file
beside the 315k one (memory flat). Then the top of a cProfile profile (CPU time) of the import of
the small file.

    python bench/bench_score_import.py            # 9,000 pesantren: .csv and .xlsx
    python bench/bench_score_import.py --small    # 1,500 pesantren
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._table import row  # noqa: E402
from bench.support.province import score_file, working_copy  # noqa: E402

PEAK = r'''
def peak_mb():
    """This process's own peak RSS (VmHWM; ru_maxrss would carry the parent's over exec)."""
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
'''

IMPORT = PEAK + r'''
import json, os, sys, time, cProfile, pstats, io
sys.path.insert(0, sys.argv[4])
from opop_desktop.core.services.accounts import SYSTEM_ACTOR
from opop_desktop.core.db import open_database
from opop_desktop.core.excel.score_import import import_scores
db = open_database(sys.argv[1])
prof = cProfile.Profile(time.process_time) if sys.argv[3] == "profile" else None
t, c = time.perf_counter(), time.process_time()
with db.session() as s:
    if prof: prof.enable()
    report = import_scores(s, sys.argv[2], actor=SYSTEM_ACTOR)
    if prof: prof.disable()
elapsed, cpu = time.perf_counter() - t, time.process_time() - c
db.dispose()
out = io.StringIO()
if prof:
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(15)
print(json.dumps({"s": elapsed, "cpu": cpu, "rss_mb": peak_mb(),
                  "created": report.sheets_created, "rejected": len(report.rejected), "profile": out.getvalue()}))
'''

READ = PEAK + r'''
import json, sys, time
import openpyxl
t, c = time.perf_counter(), time.process_time()
wb = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
n = sum(1 for ws in wb.worksheets for _ in ws.iter_rows(values_only=True))
wb.close()
print(json.dumps({"s": time.perf_counter() - t, "cpu": time.process_time() - c, "rows": n,
                  "rss_mb": peak_mb()}))
'''

FLOOR = r'''
import json, sqlite3, sys, time, uuid, datetime
src, target = sys.argv[1], sys.argv[2]
con = sqlite3.connect(src)
sheets, entries = [], []
for row in con.execute("SELECT id, panel_id, juror_id, pesantren_id FROM score_sheet"):
    sheets.append(row)
for row in con.execute("SELECT sheet_id, criterion_code, value FROM score_entry WHERE supersedes_id IS NULL"):
    entries.append(row)
con.close()
con = sqlite3.connect(target)
stage = con.execute("SELECT r.stage_id, r.id FROM rubric r JOIN stage s ON s.id = r.stage_id "
                    "JOIN programme_year p ON p.id = s.programme_year_id WHERE s.number = 1 "
                    "ORDER BY p.year DESC, r.version DESC LIMIT 1").fetchone()
con.close()
now = datetime.datetime.utcnow().isoformat(" ")
new_id = {sid: str(uuid.uuid4()) for sid, *_ in sheets}  # fresh random ids, as any importer makes
sheet_rows = [(new_id[sid], stage[0], panel, juror, pes, stage[1], "import", "verified", "", now, "bench", "dev", "dev",
               i, now, now) for i, (sid, panel, juror, pes) in enumerate(sheets)]
entry_rows = [(str(uuid.uuid4()), new_id[sid], code, value, "import", "bench", "", None, None, "dev", "dev", i, now, now)
              for i, (sid, code, value) in enumerate(entries)]
t, c = time.perf_counter(), time.process_time()
con = sqlite3.connect(target, isolation_level=None)
con.execute("PRAGMA journal_mode=WAL"); con.execute("PRAGMA synchronous=FULL"); con.execute("PRAGMA foreign_keys=ON")
con.execute("BEGIN")
con.executemany("INSERT INTO score_sheet (id, stage_id, panel_id, juror_id, pesantren_id, rubric_id, source, status, "
                "comment, locked_at, locked_by, origin_device, modified_device, device_seq, created_at, updated_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", sheet_rows)
con.executemany("INSERT INTO score_entry (id, sheet_id, criterion_code, value, kind, entered_by, reason, supersedes_id, "
                "merges_id, origin_device, modified_device, device_seq, created_at, updated_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", entry_rows)
con.execute("COMMIT")
con.close()
print(json.dumps({"s": time.perf_counter() - t, "cpu": time.process_time() - c, "sheets": len(sheet_rows),
                  "entries": len(entry_rows)}))
'''


def child(code: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)))
    if out.returncode:
        raise SystemExit(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", action="store_true", help="1,500 pesantren (52k rows) only")
    args = ap.parse_args()
    n = 1500 if args.small else 9000
    with tempfile.TemporaryDirectory(prefix="opop-bench-scores-") as tmp:
        tmp = Path(tmp)
        os.environ["OPOP_DATA_DIR"] = str(tmp / "data")
        t = time.perf_counter()
        files = {kind: score_file(n, kind) for kind in ("csv", "xlsx")}
        print(f"files ready in {time.perf_counter() - t:.1f} s (cached after the first run)")
        scored = working_copy(n, tmp / "src", scored=True) if (tmp / "src").mkdir() is None else None
        floor_db = working_copy(n, tmp / "floor", scored=False) if (tmp / "floor").mkdir() is None else None
        floor = child(FLOOR, str(scored), str(floor_db))
        print(f"floor executemany: {floor['sheets']:,} sheets + {floor['entries']:,} score rows in {floor['s']:.2f} s, "
              f"{floor['cpu']:.2f} CPU-s")
        for kind, path in files.items():
            target = working_copy(n, tmp / kind, scored=False) if (tmp / kind).mkdir() is None else None
            got = child(IMPORT, str(target), str(path), "plain", str(ROOT))
            base, base_cpu = floor["s"], floor["cpu"]
            line = (f"import .{kind}: {got['created']:,} sheets in {got['s']:.2f} s ({got['cpu']:.2f} CPU-s), max RSS "
                    f"{got['rss_mb']:.0f} MB; rejected {got['rejected']}")
            if kind == "xlsx":
                read = child(READ, str(path))
                base, base_cpu = base + read["s"], base_cpu + read["cpu"]
                line += (f"\n  openpyxl read-only read of the same file: {read['s']:.2f} s ({read['cpu']:.2f} CPU-s), "
                         f"max RSS {read['rss_mb']:.0f} MB")
            print(line)
            print(f"  floor {base:.2f} s, {base_cpu:.2f} CPU-s; ratio {got['s'] / base:.2f}x wall clock, "
                  f"{got['cpu'] / base_cpu:.2f}x CPU")
            if kind == "csv":
                csv_run = (got, base, base_cpu)
        if n > 1500:  # memory flat: the same import of the 52k-row file, for its peak beside this one's
            (tmp / "flat").mkdir()
            small_got = child(IMPORT, str(working_copy(1500, tmp / "flat", scored=False)),
                              str(score_file(1500, "csv")), "plain", str(ROOT))
            print(f"import .csv of the 1,500-pesantren file (52,500 rows): max RSS {small_got['rss_mb']:.0f} MB "
                  f"against {csv_run[0]['rss_mb']:.0f} MB for {floor['entries']:,} rows")
        got, base, base_cpu = csv_run
        flat = f"; max RSS {small_got['rss_mb']:.0f} MB at 52,500 rows" if n > 1500 else ""
        row("scores-import", got["cpu"], base_cpu,
            note=f"CPU seconds; {floor['entries']:,} score rows (.csv), max RSS {got['rss_mb']:.0f} MB{flat}; wall clock "
                 f"{got['s']:.1f} s against {base:.1f} s")
        small = working_copy(1500, tmp / "prof", scored=False) if (tmp / "prof").mkdir() is None else None
        prof = child(IMPORT, str(small), str(score_file(1500, "csv")), "profile", str(ROOT))
        print("\nprofile of the import of the 1,500-pesantren .csv (top 15 by own time):")
        print(prof["profile"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
