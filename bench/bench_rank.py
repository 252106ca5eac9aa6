"""`opop rank --stage 1` on a province of 9,000 pesantren (315k score rows), and how its cost
grows from 1,500 to 9,000.

Floor, measured in the same run on the same file: the same weighted means and sort in plain
floats from rows read with ``sqlite3`` (one joined SELECT of the current score rows, weighted
sheet totals, mean per pesantren, one sort per kecamatan and track). It is checked to give every
pesantren the mean ``rank`` gives (to 1e-9): a floor that also summed the 2% of corrected cells'
earlier versions would be cheaper, and wrong. The floor reads its own copy of the file, indexed
as suits it best: the command reads each sheet's values through an index on (sheet_id,
criterion_code, value), which makes the floor's join dearer (it gets the entries in code order
and still reads each one's id from the table, 0.4 G instructions more), so in the floor's copy
that index is the plain sheet_id index it replaced. Both copies are VACUUMed. Two comparisons:

- as a coordinator runs it: ``opop --db F --json rank --stage 1`` against a fresh ``python``
  running the floor, both whole processes run in turn (a b a b …); CPU seconds (user + system),
  because on a shared machine the wall clock mostly measures the others. Min, median and max of
  each, and of the pairwise ratios (the table's row: median against median, pairwise in its note).
- in process: ``rank(connection, 1)`` on a read-only sqlite3 connection (what the command
  runs) against the floor function, best of 3 CPU seconds each.

Before timing, the command's JSON is checked to be exactly what ``rank`` through a SQLAlchemy
Session gives. ``OPOP_BENCH_PROFILE=1`` prints the top of a cProfile profile of the whole
command (start-up, imports, reading, tabulation, output) at the largest size.

    python bench/bench_rank.py            # 1,500 and 9,000 pesantren
    python bench/bench_rank.py --small    # 1,500 only
"""
from __future__ import annotations

import argparse
import os
import pstats
import resource
import shutil
import sqlite3
import statistics
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

# Current entries only: a corrected cell's earlier version (superseded) and the versions a sync
# merge replaced are not part of any mean, as in rank().
CURRENT = ("e.id NOT IN (SELECT supersedes_id FROM score_entry WHERE supersedes_id IS NOT NULL "
           "UNION ALL SELECT merges_id FROM score_entry WHERE merges_id IS NOT NULL)")


def floor(path):
    """pesantren → mean of its jurors' weighted totals, every (kecamatan, track) sorted by it."""
    con = sqlite3.connect(path)
    stage = con.execute("SELECT s.id FROM stage s JOIN programme_year p ON p.id = s.programme_year_id "
                        "WHERE s.number = 1 ORDER BY p.year DESC LIMIT 1").fetchone()[0]
    weights = dict(con.execute("SELECT c.code, c.weight FROM criterion c JOIN rubric r ON r.id = c.rubric_id "
                               "WHERE r.stage_id = ?", (stage,)).fetchall())
    weights = {k: float(v) for k, v in weights.items()}
    totals = defaultdict(float)
    for pesantren, juror, code, value in con.execute(
            "SELECT s.pesantren_id, s.juror_id, e.criterion_code, e.value FROM score_entry e "
            "JOIN score_sheet s ON s.id = e.sheet_id WHERE s.stage_id = ? AND " + CURRENT, (stage,)):
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
    return {pid: -mean for g in groups.values() for mean, pid in sorted(g)}


if __name__ == "__main__":
    print(len(floor(sys.argv[1])))
