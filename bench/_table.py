"""The rows of the speed table (issue "Speed"), printed by the bench scripts and gathered by
``bench/run_all.py`` into one summary. A script reports a row with :func:`row`; the line it
prints starts with ``TABLE_ROW`` followed by JSON, so any script in any language can add one.

Each row is a measured time (or size) and its floor, measured in the same run, and the aim as
a ratio to that floor. Ratios, not absolute times: this machine is shared and noisy.
"""
from __future__ import annotations

import json
import resource
import statistics
import subprocess

TABLE_ROW = "TABLE_ROW "

# The rows of the table, in its order: key -> (path, floor, aim).
ROWS = {
    "version": ("`opop --version`, cold", "`python -c pass`", "≤ 3×"),
    "registrants-list": ("`opop registrants list --json`, 9,000 rows",
                         "a fresh python reading the same rows with sqlite3 and writing the same JSON", "≤ 3×"),
    "registrant-import": ("registrant import, 9,000 rows", "openpyxl read-only load + iterate of the same file",
                          "≤ 2×"),
    "merge": ("province merge, 27 bundles", "sqlite3 executemany of the same rows, one transaction", "≤ 2×"),
    "rank": ("`opop rank --stage 1`", "the same weighted means and sort in plain floats", "≤ 1.5×, exact"),
    "pdf": ("1,300 score sheets to PDF", "a bare reportlab canvas drawing 1,300 comparable pages", "≤ 2×, < 15 s"),
    "scores-import": ("`opop scores import`, 315k score rows", "executemany of the same rows", "≤ 3×, memory flat"),
    "grid-cell": ("score cell through the grid (p99)", "the grid's cell service alone (median)", "p99 < 16 ms"),
    "build-size": ("frozen build", "—", "< 150 MB"),
}
# Rows of the other benchmarks, shown after the rows.
ROWS.update({
    "score-cell": ("score cell, own transaction (set_score + audit)",
                   "bare sqlite3 INSERT + COMMIT of one row, WAL, synchronous=FULL", "—"),
    "audit-log": ("score cell on a grown audit log (median)", "the same cell on an empty log",
                  "no growth (≈ 1×)"),
    "tabulation": ("tabulation engine, 4,000 pesantren (mean)", "naive float weighted means and sorts", "—"),
    "peserta-filter": ("Peserta search, one keystroke (median)", "bare Python scan of the same haystacks", "—"),
    "season": ("season rehearsal, stages 1–3 on every kab/kota's laptops", "—", "0 conflicts, exact statuses"),
})


def row(key: str, value: float, floor: float | None, *, unit: str = "s", note: str = "") -> None:
    """Print one row of the table: ``value`` and ``floor`` in ``unit``; the ratio is value/floor."""
    path, floor_text, aim = ROWS.get(key, (key, "", ""))
    data = {"key": key, "path": path, "value": value, "floor": floor, "floor_text": floor_text, "unit": unit,
            "ratio": (value / floor) if floor else None, "aim": aim, "note": note}
    print(TABLE_ROW + json.dumps(data, ensure_ascii=False), flush=True)


def paired_runs(a: list[str], b: list[str], runs: int = 11, warmup: int = 2, **kwargs) -> tuple[float, float, float]:
    """CPU seconds (user + system) of command ``a`` and of command ``b``, run in turn (a b a b …)
    so that a drift of the machine's speed hits both: (median a, median b, median of the pairwise
    ratios a/b). CPU time, because on a shared machine the wall clock mostly measures the others."""
    def once(cmd):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, **kwargs)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

    for _ in range(warmup):
        once(a), once(b)
    pairs = [(once(a), once(b)) for _ in range(runs)]
    return (statistics.median(x for x, _ in pairs), statistics.median(y for _, y in pairs),
            statistics.median(x / y for x, y in pairs))
