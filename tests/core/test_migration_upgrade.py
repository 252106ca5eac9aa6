"""A database made with the first schema (0001) and full of a real audition day migrates to head:
nothing lost, the file is backed up first, foreign keys and the audit chain still hold, and the
services read the old data."""
from __future__ import annotations

import sqlite3

import pytest

from alembic import command
from sqlalchemy import create_engine

from audition_day import CODES
from opop_desktop.core import db as dbmod
from opop_desktop.core import paths
from opop_desktop.core.services import attendance, audit, scoring
from opop_desktop.core.services.scoring import SheetKey

FIRST = "0001"  # the first schema ever shipped

pytestmark = pytest.mark.day(n_pesantren=3, n_jurors=1)


def _columns(con, table):
    return {row[1]: row for row in con.execute(f"PRAGMA table_info({table})")}


def _tables(con):
    return [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                      "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]


def _copy_into_first_schema(source, target) -> dict[str, int]:
    """The rows of a head database, written into a 0001 database column for column."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    copied = {}
    try:
        dst.execute("PRAGMA foreign_keys=OFF")
        for table in _tables(dst):
            old_cols, new_cols = _columns(dst, table), _columns(src, table)
            shared = [c for c in old_cols if c in new_cols]
            rows = src.execute(f"SELECT {', '.join(shared)} FROM {table}").fetchall()
            dst.executemany(f"INSERT INTO {table} ({', '.join(shared)}) VALUES ({', '.join('?' * len(shared))})",
                            rows)
            copied[table] = len(rows)
        dst.commit()
    finally:
        src.close()
        dst.close()
    return copied


def test_a_populated_first_schema_database_upgrades_to_head(db, db_path, day, tmp_path):
    with db.session() as s:
        officer = day.users["off1"]
        for i, pid in enumerate(day.pesantren):
            attendance.check_in(s, officer, stage_id=day.stage_id, pesantren_id=pid, reps=(f"Wakil {i}",))
        for i, pid in enumerate(day.pesantren[:2]):
            key = SheetKey(day.stage_id, day.panel_id, day.jurors[0], pid)
            for n, code in enumerate(CODES):
                scoring.set_score(s, day.juror_user(0), key, code, str(5 + (n + i) % 5))
    with db.session() as s:
        expected_values = {pid: scoring.sheet_values(s, sid) for pid, sid in _sheets(s, day)}
    db.dispose()

    old = tmp_path / "dari-0001.sqlite3"
    engine = create_engine(f"sqlite:///{old}")
    with engine.begin() as conn:
        command.upgrade(dbmod._alembic_config(conn), FIRST)
    engine.dispose()
    copied = _copy_into_first_schema(db_path, old)
    assert copied["pesantren"] == len(day.pesantren) and copied["score_entry"] == 2 * len(CODES)
    assert copied["attendance"] == len(day.pesantren) and copied["audit_entry"] > 0

    upgraded = dbmod.open_database(str(old))
    try:
        assert dbmod.current_revision(upgraded.engine) == dbmod.head_revision()
        assert list(paths.backups_dir().glob("dari-0001-*-before-migrate-*.sqlite3"))
        con = sqlite3.connect(old)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert con.execute("PRAGMA foreign_key_check").fetchall() == []
            for table, n in copied.items():
                assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] >= n, table
        finally:
            con.close()
        with upgraded.session() as s:
            assert audit.verify(s).ok
            assert {pid: scoring.sheet_values(s, sid) for pid, sid in _sheets(s, day)} == expected_values
            key = SheetKey(day.stage_id, day.panel_id, day.jurors[0], day.pesantren[2])
            assert scoring.set_score(s, day.juror_user(0), key, "PSR", "7,5").changed  # still writable
    finally:
        upgraded.dispose()


def _sheets(session, day):
    from sqlalchemy import select

    from opop_desktop.core.models import ScoreSheet

    return [(sh.pesantren_id, sh.id) for sh in session.scalars(
        select(ScoreSheet).where(ScoreSheet.juror_id == day.jurors[0]).order_by(ScoreSheet.pesantren_id))]
