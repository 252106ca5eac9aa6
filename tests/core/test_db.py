from __future__ import annotations

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from opop_desktop.core import db as dbmod
from opop_desktop.core.models import Base, ProgrammeYear


def test_models_and_migrations_agree(db):
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_sqlite_pragmas(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_replicated_records_get_device_stamps(db):
    with db.session() as s:
        a = ProgrammeYear(name="OPOP 2019", year=2019)
        b = ProgrammeYear(name="OPOP 2020", year=2020)
        s.add_all([a, b])
    with db.session() as s:
        rows = s.query(ProgrammeYear).order_by(ProgrammeYear.year).all()
        assert [r.origin_device for r in rows] == [db.device_id] * 2
        assert sorted(r.device_seq for r in rows) == [1, 2]
        rows[0].notes = "diubah"
    with db.session() as s:
        changed = s.get(ProgrammeYear, a.id)
        assert changed.device_seq == 3 and changed.origin_device == db.device_id
        assert len(changed.id) == 36


def test_migration_backs_up_existing_database(db_path, monkeypatch):
    from opop_desktop.core import paths

    database = dbmod.open_database(str(db_path))
    database.dispose()
    # Pretend the file is one revision behind: a migration must back it up first.
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num='0000_fake'")
    con.commit()
    con.close()
    monkeypatch.setattr(dbmod, "migrate", dbmod.migrate)
    from alembic.script import ScriptDirectory  # noqa: F401

    # An unknown revision cannot be migrated: the user gets a clear error, the backup exists.
    try:
        dbmod.open_database(str(db_path))
    except Exception as exc:  # noqa: BLE001
        assert "Basis data" in str(exc)
    backups = list(paths.backups_dir().glob("*.sqlite3"))
    assert backups, "no backup made before migrating"


def test_resolve_url(monkeypatch, tmp_path):
    assert dbmod.resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert dbmod.resolve_url(str(tmp_path / "a.db")).startswith("sqlite:///")
    monkeypatch.setenv("OPOP_DB", str(tmp_path / "env.db"))
    assert dbmod.resolve_url(None).endswith("env.db")
