"""Each failure class gets one short sentence in the user's language, from real failures."""
from __future__ import annotations

import errno
import sqlite3

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError, OperationalError

from opop_desktop.core.errors import ValidationError
from opop_desktop.core.failures import (CONSTRAINT, DB_GONE, DISK_FULL, IO, LOCKED, MISSING_FILE,
                                        UNEXPECTED, DatabaseGone, failure_kind, failure_message)


def test_locked_database_from_a_real_second_connection(tmp_path):
    path = tmp_path / "x.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("create table t (a)")
    holder.execute("begin immediate")
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0.05})
    with pytest.raises(OperationalError) as caught:
        with engine.begin() as conn:
            conn.execute(text("insert into t values (1)"))
    holder.rollback()
    assert failure_kind(caught.value) == LOCKED
    assert "dipakai proses lain" in failure_message(caught.value, "id")
    assert "in use by another process" in failure_message(caught.value, "en")


def test_constraint_from_a_real_unique_index(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    with engine.begin() as conn:
        conn.execute(text("create table t (a unique)"))
        conn.execute(text("insert into t values (1)"))
    with pytest.raises(IntegrityError) as caught, engine.begin() as conn:
        conn.execute(text("insert into t values (1)"))
    assert failure_kind(caught.value) == CONSTRAINT
    assert "\n" not in failure_message(caught.value) and "UNIQUE" not in failure_message(caught.value)


def test_missing_file_names_where(tmp_path):
    missing = tmp_path / "tidak-ada.opop"
    with pytest.raises(OSError) as caught:
        missing.open("rb")
    assert failure_kind(caught.value) == MISSING_FILE
    assert str(missing) in failure_message(caught.value)


@pytest.mark.parametrize("code,kind", [(errno.ENOSPC, DISK_FULL), (errno.EIO, IO)])
def test_os_errors_by_errno(code, kind):
    assert failure_kind(OSError(code, "x")) == kind


def test_sqlite_disk_full_and_io_by_result_code():
    full = sqlite3.OperationalError("database or disk is full")
    assert failure_kind(full) == DISK_FULL
    assert failure_kind(sqlite3.OperationalError("disk I/O error")) == IO


def test_declared_errors_keep_their_sentence_and_unknown_ones_stay_short():
    assert failure_message(ValidationError("Nilai di luar rentang", where="baris 3")) == \
        "baris 3: Nilai di luar rentang"
    assert failure_kind(DatabaseGone("/x/opop.sqlite3")) == DB_GONE
    assert failure_kind(KeyError("boom")) == UNEXPECTED
    assert "boom" not in failure_message(KeyError("boom"), "en")
