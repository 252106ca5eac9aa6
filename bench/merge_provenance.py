"""The province merge of 27 kab/kota result bundles with the authority checks on, next to its floor;
at 1,500 pesantren (the demo province) and at 9,000, and how the cost grows between them.

The demo province (`opop demo --scale province`; for 9,000 the same generator with 9,000
registrants) is split by kab/kota; each share is written by its own enrolled kab/kota device (its
rows stamped and its audit chain built by that device, one signed change segment over them),
exactly as a kab/kota laptop exports it. A master with the set-up merges the 27 bundles through
the one import workflow the CLI and the GUI use (verify every file, one backup, one transaction
with a savepoint per file; writer rules, segment signatures, immutability, audit chains all
checked). Floor, measured in the same run: the same rows ``executemany``'d with sqlite3 into the
same schema (WAL, synchronous=FULL, the merge's page cache and in-memory journals, one
transaction).

Each merge and each floor runs in its own fresh Python process (`support/merge_child.py`), as
the issue's floor says ("a fresh python"), and in turn (merge, floor, merge, floor …) on fresh
copies of the master, made here before the child starts. The build above leaves this process's
heap large and fragmented, which slowed a merge run in it; a child starts clean, as a
coordinator's command does. Inside the child only the work is timed, CPU (``process_time``) and
wall clock, from just before the merge (the floor's BEGIN) to its end, the COMMIT included;
imports and opening the database come before the timer, on both sides. That timed work is what
the table row and the ratios are. Beside it, the whole child's CPU (user + system, from
``getrusage(RUSAGE_CHILDREN)``, interpreter start-up and imports included) is printed as a
second comparison: the cost as a coordinator's command feels it. The row count of each merged
database is checked here, after the child has ended.

Printed: min/median/max of each, the median of the pairwise ratios (wall clock and CPU, and the
whole processes'), the share of the merge spent in the checks, and with ``OPOP_BENCH_PROFILE=1``
the profile's top entries (of the first merge, inside its child). The table row (1,500
pesantren) is in CPU seconds of the timed work.

    .venv/bin/python bench/merge_provenance.py            # 1,500 and 9,000 pesantren
    .venv/bin/python bench/merge_provenance.py --small    # 1,500 only
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from contextlib import closing
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _table import row  # noqa: E402
from support import merge_child  # noqa: E402

from opop_desktop.core.db import BULK_CACHE_KIB  # noqa: E402

SIZES = {1500: "province", 9000: "province-9000"}
ROOT = Path(__file__).resolve().parents[1]
CHILD = Path(merge_child.__file__).resolve()


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
    master_device = master.db.device_id
    master.close()
    src.close()
    (tmp / "src.sqlite3").unlink()
    w = SimpleNamespace(pesantren=pesantren, template=floor_template, bundles=bundles, total=total,
                        up_tables=up_tables, scores=len(rows["score_entry"]), master_device=master_device)
    w.before = stored(w, floor_template)
    return w


def fresh_copy(template: Path, path: Path) -> Path:
    for extra in ("", "-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    with sqlite3.connect(template) as a, sqlite3.connect(path) as b:
        a.backup(b)
    return path


def stored(w: SimpleNamespace, path: Path) -> int:
    """The result rows in the database at ``path``, the master's own audit entries (trusting,
    merging) aside. Counted here, in the parent, so the child's whole-process CPU is the merge's."""
    with closing(sqlite3.connect(path)) as con:
        return sum(con.execute(f"SELECT count(*) FROM {t}" + (" WHERE origin_device != ?" if t == "audit_entry"
                                                                  else ""),
                               (w.master_device,) if t == "audit_entry" else ()).fetchone()[0]
                   for t in w.up_tables)


def in_child(w: SimpleNamespace, mode: str, path: Path, profile: bool = False) -> dict:
    """One merge or floor run in a fresh Python process on a fresh copy of the template: the
    child's own timing of the work (``wall``, ``cpu``) and, from here, the whole process's CPU
    (``proc_cpu``: user + system, interpreter start-up and imports included)."""
    job = {"mode": mode, "db": str(fresh_copy(w.template, path)), "bundles": [str(b) for b in w.bundles],
           "up_tables": w.up_tables, "cache_kib": BULK_CACHE_KIB, "profile": profile}
    job_file = path.with_suffix(".job.json")
    job_file.write_text(json.dumps(job), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run([sys.executable, str(CHILD), str(job_file)], env=env, stdout=subprocess.PIPE, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = None
    for line in proc.stdout.splitlines():  # the profile (and anything else) passed on
        if line.startswith(merge_child.RESULT):
            out = json.loads(line[len(merge_child.RESULT):])
        else:
            print("    " + line, flush=True)
    if proc.returncode or out is None:
        raise SystemExit(f"{mode} run failed in its child process (exit status {proc.returncode})")
    if out["imported"]:  # the work's timer is meant to hold no import
        print(f"    note: the {mode} imported {len(out['imported'])} modules inside its timer: "
              f"{', '.join(out['imported'][:8])}", flush=True)
    out["proc_cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return out


def merge_once(w: SimpleNamespace, path: Path, profile: bool) -> dict:
    """The 27 bundles through the import workflow into a fresh copy of the master."""
    out = in_child(w, "merge", path, profile)
    assert stored(w, path) - w.before == w.total, (stored(w, path) - w.before, w.total)
    return out


def floor_once(w: SimpleNamespace, path: Path) -> dict:
    """A fresh python reading the same members and executemany-ing them, one transaction."""
    return in_child(w, "floor", path)


def _mmm(values) -> str:
    return f"{min(values):.2f} / {statistics.median(values):.2f} / {max(values):.2f}"


def measure(tmp: Path, pesantren: int, runs: int) -> dict:
    w = build(tmp, pesantren)
    print(f"{pesantren:,} pesantren: {w.total:,} result rows ({w.scores:,} score rows) in {len(w.bundles)} "
          f"kab/kota bundles; {runs} runs, merge and floor in turn, each in a fresh process", flush=True)
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
    p_cpu = [m["proc_cpu"] for m in merges]
    f_p_cpu = [f["proc_cpu"] for f in floors]
    r_p_cpu = [m["proc_cpu"] / f["proc_cpu"] for m, f in zip(merges, floors)]
    checks = statistics.median(m["checks"] / m["wall"] for m in merges)
    print("  timed work in each child (imports and opening the database before the timer, COMMIT inside it):")
    print(f"  merge with authority checks, s (min / median / max): wall {_mmm(wall)}, CPU {_mmm(cpu)}")
    print(f"  floor (read the same bundle members, sqlite3 executemany, WAL, synchronous=FULL, same page cache, one transaction), "
          f"s: wall {_mmm(f_wall)}, CPU {_mmm(f_cpu)}; reading {statistics.median(f['read'] for f in floors):.2f}")
    print(f"  ratio merge / floor, pairwise (min / median / max): wall {_mmm(r_wall)}x, CPU {_mmm(r_cpu)}x "
          f"(aim <= 2x; the table row)")
    print(f"  whole process, as a coordinator's command feels it, imports included (CPU s, user + system): "
          f"merge {_mmm(p_cpu)}, floor {_mmm(f_p_cpu)}; pairwise {_mmm(r_p_cpu)}x")
    print(f"  checks (writer rules, segment signatures, immutability, audit chains): {100 * checks:.0f}% of the merge")
    return {"n": pesantren, "rows": w.total, "scores": w.scores, "bundles": len(w.bundles),
            "wall": statistics.median(wall), "cpu": statistics.median(cpu), "floor": statistics.median(f_wall),
            "floor_cpu": statistics.median(f_cpu), "ratio": statistics.median(r_wall),
            "ratio_cpu": statistics.median(r_cpu), "ratio_proc": statistics.median(r_p_cpu), "checks": checks}


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
        note = (f"CPU seconds of the timed work, each run in a fresh process (imports before the timer), "
                f"{a['bundles']} bundles, {a['rows']:,} rows, median of {args.runs} pairs (pairwise "
                f"{a['ratio_cpu']:.2f}x, wall clock {a['ratio']:.2f}x; whole processes {a['ratio_proc']:.2f}x); "
                f"checks {100 * a['checks']:.0f}%")
        if len(results) > 1:
            b = results[-1]
            line = (f"growth {a['n']:,} → {b['n']:,} pesantren ({b['rows'] / a['rows']:.1f}× the rows): merge "
                    f"{b['wall'] / a['wall']:.1f}× (CPU {b['cpu'] / a['cpu']:.1f}×), floor {b['floor'] / a['floor']:.1f}× "
                    f"(CPU {b['floor_cpu'] / a['floor_cpu']:.1f}×); at {b['n']:,} the merge is {b['ratio']:.2f}× "
                    f"its floor ({b['ratio_cpu']:.2f}× CPU)")
            print(line)
            note += (f"; {b['n']:,} pesantren ({b['scores']:,} score rows): {b['ratio_cpu']:.2f}x CPU "
                     f"(whole processes {b['ratio_proc']:.2f}x), merge "
                     f"grows {b['cpu'] / a['cpu']:.1f}x for {b['rows'] / a['rows']:.1f}x the rows")
        row("merge", a["cpu"], a["floor_cpu"], note=note)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

