"""The province merge of 27 kab/kota result bundles with the authority checks on, next to its floor;
at 1,500 pesantren (the demo province) and at 9,000, and how the cost grows between them.

The demo province (`opop demo --scale province`; for 9,000 the same generator with 9,000
registrants) is split by kab/kota; each share is written by its own enrolled kab/kota device (its
rows stamped and its audit chain built by that device, one signed change segment over them),
exactly as a kab/kota laptop exports it. A master with the set-up merges the 27 bundles through
the one import workflow the CLI and the GUI use (verify every file, one backup, one transaction
with a savepoint per file; writer rules, segment signatures, immutability, audit chains all
checked). Floor, measured in the same run: the same rows ``executemany``'d with sqlite3 into the
same schema (WAL, synchronous=FULL, the merge's page cache and in-memory journals, one transaction). Merge and floor run in turn on fresh copies
(``--runs`` pairs); printed: min/median/max of each, the median of the pairwise ratios (wall
clock and CPU), the share of the merge spent in the checks, and with ``OPOP_BENCH_PROFILE=1`` the
profile's top entries (of the first run). The table row (1,500 pesantren) is in CPU seconds.

    .venv/bin/python bench/merge_provenance.py            # 1,500 and 9,000 pesantren
    .venv/bin/python bench/merge_provenance.py --small    # 1,500 only
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import zipfile
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _table import row  # noqa: E402

from opop_desktop.core.db import BULK_CACHE_KIB  # noqa: E402

SIZES = {1500: "province", 9000: "province-9000"}


def build(tmp: Path, pesantren: int) -> SimpleNamespace:
    """The master (set-up merged, every kab/kota trusted), the 27 bundles and the floor's database."""
    from sqlalchemy import select

    from opop_desktop.core.demo import generate_demo, registrants
    from opop_desktop.core.services.audit import entry_hash
    from opop_desktop.core.sync import bundle as fmt
    from opop_desktop.core.sync import keys, segments
    from opop_desktop.core.sync.sandbox import Node
    from opop_desktop.core.sync.tables import DOWN_TABLES, canonical, replicated_tables, row_to_json, version_hash

    scale = SIZES[pesantren]
    registrants.SCALES.setdefault(scale, (None, pesantren))  # the demo generator, more registrants
    t0 = time.perf_counter()
    src = Node(str(tmp / "src.sqlite3"), role="province", name="Provinsi")
    with src.db.session() as s:
        generate_demo(s, scale=scale, seed=1)
    print(f"demo province of {pesantren:,} pesantren generated in {time.perf_counter() - t0:.1f} s")
    rows: dict[str, list[dict]] = {}
    with src.db.session() as s:
        for t in replicated_tables():
            rows[t.name] = [row_to_json(t, r) for r in s.execute(select(t))]
    reg_of_pes = {p["id"]: p["regency_code"] for p in rows["pesantren"]}
    reg_of_sheet = {sh["id"]: reg_of_pes[sh["pesantren_id"]] for sh in rows["score_sheet"]}
    up_tables = [t.name for t in replicated_tables() if t.name not in DOWN_TABLES]
    codes = sorted(set(reg_of_pes.values()))
    share: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for name in up_tables:
        for i, r in enumerate(rows[name]):
            reg = reg_of_pes.get(r.get("pesantren_id")) or reg_of_sheet.get(r.get("sheet_id")) or codes[i % len(codes)]
            share[reg][name].append(r)

    # Set-up for the master: everything the province wrote, with its own signed segment.
    with src.db.session() as s:
        segments.ensure_own_segment(s, src.device_id)
        prov_segs = segments.for_export(s, {src.device_id: {r["device_seq"] for t in DOWN_TABLES
                                                            for r in rows.get(t, [])}})
        src_dev = keys.ensure_device_keys(s)
    down_names = [t.name for t in replicated_tables() if t.name in DOWN_TABLES]
    members = {f"data/{t}.jsonl": fmt.jsonl_bytes(rows.get(t, [])) for t in down_names}
    members[segments.MEMBER] = prov_segs
    manifest = fmt.new_manifest(kind="down", device=src_dev, schema_version=fmt.current_head(),
                                tables=down_names, counts={}, seq_ranges={})
    setup = fmt.write_bundle(tmp / "setup.opop", manifest, members, device_id=src.device_id)

    # Each kab/kota: its device writes its share (stamps, audit chain) and signs one segment.
    master = Node(str(tmp / "master.sqlite3"), role="province", name="Master")
    master.trust(src)
    assert master.import_(setup).status == "merged"
    bundles, total = [], 0
    for code in codes:
        kab = Node(str(tmp / f"kab-{code}.sqlite3"), role="regency", name=f"Kab {code}", regency=code)
        master.trust(kab)
        data = share[code]
        seq, entries = 0, []
        audit = sorted(data.get("audit_entry", []), key=lambda r: (r["origin_device"], r["chain_index"]))
        prev = ""
        for i, r in enumerate(audit, start=1):
            r.update(origin_device=kab.device_id, chain_index=i, prev_hash=prev)
            r["hash"] = entry_hash(SimpleNamespace(**{**r, "at": datetime.fromisoformat(r["at"])}))
            prev = r["hash"]
        for name in up_tables:
            for r in data.get(name, []):
                seq += 1
                r.update(modified_device=kab.device_id, device_seq=seq)
                if name != "audit_entry":
                    r["origin_device"] = kab.device_id
                entries.append([name, r["id"], seq, version_hash(r)])
                total += 1
        body = canonical({"device": kab.device_id, "lo": 1, "hi": seq, "entries": entries})
        seg = json.dumps({"body": body, "sig": keys.b64(keys.sign(kab.device_id, body.encode()))})
        with kab.db.session() as s:
            dev = keys.ensure_device_keys(s)
        members = {f"data/{t}.jsonl": fmt.jsonl_bytes(data.get(t, [])) for t in up_tables}
        members[segments.MEMBER] = (seg + "\n").encode()
        manifest = fmt.new_manifest(kind="up", device=dev, schema_version=fmt.current_head(), tables=up_tables,
                                    counts={t: len(data.get(t, [])) for t in up_tables},
                                    seq_ranges={kab.device_id: [[1, seq]]})
        bundles.append(fmt.write_bundle(tmp / f"kab-{code}.opop", manifest, members, device_id=kab.device_id))
        kab.close()
    print(f"result rows: {total} in {len(bundles)} kab/kota bundles "
          f"({', '.join(f'{n} {len(rows[n])}' for n in up_tables if rows[n])})")

    floor_template = tmp / "floor.sqlite3"
    with sqlite3.connect(tmp / "master.sqlite3") as a, sqlite3.connect(floor_template) as b:
        a.backup(b)  # same schema and set-up, no results (the master's template too)
    master.close()
    src.close()
    (tmp / "src.sqlite3").unlink()
    return SimpleNamespace(pesantren=pesantren, template=floor_template, bundles=bundles, total=total,
                           up_tables=up_tables, scores=len(rows["score_entry"]))


