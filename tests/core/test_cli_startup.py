"""Start-up of the `opop` command: what it imports, and how it ends when its reader goes away.

Run as real subprocesses: ``-X importtime`` lists every module the process imported."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
from piped import into_head

ROOT = Path(__file__).resolve().parents[2]

# Heavy packages a quick command must not load: SQLAlchemy's dialects, PDF, Excel, crypto, GUI.
HEAVY = ("sqlalchemy", "reportlab", "openpyxl", "cryptography", "PySide6", "shiboken6", "psycopg", "alembic")


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _imported(*argv: str) -> set[str]:
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "opop_desktop", *argv],
                          capture_output=True, text=True, env=_env(), cwd=ROOT, timeout=120)
    assert proc.returncode in (0, 2), proc.stderr[-2000:]
    names = set()
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip())
    assert names, "python -X importtime printed nothing"
    return names


def _heavy(names: set[str], packages=HEAVY) -> list[str]:
    return sorted(n for n in names if n.split(".")[0] in packages)


def test_version_imports_nothing_heavy():
    names = _imported("--version")
    assert "opop_desktop.cli" in names
    assert _heavy(names) == []


def test_help_imports_nothing_heavy():
    names = _imported("--help")
    assert "opop_desktop.cli.printing" in names and "opop_desktop.cli.sync" in names
    assert _heavy(names) == []
    sub = _imported("print", "--help")
    assert _heavy(sub) == []
    assert _heavy(_imported("regions", "--level", "district")) == []  # a query that needs no database


def _registrants(tmp_path, db_path, cli, rows: int) -> None:
    """A workbook of ``rows`` registrants imported through the real command."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Nama Pesantren", "NSPP", "Kabupaten/Kota", "Kecamatan", "No. HP", "Produk", "Bidang Usaha",
               "Kategori Usaha"])
    for n in range(rows):
        regency, district = ("Kab. Garut", "Tarogong Kaler") if n % 3 else ("Kota Bandung", "Coblong")
        ws.append([f"Pondok Pesantren Al-Hikmah Nomor {n}", 510032050000 + n, regency, district,
                   f"0811{n:08d}", "Dodol Garut", "Makanan Olahan Nabati", "rintisan"])
    wb.save(tmp_path / "pendaftar.xlsx")
    code, _, err = cli("registrants", "import", str(tmp_path / "pendaftar.xlsx"))
    assert code == 0, err


def test_listing_reads_sqlite_without_sqlalchemy(tmp_path, db_path, cli):
    _registrants(tmp_path, db_path, cli, 3)
    names = _imported("--db", str(db_path), "registrants", "list", "--json")
    assert "opop_desktop.core.services.registrant_list" in names
    assert _heavy(names) == []


def test_sqlite_listing_is_the_session_listing(tmp_path, db_path, cli, db):
    from contextlib import closing

    from opop_desktop.core.dbfile import open_sqlite_reader
    from opop_desktop.core.services.registrant_list import list_pesantren_sqlite
    from opop_desktop.core.services.registrants import list_pesantren

    _registrants(tmp_path, db_path, cli, 12)
    with closing(open_sqlite_reader(str(db_path))) as reader, db.session() as s:
        for regency in (None, "32.05", "32.73"):
            assert list_pesantren_sqlite(reader, regency_code=regency) == list_pesantren(s, regency_code=regency)
        assert len(list_pesantren(s)) == 12 and len(list_pesantren(s, regency_code="32.73")) == 4


def test_sqlite_reader_only_for_a_current_sqlite_file(tmp_path, db_path, cli):
    import sqlite3

    from opop_desktop.core.dbfile import open_sqlite_reader

    assert open_sqlite_reader("postgresql+psycopg://u@127.0.0.1/opop") is None
    assert open_sqlite_reader(str(tmp_path / "missing.sqlite3")) is None
    old = tmp_path / "old.sqlite3"
    with sqlite3.connect(old) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES ('0001')")
    assert open_sqlite_reader(str(old)) is None  # needs migrating: the command opens it the normal way
    _registrants(tmp_path, db_path, cli, 1)
    reader = open_sqlite_reader(str(db_path))
    assert reader is not None
    with reader:
        try:
            reader.execute("DELETE FROM pesantren")
            raise AssertionError("the reader could write")
        except sqlite3.OperationalError as exc:
            assert "readonly" in str(exc)
    reader.close()


def test_output_piped_into_head_ends_quietly(tmp_path, db_path, cli):
    # More than a pipe buffer (64 KiB) of JSON, so the writer is still writing when head exits.
    _registrants(tmp_path, db_path, cli, 400)
    first, err, code = into_head([sys.executable, "-m", "opop_desktop", "--db", str(db_path), "registrants",
                                  "list", "--json"], 1, env=_env(), cwd=ROOT)
    assert code == 0, err
    assert first == b"[\n"
    assert err == ""


def test_text_table_piped_into_head_ends_quietly():
    lines, err, code = into_head([sys.executable, "-m", "opop_desktop", "regions", "--level", "village"], 2,
                                 env=_env(), cwd=ROOT)
    assert code == 0, err
    assert lines.decode().split()[:2] == ["code", "district_code"]
    assert err == ""


