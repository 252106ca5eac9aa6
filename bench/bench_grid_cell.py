"""A score cell through the juror's grid: from the accepted value (the model's setData, as Enter
does) to its own committed transaction coming back on the GUI thread. Aim: p99 < 16 ms.

Measured in the same run on the same kind of file:
- floor: a bare sqlite3 INSERT + COMMIT of one row with the same pragmas (WAL, synchronous=FULL);
- the service alone: ``scoring.set_score`` in its own ``db.session()`` (no Qt, no worker thread);
- the grid's cell service alone: ``score_cell.enter_cell`` (what the grid's worker runs) the
  same way, on the sheets that exist by then;
- the grid: PenilaianScreen signed in as a juror, one cell after the other, from the model's
  setData to the commit's result handled on the GUI thread (the status line and progress set).
Prints median / p95 / p99 of each and the ratios, then the top of a cProfile profile of the
grid's cell service (the worker thread runs exactly that).

    QT_QPA_PLATFORM=offscreen python bench/bench_grid_cell.py [--small]
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _table import row  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bench.bench_audit_log import bare_commit_ms  # noqa: E402


def stats(ms: list[float]) -> tuple[float, float, float]:
    s = sorted(ms)
    return statistics.median(s), s[max(0, int(len(s) * 0.95) - 1)], s[max(0, int(len(s) * 0.99) - 1)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", action="store_true", help="70 cells instead of 280")
    args = ap.parse_args()
    n_pes = 10 if args.small else 40
    tmp = Path(tempfile.mkdtemp(prefix="opop-bench-cell-"))
    os.environ["OPOP_DATA_DIR"] = str(tmp / "data")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from audition_day import CODES, build_day
    from opop_desktop.core.db import open_database
    from opop_desktop.core.services import score_cell, scoring
    from opop_desktop.core.services.scoring import SheetKey
    from opop_desktop.gui.context import AppContext
    from opop_desktop.gui.login import to_current
    from opop_desktop.gui.screens.penilaian import PenilaianScreen
    from opop_desktop.gui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    db = open_database(str(tmp / "grid.sqlite3"))
    day = build_day(db, n_pesantren=n_pes, n_jurors=2)
    cells = [(r, c) for r in range(n_pes) for c in range(len(CODES))]

    prof = cProfile.Profile()
    direct, lean = [], []
    for n, (r, c) in enumerate(cells):  # juror 2's sheets, straight through the service
        key = SheetKey(day.stage_id, day.panel_id, day.jurors[1], day.pesantren[r])
        t = time.perf_counter()
        with db.session() as s:
            scoring.set_score(s, day.juror_user(1), key, CODES[c], str(1 + n % 19 * 0.5).replace(".", ","))
        direct.append((time.perf_counter() - t) * 1000)
    for n, (r, c) in enumerate(cells):  # the same sheets again, through the grid's cell service
        key = SheetKey(day.stage_id, day.panel_id, day.jurors[1], day.pesantren[r])
        t = time.perf_counter()
        prof.enable()
        with db.session() as s:
            score_cell.enter_cell(s, day.juror_user(1), key, CODES[c],
                                  str(1.5 + n % 18 * 0.5).replace(".", ","))
        prof.disable()
        lean.append((time.perf_counter() - t) * 1000)

    ctx = AppContext(db=db, tasks=TaskRunner(db))
    ctx.users.set_user(to_current(day.users["juri1"]))
    screen = PenilaianScreen(ctx)
    screen.resize(1300, 700)
    screen.show()
    page = screen.sheet_page

    # Wait as the application's event loop does: asleep until an event comes. Spinning on
    # processEvents() instead burned a processor and fought the worker thread for the GIL, which
    # doubled the median it measured. The timer only bounds the wait.
    tick = QTimer()
    tick.start(200)

    def wait(cond, limit=30.0):
        end = time.perf_counter() + limit
        while not cond():
            app.processEvents(QEventLoop.WaitForMoreEvents)
            if time.perf_counter() > end:
                raise TimeoutError("grid bench timed out")

    screen.activate()
    wait(lambda: page.model.rowCount() == n_pes)
    grid = []
    for n, (r, c) in enumerate(cells):
        t = time.perf_counter()
        page.model.setData(page.model.index(r, 2 + c), str(1 + n % 19 * 0.5).replace(".", ","))
        wait(lambda: page.own_pending == 0)
        grid.append((time.perf_counter() - t) * 1000)
    ctx.tasks.shutdown()
    db.dispose()
    floor = bare_commit_ms(tmp / "bare.sqlite3", len(cells))

    f, d, e, g = stats(floor), stats(direct), stats(lean), stats(grid)
    print(f"{len(cells)} cells            median    p95     p99")
    for label, v in (("floor (bare commit)", f), ("set_score alone", d), ("enter_cell alone", e),
                     ("through the grid", g)):
        print(f"{label:<22} {v[0]:6.2f} {v[1]:7.2f} {v[2]:7.2f} ms")
    print(f"ratios: grid/floor median {g[0] / f[0]:.1f}x, grid/enter_cell median {g[0] / e[0]:.2f}x, "
          f"set_score/enter_cell median {d[0] / e[0]:.1f}x; grid p99 {'<' if g[2] < 16 else '≥'} 16 ms")
    row("grid-cell", g[2], e[0], unit="ms",
        note=f"p99 of {len(cells)} cells; grid median {g[0]:.1f} ms; set_score alone median {d[0]:.1f} ms; "
             f"bare commit median {f[0]:.2f} ms")
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(15)
    print("\nprofile of enter_cell (top 15 by own time):")
    print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
