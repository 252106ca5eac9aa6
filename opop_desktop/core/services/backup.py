"""Database backups: automatic before imports and restores, listed, checked and restorable.

SQLite: consistent copies through the online backup API (core/db.backup_sqlite) into the data
folder's ``backups/``, written to a temporary file and renamed when complete. PostgreSQL:
``pg_dump -Fc`` when the client tools are installed; when they are not, the result says that no
file backup was made (the server's own backups apply).

The number of automatic backups kept is a setting of the installation (``backups_kept`` in
``local_setting``; Pengaturan changes it); manual backups are never pruned.

A restore is for admins and coordinators and checks the file before anything is replaced
(``check_backup``):

- it is a SQLite database (not empty, the SQLite header, ``PRAGMA integrity_check`` ok);
- its schema is an OPOP schema: an Alembic revision of this application (an older one is
  migrated after the restore; a newer or foreign one is refused);
- it is the same programme and the same kind of installation: when this database is set up,
  the backup must have the same installation role (province / kab/kota / venue), the same
  kab/kota, and hold this database's current programme year. A database that is not set up yet
  (a replacement laptop) accepts any OPOP backup.
"""
from __future__ import annotations

import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from .. import paths, permissions
from ..clock import file_time
from ..atomic import replacing
from ..db import (
    BACKUPS_KEPT, Database, backup_sqlite, get_setting, is_live_database_file, migrate, prune_backups, set_setting,
    sqlite_path,
)
from ..catalogue import Message, msg
from ..errors import DatabaseError, NotFoundError, ValidationError
from ..models import ProgrammeYear
from . import audit

SQLITE_HEADER = b"SQLite format 3\x00"
PGDUMP_HEADER = b"PGDMP"


@dataclass
class BackupResult:
    path: str | None
    note: Message


@dataclass
class BackupInfo:
    name: str
    path: str
    size: int
    created: datetime
    automatic: bool = False


@dataclass
class BackupCheck:
    """What ``check_backup`` found in a file that may be restored."""
    path: str
    revision: str
    role: str
    regency_code: str
    programme_years: list[int]


@dataclass
class RestoreResult:
    source: str
    safety: BackupResult
    check: BackupCheck | None


def _pg_url(db: Database) -> str:
    return make_url(db.url).set(drivername="postgresql").render_as_string(hide_password=False)


# ---------------------------------------------------------------- how many are kept

def backups_kept(session: Session) -> int:
    try:
        return max(1, int(get_setting(session, "backups_kept", str(BACKUPS_KEPT))))
    except ValueError:
        return BACKUPS_KEPT


def set_backups_kept(session: Session, actor, count: int) -> int:
    """Change how many automatic backups are kept (1–500); audited."""
    permissions.require(actor, "settings.change")
    if not 1 <= int(count) <= 500:
        raise ValidationError("setup.backups_kept_range", where="setup.field_backups_kept")
    old = backups_kept(session)
    set_setting(session, "backups_kept", str(int(count)))
    session.flush()
    if old != int(count):
        audit.record(session, actor=actor, action="settings.backups_kept", entity="local_setting",
                     entity_id="backups_kept", old={"backups_kept": old}, new={"backups_kept": int(count)})
    return int(count)


def _kept(db: Database) -> int:
    """PostgreSQL only: SQLite backups read the setting from the copy (core/db.backup_sqlite)."""
    with db.session() as s:
        return backups_kept(s)


# ---------------------------------------------------------------- making and listing

def make_backup(db: Database, reason: str = "manual", actor=None) -> BackupResult:
    """A backup now. ``actor`` is the user asking for a manual one (admin or coordinator);
    automatic backups (before imports and restores) pass none."""
    if actor is not None:
        permissions.require(actor, "backup.create")
    path = sqlite_path(db.url)
    if path is not None:
        if not path.exists():
            return BackupResult(None, msg("setup.backup_no_database"))
        try:
            target = backup_sqlite(path, reason=reason)
        except (sqlite3.Error, OSError) as exc:
            raise DatabaseError("setup.backup_failed", reason=str(exc), where=str(paths.backups_dir())) from exc
        return BackupResult(str(target), msg("setup.backup_made", name=target.name))
    tool = shutil.which("pg_dump")
    if tool is None:
        return BackupResult(None, msg("setup.backup_no_pg_dump"))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = paths.backups_dir() / f"{_stem(db)}-{stamp}-{reason}.pgdump"
    try:
        with replacing(target) as tmp:
            run = subprocess.run([tool, "-Fc", "-f", str(tmp), "--dbname", _pg_url(db)],
                                 capture_output=True, text=True, timeout=600)
            if run.returncode != 0:
                raise _DumpFailed(run.stderr.strip()[:200])
    except _DumpFailed as exc:
        return BackupResult(None, msg("setup.backup_pg_dump_failed", reason=str(exc)))
    prune_backups(_stem(db), _kept(db), suffix=".pgdump")
    return BackupResult(str(target), msg("setup.backup_made", name=target.name))


class _DumpFailed(Exception):
    """pg_dump said no (its message); raised inside ``replacing`` so no partial dump is kept."""


def _stem(db: Database) -> str:
    path = sqlite_path(db.url)
    return path.stem if path is not None else (make_url(db.url).database or "opop")


def list_backups(db: Database) -> list[BackupInfo]:
    from ..db import is_automatic_backup

    suffix = ".sqlite3" if sqlite_path(db.url) is not None else ".pgdump"
    out = []
    for f in paths.backups_dir().glob(f"{_stem(db)}-*{suffix}"):
        st = f.stat()
        out.append(BackupInfo(f.name, str(f), st.st_size, file_time(st.st_mtime),
                              is_automatic_backup(f.name)))
    return sorted(out, key=lambda b: b.name, reverse=True)