def test_postgres_url_without_the_driver_says_how_to_install_it():
    # A venue laptop installs opop-desktop without the [postgres] extra: psycopg cannot be imported.
    code = ("import sys; sys.modules['psycopg'] = None; from opop_desktop.cli import main; "
            "sys.exit(main(['--db', 'postgresql+psycopg://u@127.0.0.1:1/opop', 'registrants', 'list']))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=_env(), cwd=ROOT,
                          timeout=120)
    assert proc.returncode == 1
    assert "pip install opop-desktop[postgres]" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_json_of_table_rows_is_exactly_what_json_dumps_writes():
    import json
    from datetime import date, datetime
    from decimal import Decimal

    from opop_desktop.cli.context import Rows, to_json

    rows = [{"id": "a", "n": 1, "x": 2.5, "ok": True, "none": None, "d": Decimal("7.50"), "on": date(2026, 8, 2),
             "at": datetime(2026, 8, 2, 9, 30), "text": 'baris "satu",\n    dua: tiga ✓ é'},
            {}, {"only": "one"}, {"nested": [1, 2]}]
    # Rows of `rank --json`: flat objects and lists inside, written by the C encoder too.
    ranked = [{"id": "a", "means": {"PSR": 6.6, "PTN": Decimal("7.0")}, "jurors": 5, "panels": ["pn-1"],
               "flags": [], "empty": {}, "last": None},
              {"means": {"é \"x\"": date(2026, 8, 2)}, "panels": [1, "two", None, 2.5]}]
    # Values are encoded together, NUL-separated, and put into "%s" templates: neither may leak.
    odd = [{"50% \x00": "a\x00b %s %% %(x)s", "list": ["\x00", "%s"], "means": {"%d": "%", "k": 1}},
           {"50% \x00": 1, "list": [], "means": {}}, {"list": [1], "means": {"k": 2}, "50% \x00": None}]
    deeper = [{"a": {"b": {"c": 1}}}, {"a": [[1]]}, {"a": ({"b": 1},)}, {"a": {1: "int key"}}, {1: [2]}]
    # Written a batch of rows at a time: shapes change across batches, and a row json.dumps must
    # write (a nested object) may come after batches already laid out.
    mixed = ranked + rows + odd
    many = [mixed[i % len(mixed)] for i in range(2500)]
    for data in (rows[:3], [rows[1]], [rows[0]], rows, [], [{"a": {"b": 1}}], {"k": "v"}, ranked,
                 ranked + rows, *[[r] for r in deeper], ranked + deeper, odd, odd + rows, many,
                 many + deeper[:1]):
        reference = json.dumps(data, ensure_ascii=False, indent=2, default=lambda o: (
            float(o) if isinstance(o, Decimal) else o.isoformat()))
        assert to_json(data) == reference
    # The same rows given as value tuples under shared keys (`rank --json`), as json.dumps writes them.
    for data in (ranked[:1], odd[:1], [rows[0]], [{"a": {"b": {"c": 1}}}]):
        keys = tuple(data[0])
        reference = json.dumps(data, ensure_ascii=False, indent=2, default=lambda o: (
            float(o) if isinstance(o, Decimal) else o.isoformat()))
        assert to_json(Rows(keys, [tuple(r.values()) for r in data])) == reference
    assert to_json(Rows(("a",))) == "[]"


def test_each_command_is_parsed_by_its_own_module_as_by_the_whole_parser():
    import argparse

    from opop_desktop.cli import COMMAND_MODULE, MODULES, _command_modules, build_parser, common_options, parse

    registered = {}
    for mod in _command_modules(MODULES):
        sub = argparse.ArgumentParser().add_subparsers()
        mod.register(sub, common_options())
        registered.update(dict.fromkeys(sub.choices, mod.__name__.rsplit(".", 1)[1]))
    assert COMMAND_MODULE == registered
    for argv in (["rank", "--stage", "1"], ["--json", "rank", "--stage", "2", "--track", "start-up", "--full"],
                 ["--db", "rank", "rank", "--stage", "1"], ["--db", "x.sqlite3", "results", "flags", "--stage", "1",
                 "--open"], ["registrants", "list", "--json", "--regency", "32.04"], ["scores", "list", "--json"],
                 ["--db", "rank"], ["--as", "rank", "--db=x", "rank", "--stage", "3"], ["--d", "rank", "rank", "--stage", "1"],
                 ["rank", "--stage", "1", "--version"], []):
        assert _outcome(parse, argv) == _outcome(build_parser().parse_args, argv), argv


def _outcome(parse_args, argv):
    try:
        return parse_args(argv)
    except SystemExit as stop:
        return f"exit {stop.code}"


def test_rank_reads_sqlite_without_sqlalchemy(db_path, cli):
    from opop_desktop.core.db import open_database
    from opop_desktop.core.services.programme import create_programme_year

    database = open_database(str(db_path))
    with database.session() as s:
        create_programme_year(s, 2026)
    database.dispose()
    names = _imported("--db", str(db_path), "--json", "rank", "--stage", "1")
    assert "opop_desktop.core.services.results" in names
    assert _heavy(names) == []
    code, out, err = cli("--json", "rank", "--stage", "1")
    assert (code, out.strip(), err) == (0, "[]", "")
