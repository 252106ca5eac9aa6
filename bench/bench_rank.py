"""`opop rank --stage 1` on a province of 9,000 pesantren (315k score rows), and how its cost
grows from 1,500 to 9,000.

Floor, measured in the same run on the same file: the same weighted means and sort in plain
floats from rows read with ``sqlite3`` (one joined SELECT of the score rows, weighted sheet
totals, mean per pesantren, one sort per kecamatan and track). Two comparisons:

- in process: ``rank(session, 1)`` against the floor function (best of 3 each), and the same
  stage ranked as one province-wide group;
- as a coordinator runs it: ``opop --db F rank --stage 1 --json`` against a fresh ``python``
  running the floor, both as subprocesses, wall time (best of 3).

Then the top of a cProfile profile of ``rank(session, 1)`` at the largest size.

    python bench/bench_rank.py            # 1,500, 3,000 and 9,000 pesantren
    python bench/bench_rank.py --small    # 1,500 only
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench._table import row  # noqa: E402
from bench.support.province import working_copy  # noqa: E402

FLOOR = r'''
import sqlite3, sys
from collections import defaultdict

def floor(path):
    con = sqlite3.connect(path)
    stage = con.execute("SELECT s.id FROM stage s JOIN programme_year p ON p.id = s.programme_year_id "
                        "WHERE s.number = 1 ORDER BY p.year DESC LIMIT 1").fetchone()[0]
    weights = dict(con.execute("SELECT c.code, c.weight FROM criterion c JOIN rubric r ON r.id = c.rubric_id "
                               "WHERE r.stage_id = ?", (stage,)).fetchall())
    weights = {k: float(v) for k, v in weights.items()}
    totals = defaultdict(float)
    for pesantren, juror, code, value in con.execute(
            "SELECT s.pesantren_id, s.juror_id, e.criterion_code, e.value FROM score_entry e "
            "JOIN score_sheet s ON s.id = e.sheet_id WHERE s.stage_id = ?", (stage,)):
        totals[(pesantren, juror)] += weights[code] * float(value) / 10
    per = defaultdict(list)
    for (pesantren, _juror), t in totals.items():
        per[pesantren].append(t)
    groups = defaultdict(list)
    for pid, district, track in con.execute("SELECT id, district_code, track FROM pesantren"):
        ts = per.get(pid)
        if ts:
            groups[(district, track)].append((-sum(ts) / len(ts), pid))
    con.close()
    return sum(len(sorted(g)) for g in groups.values())

if __name__ == "__main__":
    print(floor(sys.argv[1]))
'''


def best_of(fn, n: int = 3) -> float:
    best = float("inf")
    for _ in range(n):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def run(argv: list[str], env: dict) -> None:
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)


def measure(n: int, tmp: Path, python: str, opop: list[str], profile: bool) -> dict:
    db_file = working_copy(n, tmp)
    floor_py = tmp / "floor.py"
    floor_py.write_text(FLOOR)
    namespace: dict = {}
    exec(compile(FLOOR, str(floor_py), "exec"), namespace)

    from opop_desktop.core.db import open_database
    from opop_desktop.core.services.results import rank

    db = open_database(str(db_file))
    with db.session() as s:
        result = rank(s, 1)
        t_rank = best_of(lambda: rank(s, 1))
        t_province = best_of(lambda: rank(s, 1, group="province"))
        t_floor = best_of(lambda: namespace["floor"](str(db_file)))
        prof_text = ""
        if profile:
            prof = cProfile.Profile()
            prof.enable()
            rank(s, 1)
            prof.disable()
            out = io.StringIO()
            pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(15)
            prof_text = out.getvalue()
    db.dispose()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    t_cli = best_of(lambda: run([*opop, "--db", str(db_file), "--json", "rank", "--stage", "1"], env))
    t_cli_floor = best_of(lambda: run([python, str(floor_py), str(db_file)], env))
    return dict(n=n, ranked=len(result.rows), rank=t_rank, province=t_province, floor=t_floor, cli=t_cli, cli_floor=t_cli_floor,
                profile=prof_text)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", action="store_true", help="1,500 pesantren only (quick run)")
    args = ap.parse_args()
    sizes = [1500] if args.small else [1500, 3000, 9000]
    python = sys.executable
    opop = [python, "-m", "opop_desktop"]
    results = []
    with tempfile.TemporaryDirectory(prefix="opop-bench-rank-") as tmp:
        os.environ["OPOP_DATA_DIR"] = str(Path(tmp) / "data")
        for n in sizes:
            results.append(measure(n, Path(tmp), python, opop, profile=(n == sizes[-1])))
    print("pesantren  ranked  rank()    floor     ratio | opop rank  fresh floor  ratio")
    for r in results:
        print(f"{r['n']:>9,}  {r['ranked']:>6,}  {r['rank'] * 1000:6.0f} ms {r['floor'] * 1000:6.0f} ms "
              f"{r['rank'] / r['floor']:5.2f}x | {r['cli'] * 1000:6.0f} ms  {r['cli_floor'] * 1000:6.0f} ms   "
              f"{r['cli'] / r['cli_floor']:5.2f}x")
    for r in results:
        print(f"{r['n']:>9,} pesantren ranked as one province group (--group province): {r['province'] * 1000:.0f} ms "
              f"({r['province'] / r['floor']:.2f}x the floor)")
    last = results[-1]
    row("rank", last["cli"], last["cli_floor"], note=f"{last['n']:,} pesantren, fresh processes; rank() "
        f"{last['rank'] / last['floor']:.2f}× its in-process floor")
    if len(results) > 1:
        a, b = results[0], results[-1]
        grow = b["n"] / a["n"]
        print(f"growth {a['n']:,} → {b['n']:,} pesantren ({grow:.1f}× the data): rank() {b['rank'] / a['rank']:.1f}×, "
              f"floor {b['floor'] / a['floor']:.1f}×, opop rank {b['cli'] / a['cli']:.1f}×")
    print(f"\nprofile of rank(session, 1), {results[-1]['n']:,} pesantren (top 15 by own time):")
    print(results[-1]["profile"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
