"""Peserta search over 9,000 pesantren: time per keystroke in the real screen (proxy + view).

Baseline measured in the same run: the bare Python pass over the precomputed haystacks (no Qt),
i.e. the least any filter could cost. Prints ms per keystroke and the ratio to the baseline.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui_peserta_filter.py [--rows 9000]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._table import row  # noqa: E402


def generated_rows(n: int, seed: int = 7):
    """Synthetic PesantrenRow spread over every kecamatan (no database needed)."""
    import random

    from opop_desktop.core.regions import gazetteer
    from opop_desktop.core.services.registrants import PesantrenRow
    rnd = random.Random(seed)
    g = gazetteer()
    districts = list(g.districts.values())
    words = ["Al", "Falah", "Huda", "Darul", "Ulum", "Nurul", "Iman", "Hidayah", "Salam", "Barokah"]
    products = ["Kopi", "Keripik", "Sabun", "Batik", "Dodol", "Madu", "Ikan Asin", "Jamur"]
    rows = []
    for i in range(n):
        d = rnd.choice(districts)
        rows.append(PesantrenRow(
            id=str(i), reg_number=f"OPOP-2026-{i:05d}", nspp=f"5100{i:08d}" if i % 5 else None,
            name=f"{rnd.choice(words)} {rnd.choice(words)} {i}", leader="", phone="", address="",
            regency_code=d.regency_code, regency_name=g.regency_name(d.regency_code),
            district_code=d.code, district_name=d.name, village_code=None,
            product=rnd.choice(products), product_field=rnd.choice(["Minuman", "Kerajinan", ""]),
            track=rnd.choice(["start-up", "scale-up"]), status="registered", registered_on=None))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=9000)
    args = ap.parse_args()
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from opop_desktop.core.db import open_database
    from opop_desktop.gui.context import AppContext
    from opop_desktop.gui.screens.peserta import PesertaScreen
    from opop_desktop.gui.tasks import TaskRunner
    from opop_desktop.gui.widgets.pesantren_filter import haystack

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["OPOP_DATA_DIR"] = tmp
        db = open_database(str(Path(tmp) / "bench.sqlite3"))
        ctx = AppContext(db=db, tasks=TaskRunner(db))
        screen = PesertaScreen(ctx)
        screen.resize(1280, 700)
        screen.show()
        rows = generated_rows(args.rows)
        t0 = time.perf_counter()
        screen.set_rows(rows)
        app.processEvents()
        load_ms = (time.perf_counter() - t0) * 1000

        text = "nurul huda kopi"
        prefixes = [text[:i] for i in range(1, len(text) + 1)] + [text[:i] for i in range(len(text) - 1, -1, -1)]
        per_key = []
        for p in prefixes:
            t = time.perf_counter()
            screen.search.setText(p)
            app.processEvents()  # the view repaints as it would for a keystroke
            per_key.append((time.perf_counter() - t) * 1000)

        hays = [haystack(r) for r in rows]
        base = []
        for p in prefixes:
            t = time.perf_counter()
            terms = p.split()
            _ = [all(x in h for x in terms) for h in hays]
            base.append((time.perf_counter() - t) * 1000)

        t = time.perf_counter()
        screen.table.sortByColumn(2, Qt.AscendingOrder)
        app.processEvents()
        sort_ms = (time.perf_counter() - t) * 1000
        ctx.tasks.shutdown()
        db.dispose()

    med, worst, bmed = statistics.median(per_key), max(per_key), statistics.median(base)
    print(f"rows: {args.rows}")
    print(f"load into table: {load_ms:.1f} ms")
    print(f"keystroke (filter + repaint): median {med:.1f} ms, worst {worst:.1f} ms over {len(prefixes)} keystrokes")
    print(f"baseline bare Python scan of haystacks: median {bmed:.2f} ms")
    print(f"ratio keystroke/baseline: {med / bmed:.1f}x")
    print(f"sort by name (first click): {sort_ms:.1f} ms")
    row("peserta-filter", med, bmed, unit="ms", note=f"{args.rows:,} rows, {len(prefixes)} keystrokes; "
        f"worst {worst:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