'''


def cpu_best_of(fn, n: int = 3) -> float:
    best = float("inf")
    for _ in range(n):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


def child_cpu(argv: list[str], env: dict) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def spread(values: list[float]) -> tuple[float, float, float]:
    return min(values), statistics.median(values), max(values)


def check_identical(db_file: Path, opop: list[str], env: dict) -> None:
    """The command's JSON (sqlite3 reader) is exactly rank() through a Session, row for row."""
    from opop_desktop.cli.context import to_json
    from opop_desktop.core.db import open_database
    from opop_desktop.core.services.results import rank, row_dict

    db = open_database(str(db_file))
    with db.session() as s:
        reference = to_json([row_dict(r) for r in rank(s, 1).rows])
    db.dispose()
    got = subprocess.run([*opop, "--db", str(db_file), "--json", "rank", "--stage", "1"], check=True,
                         capture_output=True, text=True, env=env).stdout
    if got != reference + "\n":
        raise SystemExit("opop rank --json differs from rank() through a Session")


def check_same_means(result, floor_means: dict) -> None:
    """The floor computes what rank() computes: the same pesantren, each with the same mean (as
    a float, to 1e-9)."""
    ours = {r.pesantren_id: float(r.score_exact) for r in result.rows}
    if set(ours) != set(floor_means) or any(abs(ours[p] - floor_means[p]) > 1e-9 for p in ours):
        raise SystemExit("the floor's means differ from rank()'s")


def floor_copy(db_file: Path) -> Path:
    """A copy of the file with the plain sheet_id index in place of the covering one (the
    floor's cheapest), both files VACUUMed."""
    path = db_file.with_name(f"floor-{db_file.name}")
    shutil.copyfile(db_file, path)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("DROP INDEX ix_score_entry_sheet_values")
    con.execute("CREATE INDEX ix_score_entry_sheet_id ON score_entry (sheet_id)")
    con.close()
    for f in (db_file, path):
        con = sqlite3.connect(f, isolation_level=None)
        con.execute("VACUUM")
        con.close()
    return path


def measure(n: int, tmp: Path, python: str, opop: list[str], runs: int, profile: bool) -> dict:
    db_file = working_copy(n, tmp)
    floor_db = floor_copy(db_file)
    floor_py = tmp / "floor.py"
    floor_py.write_text(FLOOR)
    namespace: dict = {}
    exec(compile(FLOOR, str(floor_py), "exec"), namespace)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    check_identical(db_file, opop, env)

    from opop_desktop.core.services.results import rank

    conn = sqlite3.connect(f"{db_file.as_uri()}?mode=ro", uri=True)
    ranked = len(rank(conn, 1).rows)
    check_same_means(rank(conn, 1), namespace["floor"](str(floor_db)))
    t_rank = cpu_best_of(lambda: rank(conn, 1))
    t_floor = cpu_best_of(lambda: namespace["floor"](str(floor_db)))
    conn.close()

    cli = [*opop, "--db", str(db_file), "--json", "rank", "--stage", "1"]
    fresh_floor = [python, str(floor_py), str(floor_db)]
    child_cpu(cli, env), child_cpu(fresh_floor, env)  # warm-up: file cache, .pyc
    pairs = [(child_cpu(cli, env), child_cpu(fresh_floor, env)) for _ in range(runs)]
    prof_text = ""
    if profile:
        out = tmp / "rank.prof"
        subprocess.run([python, "-m", "cProfile", "-o", str(out), "-m", "opop_desktop", *cli[len(opop):]],
                       check=True, stdout=subprocess.DEVNULL, env=env)
        for order in ("cumulative", "tottime"):
            text = _stats_text(out, order)
            prof_text += f"--- sorted by {order} ---\n{text}\n"
    return dict(n=n, ranked=ranked, rank=t_rank, floor=t_floor,
                cli=spread([a for a, _ in pairs]), cli_floor=spread([b for _, b in pairs]),
                ratio=spread([a / b for a, b in pairs]), profile=prof_text)


def _stats_text(path: Path, order: str) -> str:
    import io

    buf = io.StringIO()
    pstats.Stats(str(path), stream=buf).sort_stats(order).print_stats(25)
    return buf.getvalue()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", action="store_true", help="1,500 pesantren only (quick run)")
    ap.add_argument("--runs", type=int, default=7, help="pairs of whole-process runs per size")
    args = ap.parse_args()
    sizes = [1500] if args.small else [1500, 9000]
    python = sys.executable
    # The command runs from its .pyc files, as an installed program does; where
    # PYTHONDONTWRITEBYTECODE is set, every run would otherwise compile each module again.
    subprocess.run([python, "-m", "compileall", "-q", str(ROOT / "opop_desktop")], check=True)
    opop = [python, "-m", "opop_desktop"]
    profile = os.environ.get("OPOP_BENCH_PROFILE") == "1"
    results = []
    with tempfile.TemporaryDirectory(prefix="opop-bench-rank-") as tmp:
        os.environ["OPOP_DATA_DIR"] = str(Path(tmp) / "data")
        for n in sizes:
            results.append(measure(n, Path(tmp), python, opop, args.runs, profile=profile and n == sizes[-1]))
    load = os.getloadavg()[0]
    print(f"CPU seconds; whole processes run in turn, {args.runs} pairs per size; load average {load:.1f} "
          f"on {os.cpu_count()} processors")
    print("pesantren  ranked | opop rank min/median/max   | fresh floor min/median/max | ratio min/median/max "
          "| rank() floor ratio (in process)")
    for r in results:
        c, f, q = r["cli"], r["cli_floor"], r["ratio"]
        print(f"{r['n']:>9,}  {r['ranked']:>6,} | {c[0]:.2f} / {c[1]:.2f} / {c[2]:.2f} s     "
              f"| {f[0]:.2f} / {f[1]:.2f} / {f[2]:.2f} s      | {q[0]:.2f} / {q[1]:.2f} / {q[2]:.2f}x   "
              f"| {r['rank']:.2f} s {r['floor']:.2f} s {r['rank'] / r['floor']:.2f}x")
    last = results[-1]
    row("rank", last["cli"][1], last["cli_floor"][1],
        note=f"{last['n']:,} pesantren, CPU s of whole processes, median of {args.runs} pairs; ratio = median "
             f"of pairwise ratios {last['ratio'][1]:.2f}× (min {last['ratio'][0]:.2f}, max {last['ratio'][2]:.2f}); "
             f"identical JSON to rank() through a Session; the floor on a copy with its cheapest indexes")
    if len(results) > 1:
        a, b = results[0], results[-1]
        print(f"growth {a['n']:,} → {b['n']:,} pesantren ({b['n'] / a['n']:.1f}× the data): "
              f"opop rank {b['cli'][1] / a['cli'][1]:.1f}×, fresh floor {b['cli_floor'][1] / a['cli_floor'][1]:.1f}×, "
              f"rank() {b['rank'] / a['rank']:.1f}×, floor() {b['floor'] / a['floor']:.1f}×")
    if last["profile"]:
        print(f"\nprofile of `opop --json rank --stage 1`, {last['n']:,} pesantren (top 25):")
        print(last["profile"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
