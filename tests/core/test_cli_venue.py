"""The audition-day commands end to end on a real SQLite file (the CLI acts as admin "sistem")."""
from __future__ import annotations

import json

import pytest
from audition_day import add_pesantren

from opop_desktop.core.services.programme import create_programme_year


@pytest.fixture
def nspp(db):
    with db.session() as s:
        info = create_programme_year(s, 2019)
        codes = [add_pesantren(s, info.id, i).nspp for i in range(3)]
    db.dispose()
    return codes


def _json(cli, *argv):
    code, out, err = cli(*argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_set_up_check_in_and_verify_from_the_command_line(cli, nspp):
    admin = _json(cli, "users", "add", "admin", "--role", "admin", "--name", "Admin Provinsi", "--password",
                  "rahasia-123")
    assert admin["role"] == "admin" and admin["has_password"]
    venue = _json(cli, "venues", "add", "--stage", "1", "--name", "Aula Pendopo Garut", "--regency", "32.05",
                  "--date", "2019-08-05", "--address", "Jl. Pembangunan")
    assert venue["regency_codes"] == ["32.05"] and venue["event_date"] == "2019-08-05"
    panel = _json(cli, "panels", "add", "--venue", venue["id"], "--name", "Ruang 1")
    ja = _json(cli, "jurors", "add", "--name", "Dr. Asep Hidayat", "--institution", "Unpad")
    jb = _json(cli, "jurors", "add", "--name", "Hj. Euis Ruhiyat", "--element", "business")
    code, out, _ = cli("panels", "add-pesantren", "--panel", panel["id"], *nspp, "--time", "09:00")
    assert code == 0 and "3 pesantren ditambahkan" in out
    _json(cli, "coi", "add", "--juror", jb["id"], "--pesantren", nspp[0], "--kind", "family", "--severity",
          "hard")
    assert _json(cli, "panels", "assign", "--panel", panel["id"], "--juror", ja["id"])["warnings"] == []
    code, _, err = cli("panels", "assign", "--panel", panel["id"], "--juror", jb["id"])
    assert code == 1 and "Hj. Euis Ruhiyat" in err and "ditolak" in err
    juror_user = _json(cli, "users", "add", "juri-asep", "--role", "juror", "--pin", "123456", "--juror",
                       ja["id"])
    assert juror_user["has_pin"] and not juror_user["has_password"]
    assert [u["username"] for u in _json(cli, "users", "list")] == ["admin", "juri-asep"]

    shown = _json(cli, "panels", "show", panel["id"])
    assert [s["nspp"] for s in shown["slots"]] == nspp and shown["slots"][0]["time_slot"] == "09:00"
    assert [p["juror_count"] for p in _json(cli, "panels", "list")] == [1]

    res = _json(cli, "attendance", "checkin", nspp[0], "--rep", "Ahmad Fauzi", "--rep", "Siti Aminah")
    assert res["row"]["status"] == "present" and res["row"]["officer"] == "sistem"
    code, out, _ = cli("attendance", "checkin", nspp[0])
    assert code == 0 and "sudah tercatat hadir" in out
    assert _json(cli, "attendance", "absent", nspp[1])["status"] == "absent"
    listed = _json(cli, "attendance", "list")
    assert listed["counts"] == {"expected": 3, "present": 1, "absent": 1, "awaited": 1}
    assert [r["status"] for r in listed["rows"]] == ["present", "absent", "awaited"]
    assert listed["rows"][0]["rep1_name"] == "Ahmad Fauzi"
    code, _, err = cli("attendance", "checkin", "000000000000")
    assert code == 1 and "tidak ditemukan" in err
    code, _, err = cli("attendance", "checkin", nspp[2], "--rep", "a", "--rep", "b", "--rep", "c")
    assert code == 2

    assert _json(cli, "scores", "list") == []
    board = _json(cli, "progress", "--venue", venue["id"])
    assert board[0]["panels"][0]["jurors"][0]["expected"] == 2  # the absent one is not expected
    verified = _json(cli, "audit", "verify")
    assert verified["ok"] and verified["checked"] >= 12
    code, out, _ = cli("audit", "verify")
    assert code == 0 and "Jejak audit utuh" in out
    code, out, _ = cli("audit", "list", "--limit", "3")
    assert code == 0 and "attendance.absent" in out


def test_usage_errors_exit_2(cli, nspp):
    code, _, err = cli("venues", "add", "--name", "X", "--date", "5/8/2019")
    assert code == 2 and "YYYY-MM-DD" in err
    with pytest.raises(SystemExit) as info:  # argparse refuses it before any handler runs
        cli("users", "add", "x", "--role", "wizard")
    assert info.value.code == 2


def test_only_the_first_admin_can_be_created_without_an_admin(cli, nspp):
    code, _, err = cli("users", "add", "petugas", "--role", "officer", "--password", "rahasia-123")
    assert code == 1 and "admin" in err
