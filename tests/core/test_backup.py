"""Backups: automatic before imports, listed, restored (after backing up the current file)."""
from __future__ import annotations

import json

from sqlalchemy import select

from opop_desktop.cli import main
from opop_desktop.core.models import ProgrammeYear
from opop_desktop.core.services import backup


def test_backup_list_and_restore(db, db_path, capsys):
    from opop_desktop.core.services.programme import create_programme_year

    with db.session() as s:
        create_programme_year(s, 2019)
    made = backup.make_backup(db, reason="manual")
    assert made.path and "Cadangan dibuat" in made.note
    with db.session() as s:
        s.scalar(select(ProgrammeYear)).notes = "diubah setelah cadangan"
    assert [b.path for b in backup.list_backups(db)] == [made.path]
    restored, safety = backup.restore_backup(db, backup.list_backups(db)[0].name)
    assert restored == made.path and safety.path
    with db.session() as s:
        assert s.scalar(select(ProgrammeYear)).notes == ""
    assert len(backup.list_backups(db)) == 2  # the safety copy of the state before restoring
    db.dispose()
    assert main(["--db", str(db_path), "backup", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {b["path"] for b in listed} == {made.path, safety.path}
    assert main(["--db", str(db_path), "backup", "restore", safety.path]) == 0
    assert "Dipulihkan" in capsys.readouterr().out
    assert main(["--db", str(db_path), "backup", "restore", "tidak-ada"]) == 1


def test_restore_rejects_a_file_that_is_not_a_database(db, tmp_path):
    bogus = tmp_path / "bukan.sqlite3"
    bogus.write_text("bukan basis data")
    try:
        backup.restore_backup(db, str(bogus))
    except Exception as exc:  # noqa: BLE001
        assert "bukan basis data SQLite" in str(exc)
    else:
        raise AssertionError("restore accepted a non-database file")


def test_postgres_backup_says_what_it_did(pg_url):
    from opop_desktop.core.db import open_database

    db = open_database(pg_url)
    try:
        res = backup.make_backup(db, reason="before-import")
        assert ("Cadangan dibuat" in res.note and res.path) or "tidak ada cadangan" in res.note
    finally:
        db.dispose()