def _refuse_live(db: Database, candidate: Path) -> None:
    """The live database (or its -wal/-shm) is no backup; and opening it here to read it would,
    on POSIX, drop this process's SQLite locks on it when the descriptor closes."""
    if is_live_database_file(db.url, candidate):
        raise _refuse(candidate, "setup.backup_is_live")


def _find(db: Database, name: str) -> Path:
    candidate = Path(name)
    if candidate.is_file():
        _refuse_live(db, candidate)
        return candidate
    for b in list_backups(db):
        if b.name == name or b.name.startswith(name):
            return Path(b.path)
    raise NotFoundError("setup.backup_missing", name=name)


# ---------------------------------------------------------------- checking

def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from ..db import _alembic_config
    return {s.revision for s in ScriptDirectory.from_config(_alembic_config(None)).walk_revisions()}


def _refuse(source: Path, why: str, **params) -> ValidationError:
    """``why``: the catalogue id of what is wrong with the backup, with its ``params``."""
    return ValidationError("setup.backup_refused", why=Message(why, params),
                           where=msg("setup.backup_where", name=source.name))


def _read_sqlite_backup(source: Path) -> BackupCheck:
    size = source.stat().st_size
    if size == 0:
        raise _refuse(source, "setup.backup_empty")
    with open(source, "rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise _refuse(source, "setup.backup_not_sqlite")
    # immutable: the file is only read, so no lock, -wal or -shm is made beside it
    conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        try:
            verdict = [r[0] for r in conn.execute("PRAGMA integrity_check(5)")]
        except sqlite3.DatabaseError as exc:
            raise _refuse(source, "setup.backup_not_sqlite_reason", reason=str(exc)) from exc
        if verdict != ["ok"]:
            raise _refuse(source, "setup.backup_corrupt", verdict="; ".join(verdict)[:200])
        try:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            settings = dict(conn.execute("SELECT key, value FROM local_setting").fetchall())
            years = sorted({r[0] for r in conn.execute("SELECT year FROM programme_year")})
        except sqlite3.DatabaseError as exc:
            raise _refuse(source, "setup.backup_not_opop") from exc
    finally:
        conn.close()
    if revision is None or revision[0] not in _known_revisions():
        found = revision[0] if revision else "-"
        raise _refuse(source, "setup.backup_unknown_schema", revision=found)
    return BackupCheck(str(source), revision[0], settings.get("role", "province"),
                       settings.get("regency_code", ""), years)


def _check_identity(session: Session, source: Path, found: BackupCheck) -> None:
    if not get_setting(session, "initialised") and session.scalar(select(ProgrammeYear.id)) is None:
        return  # nothing set up here yet: a replacement laptop may take any OPOP backup
    role = get_setting(session, "role", "province")
    regency = get_setting(session, "regency_code")
    if (found.role, found.regency_code) != (role, regency):
        raise _refuse(source, "setup.backup_other_install", role=found.role, regency=found.regency_code or "-",
                      own_role=role, own_regency=regency or "-")
    current = session.scalars(select(ProgrammeYear.year).order_by(ProgrammeYear.is_current.desc(),
                                                                  ProgrammeYear.year.desc())).first()
    if current is not None and current not in found.programme_years:
        held = list(found.programme_years) or msg("setup.backup_years_none")
        raise _refuse(source, "setup.backup_other_year", year=current, held=held)


def check_backup(db: Database, name: str) -> BackupCheck | None:
    """Check a backup as ``restore_backup`` does, without changing anything. ValidationError
    says what is wrong; None for a PostgreSQL dump (only its format is checked)."""
    source = _find(db, name)
    if sqlite_path(db.url) is None:
        with open(source, "rb") as fh:
            if fh.read(len(PGDUMP_HEADER)) != PGDUMP_HEADER:
                raise _refuse(source, "setup.backup_not_pgdump")
        return None
    found = _read_sqlite_backup(source)
    with db.session() as s:
        _check_identity(s, source, found)
    return found


# ---------------------------------------------------------------- restoring

def _adopt_device(db: Database) -> None:
    """A backup from the laptop this one replaces brings that laptop's device id: new changes
    continue its sequence instead of stamping the id this database had before."""
    from ..db import _ensure_device

    db.device_id = _ensure_device(db.factory)
    db.factory.configure(info={"device_id": db.device_id})


def restore_backup(db: Database, name: str, actor) -> RestoreResult:
    """Restore a checked backup over the current database, after backing the current one up;
    audited with who did it (in the restored database). The caller must not hold open
    sessions; the engine's pool is emptied."""
    permissions.require(actor, "backup.restore")
    source = _find(db, name)
    found = check_backup(db, str(source))
    safety = make_backup(db, reason="before-restore")
    path = sqlite_path(db.url)
    db.engine.dispose()
    if path is not None:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            dst = sqlite3.connect(str(path))
            try:
                with dst:
                    src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        migrate(db.engine, db.url)
        _adopt_device(db)
    else:
        tool = shutil.which("pg_restore")
        if tool is None:
            raise ValidationError("setup.backup_no_pg_restore")
        run = subprocess.run([tool, "--clean", "--if-exists", "--no-owner", "--dbname", _pg_url(db),
                              str(source)], capture_output=True, text=True, timeout=1200)
        if run.returncode != 0:
            raise ValidationError("setup.backup_pg_restore_failed", reason=run.stderr.strip()[:300])
    with db.session() as s:
        audit.record(s, actor=actor, action="backup.restore", entity="database", entity_id=source.name,
                     new={"source": str(source), "safety_backup": safety.path,
                          "revision": found.revision if found else None})
    return RestoreResult(str(source), safety, found)
