"""The season rehearsal at province scale: every kab/kota of West Java (27) with two venue
laptops each, stages 1–3 through the documented commands (tests/season_world.py), each laptop
its own database file and data folder. Prints the time of each phase and checks the outcome the
same way the CI rehearsal does (zero conflicts, exact statuses on every laptop).

    .venv/bin/python bench/season.py                 # 27 kab/kota, 2 venues each
    .venv/bin/python bench/season.py --regencies 5   # a quicker look
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bench._table import row  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--regencies", type=int, default=27, help="jumlah kab/kota (maks. 27)")
    ap.add_argument("--venues", type=int, default=2, help="laptop lokasi per kab/kota")
    ap.add_argument("--keep", action="store_true", help="simpan folder kerja (untuk diperiksa)")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="opop-bench-season-"))
    os.environ["OPOP_DATA_DIR"] = str(tmp / "shared")
    from opop_desktop.core.regions import gazetteer

    from season_world import Season, expected, key

    codes = sorted(gazetteer().regencies)[:args.regencies]
    season = Season(tmp, codes, venues_per_regency=args.venues)
    t0 = time.perf_counter()
    try:
        season.run()
        total = time.perf_counter() - t0
        laptops = season.laptops()
        print(f"{len(codes)} kab/kota, {args.venues} lokasi per kab/kota: {len(laptops)} laptop, "
              f"{len(season.entrants)} pesantren, {len(season.imports)} bundel digabung")
        for name, seconds in season.timings.items():
            print(f"  {name:<45} {seconds:8.1f} s")
        print(f"  {'total':<45} {total:8.1f} s")
        t1 = time.perf_counter()
        want = expected(season.entrants).status
        conflicts = sum(r["conflicts"] for r in season.imports)
        wrong = 0
        for lap in [season.province, *season.regency.values()]:
            got = season.statuses(lap)
            wrong += sum(1 for k, v in got.items() if want[k] != v)
        print(f"  {'check (statuses on province and kab/kota)':<45} {time.perf_counter() - t1:8.1f} s")
        print(f"conflicts: {conflicts}, wrong statuses: {wrong}, champions: "
              f"{sum(1 for k in want if want[k] == 'passed_3')}")
        row("season", total, None, note=f"{len(codes)} kab/kota × {args.venues}: {len(laptops)} laptops, "
            f"{len(season.entrants)} pesantren, {len(season.imports)} bundles merged; {conflicts} conflicts, "
            f"{wrong} wrong statuses")
        return 0 if conflicts == 0 and wrong == 0 else 1
    finally:
        season.close()
        if args.keep:
            print(f"folder kerja: {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
