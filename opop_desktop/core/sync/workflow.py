"""The one import workflow for the CLI and the GUI: verify every file first, make one backup,
then merge the good files in one transaction, each file inside its own savepoint, and say per
file whether it merged and why not.

A file that fails verification is never merged and leaves no temporary copy; a refused file
rolls back to its savepoint (nothing of it stays, nothing half-written) and does not stop the
others; a quarantined one is kept waiting for trust. The batch is committed once (one fsync, not
one per file); only then are the receipts written, so a crash before the commit loses no merge
that was reported or receipted, and the files are simply imported again. Files merged before a
cancel are committed; the rest are reported as not merged, with the reason. An unexpected error
in one file rolls that file back, commits the files before it and is raised.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .. import permissions
from ..catalogue import Message, msg
from ..db import Database, bulk_page_cache
from ..errors import OpopError
from ..gcpause import collector_paused
from ..services import backup
from . import bundle as fmt
from . import importer
from .importer import ImportOutcome
from .merge import NotAllNew

MERGED = ("merged", "already", "receipt")
CANCELLED = Message("sync.cancelled_before")


@dataclass
class FileResult:
    file: str
    merged: bool  # with dry_run: could be merged
    outcome: ImportOutcome | None = None  # None when the file was refused before merging
    reason: Message | str = ""  # why it was not merged (empty when it was)


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


KEEP_VERIFIED_BYTES = 128 * 1024 * 1024  # verified bundles kept in memory for the merge, at most


def _verify(session, file: str, keep: int) -> tuple[Message | str, fmt.Bundle | None]:
    """("", the bundle) when ``file`` reads and verifies, else (why not, None). The bundle is kept
    (in memory, as verified) when its members fit in ``keep`` bytes; otherwise the merge reads
    and verifies the file again."""
    try:
        b = importer.open_verified(session, Path(file))
    except OpopError as err:
        return err.as_message(), None
    if keep and sum(map(len, b.members.values())) <= keep:
        return "", b
    return "", None


def _preview_one(db: Database, file: str, actor, who: str) -> FileResult:
    try:
        with db.session() as s:
            o = importer.import_bundle(s, Path(file), actor=actor, who=who, dry_run=True)
    except OpopError as err:
        return FileResult(file, False, reason=msg("sync.not_merged", error=err.as_message()))
    ok = MERGED + ("preview",)
    return FileResult(file, o.status in ok, o, "" if o.status in ok else o.msg)


def _merge_in(session, file: str, actor, who: str, verified: fmt.Bundle | None,
              device=None) -> tuple[FileResult, importer.LeftForBatch | None]:
    """One file inside the batch's transaction, in its own savepoint; what it leaves for after
    the commit (None: rolled back, nothing). ``device``: as the previous file left it. Its rows
    are first taken as new where the first few are (their inserts show it, see
    ``merge.merge_records``); if the file is then refused or fails, it is merged again, every id
    looked up, which decides."""
    try:
        return _merge_once(session, file, actor, who, verified, device, assume_new=True)
    except NotAllNew:  # rolled back to its savepoint: nothing of it stays
        # ``device`` None: this device's row read again, as the rollback left it
        return _merge_once(session, file, actor, who, verified, None, assume_new=False)


def _merge_once(session, file: str, actor, who: str, verified: fmt.Bundle | None, device,
                assume_new: bool) -> tuple[FileResult, importer.LeftForBatch | None]:
    savepoint = session.begin_nested()
    left = importer.LeftForBatch(device=device)
    try:
        o = importer.import_bundle(session, Path(file), actor=actor, who=who, batch=left, verified=verified,
                                   assume_new=assume_new)
    except OpopError as err:
        savepoint.rollback()
        return FileResult(file, False, reason=msg("sync.not_merged", error=err.as_message())), None
    except BaseException:
        savepoint.rollback()
        raise
    savepoint.commit()
    return FileResult(file, o.status in MERGED, o, "" if o.status in MERGED else o.msg), left


def _merge_batch(db: Database, run: ImportRun, results: dict[int, FileResult], todo: list[tuple[int, str]],
                 kept: dict[int, fmt.Bundle], actor, who: str, progress, cancelled, total: int) -> None:
    """Merge ``todo`` (position in the list, file) into ``results``, in one transaction; ``kept``:
    the files already read and verified (taken from it as they are merged)."""
    failure: Exception | None = None
    status: set[str] | None = set()  # pesantren whose derived status the batch may change
    receipts, device = [], None
    with db.session() as s, bulk_page_cache(s):
        for n, f in todo:
            if run.cancelled or (cancelled and cancelled()):
                run.cancelled = True
                results[n] = FileResult(f, False, reason=CANCELLED)
                continue
            if progress:
                progress(total // 2 + n, total, Path(f).name)
            try:
                results[n], left = _merge_in(s, f, actor, who, kept.pop(n, None), device)
            except Exception as exc:  # noqa: BLE001 - the files before it are committed, then raised
                failure = exc
                break
            device = left.device if left is not None else None  # a rolled-back file: ensure it again
            if left is not None:
                receipts += [left.receipt] if left.receipt is not None else []
                if status is not None:
                    status = None if left.status_pesantren is None else status | left.status_pesantren
        importer.recompute_status(s, status)
    for receipt in receipts:  # committed: now the receipts may say so
        receipt.write()
    if failure is not None:
        raise failure


def import_files(db: Database, files: list[str], *, actor, who: str = "", dry_run: bool = False,
                 progress: Callable[[int, int, str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ImportRun:
    """Import ``files`` in order; see the module docstring. ``progress(done, total, name)`` is
    told before each step; ``cancelled()`` is asked between files."""
    permissions.require(actor, "sync.import")
    with collector_paused():
        return _import_files(db, files, actor=actor, who=who, dry_run=dry_run, progress=progress,
                             cancelled=cancelled)


def _import_files(db: Database, files: list[str], *, actor, who: str, dry_run: bool, progress,
                  cancelled) -> ImportRun:
    run = ImportRun(dry_run=dry_run)
    total = 2 * len(files)
    refused: dict[str, Message] = {}
    kept: dict[int, fmt.Bundle] = {}  # read once: verified here, merged from memory
    budget = 0 if dry_run else KEEP_VERIFIED_BYTES
    try:
        with db.session(read_only=True) as s:  # one read transaction for every verification
            for n, f in enumerate(files):
                if progress:
                    progress(n, total, Path(f).name)
                why, b = _verify(s, f, budget)
                if why:
                    refused[f] = why
                elif b is not None:
                    kept[n] = b
                    budget -= sum(map(len, b.members.values()))
        good = [f for f in files if f not in refused]
        if good and not dry_run:
            run.backup = backup.make_backup(db, reason="before-import").note
        results: dict[int, FileResult] = {}
        todo = []
        for n, f in enumerate(files):
            if f in refused:
                results[n] = FileResult(f, False, reason=refused[f])
            elif dry_run:
                if progress:
                    progress(len(files) + n, total, Path(f).name)
                results[n] = _preview_one(db, f, actor, who)
            else:
                todo.append((n, f))
        if todo:
            _merge_batch(db, run, results, todo, kept, actor, who, progress, cancelled, total)
    finally:
        kept.clear()  # not merged (cancelled, or after a failure): let go of the members now
    run.files = [results[n] for n in range(len(files))]
    if progress:
        progress(total, total, "")
    return run
