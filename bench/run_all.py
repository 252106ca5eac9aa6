"""Run every benchmark in bench/ and print the speed table: each row with its floor, measured in
the same run, and the ratio (`make bench`).

Every ``bench/*.py`` script is run in turn (this file and helpers named ``_*.py`` excepted), so a
new script is picked up by being there. A script adds a row to the table by printing a line made
by ``bench/_table.py`` (``TABLE_ROW {json}``); everything else it prints is passed through.

    .venv/bin/python bench/run_all.py [--only NAME ...] [--write-doc docs/performance.md] [--keep-earlier]
                                      [--script-args NAME=ARGS ...]

``--write-doc`` replaces the table between the ``<!-- bench:begin -->`` and ``<!-- bench:end -->``
lines of that file with this run's figures. With ``--keep-earlier`` a row this run did not measure
keeps its line from the file, marked "(earlier run)", so a run of a few scripts refreshes their
rows without blanking the others.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _table import ROWS, TABLE_ROW  # noqa: E402

BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def scripts(only: list[str]) -> list[Path]:
    found = sorted(p for p in HERE.glob("*.py") if p.name != "run_all.py" and not p.name.startswith("_"))
    if only:
        found = [p for p in found if any(name in p.stem for name in only)]
    return found


def run(script: Path, extra: list[str] = ()) -> tuple[int, list[dict], float]:
    """Run one script (with ``extra`` arguments), passing its output through and keeping its
    table rows."""
    env = {**os.environ, "PYTHONPATH": str(HERE.parent), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM",
                                                                                          "offscreen")}
    rows = []
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(script), *extra], cwd=HERE.parent, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, bufsize=1)
    for line in proc.stdout:
        if line.startswith(TABLE_ROW):
            rows.append({**json.loads(line[len(TABLE_ROW):]), "script": script.name})
        else:
            print("  " + line, end="", flush=True)
    return proc.wait(), rows, time.perf_counter() - t0


def _figure(value, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
    return f"{value:.1f} {unit}"


EARLIER = " (earlier run)"


def earlier_rows(doc: Path) -> dict[str, str]:
    """The measured rows of the table in ``doc``, by their path cell."""
    if not doc.exists() or BEGIN not in doc.read_text(encoding="utf-8"):
        return {}
    text = doc.read_text(encoding="utf-8")
    out = {}
    for line in text[text.index(BEGIN):text.index(END)].splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("| ") and len(cells) == 6 and cells[1] not in ("measured", "not measured"):
            out[cells[0]] = line if line.endswith(EARLIER + " |") else line[:-2] + EARLIER + " |"
    return out


def table(rows: list[dict], earlier: dict[str, str] | None = None) -> str:
    """The issue's rows in its order (missing ones say so, or keep their ``earlier`` line), then
    any other rows."""
    earlier = earlier or {}
    by_key = {r["key"]: r for r in rows}
    lines = ["| path | measured | floor, same run | ratio | aim | script, notes |", "|---|---|---|---|---|---|"]
    for key, (path, floor_text, aim) in list(ROWS.items()) + [(k, (r["path"], r["floor_text"], r["aim"]))
                                                              for k, r in by_key.items() if k not in ROWS]:
        r = by_key.get(key)
        if r is None and path in earlier:
            lines.append(earlier.pop(path))
            continue
        if r is None:
            lines.append(f"| {path} | not measured | {floor_text} | — | {aim} | no script printed this row |")
            continue
        ratio = f"{r['ratio']:.1f}×" if r.get("ratio") else "—"
        floor = f"{_figure(r['floor'], r['unit'])}: {floor_text}" if r.get("floor") is not None else floor_text
        notes = ", ".join(x for x in (r["script"], r.get("note", "")) if x)
        lines.append(f"| {r['path']} | {_figure(r['value'], r['unit'])} | {floor} | {ratio} | {aim} | {notes} |")
        earlier.pop(r["path"], None)
    return "\n".join(lines + list(earlier.values()))


def write_doc(path: Path, text: str) -> None:
    doc = path.read_text(encoding="utf-8")
    start, end = doc.index(BEGIN) + len(BEGIN), doc.index(END)
    path.write_text(doc[:start] + "\n" + text + "\n" + doc[end:], encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*", default=[], metavar="NAME", help="only scripts whose name contains NAME")
    ap.add_argument("--write-doc", type=Path, default=None, metavar="FILE.md")
    ap.add_argument("--keep-earlier", action="store_true",
                    help="rows not measured now keep their line from --write-doc's file")
    ap.add_argument("--script-args", action="append", default=[], metavar="NAME=ARGS",
                    help='arguments for the script whose name contains NAME, e.g. "season=--regencies 3"')
    args = ap.parse_args()
    extra = {name: value.split() for name, _, value in (a.partition("=") for a in args.script_args)}
    failed, rows = [], []
    for script in scripts(args.only):
        given = next((v for name, v in extra.items() if name in script.stem), [])
        print(f"=== {script.name} {' '.join(given)}".rstrip(), flush=True)
        code, found, seconds = run(script, given)
        rows += found
        print(f"=== {script.name}: {'ok' if code == 0 else f'GAGAL (exit {code})'} in {seconds:.0f} s\n", flush=True)
        if code != 0:
            failed.append(script.name)
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    summary = (f"Run {stamp} on {platform.machine()} with {os.cpu_count()} processors, Python "
               f"{platform.python_version()}, load average {load:.1f} at the end.\n\n{table(rows, earlier_rows(args.write_doc) if args.keep_earlier and args.write_doc else None)}")
    print(summary)
    if args.write_doc:
        write_doc(args.write_doc, summary)
    if failed:
        print("gagal: " + ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
