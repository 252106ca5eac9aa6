from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from opop_desktop.core import db as dbmod
from opop_desktop.core.errors import ImportRejected
from opop_desktop.core.failures import DatabaseGone
from opop_desktop.core.models import Base, LocalSetting, ProgrammeYear

OPOP = Path(sys.executable).with_name("opop")


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


def test_resolve_url(monkeypatch, tmp_path):
    assert dbmod.resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert dbmod.resolve_url(str(tmp_path / "a.db")).startswith("sqlite:///")
    monkeypatch.setenv("OPOP_DB", str(tmp_path / "env.db"))
    assert dbmod.resolve_url(None).endswith("env.db")


def _drop_locks_and_let_the_cli_run(db_path):
    """What Qt's MIME sniffing did: open and close the database's files in this process (POSIX
    then drops every SQLite lock the process holds on them), then an ``opop`` command runs."""
    for name in (str(db_path), f"{db_path}-shm", f"{db_path}-wal"):
        with open(name, "rb") as f:
            f.read(16)
    run = subprocess.run([str(OPOP), "--db", str(db_path), "device", "show"], capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr


@pytest.mark.skipif(os.name == "nt", reason="Windows locks belong to a handle, not to the process")
def test_a_deleted_wal_stops_writes_instead_of_losing_them(db, db_path):
    with db.session() as s:
        s.add(LocalSetting(key="before", value="1"))
    _drop_locks_and_let_the_cli_run(db_path)
    assert not Path(f"{db_path}-wal").exists()  # the other process took the file over
    with pytest.raises(DatabaseGone) as caught:
        with db.session() as s:
            s.add(LocalSetting(key="after", value="2"))
    assert "Tutup aplikasi" in str(caught.value)
    db.dispose()
    fresh = dbmod.open_database(str(db_path))
    with fresh.session() as s:
        assert s.get(LocalSetting, "before").value == "1"  # what was accepted before is safe
        assert s.get(LocalSetting, "after") is None  # nothing was accepted into a deleted WAL
    fresh.dispose()


def test_the_live_database_is_refused_as_an_input_file(db, db_path):
    from opop_desktop.core.services.accounts import SYSTEM_ACTOR
    from opop_desktop.core.sync import importer

    wal = os.stat(f"{db_path}-wal").st_ino
    with db.session() as s, pytest.raises(ImportRejected) as caught:
        importer.import_bundle(s, db_path, actor=SYSTEM_ACTOR, dry_run=True)
    assert "sedang dipakai" in str(caught.value)
    with db.session() as s, pytest.raises(ImportRejected):
        importer.import_bundle(s, Path(f"{db_path}-wal"), actor=SYSTEM_ACTOR, dry_run=True)
    assert os.stat(f"{db_path}-wal").st_ino == wal


HOLDER = r"""
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
con.execute("INSERT INTO local_setting VALUES ('holder', '1')")
print("held", flush=True)
time.sleep(float(sys.argv[2]))   # the other process's long write: the scenario, not a wait
con.execute("COMMIT")
"""


def test_a_lock_held_four_seconds_by_another_process_is_waited_for(db, db_path):
    with db.session() as s:  # a read first, as the grid does, then the write
        s.add(LocalSetting(key="warm", value="1"))
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path), "4"], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    started = time.monotonic()
    with db.session() as s:
        assert s.get(LocalSetting, "warm").value == "1"
        s.add(LocalSetting(key="cell", value="7"))
    waited = time.monotonic() - started
    assert holder.wait(timeout=60) == 0
    assert 3.0 < waited < 15.0
    with db.session() as s:
        assert s.get(LocalSetting, "cell").value == "7" and s.get(LocalSetting, "holder").value == "1"


def test_a_read_only_unit_of_work_does_not_wait_for_another_writer(db, db_path):
    with db.session() as s:
        s.add(LocalSetting(key="warm", value="1"))
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path), "4"], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    started = time.monotonic()
    with db.session(read_only=True) as s:  # a long report reads the last committed state
        assert s.get(LocalSetting, "warm").value == "1" and s.get(LocalSetting, "holder") is None
    assert time.monotonic() - started < 3.0
    assert holder.wait(timeout=60) == 0


def test_bundle_schema_revisions_read_without_alembic_match_alembic():
    """A merge checks a bundle's schema and stamps its receipts with the revisions read from the
    version files (no Alembic import); they are the ones Alembic walks."""
    from alembic.script import ScriptDirectory

    from opop_desktop.core.db import _alembic_config, head_revision
    from opop_desktop.core.sync import bundle as fmt

    walked = {r.revision for r in ScriptDirectory.from_config(_alembic_config(None)).walk_revisions()}
    assert fmt._known_revisions() == walked
    assert fmt.current_head() == head_revision()
