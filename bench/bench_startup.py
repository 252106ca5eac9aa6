"""Start-up of the `opop` command, side by side with its floor, as a coordinator scripting a merge
day feels it (every call is a fresh process):

- `opop --version` against `python -c pass`;
- `opop registrants list --json` of 9,000 pesantren against a fresh python that reads the same
  rows with sqlite3 and writes the same JSON (checked byte for byte before timing).

Commands run in turn (a b a b …); medians and the median of the pairwise ratios are printed.

    .venv/bin/python bench/bench_startup.py [--rows 9000] [--runs 11]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _table import paired_runs, row  # noqa: E402

# The floor: what the list needs from the database and the region files, and the same JSON.
FLOOR = r'''
import csv, json, sqlite3, sys
res = sys.argv[2]
names = {}
for name in ("regencies", "districts"):
    with open(f"{res}/{name}.csv", newline="", encoding="utf-8") as fh:
        names.update((r["code"], r["name"]) for r in csv.DictReader(fh))
con = sqlite3.connect(sys.argv[1])
pid = (con.execute("SELECT id FROM programme_year WHERE is_current").fetchone()
       or con.execute("SELECT id FROM programme_year ORDER BY year DESC").fetchone())[0]
keys = ("id", "reg_number", "nspp", "name", "leader", "regency_code", "regency_name", "district_code",
        "district_name", "village_code", "phone", "address", "product", "product_field", "track", "status",
        "registered_on")
out = []
for (i, reg, nspp, name, leader, rc, dc, vc, phone, addr, product, field, track, status, day) in con.execute(
        "SELECT p.id, p.reg_number, p.nspp, p.name, p.leader, p.regency_code, p.district_code, p.village_code,"
        " p.phone, p.address, p.product, coalesce(f.name, ''), p.track, p.status, p.registered_on"
        " FROM pesantren p LEFT JOIN product_field f ON f.id = p.product_field_id"
        " WHERE p.programme_year_id = ? ORDER BY p.regency_code, p.district_code, p.name_key", (pid,)):
    out.append(dict(zip(keys, (i, reg, nspp, name, leader, rc, names.get(rc, rc or ""), dc, names.get(dc, dc or ""),
                               vc, phone, addr, product, field, track, status, day))))
print(json.dumps(out, ensure_ascii=False, indent=2))
'''


def opop_command() -> list[str]:
    script = Path(sys.executable).parent / "opop"
    return [str(script)] if script.exists() else [sys.executable, "-m", "opop_desktop"]


def build_database(path: Path, rows: int) -> None:
    from bench_registrant_import import make_workbook

    from opop_desktop.core.db import open_database
    from opop_desktop.core.excel.registrant_import import import_registrants
    from opop_desktop.core.services.accounts import SYSTEM_ACTOR

    book = path.with_suffix(".xlsx")
    make_workbook(book, rows)
    db = open_database(str(path))
    with db.session() as s:
        report = import_registrants(s, book, actor=SYSTEM_ACTOR)
    db.dispose()
    assert report.created == rows and not report.rejected


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=9000)
    ap.add_argument("--runs", type=int, default=11)
    args = ap.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    opop = opop_command()
    with tempfile.TemporaryDirectory() as tmp:
        env["OPOP_DATA_DIR"] = os.environ["OPOP_DATA_DIR"] = tmp
        version, bare, ratio = paired_runs(opop + ["--version"], [sys.executable, "-c", "pass"], args.runs, env=env)
        print(f"opop --version: {version * 1000:.0f} ms CPU; python -c pass: {bare * 1000:.0f} ms CPU; ratio {ratio:.1f}x")
        row("version", version, bare, note=f"median of {args.runs} pairs; ratio = median of pairwise ratios")
        imported = subprocess.run(opop + ["--version"], env={**env, "PYTHONPROFILEIMPORTTIME": "1"},
                                  capture_output=True, text=True).stderr.count("import time:") - 1
        print(f"  modules imported by opop --version: {imported}")

        db = Path(tmp) / "pendaftar.sqlite3"
        build_database(db, args.rows)
        listing = opop + ["--db", str(db), "registrants", "list", "--json"]
        floor = [sys.executable, "-c", FLOOR, str(db), str(ROOT / "resources" / "regions")]
        same = subprocess.run(listing, env=env, capture_output=True).stdout
        assert same == subprocess.run(floor, env=env, capture_output=True).stdout, "floor JSON differs"
        listed, floor_s, ratio = paired_runs(listing, floor, max(5, args.runs // 2), env=env)
        print(f"opop registrants list --json ({args.rows} rows, {len(same) / 1e6:.1f} MB): {listed:.2f} s CPU; "
              f"sqlite3 + json floor: {floor_s:.2f} s; ratio {ratio:.1f}x")
        row("registrants-list", listed, floor_s, note=f"{args.rows} rows, identical JSON")
    return 0


if __name__ == "__main__":
    sys.exit(main())
