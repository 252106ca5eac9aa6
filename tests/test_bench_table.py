"""`make bench` (bench/run_all.py): finds every script in bench/, gathers their table rows, and
shows a row nobody measured as such. Nothing here is timed."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import run_all  # noqa: E402
from _table import ROWS, TABLE_ROW  # noqa: E402


def test_every_script_is_found_but_not_the_helpers():
    names = [p.name for p in run_all.scripts([])]
    assert "bench_startup.py" in names and "bench_pdf.py" in names
    assert "run_all.py" not in names and "_table.py" not in names
    assert [p.name for p in run_all.scripts(["startup"])] == ["bench_startup.py"]


def test_rows_printed_by_a_script_make_the_table(tmp_path, monkeypatch):
    script = tmp_path / "bench_example.py"
    script.write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT / 'bench')!r})\n"
        "from _table import row\n"
        "print('ordinary output')\n"
        "row('version', 0.030, 0.015, note='example')\n"
        "row('season-day', 2.0, 1.0)\n", encoding="utf-8")
    code, rows, _ = run_all.run(script)
    assert code == 0
    assert [(r["key"], r["ratio"], r["script"]) for r in rows] == [("version", 2.0, "bench_example.py"),
                                                                  ("season-day", 2.0, "bench_example.py")]
    text = run_all.table(rows)
    lines = text.splitlines()
    assert len(lines) == 2 + len(ROWS) + 1  # header, rule, the rows, then the extra one
    assert "| `opop --version`, cold | 30 ms | 15 ms: `python -c pass` | 2.0× | ≤ 3× |" in text
    assert "| 1,300 score sheets to PDF | not measured |" in text
    assert lines[-1].startswith("| season-day | 2.00 s |")


def test_write_doc_replaces_only_the_marked_table(tmp_path):
    doc = tmp_path / "performance.md"
    doc.write_text(f"# Title\n\n{run_all.BEGIN}\nold\n{run_all.END}\n\nafter\n", encoding="utf-8")
    run_all.write_doc(doc, "new table")
    assert doc.read_text(encoding="utf-8") == f"# Title\n\n{run_all.BEGIN}\nnew table\n{run_all.END}\n\nafter\n"
    assert run_all.BEGIN in (ROOT / "docs" / "performance.md").read_text(encoding="utf-8")


def test_a_row_line_is_plain_json_any_script_can_print():
    line = subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, 'bench'); from _table import row; "
                           "row('pdf', 10.0, 5.0)"], cwd=ROOT, capture_output=True, text=True).stdout
    assert line.startswith(TABLE_ROW)
    data = json.loads(line[len(TABLE_ROW):])
    assert (data["key"], data["ratio"], data["aim"]) == ("pdf", 2.0, ROWS["pdf"][2])


def test_keep_earlier_keeps_rows_this_run_did_not_measure(tmp_path):
    first = run_all.table([{"key": "version", "path": ROWS["version"][0], "floor_text": ROWS["version"][1],
                            "aim": ROWS["version"][2], "value": 0.03, "floor": 0.015, "ratio": 2.0,
                            "unit": "s", "script": "bench_startup.py"}])
    doc = tmp_path / "performance.md"
    doc.write_text(f"{run_all.BEGIN}\n{first}\n{run_all.END}\n", encoding="utf-8")
    earlier = run_all.earlier_rows(doc)
    assert list(earlier) == [ROWS["version"][0]]  # "not measured" rows are not kept
    pdf = {"key": "pdf", "path": ROWS["pdf"][0], "floor_text": ROWS["pdf"][1], "aim": ROWS["pdf"][2],
           "value": 8.0, "floor": 4.0, "ratio": 2.0, "unit": "s", "script": "bench_pdf.py"}
    text = run_all.table([pdf], earlier)
    assert "| `opop --version`, cold | 30 ms |" in text and "bench_startup.py (earlier run) |" in text
    assert "| 1,300 score sheets to PDF | 8.00 s |" in text and "(earlier run)" not in text.split("PDF")[1].split("\n")[0]
    run_all.write_doc(doc, text)
    again = run_all.table([], run_all.earlier_rows(doc))
    assert again.count("(earlier run)") == 2  # marked once, not twice
