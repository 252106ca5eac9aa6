"""Database backups: automatic before imports and restores, listed and restorable.

SQLite: consistent copies through the online backup API (core/db.backup_sqlite) into the data
folder's ``backups/``. PostgreSQL: ``pg_dump -Fc`` when the client tools are installed; when they
are not, the result says that no file backup was made (the server's own backups apply).
"""
from __future__ import annotations

import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from .. import paths
from ..clock import file_time
from ..db import Database, backup_sqlite, sqlite_path
from ..errors import NotFoundError, ValidationError


@dataclass
class BackupResult:
    path: str | None
    note: str


@dataclass
class BackupInfo:
    name: str
    path: str
    size: int
    created: datetime


def _pg_url(db: Database) -> str:
    return make_url(db.url).set(drivername="postgresql").render_as_string(hide_password=False)


def make_backup(db: Database, reason: str = "manual") -> BackupResult:
    path = sqlite_path(db.url)
    if path is not None:
        if not path.exists():
            return BackupResult(None, "Berkas basis data belum ada; tidak ada yang dicadangkan.")
        target = backup_sqlite(path, reason=reason)
        return BackupResult(str(target), f"Cadangan dibuat: {target.name}")
    tool = shutil.which("pg_dump")
    if tool is None:
        return BackupResult(None, "PostgreSQL: pg_dump tidak tersedia, tidak ada cadangan berkas yang "
                                  "dibuat (andalkan cadangan server).")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    name = make_url(db.url).database or "opop"
    target = paths.backups_dir() / f"{name}-{stamp}-{reason}.pgdump"
    run = subprocess.run([tool, "-Fc", "-f", str(target), "--dbname", _pg_url(db)],
                         capture_output=True, text=True, timeout=600)
    if run.returncode != 0:
        target.unlink(missing_ok=True)
        return BackupResult(None, f"PostgreSQL: pg_dump gagal ({run.stderr.strip()[:200]}); tidak ada "
                                  "cadangan berkas yang dibuat.")
    return BackupResult(str(target), f"Cadangan dibuat: {target.name}")


def _stem(db: Database) -> str:
    path = sqlite_path(db.url)
    return path.stem if path is not None else (make_url(db.url).database or "opop")


def list_backups(db: Database) -> list[BackupInfo]:
    suffix = ".sqlite3" if sqlite_path(db.url) is not None else ".pgdump"
    out = []
    for f in paths.backups_dir().glob(f"{_stem(db)}-*{suffix}"):
        st = f.stat()
        out.append(BackupInfo(f.name, str(f), st.st_size, file_time(st.st_mtime)))
    return sorted(out, key=lambda b: b.name, reverse=True)


def _find(db: Database, name: str) -> Path:
    candidate = Path(name)
    if candidate.is_file():
        return candidate
    for b in list_backups(db):
        if b.name == name or b.name.startswith(name):
            return Path(b.path)
    raise NotFoundError(f"Cadangan '{name}' tidak ditemukan (lihat 'opop backup list').")


def restore_backup(db: Database, name: str) -> tuple[str, BackupResult]:
    """Restore a backup over the current database, after backing the current one up.
    The caller must not hold open sessions; the engine's pool is emptied."""
    source = _find(db, name)
    safety = make_backup(db, reason="before-restore")
    path = sqlite_path(db.url)
    db.engine.dispose()
    if path is not None:
        try:
            src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            raise ValidationError(f"Cadangan {source.name} bukan basis data SQLite yang sah.") from exc
        try:
            dst = sqlite3.connect(str(path))
            with dst:
                src.backup(dst)
            dst.close()
        finally:
            src.close()
        return str(source), safety
    tool = shutil.which("pg_restore")
    if tool is None:
        raise ValidationError("pg_restore tidak tersedia; pulihkan cadangan PostgreSQL dengan alat server.")
    run = subprocess.run([tool, "--clean", "--if-exists", "--no-owner", "--dbname", _pg_url(db), str(source)],
                         capture_output=True, text=True, timeout=1200)
    if run.returncode != 0:
        raise ValidationError(f"Pemulihan PostgreSQL gagal: {run.stderr.strip()[:300]}")
    return str(source), safety
