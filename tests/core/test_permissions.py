"""The permission matrix: for each role, which service calls go through and which are refused
with a message naming the role and the action; a coordinator only for its own kab/kota; the CLI
acting as an account (``--as``) exits 1 when refused."""
from __future__ import annotations

import pytest

from audition_day import JUROR_PINS, PASSWORD, add_pesantren, build_day, full_sheet
from opop_desktop.cli import main
from opop_desktop.core import permissions
from opop_desktop.core.errors import ConflictError, PermissionDenied
from opop_desktop.core.services import accounts, attendance, backup, results_states, scoring, setup
from opop_desktop.core.services.accounts import SYSTEM_ACTOR
from opop_desktop.core.services.scoring import SheetKey
from opop_desktop.core.services.venue_views import venue_choices

ROLE_OF = {"admin": "Admin provinsi", "koord": "Koordinator kab/kota", "off1": "Petugas lokasi",
           "juri1": "Juri"}


@pytest.fixture
def day(db):
    return build_day(db, n_pesantren=2, n_jurors=1)


def _calls(db, day):
    """action → a call that does it (on records of the coordinator's own kab/kota 32.05)."""
    key = SheetKey(day.stage_id, day.panel_id, day.jurors[0], day.pesantren[0])
    made = backup.make_backup(db, reason="manual").path

    def correct(s, u):
        sheet = scoring.find_sheet(s, key)
        return scoring.correct_score(s, u, sheet.id, "PSR", "8", reason="cek ulang")

    return {
        "setup.manage": lambda s, u: setup.create_panel(s, u, venue_id=day.venue_id, name="Ruang baru"),
        "account.manage": lambda s, u: accounts.set_active(s, u, "off2", False),
        "attendance.record": lambda s, u: attendance.mark_absent(s, u, stage_id=day.stage_id,
                                                                 pesantren_id=day.pesantren[1]),
        "score.correct": correct,
        "results.verify": lambda s, u: results_states.verify_venue(s, 1, day.venue_id, actor=u),
        "results.approve": lambda s, u: results_states.approve(s, 1, regency_code="32.05", actor=u),
        "backup.restore": lambda s, u: backup.restore_backup(db, made, u),
    }


def _lock_one_sheet(db, day):
    with db.session() as s:
        for code, text in full_sheet().items():
            for p in day.pesantren:
                scoring.set_score(s, day.users["juri1"], SheetKey(day.stage_id, day.panel_id, day.jurors[0], p),
                                  code, text)
    with db.session() as s:
        scoring.lock_sheets(s, day.users["juri1"], day.panel_id, day.jurors[0], JUROR_PINS[0])


@pytest.mark.parametrize("username", sorted(ROLE_OF))
def test_each_role_is_refused_what_the_matrix_does_not_give_it(db, day, username):
    _lock_one_sheet(db, day)
    user = day.users[username]
    refused = []
    for action, call in _calls(db, day).items():
        if action == "backup.restore" and permissions.allowed(user, action):
            continue  # restoring would undo this test's own set-up; tests/core/test_backup.py does it
        try:
            with db.session() as s:
                call(s, user)
        except PermissionDenied as err:
            assert str(err).startswith(f"{ROLE_OF[username]} tidak boleh {permissions.what(action)}"), err
            refused.append(action)
        except ConflictError:  # allowed, but the results are not merged yet: not a permission matter
            assert action == "results.approve"
        assert (action in refused) == (not permissions.allowed(user, action)), action
    expected = {"admin": [], "koord": ["account.manage", "results.approve"],
                "off1": ["setup.manage", "account.manage", "score.correct", "results.approve", "backup.restore"],
                "juri1": ["setup.manage", "account.manage", "attendance.record", "score.correct",
                          "results.verify", "results.approve", "backup.restore"]}
    assert refused == expected[username]


