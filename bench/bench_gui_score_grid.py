"""Penilaian grid speed as the juror feels it: from an accepted cell (Enter) to its own committed
transaction coming back on the GUI thread, and loading a whole juror grid into the screen.

Baseline measured in the same run: the same ``scoring.set_score`` called directly in its own
``db.session()`` (no Qt, no worker thread). Ratio = GUI round trip / direct call.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui_score_grid.py [--cells 140]
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
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from _table import row  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cells", type=int, default=140)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="opop-bench-grid-"))
    os.environ["OPOP_DATA_DIR"] = str(tmp)
    from PySide6.QtWidgets import QApplication

    from audition_day import CODES, build_day
    from opop_desktop.core.db import open_database
    from opop_desktop.core.services import scoring
    from opop_desktop.core.services.scoring import SheetKey
    from opop_desktop.gui.context import AppContext
    from opop_desktop.gui.login import to_current
    from opop_desktop.gui.screens.penilaian import PenilaianScreen
    from opop_desktop.gui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    db = open_database(str(tmp / "grid.sqlite3"))
    day = build_day(db, n_pesantren=40, n_jurors=2)
    cells = [(r, c) for r in range(40) for c in range(len(CODES))][: args.cells]

    # Baseline: juror 2's sheets through the service directly.
    direct = []
    for n, (r, c) in enumerate(cells):
        t = time.perf_counter()
        with db.session() as s:
            scoring.set_score(s, day.juror_user(1), SheetKey(day.stage_id, day.panel_id, day.jurors[1], day.pesantren[r]),
                              CODES[c], str(1 + n % 19 * 0.5).replace(".", ","))
        direct.append(time.perf_counter() - t)

    ctx = AppContext(db=db, tasks=TaskRunner(db))
    ctx.users.set_user(to_current(day.users["juri1"]))
    screen = PenilaianScreen(ctx)
    screen.resize(1300, 700)
    screen.show()
    page = screen.sheet_page

    def wait(cond, limit=30.0):
        end = time.perf_counter() + limit
        while not cond():
            app.processEvents()
            if time.perf_counter() > end:
                raise TimeoutError("grid bench timed out")

    t = time.perf_counter()
    screen.activate()
    wait(lambda: page.model.rowCount() == 40)
    first_load = time.perf_counter() - t

    gui = []
    for n, (r, c) in enumerate(cells):
        t = time.perf_counter()
        page.model.setData(page.model.index(r, 2 + c), str(1 + n % 19 * 0.5).replace(".", ","))
        wait(lambda: page.own_pending == 0)
        gui.append(time.perf_counter() - t)

    t = time.perf_counter()
    page.load_grid()
    wait(lambda: page.model.grid is not None and page.model.rows[0].sheet_id is not None and not ctx.tasks._callbacks)
    reload = time.perf_counter() - t
    ctx.tasks.shutdown()

    d_ms, g_ms = statistics.median(direct) * 1000, statistics.median(gui) * 1000
    print(f"sel dikomit lewat grid (median, {len(cells)} sel): {g_ms:.1f} ms; langsung lewat layanan: {d_ms:.1f} ms; "
          f"rasio {g_ms / d_ms:.2f}")
    print(f"p95 grid: {sorted(gui)[int(len(gui) * 0.95) - 1] * 1000:.1f} ms")
    p99 = sorted(gui)[max(0, int(len(gui) * 0.99) - 1)]
    row("grid-cell", p99, statistics.median(direct), note=f"p99 of {len(gui)} cells; grid median {g_ms:.1f} ms")
    print(f"muat layar Penilaian (40 pesantren × {len(CODES)} kriteria): pertama {first_load * 1000:.0f} ms, "
          f"muat ulang grid {reload * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
