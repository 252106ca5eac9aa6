"""Backups: automatic before imports, listed, checked, restored (after backing up the current
file) by admins and coordinators only; failed backups leave nothing; old automatic ones pruned."""
from __future__ import annotations

import json
from contextlib import closing
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from audition_day import PASSWORD, build_day
from opop_desktop.cli import main
from opop_desktop.core import paths
from opop_desktop.core.db import set_setting
from opop_desktop.core.errors import PermissionDenied, ValidationError
from opop_desktop.core.models import AuditEntry, ProgrammeYear
from opop_desktop.core.services import backup
from opop_desktop.core.services.accounts import SYSTEM_ACTOR

REPO = Path(__file__).resolve().parents[2]


def _notes(db) -> str:
    with db.session() as s:
        return s.scalar(select(ProgrammeYear)).notes


def _set_notes(db, text: str) -> None:
    with db.session() as s:
        s.scalar(select(ProgrammeYear)).notes = text


def test_backup_list_and_restore(db, db_path, capsys):
    from opop_desktop.core.services.programme import create_programme_year

    with db.session() as s:
        create_programme_year(s, 2019)
    made = backup.make_backup(db, reason="manual")
    assert made.path and "Cadangan dibuat" in str(made.note)
    _set_notes(db, "diubah setelah cadangan")
    assert [b.path for b in backup.list_backups(db)] == [made.path]
    res = backup.restore_backup(db, backup.list_backups(db)[0].name, SYSTEM_ACTOR)
    assert res.source == made.path and res.safety.path
    assert _notes(db) == ""
    with db.session() as s:  # who restored what is in the restored database's audit log
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "backup.restore")).one()
        assert entry.actor == "sistem" and Path(made.path).name in entry.entity_id
    assert len(backup.list_backups(db)) == 2  # the safety copy of the state before restoring
    db.dispose()
    assert main(["--db", str(db_path), "backup", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {b["path"] for b in listed} == {made.path, res.safety.path}
    assert main(["--db", str(db_path), "backup", "restore", res.safety.path]) == 0
    assert "Dipulihkan" in capsys.readouterr().out
    assert main(["--db", str(db_path), "backup", "restore", "tidak-ada"]) == 1


def _refused(db, db_path, capsys, path: Path, message: str) -> None:
    """Service and CLI both refuse ``path`` with ``message``; nothing changes, no safety copy."""
    before = len(backup.list_backups(db))
    _set_notes(db, "data hari ini")
    with pytest.raises(ValidationError, match=message):
        backup.restore_backup(db, str(path), SYSTEM_ACTOR)
    assert main(["--db", str(db_path), "backup", "restore", str(path)]) == 1
    err = capsys.readouterr().err
    assert re.search(message, err) and "Tidak ada yang diubah" in err
    assert main(["--db", str(db_path), "backup", "check", str(path)]) == 1
    capsys.readouterr()
    assert _notes(db) == "data hari ini" and len(backup.list_backups(db)) == before


def test_restore_refuses_empty_and_foreign_files(db, db_path, programme, tmp_path, capsys):
    empty = tmp_path / "kosong.sqlite3"
    empty.write_bytes(b"")
    _refused(db, db_path, capsys, empty, "kosong \\(0 byte\\)")
    text = tmp_path / "bukan.sqlite3"
    text.write_text("bukan basis data")
    _refused(db, db_path, capsys, text, "bukan basis data SQLite")
    _refused(db, db_path, capsys, db_path, "basis data yang sedang dipakai")
    foreign = tmp_path / "lain.sqlite3"
    with closing(sqlite3.connect(foreign)) as conn, conn:
        conn.execute("CREATE TABLE catatan (isi TEXT)")
    _refused(db, db_path, capsys, foreign, "bukan cadangan OPOP")


def _copy_backup(db, tmp_path, name: str) -> Path:
    made = Path(backup.make_backup(db, reason="manual").path)
    return Path(shutil.copy(made, tmp_path / name))


def test_restore_refuses_unknown_schema_damage_and_another_programme_or_installation(
        db, db_path, programme, tmp_path, capsys):
    future = _copy_backup(db, tmp_path, "masa-depan.sqlite3")
    with closing(sqlite3.connect(future)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_dari_masa_depan'")
    _refused(db, db_path, capsys, future, "9999_dari_masa_depan\\) tidak dikenal")

    other_year = _copy_backup(db, tmp_path, "tahun-lain.sqlite3")
    with closing(sqlite3.connect(other_year)) as conn, conn:
        conn.execute("UPDATE programme_year SET year = 2018")
    _refused(db, db_path, capsys, other_year, "bukan dari program tahun 2019")

    other_regency = _copy_backup(db, tmp_path, "kabkota-lain.sqlite3")
    with closing(sqlite3.connect(other_regency)) as conn, conn:
        conn.execute("INSERT OR REPLACE INTO local_setting (key, value) VALUES ('role', 'regency')")
        conn.execute("INSERT OR REPLACE INTO local_setting (key, value) VALUES ('regency_code', '32.04')")
    _refused(db, db_path, capsys, other_regency, "dari instalasi lain \\(peran regency, kab/kota 32.04\\)")

    damaged = _copy_backup(db, tmp_path, "rusak.sqlite3")
    with closing(sqlite3.connect(damaged)) as conn, conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'programme_year'").fetchone()[0]
    with open(damaged, "r+b") as fh:  # scribble over the programme_year table's page
        fh.seek((root - 1) * page_size)
        fh.write(b"\xff" * page_size)
    _refused(db, db_path, capsys, damaged, "rusak|bukan basis data SQLite")


def test_a_fresh_database_accepts_a_backup_of_the_laptop_it_replaces(db, programme, tmp_path):
    from opop_desktop.core.db import open_database

    old = _copy_backup(db, tmp_path, "laptop-lama.sqlite3")
    fresh = open_database(str(tmp_path / "baru.sqlite3"))
    try:
        found = backup.check_backup(fresh, str(old))
        assert found.programme_years == [2019]
        backup.restore_backup(fresh, str(old), SYSTEM_ACTOR)
        assert fresh.device_id == db.device_id  # carries on as the laptop it replaces
        with fresh.session() as s:
            assert s.scalar(select(ProgrammeYear.year)) == 2019
    finally:
        fresh.dispose()


def test_only_admins_and_coordinators_restore(db, db_path, tmp_path, capsys, monkeypatch):
    day = build_day(db)
    made = backup.make_backup(db, reason="manual").path
    for username, role in (("juri1", "Juri"), ("off1", "Petugas lokasi")):
        with pytest.raises(PermissionDenied, match=f"{role} tidak boleh memulihkan cadangan"):
            backup.restore_backup(db, made, day.users[username])
    with pytest.raises(PermissionDenied, match="Juri tidak boleh membuat cadangan"):
        backup.make_backup(db, actor=day.users["juri1"])
    assert backup.make_backup(db, actor=day.users["off1"]).path  # an officer may back up
    assert backup.restore_backup(db, made, day.users["koord"]).source == made
    assert backup.restore_backup(db, made, day.users["admin"]).source == made
    db.dispose()
    monkeypatch.setenv("OPOP_SECRET", PASSWORD)
    assert main(["--db", str(db_path), "--as", "off1", "backup", "restore", made]) == 1
    assert "Petugas lokasi tidak boleh memulihkan cadangan" in capsys.readouterr().err
    assert main(["--db", str(db_path), "--as", "koord", "backup", "restore", made]) == 0
    capsys.readouterr()
    with db.session() as s:
        who = s.scalars(select(AuditEntry.actor).where(AuditEntry.action == "backup.restore")).all()
    assert who == ["koord"]  # the restored file predates the earlier restores; this one is logged


def test_backups_kept_prunes_old_automatic_backups_only(db, programme):
    manual = backup.make_backup(db, reason="manual").path
    with db.session() as s:
        assert backup.set_backups_kept(s, SYSTEM_ACTOR, 3) == 3
        with pytest.raises(ValidationError, match="antara 1 dan 500"):
            backup.set_backups_kept(s, SYSTEM_ACTOR, 0)
    made = [backup.make_backup(db, reason="before-import").path for _ in range(5)]
    kept = {b.path for b in backup.list_backups(db)}
    assert kept == {manual, *made[-3:]}
    with db.session() as s:
        assert s.scalars(select(AuditEntry.action)).all()[-1] == "settings.backups_kept"


_BACKUP_SCRIPT = """
import resource, signal, sys
from pathlib import Path
from opop_desktop.core.db import backup_sqlite
# Ignored (Python's default), a write past the limit fails like on a full disk; with the
# default action the kernel kills the process in the middle of the copy.
signal.signal(signal.SIGXFSZ, signal.SIG_IGN if sys.argv[2] == "full" else signal.SIG_DFL)
resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, 256 * 1024))
try:
    backup_sqlite(Path(sys.argv[1]), reason="manual")
except Exception as exc:
    print(type(exc).__name__, exc)
    sys.exit(3)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize("how", ["full", "killed"])
def test_a_failed_backup_leaves_no_file(db, db_path, programme, how):
    with db.session() as s:  # a database well over the child's 256 KiB file-size limit
        set_setting(s, "ballast", "x" * 2_000_000)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    run = subprocess.run([sys.executable, "-c", _BACKUP_SCRIPT, str(db_path), how], env=env,
                         capture_output=True, text=True, timeout=120)
    if how == "full":
        assert run.returncode == 3, run.stderr
    else:  # the kernel kills the process mid-write (SIGXFSZ)
        assert run.returncode == -signal.SIGXFSZ, run.stderr
    assert backup.list_backups(db) == []
    left = [f.name for f in paths.backups_dir().iterdir()]
    if how == "full":
        assert left == []
    else:  # only a hidden temporary file, swept by a later backup once it is stale
        assert all(name.startswith(".") for name in left)
        for name in left:
            os.utime(paths.backups_dir() / name, (0, 0))
        backup.make_backup(db, reason="manual")
        assert [f.name for f in paths.backups_dir().iterdir() if f.name.startswith(".")] == []


def test_postgres_backup_says_what_it_did(pg_url):
    from opop_desktop.core.db import open_database

    db = open_database(pg_url)
    try:
        res = backup.make_backup(db, reason="before-import")
        assert ("Cadangan dibuat" in str(res.note) and res.path) or "tidak ada cadangan" in str(res.note)
        if res.path:  # a pg_dump file passes the format check
            assert backup.check_backup(db, res.path) is None
    finally:
        db.dispose()
