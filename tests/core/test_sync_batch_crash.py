"""A batch of bundle files is merged in one transaction (a savepoint per file) and its receipts
are written only after the commit. A process killed with SIGKILL mid-batch therefore leaves the
database as it was: no file half-written, no merge kept that was never reported, no receipt
claiming one; importing the same files again merges them all."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from opop_desktop.core.services.accounts import SYSTEM_ACTOR
from opop_desktop.core.sync import workflow
from opop_desktop.core.sync.receipts import receipts_dir
from opop_desktop.core.sync.sandbox import Node
from opop_desktop.core.sync.scenario import add_score, add_sheet, set_up_province

ROOT = Path(__file__).resolve().parents[2]

IMPORTER = r'''
import os, signal, sys
from opop_desktop.core.db import open_database
from opop_desktop.core.services.accounts import SYSTEM_ACTOR
from opop_desktop.core.sync import workflow

db = open_database(sys.argv[1])
files = sys.argv[2:]


def progress(done, total, name):
    if done == total - 1:  # the last file's merge begins: the others are merged, not yet committed
        print("killed while merging", name, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)


workflow.import_files(db, files, actor=SYSTEM_ACTOR, progress=progress)
print("finished without being killed", flush=True)
'''


def test_sigkill_mid_batch_keeps_nothing_of_it_and_the_files_import_again(tmp_path):
    prov = Node(str(tmp_path / "prov.sqlite3"), role="province", name="Provinsi")
    world = set_up_province(prov)
    a = Node(str(tmp_path / "a.sqlite3"), role="venue", name="Garut-1", regency="32.04")
    a.trust(prov)
    prov.trust(a)
    a.import_(prov.export(tmp_path / "down.opop", for_regency="32.04").path)
    add_score(a, add_sheet(a, world, 0, 0), "PSR", "7")
    first = str(a.export(tmp_path / "first.opop", to_province=True).path)
    add_score(a, add_sheet(a, world, 1, 1), "PTN", "8")
    second = str(a.export(tmp_path / "second.opop", to_province=True, full=True).path)
    before = prov.dump()
    receipts_before = set(receipts_dir().glob("tanda-terima-*"))
    prov.close()

    proc = subprocess.run([sys.executable, "-c", IMPORTER, str(tmp_path / "prov.sqlite3"), first, second],
                          cwd=ROOT, capture_output=True, text=True, env=os.environ.copy(), timeout=600)
    assert proc.returncode == -signal.SIGKILL, proc.stdout + proc.stderr
    assert "killed while merging second.opop" in proc.stdout

    with sqlite3.connect(tmp_path / "prov.sqlite3") as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    prov = Node(str(tmp_path / "prov.sqlite3"), role="province", name="Provinsi")
    assert prov.dump() == before  # the first file, merged but not committed, left nothing
    assert prov.import_(first, dry_run=True).status == "preview"
    assert set(receipts_dir().glob("tanda-terima-*")) == receipts_before  # none claims a lost merge

    run = workflow.import_files(prov.db, [first, second], actor=SYSTEM_ACTOR)
    assert run.merged == [first, second] and not run.not_merged
    assert len(run.receipts) == 2 and all(Path(p).exists() for p in run.receipts)
    assert set(receipts_dir().glob("tanda-terima-*")) == receipts_before | {Path(p) for p in run.receipts}
    assert prov.import_(second, dry_run=True).status == "already"
    prov.close()
    a.close()
