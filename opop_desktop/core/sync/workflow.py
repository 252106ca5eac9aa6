"""The one import workflow for the CLI and the GUI: verify every file first, make one backup,
then merge each good file in its own transaction, and say per file whether it merged and why not.

A file that fails verification is never merged and leaves no temporary copy; a refused or
quarantined bundle does not stop the others; files merged before a cancel or a failure stay
merged (each committed on its own), the rest are reported as not merged with the reason.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .. import permissions
from ..db import Database
from ..errors import OpopError
from ..services import backup
from . import importer
from .importer import ImportOutcome

MERGED = ("merged", "already", "receipt")
CANCELLED = "Dibatalkan sebelum berkas ini diproses; tidak ada yang diubah olehnya."


@dataclass
class FileResult:
    file: str
    merged: bool  # with dry_run: could be merged
    outcome: ImportOutcome | None = None  # None when the file was refused before merging
    reason: str = ""  # why it was not merged (empty when it was)


@dataclass
class ImportRun:
    dry_run: bool
    backup: str | None = None  # the backup's note, when one was made
    files: list[FileResult] = field(default_factory=list)
    cancelled: bool = False

    @property
    def merged(self) -> list[str]:
        return [f.file for f in self.files if f.merged]

    @property
    def not_merged(self) -> list[str]:
        return [f.file for f in self.files if not f.merged]

    @property
    def outcomes(self) -> list[ImportOutcome]:
        return [f.outcome for f in self.files if f.outcome is not None]

    @property
    def receipts(self) -> list[str]:
        return [o.receipt_path for o in self.outcomes if o.receipt_path]


def _verify(db: Database, file: str) -> str:
    """Empty when ``file`` reads and verifies; else why not (its temp copy is gone either way)."""
    try:
        with db.session() as s:
            importer.discard_local_copy(importer.open_verified(s, Path(file)).path)
        return ""
    except OpopError as err:
        return str(err)


def _merge_one(db: Database, file: str, actor, who: str, dry_run: bool) -> FileResult:
    ok = MERGED + (("preview",) if dry_run else ())
    try:
        with db.session() as s:  # a quarantine is committed too: the bundle waits for trust
            o = importer.import_bundle(s, Path(file), actor=actor, who=who, dry_run=dry_run)
    except OpopError as err:
        return FileResult(file, False, reason=f"{err} Berkas ini tidak digabungkan.")
    return FileResult(file, o.status in ok, o, "" if o.status in ok else o.message)


def import_files(db: Database, files: list[str], *, actor, who: str = "", dry_run: bool = False,
                 progress: Callable[[int, int, str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ImportRun:
    """Import ``files`` in order; see the module docstring. ``progress(done, total, name)`` is
    told before each step; ``cancelled()`` is asked between files."""
    permissions.require(actor, "sync.import")
    run = ImportRun(dry_run=dry_run)
    total = 2 * len(files)
    refused: dict[str, str] = {}
    for n, f in enumerate(files):
        if progress:
            progress(n, total, Path(f).name)
        why = _verify(db, f)
        if why:
            refused[f] = why
    good = [f for f in files if f not in refused]
    if good and not dry_run:
        run.backup = backup.make_backup(db, reason="before-import").note
    for n, f in enumerate(files):
        if f in refused:
            run.files.append(FileResult(f, False, reason=refused[f]))
        elif run.cancelled or (cancelled and cancelled()):
            run.cancelled = True
            run.files.append(FileResult(f, False, reason=CANCELLED))
        else:
            if progress:
                progress(len(files) + n, total, Path(f).name)
            run.files.append(_merge_one(db, f, actor, who, dry_run))
    if progress:
        progress(total, total, "")
    return run