def test_a_coordinator_is_limited_to_its_kab_kota(db, day):
    with db.session() as s:
        tasik = setup.create_venue(s, SYSTEM_ACTOR, stage_id=day.stage_id, name="Aula Tasik",
                                   regency_codes=["32.78"])
        p = add_pesantren(s, day.programme_id, 9, regency="32.78")
        accounts.create_user(s, username="koord-tasik", full_name="K Tasik", role="coordinator",
                             password=PASSWORD, regency_code="32.78", actor=SYSTEM_ACTOR)
    koord = day.users["koord"]
    refusals = {
        "panel": lambda s: setup.create_panel(s, koord, venue_id=tasik.id, name="Ruang 9"),
        "venue": lambda s: setup.create_venue(s, koord, stage_id=day.stage_id, name="X", regency_codes=["32.78"]),
        "juror": lambda s: setup.create_juror(s, koord, name="Juri Tasik", regency_code="32.78"),
        "check-in": lambda s: attendance.check_in(s, koord, stage_id=day.stage_id, pesantren_id=p.id),
        "seal": lambda s: results_states.seal_venue(s, 1, tasik.id, actor=koord),
        "province merge": lambda s: results_states.merge(s, 1, actor=koord),
    }
    for what, call in refusals.items():
        with pytest.raises(PermissionDenied, match="Koordinator kab/kota 32.05 hanya boleh .* kab/kotanya sendiri"):
            with db.session() as s:
                call(s)
    with db.session() as s:  # its own kab/kota is fine, and a new juror belongs to it
        assert setup.create_juror(s, koord, name="Juri Garut").regency_code == "32.05"
        names = [v.name for v in setup.list_venues(s, day.stage_id, regency_code=permissions.scope_of(koord))]
        chosen = [v.name for v in venue_choices(s, permissions.scope_of(koord))]  # Kehadiran, progress
        everyone = [v.name for v in venue_choices(s, permissions.scope_of(day.users["admin"]))]
    assert names == chosen == ["Aula Garut"] and everyone == ["Aula Garut", "Aula Tasik"]


def test_nobody_signed_in_may_do_nothing(db, day):
    _lock_one_sheet(db, day)
    for action, call in _calls(db, day).items():
        with pytest.raises(PermissionDenied, match="Pengguna yang belum masuk tidak boleh"):
            with db.session() as s:
                call(s, None)
    assert permissions.screens_for(None) == ["beranda"]


def test_cli_acting_as_an_account_exits_1_when_refused(db, db_path, day, capsys, monkeypatch):
    db.dispose()
    monkeypatch.setenv("OPOP_SECRET", PASSWORD)
    assert main(["--db", str(db_path), "--as", "off1", "panels", "add", "--venue", day.venue_id,
                 "--name", "Ruang 2"]) == 1
    assert "Petugas lokasi tidak boleh mengubah persiapan" in capsys.readouterr().err
    assert main(["--db", str(db_path), "--as", "koord", "panels", "add", "--venue", day.venue_id,
                 "--name", "Ruang 2"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("OPOP_SECRET", "salah-sekali")
    assert main(["--db", str(db_path), "--as", "koord", "panels", "add", "--venue", day.venue_id,
                 "--name", "Ruang 3"]) == 1
    assert "kata sandi/PIN salah" in capsys.readouterr().err


def test_cli_commands_without_an_actor_in_their_service_are_checked_at_the_command(
        db, db_path, day, tmp_path, capsys, monkeypatch):
    db.dispose()
    monkeypatch.setenv("OPOP_SECRET", PASSWORD)
    refused = {
        ("bundle", "export", "--out", str(tmp_path / "x.opop")): ("juri1", "mengekspor bundel"),
        ("bundle", "import", str(tmp_path / "x.opop")): ("off1", "mengimpor bundel"),
        ("registrants", "import", str(tmp_path / "x.xlsx")): ("off1", "mengimpor atau mengubah data pendaftar"),
        ("print", "attendance", "--stage", "1", "--out", str(tmp_path / "x.pdf")): ("juri1", "mencetak"),
    }
    for argv, (username, what) in refused.items():
        monkeypatch.setenv("OPOP_SECRET", JUROR_PINS[0] if username == "juri1" else PASSWORD)
        assert main(["--db", str(db_path), "--as", username, *argv]) == 1, argv
        err = capsys.readouterr().err
        assert f"{ROLE_OF[username]} tidak boleh {what}" in err, err
    assert not (tmp_path / "x.opop").exists() and not (tmp_path / "x.pdf").exists()
    monkeypatch.setenv("OPOP_SECRET", PASSWORD)
    assert main(["--db", str(db_path), "--as", "off1", "bundle", "export", "--out", str(tmp_path / "x.opop")]) == 0
    assert (tmp_path / "x.opop").exists()
