"""Merging a whole province: the demo province (`opop demo --scale province`: venues, 5 jurors
× 7 criteria, attendance, scores) split into 27 kab/kota result bundles, merged into an empty
master that has only the set-up; plus the export of one kab/kota bundle.

Baseline measured in the same run (the floor): inserting the same result rows into the same
schema with sqlite3 ``executemany`` in one transaction. Ratio = merge time / floor (aim ≤ 3×).

    .venv/bin/python bench/bench_merge.py
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _table import row  # noqa: E402


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="opop-bench-merge-"))
    os.environ["OPOP_DATA_DIR"] = str(tmp / "data")
    from sqlalchemy import select

    from opop_desktop.core.db import head_revision
    from opop_desktop.core.demo import generate_demo
    from opop_desktop.core.sync import bundle as fmt
    from opop_desktop.core.sync import segments
    from opop_desktop.core.sync.keys import ensure_device_keys
    from opop_desktop.core.sync.sandbox import Node
    from opop_desktop.core.sync.tables import DOWN_TABLES, replicated_tables, row_to_json

    t0 = time.perf_counter()
    src = Node(str(tmp / "src.sqlite3"), role="province", name="Sumber")
    with src.db.session() as s:
        generate_demo(s, scale="province", seed=1)
    print(f"demo province generated in {time.perf_counter() - t0:.1f} s")

    # Read every row once, and find each result row's kab/kota through its pesantren.
    rows: dict[str, list[dict]] = {}
    with src.db.session() as s:
        for t in replicated_tables():
            rows[t.name] = [row_to_json(t, r) for r in s.execute(select(t))]
        dev = ensure_device_keys(s)
        segments.ensure_own_segment(s, dev.device_id)  # the writer signs its rows (format 2)
        signed = segments.for_export(s, {dev.device_id: {r["device_seq"] for v in rows.values() for r in v}})
    regency_of_pes = {p["id"]: p["regency_code"] for p in rows["pesantren"]}
    regency_of_sheet = {sh["id"]: regency_of_pes[sh["pesantren_id"]] for sh in rows.get("score_sheet", [])}
    up_tables = [t.name for t in replicated_tables() if t.name not in DOWN_TABLES]
    by_regency: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    codes = sorted(set(regency_of_pes.values()))
    for name in up_tables:
        for i, r in enumerate(rows[name]):
            reg = (regency_of_pes.get(r.get("pesantren_id")) or regency_of_sheet.get(r.get("sheet_id"))
                   or codes[i % len(codes)])
            by_regency[reg][name].append(r)
    total_up = sum(len(rows[n]) for n in up_tables)
    print(f"result rows: {total_up} ({', '.join(f'{n} {len(rows[n])}' for n in up_tables if rows[n])}); "
          f"kab/kota bundles: {len(by_regency)}")

    def write(path, kind, tables, data):
        members = {f"data/{t}.jsonl": fmt.jsonl_bytes(data.get(t, [])) for t in tables}
        members[segments.MEMBER] = signed
        manifest = fmt.new_manifest(kind=kind, device=dev, schema_version=head_revision(), tables=tables,
                                    counts={t: len(data.get(t, [])) for t in tables}, seq_ranges={})
        fmt.write_bundle(path, manifest, members, device_id=dev.device_id)
        return path

    down_names = [t.name for t in replicated_tables() if t.name in DOWN_TABLES]
    setup = write(tmp / "setup.opop", "down", down_names, rows)
    bundles = [
        write(tmp / f"kab-{code}.opop", "up", up_tables, by_regency[code]) for code in sorted(by_regency)
    ]

    # The master: empty, receives the set-up, then the 27 bundles (timed).
    master = Node(str(tmp / "master.sqlite3"), role="province", name="Master")
    master.trust(src)
    master.import_(setup)
    with master.db.session() as s:  # the master's own audit entries (it trusted the source)
        own = sum(len(s.execute(select(t.c.id)).all()) for t in replicated_tables() if t.name in up_tables)
    floor_template = tmp / "floor.sqlite3"
    with sqlite3.connect(tmp / "master.sqlite3") as a, sqlite3.connect(floor_template) as b:
        a.backup(b)  # same schema and set-up, no results (WAL-safe copy)
    prof = None
    if os.environ.get("OPOP_BENCH_PROFILE"):
        import cProfile
        prof = cProfile.Profile()
        prof.enable()
    t0 = time.perf_counter()
    for b in bundles:
        out = master.import_(b)
        assert out.status == "merged", out
    merge_s = time.perf_counter() - t0
    if prof is not None:
        import pstats
        prof.disable()
        pstats.Stats(prof).sort_stats(os.environ.get("OPOP_BENCH_PROFILE_SORT", "cumulative")).print_stats(35)

    # Floor: the same rows, same schema, sqlite3 executemany in one transaction.
    con = sqlite3.connect(floor_template, isolation_level=None)
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("PRAGMA synchronous=FULL")
    t0 = time.perf_counter()
    con.execute("BEGIN")
    for name in up_tables:
        data = rows[name]
        if not data:
            continue
        cols = sorted(data[0])
        sql = f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        con.executemany(sql, [tuple(r[c] for c in cols) for r in data])
    con.execute("COMMIT")
    floor_s = time.perf_counter() - t0
    con.close()

    # Export of one kab/kota bundle from a kab/kota database holding its results.
    code = max(by_regency, key=lambda c: sum(len(v) for v in by_regency[c].values()))
    kab = Node(str(tmp / "kab.sqlite3"), role="regency", name="Kab", regency=code)
    kab.trust(src)
    kab.import_(setup)
    kab.import_(bundles[sorted(by_regency).index(code)])
    t0 = time.perf_counter()
    res = kab.export(tmp / "kab-up.opop", to_province=True, full=True)
    export_s = time.perf_counter() - t0
    n_rows = sum(res.counts.values())

    with master.db.session() as s:
        merged = sum(len(s.execute(select(t.c.id)).all()) for t in replicated_tables() if t.name in up_tables)
    assert merged - own == total_up, (merged - own, total_up)
    print(f"merge of {len(bundles)} kab/kota bundles ({total_up} rows): {merge_s:.2f} s")
    print(f"floor (sqlite3 executemany, one transaction): {floor_s:.2f} s")
    print(f"ratio merge / floor: {merge_s / floor_s:.1f}x (aim <= 3x)")
    row("merge", merge_s, floor_s, note=f"{len(bundles)} bundles, {total_up} rows (demo province)")
    print(f"export of one kab/kota bundle ({code}, {n_rows} rows, "
          f"{Path(res.path).stat().st_size // 1024} KiB): {export_s:.2f} s (aim < 1 s)")
    for n in (src, master, kab):
        n.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
