"""The province merge of 27 kab/kota result bundles with the authority checks on, next to its floor.

The demo province (`opop demo --scale province`) is split by kab/kota; each share is written by
its own enrolled kab/kota device (its rows stamped and its audit chain built by that device, one
signed change segment over them), exactly as a kab/kota laptop exports it. An empty master with
the set-up merges the 27 bundles through the import service (writer rules, segment signatures,
immutability, audit chains all checked). Floor, measured in the same run: the same rows
``executemany``'d with sqlite3 into the same schema (WAL, synchronous=FULL, one transaction).
Prints both times, the ratio (aim <= 2x) and the share of the merge spent in the checks, and
with ``OPOP_BENCH_PROFILE=1`` the profile's top entries.

    .venv/bin/python bench/merge_provenance.py
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import zipfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _table import row  # noqa: E402
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="opop-bench-prov-"))
    os.environ["OPOP_DATA_DIR"] = str(tmp / "data")
    from sqlalchemy import select

    from opop_desktop.core.demo import generate_demo
    from opop_desktop.core.services.audit import entry_hash
    from opop_desktop.core.sync import bundle as fmt
    from opop_desktop.core.sync import checks, keys, segments
    from opop_desktop.core.sync.sandbox import Node
    from opop_desktop.core.sync.tables import DOWN_TABLES, canonical, replicated_tables, row_to_json, version_hash

    t0 = time.perf_counter()
    src = Node(str(tmp / "src.sqlite3"), role="province", name="Provinsi")
    with src.db.session() as s:
        generate_demo(s, scale="province", seed=1)
    print(f"demo province generated in {time.perf_counter() - t0:.1f} s")
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
        a.backup(b)  # same schema and set-up, no results

    def stored() -> int:
        with master.db.session() as s:
            return sum(len(s.execute(select(t.c.id)).all()) for t in replicated_tables() if t.name in up_tables)
    before = stored()  # the master's own audit entries (it trusted each kab/kota)
    spent = [0.0]

    def timed(fn):
        def wrapper(*a, **kw):
            t = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                spent[0] += time.perf_counter() - t
        return wrapper

    checks.BundleCheck.start = classmethod(timed(checks.BundleCheck.start.__func__))
    checks.BundleCheck.check_rows = timed(checks.BundleCheck.check_rows)
    checks.BundleCheck.check_losers = timed(checks.BundleCheck.check_losers)
    prof = None
    if os.environ.get("OPOP_BENCH_PROFILE"):
        import cProfile
        prof = cProfile.Profile()
        prof.enable()
    t0, c0 = time.perf_counter(), time.process_time()
    for b in bundles:
        out = master.import_(b)
        assert out.status == "merged", out.message
    merge_s, merge_cpu = time.perf_counter() - t0, time.process_time() - c0
    if prof is not None:
        import pstats
        prof.disable()
        pstats.Stats(prof).sort_stats(os.environ.get("OPOP_BENCH_PROFILE_SORT", "tottime")).print_stats(int(os.environ.get("OPOP_BENCH_PROFILE_TOP", "20")))

    con = sqlite3.connect(floor_template, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("PRAGMA synchronous=FULL")
    t0, c0 = time.perf_counter(), time.process_time()
    read_s = 0.0
    con.execute("BEGIN")
    for path in bundles:  # the same members, read from the same files
        t1 = time.perf_counter()
        with zipfile.ZipFile(path) as z:
            data = {name: z.read(f"data/{name}.jsonl") for name in up_tables}
        parsed = {name: json.loads(b"[" + b",".join(ln for ln in raw.split(b"\n") if ln) + b"]")
                  for name, raw in data.items()}
        read_s += time.perf_counter() - t1
        for name in up_tables:
            rows_in = parsed[name]
            if rows_in:
                cols = sorted(rows_in[0])
                sql = f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
                con.executemany(sql, [tuple(r[c] for c in cols) for r in rows_in])
    con.execute("COMMIT")
    floor_s, floor_cpu = time.perf_counter() - t0, time.process_time() - c0
    con.close()

    assert stored() - before == total, (stored() - before, total)
    print(f"merge with authority checks: {merge_s:.2f} s (CPU {merge_cpu:.2f} s)")
    print(f"floor (read the same bundle members, sqlite3 executemany, WAL, synchronous=FULL, one "
          f"transaction): {floor_s:.2f} s (CPU {floor_cpu:.2f} s), of which reading {read_s:.2f} s")
    # On a shared machine the CPU ratio is the steadier one; the wall-clock ratio includes the
    # merge's 27 commits and 27 signed receipts, each waiting for its fsync.
    print(f"ratio merge / floor: {merge_s / floor_s:.2f}x wall clock, {merge_cpu / floor_cpu:.2f}x CPU (aim <= 2x)")
    print(f"checks (writer rules, segment signatures, immutability, audit chains): {spent[0]:.2f} s, "
          f"{100 * spent[0] / merge_s:.0f}% of the merge")
    row("merge", merge_s, floor_s, note=f"{len(bundles)} bundles, {total} rows; checks {100 * spent[0] / merge_s:.0f}%")
    for n in (src, master):
        n.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
