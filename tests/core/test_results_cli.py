"""`opop rank --json` and `opop results ...` against a real database."""
from __future__ import annotations

import json

import pytest

from piped import into_head
from results_golden import seed_golden


def _seed(db):
    with db.session() as s:
        return seed_golden(s)


def test_rank_json_keys_and_types(cli, db, programme):
    ids = _seed(db)
    code, out, err = cli("rank", "--stage", "1", "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert len(rows) == 13
    for r in rows:
        assert {"nspp", "name", "group", "track", "rank", "score", "selected", "tie", "flags"} <= set(r)
        assert isinstance(r["rank"], int) and isinstance(r["score"], float)
        assert round(r["score"], 2) == r["score"] and isinstance(r["selected"], bool)
        assert isinstance(r["tie"], bool) and isinstance(r["flags"], list)
    by_id = {r["pesantren_id"]: r for r in rows}
    c, f = by_id[ids["pesantren"]["C"]], by_id[ids["pesantren"]["F"]]
    assert c["tie"] and c["rank"] == 3 and c["rank_label"] == "3=" and c["group"] == "Katapang"
    assert f["outcome"] == "plenary" and f["selected"] is False
    assert by_id[ids["pesantren"]["E"]]["score"] == 90.0


def test_rank_options_and_text(cli, db, programme):
    _seed(db)
    code, out, _ = cli("rank", "--stage", "1", "--aggregate", "trimmed", "--track", "start-up",
                       "--group", "regency", "--quota", "3", "--threshold", "70", "--json")
    rows = json.loads(out)
    assert code == 0 and {r["track"] for r in rows} == {"start-up"}
    assert sum(r["selected"] for r in rows) == 3 and all(r["group"] == "Kabupaten Bandung" for r in rows)
    code, out, _ = cli("rank", "--stage", "1")
    assert code == 0 and "Pesantren Enjang" in out and "PLENO" in out
    with pytest.raises(SystemExit) as exc:
        cli("rank", "--stage", "1", "--aggregate", "bogus")
    assert exc.value.code == 2
    assert cli("rank", "--stage", "9")[0] == 1


def test_results_flow_via_cli(cli, db, programme):
    ids = _seed(db)
    code, out, err = cli("results", "seal", "--stage", "1", "--venue", "Aula Soreang", "--json")
    assert code == 1 and "Diperiksa" in err
    assert cli("results", "verify", "--stage", "1", "--venue", "Aula Soreang", "--by", "petugas")[0] == 0
    code, out, err = cli("results", "seal", "--stage", "1", "--venue", ids["venue"])
    assert code == 1 and "belum dapat disegel" in err
    flags = json.loads(cli("results", "flags", "--stage", "1", "--open", "--json")[1])
    assert flags and all(not f["acknowledged"] for f in flags)
    for f in flags:
        assert cli("results", "ack", "--stage", "1", "--flag", f["key"], "--decision", "accepted",
                   "--reason", "sudah dicek", "--by", "koord")[0] == 0
    code, out, err = cli("results", "seal", "--stage", "1", "--venue", ids["venue"], "--json")
    assert code == 0 and json.loads(out)["state"] == "sealed"
    assert cli("results", "merge", "--stage", "1", "--regency", "32.04")[0] == 0
    assert cli("results", "approve", "--stage", "1", "--regency", "32.04")[0] == 1  # plenary tie
    for letter, outcome in (("F", "selected"), ("G", "not_selected")):
        code, out, err = cli("results", "override", "--stage", "1", "--pesantren", f"REG-{letter}",
                             "--outcome", outcome, "--reason", "pleno", "--chair", "Ketua")
        assert code == 0, err
    assert cli("results", "approve", "--stage", "1", "--regency", "32.04")[0] == 0
    assert cli("results", "publish", "--stage", "1", "--regency", "32.04")[0] == 0
    status = json.loads(cli("results", "status", "--stage", "1", "--json")[1])
    assert {(r["scope"], r["state"]) for r in status} == {("venue", "sealed"), ("regency", "published")}
    hist = json.loads(cli("results", "history", "--stage", "1", "--scope", "regency", "--key", "32.04", "--json")[1])
    assert [h["state"] for h in hist] == ["merged", "approved", "published"]
    cusp = json.loads(cli("results", "cusp", "--stage", "1", "--json")[1])
    assert any(c["inside"] and c["outside"] for c in cusp)


def test_variance_limit_option(cli, db, programme):
    _seed(db)
    default = json.loads(cli("results", "flags", "--stage", "1", "--json")[1])
    strict = json.loads(cli("results", "flags", "--stage", "1", "--variance-limit", "10", "--json")[1])
    far = lambda flags: sorted(f["message"] for f in flags if f["kind"] == "juror_far")  # noqa: E731
    # T: totals 60, 70, 75, 80, 100 around the median 75 → 15, 5, 0, 5, 25 points away.
    assert len(far(default)) == 1 and len(far(strict)) == 2
    full = json.loads(cli("rank", "--stage", "1", "--variance-limit", "10", "--full", "--json")[1])
    assert full["variance_limit"] == "10"


def test_rank_as_a_program_writes_everything_before_it_ends(cli, db, db_path, programme, tmp_path):
    """`python -m opop_desktop rank` ends without freeing the ranking (cli.run): the whole JSON
    is still written, the exit code kept, the log flushed; piped into head it ends quietly."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    _seed(db)
    _code, in_process, _err = cli("rank", "--stage", "1", "--json")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "OPOP_DATA_DIR": str(tmp_path / "data")}
    argv = [sys.executable, "-m", "opop_desktop", "--db", str(db_path)]
    done = subprocess.run([*argv, "--json", "rank", "--stage", "1"], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == in_process and done.stderr == ""
    failed = subprocess.run([*argv, "rank", "--stage", "1", "--aggregate", "bogus"], capture_output=True,
                            text=True, env=env, timeout=120)
    assert failed.returncode == 2
    missing = subprocess.run([*argv, "rank", "--stage", "9"], capture_output=True, text=True, env=env, timeout=120)
    assert missing.returncode == 1 and "9" in missing.stderr
    logs = list((tmp_path / "data").rglob("*.log"))
    assert logs and "rank --stage 9" in "".join(p.read_text(encoding="utf-8") for p in logs)
    first, err, code = into_head([*argv, "rank", "--stage", "1"], 1, env=env)
    assert code == 0, err
    assert first.startswith(b"kelompok") and err == ""
