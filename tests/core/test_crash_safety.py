"""Crash safety: a process typing scores cell by cell (one transaction per cell, through the grid's
writer) is killed with SIGKILL mid-way, several times. Afterwards the SQLite file is intact and
every cell the process reported as committed is there; at most the one cell being written when it
died is extra."""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from audition_day import CODES, build_day
from sqlalchemy import select

from opop_desktop.core.models import ScoreEntry, ScoreSheet
from opop_desktop.core.services import audit, scoring

ROOT = Path(__file__).resolve().parents[2]

WRITER = r'''
import json, sys
from opop_desktop.core.db import open_database
from opop_desktop.core.services import score_cell
from opop_desktop.core.services.accounts import SignedInUser
from opop_desktop.core.services.scoring import SheetKey

args = json.loads(sys.argv[1])
db = open_database(args["db"])
actor = SignedInUser(**args["actor"])
n = args["start"]
while True:
    for pid in args["pesantren"]:
        for code in args["codes"]:
            n += 1
            text = str(1 + (n % 19) * 0.5).replace(".", ",")   # 1 … 10, typed with a decimal comma
            with db.session() as s:                             # one transaction per accepted cell
                # the grid's writer: set_score for a sheet's first cell, the lean path after that
                r = score_cell.enter_cell(s, actor, SheetKey(args["stage"], args["panel"], args["juror"], pid),
                                          code, text)
            if r.changed:
                print(json.dumps([pid, code, str(r.value), n]), flush=True)   # reported only after commit
'''


def _run_and_kill(db_path, day, actor, start: int, kill_after: int) -> list[list]:
    payload = json.dumps({"db": str(db_path), "actor": actor.__dict__, "stage": day.stage_id,
                          "panel": day.panel_id,
                          "juror": day.jurors[0], "pesantren": day.pesantren, "codes": CODES, "start": start})
    proc = subprocess.Popen([sys.executable, "-c", WRITER, payload], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=os.environ.copy())
    reported = []
    try:
        for line in proc.stdout:
            reported.append(json.loads(line))
            if len(reported) >= kill_after:
                proc.send_signal(signal.SIGKILL)  # mid-way: the writer is busy with the next cell
                break
        else:
            pytest.fail("writer stopped by itself: " + proc.stderr.read())
        rest = proc.stdout.read()  # lines already flushed before the kill were committed too
        reported += [json.loads(x) for x in rest.splitlines() if x.strip()]
    finally:
        proc.kill()
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    return reported


@pytest.mark.slow
def test_sigkill_during_cell_by_cell_entry_loses_nothing_committed(db, db_path):
    day = build_day(db, n_pesantren=3, n_jurors=1)
    db.dispose()
    rng = random.Random(20190805)
    reported: list[list] = []
    start = 0
    for _ in range(3):
        got = _run_and_kill(db_path, day, day.juror_user(0), start, kill_after=rng.randint(25, 60))
        assert got, "the writer reported nothing"
        reported += got
        start = got[-1][3] + 1000  # a fresh run continues with other values

        con = sqlite3.connect(db_path)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            con.close()

    from opop_desktop.core.db import open_database
    again = open_database(str(db_path))
    try:
        with again.session() as s:
            sheets = {x.pesantren_id: x.id for x in s.scalars(select(ScoreSheet))}
            stored = Counter((e.sheet_id, e.criterion_code, e.value) for e in s.scalars(select(ScoreEntry)))
            wanted = Counter((sheets[pid], code, Decimal(value)) for pid, code, value, _ in reported)
            missing = wanted - stored
            assert not missing, f"committed cells lost: {missing}"
            # At most one cell per run was committed but not reported (killed between commit and print).
            assert 0 <= sum(stored.values()) - sum(wanted.values()) <= 3
            # The chains are whole: every version but the first supersedes the previous one of its cell.
            for sheet_id in sheets.values():
                for code, heads in scoring.entry_heads(s, [sheet_id])[sheet_id].items():
                    assert len(heads) == 1, f"{code} has {len(heads)} heads"
            assert audit.verify(s).ok
    finally:
        again.dispose()
