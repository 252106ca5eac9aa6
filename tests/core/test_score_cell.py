"""The grid's lean cell path (score_cell.enter_cell) against scoring.set_score: the same sequence of
cells, typed into two copies of one database, leaves the same rows column by column — score
versions, audit entries with their hashes and chain, the device sequence — and the same results
and refusals."""
from __future__ import annotations

import sqlite3
import uuid
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from audition_day import CODES, build_day
from sqlalchemy import select

from opop_desktop.core.db import open_database
from opop_desktop.core.models import ScoreEntry, ScoreSheet
from opop_desktop.core.models import base as model_base
from opop_desktop.core.services import attendance, audit, score_cell, scoring
from opop_desktop.core.services.scoring import SheetKey

T0 = datetime(2026, 8, 5, 8, 0, tzinfo=timezone.utc)
TABLES = {"score_entry": "device_seq, id", "audit_entry": "origin_device, chain_index",
          "score_sheet": "id", "device_counter": "device_id"}


class _Clock:
    """utcnow() and new_uuid() made repeatable: the same cell gets the same time and ids in both
    databases, so even the audit hashes must match."""

    def __init__(self):
        self.cell = 0
        self.n = 0

    def at(self, cell: int) -> None:
        self.cell, self.n = cell, 0

    def now(self, tz=None):
        return T0 + timedelta(seconds=self.cell)

    def uuid4(self):
        self.n += 1
        return uuid.UUID(f"{self.cell:08x}-0000-4000-8000-{self.n:012x}")


@pytest.fixture
def clock(monkeypatch):
    c = _Clock()

    class FrozenDatetime(datetime):
        @classmethod
        def now(cls, tz=None):
            return c.now(tz)

    monkeypatch.setattr(model_base, "datetime", FrozenDatetime)
    monkeypatch.setattr(uuid, "uuid4", c.uuid4)
    return c


def _prepare(db, day) -> dict:
    """Before the copy: sync conflicts (two heads of PSR; PTN settled by a merge) on juror 1's sheet
    of pesantren 0, a locked sheet (pesantren 1), a paper sheet (pesantren 2), an absent pesantren
    (3) and one marked absent, then present (5)."""
    juror = day.juror_user(0)
    with db.session() as s:
        for code in CODES[:3]:
            scoring.set_score(s, juror, SheetKey(day.stage_id, day.panel_id, day.jurors[0], day.pesantren[0]),
                              code, "6")
    with db.session() as s:
        sheet = scoring.find_sheet(s, SheetKey(day.stage_id, day.panel_id, day.jurors[0], day.pesantren[0]))
        base = s.scalars(select(ScoreEntry).where(ScoreEntry.sheet_id == sheet.id,
                                                  ScoreEntry.criterion_code == "PSR")).one()
        ptn = s.scalars(select(ScoreEntry).where(ScoreEntry.sheet_id == sheet.id,
                                                 ScoreEntry.criterion_code == "PTN")).one()
        scoring.set_score(s, juror, sheet.id, "PSR", "6,5")  # this laptop's heads …
        ptn_here = scoring.set_score(s, juror, sheet.id, "PTN", "6,5")
    with db.session() as s:
        s.info["preserve_replication"] = True  # … and another laptop's, received by sync: conflicts
        later = T0 + timedelta(days=1)  # the newer head comes second in the table

        def remote(id_, code, value, supersedes, seq, merges=None):
            s.add(ScoreEntry(id=id_, sheet_id=sheet.id, criterion_code=code, value=Decimal(value),
                             supersedes_id=supersedes, merges_id=merges, entered_by="juri1",
                             origin_device="dev-other", modified_device="dev-other", device_seq=seq,
                             created_at=later, updated_at=later))
            s.flush()
        remote("other-psr", "PSR", "9", base.id, 7)
        remote("other-ptn", "PTN", "9", ptn.id, 8)
        here = s.scalars(select(ScoreEntry.id).where(ScoreEntry.sheet_id == ptn_here.sheet_id,
                                                     ScoreEntry.criterion_code == "PTN",
                                                     ScoreEntry.value == Decimal("6.5"))).one()
        remote("settled-ptn", "PTN", "6", here, 9, merges="other-ptn")  # a person settled PTN
    with db.session() as s:
        for code in CODES:
            scoring.set_score(s, juror, SheetKey(day.stage_id, day.panel_id, day.jurors[0], day.pesantren[1]),
                              code, "7")
        locked = scoring.find_sheet(s, SheetKey(day.stage_id, day.panel_id, day.jurors[0], day.pesantren[1]))
        locked.status = "locked"
        s.add(ScoreSheet(id="paper-sheet", stage_id=day.stage_id, panel_id=day.panel_id,
                         juror_id=day.jurors[0], pesantren_id=day.pesantren[2], rubric_id=sheet.rubric_id,
                         source="paper", status="entered_once"))
        attendance.mark_absent(s, day.users["off1"], stage_id=day.stage_id, pesantren_id=day.pesantren[3])
        attendance.mark_absent(s, day.users["off1"], stage_id=day.stage_id, pesantren_id=day.pesantren[5])
        attendance.correct(s, day.users["off1"], stage_id=day.stage_id, pesantren_id=day.pesantren[5],
                           status="present", reason="datang terlambat")
    return {"conflict": sheet.id, "locked": locked.id}