def fresh_copy(template: Path, path: Path) -> Path:
    for extra in ("", "-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    with sqlite3.connect(template) as a, sqlite3.connect(path) as b:
        a.backup(b)
    return path


def merge_once(w: SimpleNamespace, path: Path, profile: bool) -> dict:
    """The 27 bundles through the import workflow into a fresh copy of the master."""
    from sqlalchemy import func, select

    from opop_desktop.core.db import open_database
    from opop_desktop.core.models import AuditEntry
    from opop_desktop.core.services.accounts import SYSTEM_ACTOR
    from opop_desktop.core.sync import checks, workflow
    from opop_desktop.core.sync.tables import replicated_tables

    db = open_database(str(fresh_copy(w.template, path)))

    def stored() -> int:  # the master's own audit entries (trusting, merging) aside
        with db.session() as s:
            return sum(s.scalar(select(func.count()).select_from(t).where(t.c.origin_device != db.device_id)
                                if t.name == AuditEntry.__tablename__ else select(func.count()).select_from(t))
                       for t in replicated_tables() if t.name in w.up_tables)
    before = stored()
    spent = [0.0]

    def timed(fn):
        def wrapper(*a, **kw):
            t = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                spent[0] += time.perf_counter() - t
        return wrapper

    originals = (checks.BundleCheck.start, checks.BundleCheck.check_rows, checks.BundleCheck.check_losers)
    checks.BundleCheck.start = classmethod(timed(checks.BundleCheck.start.__func__))
    checks.BundleCheck.check_rows = timed(checks.BundleCheck.check_rows)
    checks.BundleCheck.check_losers = timed(checks.BundleCheck.check_losers)
    prof = None
    if profile:
        import cProfile
        prof = cProfile.Profile()
        prof.enable()
    t0, c0 = time.perf_counter(), time.process_time()
    run = workflow.import_files(db, [str(b) for b in w.bundles], actor=SYSTEM_ACTOR)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    if prof is not None:
        import pstats
        prof.disable()
        pstats.Stats(prof).sort_stats(os.environ.get("OPOP_BENCH_PROFILE_SORT", "tottime")).print_stats(
            int(os.environ.get("OPOP_BENCH_PROFILE_TOP", "25")))
    (checks.BundleCheck.start, checks.BundleCheck.check_rows, checks.BundleCheck.check_losers) = originals
    assert len(run.merged) == len(w.bundles), [f.reason for f in run.files if not f.merged]
    assert stored() - before == w.total, (stored() - before, w.total)
    db.dispose()
    return {"wall": wall, "cpu": cpu, "checks": spent[0]}


def floor_once(w: SimpleNamespace, path: Path) -> dict:
    """A fresh connection reading the same members and executemany-ing them, one transaction."""
    con = sqlite3.connect(fresh_copy(w.template, path), isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("PRAGMA synchronous=FULL")
    # The settings the merge runs with (db.py: the batch's page cache, journals in memory): the
    # floor is the least the same work costs, so it gets them too.
    con.execute(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    con.execute("PRAGMA temp_store=MEMORY")
    t0, c0 = time.perf_counter(), time.process_time()
    read_s = 0.0
    con.execute("BEGIN")
    for bundle in w.bundles:  # the same members, read from the same files
        t1 = time.perf_counter()
        with zipfile.ZipFile(bundle) as z:
            data = {name: z.read(f"data/{name}.jsonl") for name in w.up_tables}
        parsed = {name: json.loads(b"[" + b",".join(ln for ln in raw.split(b"\n") if ln) + b"]")
                  for name, raw in data.items()}
        read_s += time.perf_counter() - t1
        for name in w.up_tables:
            rows_in = parsed[name]
            if rows_in:
                cols = sorted(rows_in[0])
                sql = f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
                con.executemany(sql, [tuple(r[c] for c in cols) for r in rows_in])
    con.execute("COMMIT")
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    con.close()
    return {"wall": wall, "cpu": cpu, "read": read_s}


def _mmm(values) -> str:
    return f"{min(values):.2f} / {statistics.median(values):.2f} / {max(values):.2f}"


def measure(tmp: Path, pesantren: int, runs: int) -> dict:
    w = build(tmp, pesantren)
    print(f"{pesantren:,} pesantren: {w.total:,} result rows ({w.scores:,} score rows) in {len(w.bundles)} "
          f"kab/kota bundles; {runs} runs, merge and floor in turn", flush=True)
    merges, floors = [], []
    for i in range(runs):  # in turn, so a drift of the shared machine hits both
        merges.append(merge_once(w, tmp / "merge.sqlite3", profile=i == 0 and bool(os.environ.get("OPOP_BENCH_PROFILE"))))
        floors.append(floor_once(w, tmp / "floor-run.sqlite3"))
    wall = [m["wall"] for m in merges]
    cpu = [m["cpu"] for m in merges]
    f_wall = [f["wall"] for f in floors]
    f_cpu = [f["cpu"] for f in floors]
    r_wall = [m["wall"] / f["wall"] for m, f in zip(merges, floors)]
    r_cpu = [m["cpu"] / f["cpu"] for m, f in zip(merges, floors)]
    checks = statistics.median(m["checks"] / m["wall"] for m in merges)
    print(f"  merge with authority checks, s (min / median / max): wall {_mmm(wall)}, CPU {_mmm(cpu)}")
    print(f"  floor (read the same bundle members, sqlite3 executemany, WAL, synchronous=FULL, same page cache, one transaction), "
          f"s: wall {_mmm(f_wall)}, CPU {_mmm(f_cpu)}; reading {statistics.median(f['read'] for f in floors):.2f}")
    print(f"  ratio merge / floor, pairwise (min / median / max): wall {_mmm(r_wall)}x, CPU {_mmm(r_cpu)}x "
          f"(aim <= 2x)")
    print(f"  checks (writer rules, segment signatures, immutability, audit chains): {100 * checks:.0f}% of the merge")
    return {"n": pesantren, "rows": w.total, "scores": w.scores, "bundles": len(w.bundles),
            "wall": statistics.median(wall), "cpu": statistics.median(cpu), "floor": statistics.median(f_wall),
            "floor_cpu": statistics.median(f_cpu), "ratio": statistics.median(r_wall),
            "ratio_cpu": statistics.median(r_cpu), "checks": checks}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", action="store_true", help="1,500 pesantren only (quick run)")
    ap.add_argument("--runs", type=int, default=3, help="merge/floor pairs per size")
    args = ap.parse_args()
    sizes = [1500] if args.small else [1500, 9000]
    tmp = Path(tempfile.mkdtemp(prefix="opop-bench-prov-"))
    os.environ["OPOP_DATA_DIR"] = str(tmp / "data")
    try:
        results = []
        for n in sizes:
            folder = tmp / str(n)
            folder.mkdir()
            results.append(measure(folder, n, args.runs))
        a = results[0]
        # CPU seconds, like the other rows: on the shared machine the wall clock mostly measures
        # the others (the wall-clock figures and ratios are printed above).
        note = (f"CPU seconds, {a['bundles']} bundles, {a['rows']:,} rows, median of {args.runs} pairs "
                f"(pairwise {a['ratio_cpu']:.2f}x, wall clock {a['ratio']:.2f}x); checks {100 * a['checks']:.0f}%")
        if len(results) > 1:
            b = results[-1]
            line = (f"growth {a['n']:,} → {b['n']:,} pesantren ({b['rows'] / a['rows']:.1f}× the rows): merge "
                    f"{b['wall'] / a['wall']:.1f}× (CPU {b['cpu'] / a['cpu']:.1f}×), floor {b['floor'] / a['floor']:.1f}× "
                    f"(CPU {b['floor_cpu'] / a['floor_cpu']:.1f}×); at {b['n']:,} the merge is {b['ratio']:.2f}× "
                    f"its floor ({b['ratio_cpu']:.2f}× CPU)")
            print(line)
            note += (f"; {b['n']:,} pesantren ({b['scores']:,} score rows): {b['ratio_cpu']:.2f}x CPU, merge "
                     f"grows {b['cpu'] / a['cpu']:.1f}x for {b['rows'] / a['rows']:.1f}x the rows")
        row("merge", a["cpu"], a["floor_cpu"], note=note)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

