"""One run of `bench/merge_provenance.py` in a fresh Python process: the merge of the 27 bundles, or
its floor, into a database the parent has just copied from the master template.

    python bench/support/merge_child.py JOB.json

JOB.json: ``{"mode": "merge" | "floor", "db": path, "bundles": [paths], "up_tables": [names],
"cache_kib": int, "profile": bool}``. The child imports what it needs, opens the database, then
times only the work (CPU ``time.process_time`` and wall clock ``perf_counter``) from just before
the merge (or the floor's BEGIN) to its end, the COMMIT included, and prints its figures as one
line ``CHILD_RESULT {json}``; anything else it prints (the profile) is the parent's to pass on.

The floor's process imports no part of the app (the page cache size comes in the job), so its
whole-process cost is that of a plain ``python`` with sqlite3, json and zipfile.
"""
from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
import zipfile

# What the work would otherwise import on first use (zipfile's name decoding; cryptography's
# OpenSSL backend, for the signatures), so the timer holds no import on either side.
import encodings.cp437  # noqa: F401

RESULT = "CHILD_RESULT "


def merge(job: dict) -> dict:
    """The bundles through the import workflow the CLI and the GUI use, every check on."""
    import cryptography.hazmat.backends.openssl  # noqa: F401

    from opop_desktop.core.db import open_database
    from opop_desktop.core.services.accounts import SYSTEM_ACTOR
    from opop_desktop.core.sync import checks, workflow

    db = open_database(job["db"])
    spent = [0.0]

    def timed(fn):
        def wrapper(*a, **kw):
            t = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                spent[0] += time.perf_counter() - t
        return wrapper

    # The checks' share of the merge: writer rules, segment signatures, immutability, audit chains.
    checks.BundleCheck.start = classmethod(timed(checks.BundleCheck.start.__func__))
    checks.BundleCheck.check_rows = timed(checks.BundleCheck.check_rows)
    checks.BundleCheck.check_losers = timed(checks.BundleCheck.check_losers)
    prof = None
    if job["profile"]:
        import cProfile
        import pstats
        prof = cProfile.Profile()
    loaded = set(sys.modules)
    if prof is not None:
        prof.enable()
    t0, c0 = time.perf_counter(), time.process_time()
    run = workflow.import_files(db, job["bundles"], actor=SYSTEM_ACTOR)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    imported = sorted(set(sys.modules) - loaded)
    if prof is not None:
        prof.disable()
        print(f"profile of the first merge (in its own process; sorted by "
              f"{os.environ.get('OPOP_BENCH_PROFILE_SORT', 'tottime')}):", flush=True)
        pstats.Stats(prof, stream=sys.stdout).sort_stats(os.environ.get("OPOP_BENCH_PROFILE_SORT", "tottime")) \
            .print_stats(int(os.environ.get("OPOP_BENCH_PROFILE_TOP", "25")))
        sys.stdout.flush()
    assert len(run.merged) == len(job["bundles"]), [str(f.reason) for f in run.files if not f.merged]
    db.dispose()
    return {"wall": wall, "cpu": cpu, "checks": spent[0], "imported": imported}


def floor(job: dict) -> dict:
    """A fresh connection reading the same members and executemany-ing them, one transaction."""
    con = sqlite3.connect(job["db"], isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("PRAGMA synchronous=FULL")
    # The settings the merge runs with (db.py: the batch's page cache, journals in memory): the
    # floor is the least the same work costs, so it gets them too.
    con.execute(f"PRAGMA cache_size=-{int(job['cache_kib'])}")
    con.execute("PRAGMA temp_store=MEMORY")
    loaded = set(sys.modules)
    t0, c0 = time.perf_counter(), time.process_time()
    read_s = 0.0
    con.execute("BEGIN")
    for bundle in job["bundles"]:  # the same members, read from the same files
        t1 = time.perf_counter()
        with zipfile.ZipFile(bundle) as z:
            data = {name: z.read(f"data/{name}.jsonl") for name in job["up_tables"]}
        parsed = {name: json.loads(b"[" + b",".join(ln for ln in raw.split(b"\n") if ln) + b"]")
                  for name, raw in data.items()}
        read_s += time.perf_counter() - t1
        for name in job["up_tables"]:
            rows_in = parsed[name]
            if rows_in:
                cols = sorted(rows_in[0])
                sql = f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
                con.executemany(sql, [tuple(r[c] for c in cols) for r in rows_in])
    con.execute("COMMIT")
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    imported = sorted(set(sys.modules) - loaded)
    con.close()
    return {"wall": wall, "cpu": cpu, "read": read_s, "imported": imported}


def main(argv: list[str]) -> int:
    with open(argv[1], encoding="utf-8") as f:
        job = json.load(f)
    out = merge(job) if job["mode"] == "merge" else floor(job)
    print(RESULT + json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