def _cells(day, ids) -> list[tuple]:
    """(user, sheet, code, text, reason): accepted, unchanged, superseding, conflicting and refused."""
    j1, j2, koord = day.juror_user(0), day.juror_user(1), day.users["koord"]

    def key(juror, p):
        return SheetKey(day.stage_id, day.panel_id, day.jurors[juror], day.pesantren[p])
    return [
        (j1, ids["conflict"], "PTN", "7", ""),         # a plain new version
        (j1, ids["conflict"], "psr", "8", ""),         # supersedes the newest of two heads
        (j1, ids["conflict"], "PTN", "7.0", ""),       # the same value: nothing written
        (j1, key(0, 0), "PTN", "7,5", ""),            # by key
        (j1, key(0, 4), "PSR", "5", ""),              # the first cell creates the sheet
        (j1, key(0, 4), "PSR", "5,5", ""),
        *[(j1, key(0, 4), code, "8", "") for code in CODES[1:]],
        (j1, key(0, 4), "UNK", "10", ""),
        (j2, key(1, 0), "KUA", "3", ""),
        (j2, key(1, 0), "KUA", "3,5", ""),
        (j1, ids["locked"], "PSR", "8", ""),          # locked sheet
        (j1, key(0, 1), "PSR", "8", ""),
        (j2, ids["conflict"], "PSR", "8", ""),        # another juror's sheet
        (j2, key(0, 0), "PSR", "8", ""),
        (j1, ids["conflict"], "PSR", "7,3", ""),      # off the step
        (j1, ids["conflict"], "PSR", "11", ""),       # off the range
        (j1, ids["conflict"], "PSR", "", ""),         # empty
        (j1, ids["conflict"], "PSR", "tujuh", ""),
        (j1, ids["conflict"], "XYZ", "7", ""),        # no such criterion
        (j1, key(0, 3), "PSR", "7", ""),              # absent pesantren
        (j2, key(0, 5), "PSR", "7", ""),              # another juror's sheet, not yet there
        (j1, SheetKey(day.stage_id, day.panel_id, day.jurors[0], "no-such-pesantren"), "PSR", "7", ""),
        (j1, SheetKey(day.stage_id, day.panel_id, "no-such-juror", day.pesantren[5]), "PSR", "7", ""),
        (j1, key(0, 5), "PSR", "6", ""),              # absent once, present now: a new sheet
        (j1, "paper-sheet", "PSR", "7", ""),          # a paper sheet
        (j1, "no-such-sheet", "PSR", "7", ""),
        (koord, ids["locked"], "PSR", "9", "salah ketik"),  # a correction: set_score's own path
        (j1, ids["conflict"], "PRF", "9", ""),
    ]


def _run(db, day, ids, clock, write) -> list:
    outcomes = []
    for n, (user, sheet, code, text, reason) in enumerate(_cells(day, ids), start=1):
        clock.at(n)
        try:
            with db.session() as s:
                outcomes.append(write(s, user, sheet, code, text, reason=reason))
        except Exception as exc:  # noqa: BLE001 - compared below
            outcomes.append((type(exc).__name__, str(exc)))
    return outcomes


def _rows(path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(str(path))
    try:
        out = {}
        for table, order in TABLES.items():
            cur = conn.execute(f"SELECT * FROM {table} ORDER BY {order}")
            cols = [d[0] for d in cur.description]
            out[table] = [dict(zip(cols, r)) for r in cur.fetchall()]
        return out
    finally:
        conn.close()


def test_lean_path_writes_what_set_score_writes(tmp_path, clock, monkeypatch):
    first = tmp_path / "orm.sqlite3"
    db = open_database(str(first))
    day = build_day(db, n_pesantren=6, n_jurors=2)
    ids = _prepare(db, day)
    db.dispose()
    lean_path = tmp_path / "lean.sqlite3"
    src = sqlite3.connect(str(first))
    dst = sqlite3.connect(str(lean_path))
    src.backup(dst)
    src.close()
    dst.close()
    before = _rows(first)

    orm_db = open_database(str(first))
    lean_db = open_database(str(lean_path))
    try:
        expected = _run(orm_db, day, ids, clock, scoring.set_score)
        fallbacks, set_score = [], scoring.set_score

        def counted(*args, **kw):
            fallbacks.append(args[3])
            return set_score(*args, **kw)
        monkeypatch.setattr(score_cell.scoring, "set_score", counted)
        got = _run(lean_db, day, ids, clock, score_cell.enter_cell)
        assert got == expected
        with lean_db.session() as s:
            assert audit.verify(s).ok
    finally:
        orm_db.dispose()
        lean_db.dispose()

    # through set_score: the correction and the unknown sheet id
    assert len(fallbacks) == 2
    refused = [o for o in expected if isinstance(o, tuple)]
    assert {name for name, _msg in refused} == {"ConflictError", "PermissionDenied", "ValidationError",
                                                "NotFoundError"}
    assert len(refused) == 15
    conflict = next(o for o in expected
                    if not isinstance(o, tuple) and o.code == "PSR" and o.sheet_id == ids["conflict"])
    assert conflict.changed and not conflict.complete
    orm, lean = _rows(first), _rows(lean_path)
    for table in TABLES:
        assert len(lean[table]) == len(orm[table]), table
        for a, b in zip(orm[table], lean[table]):
            assert a == b, table
    written = len(orm["score_entry"]) - len(before["score_entry"])
    assert written == 17 and len(orm["audit_entry"]) - len(before["audit_entry"]) == written
