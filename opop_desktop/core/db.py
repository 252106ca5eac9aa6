"""Opening the database: URL resolution, SQLite pragmas, migrations, sessions, device stamping.

One ``Database`` per process. Services receive a ``Session`` from ``db.session()`` (or the GUI
task helper) and never open or commit sessions themselves.
"""
from __future__ import annotations

import os
import sqlite3
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterator

from sqlalchemy import Integer, bindparam, create_engine, event, update
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from . import paths
from .dbfile import MIGRATIONS_DIR, declared_heads, resolve_url  # noqa: F401 - resolve_url is part of this API
from .errors import DatabaseError, ImportRejected
from .failures import DatabaseGone
from .models import DeviceCounter, LocalSetting, Replicated

BACKUPS_KEPT = 20


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _file_ids(path: Path) -> tuple:
    """(device, inode) of the database file and of its write-ahead log; None for a missing file."""
    ids = []
    for p in (path, Path(f"{path}-wal")):
        try:
            st = os.stat(p)
        except FileNotFoundError:
            ids.append(None)
        else:
            ids.append((st.st_dev, st.st_ino))
    return tuple(ids)


def _configure_sqlite(engine: Engine, path: Path) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, record):
        # Let SQLAlchemy, not pysqlite, decide when transactions begin (SQLAlchemy docs recipe).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout=15000")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        # Savepoint and statement journals in memory: they only serve a rollback inside a
        # transaction (never crash recovery, which is the WAL's), and on disk a merge's savepoint
        # per file wrote a copy of every page it touched through a temporary file.
        cur.execute("PRAGMA temp_store=MEMORY")
        cur.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens the -wal now
        cur.close()
        if os.name == "posix":  # on Windows an open file cannot be deleted, and locks are per handle
            record.info["file_ids"] = _file_ids(path)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # While this process has the file open, SQLite never deletes its WAL. If the WAL (or the
        # file) is gone or replaced, another process has taken it over: writing on would put
        # accepted values into a deleted file that the next crash loses. Stop instead.
        seen = conn.connection.info.get("file_ids")
        if seen is not None and _file_ids(path) != seen:
            raise DatabaseGone(str(path))
        # A deferred transaction that reads and then writes gets SQLITE_BUSY at once when another
        # process holds the write lock: SQLite skips the busy handler there to avoid deadlock.
        # Taking the write lock up front lets the 15 s busy timeout do its work.
        deferred = conn.get_execution_options().get("opop_read_only", False)
        conn.exec_driver_sql("BEGIN" if deferred else "BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # LIFO: the GUI's one worker thread gets back the connection it just used, with its
        # prepared statements and page cache warm, instead of cycling through the pool.
        engine = create_engine(url, connect_args={"timeout": 15}, pool_use_lifo=True)
        _configure_sqlite(engine, path)
        return engine
    if make_url(url).get_backend_name() == "postgresql":
        _require_postgres_driver(url)
    return create_engine(url, pool_pre_ping=True)


def _require_postgres_driver(url: str) -> None:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise DatabaseError("setup.postgres_missing", where=url) from None


def is_live_database_file(url: str, candidate: str | Path) -> bool:
    """True when ``candidate`` is the SQLite database at ``url`` or one of its -wal/-shm/-journal
    files. Such a file must never be opened except through SQLite: on POSIX, closing any
    descriptor of a file drops every SQLite lock this process holds on it, and another process
    then believes it is alone and deletes the WAL under the running app."""
    path = sqlite_path(url)
    if path is None:
        return False
    for own in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        try:
            if os.path.samefile(candidate, own):
                return True
        except OSError:
            continue
    return False


def refuse_database_file(session: Session, candidate: str | Path) -> None:
    """Refuse the live database (or its -wal/-shm) as an input file (see is_live_database_file)."""
    if is_live_database_file(str(session.get_bind().url), candidate):
        raise ImportRejected("setup.live_database_not_input", where=str(candidate))


# ---------------------------------------------------------------- migrations and backups

def _alembic_config(connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    cfg = _alembic_config(None)
    return ScriptDirectory.from_config(cfg).get_current_head()


def _stored_revisions(engine: Engine) -> set[str] | None:
    """The revisions recorded in the database; None when it has no version table yet."""
    with engine.connect() as conn:
        try:
            return {row[0] for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")}
        except Exception:  # noqa: BLE001 - a new or foreign database: let Alembic decide
            return None


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_sqlite(path: Path, reason: str = "manual", keep: int | None = None) -> Path:
    """Consistent copy through SQLite's online backup API (safe while the app has it open).

    The copy is written to a hidden temporary file and renamed when complete, so a full disk or
    a killed process never leaves a backup that looks usable. Then the oldest automatic backups
    beyond ``keep`` are removed (manual ones stay); by default as many as the installation's
    ``backups_kept`` setting, read from the copy itself so that no lock is taken."""
    from .atomic import replacing

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = paths.backups_dir() / f"{path.stem}-{stamp}-{reason}.sqlite3"
    with replacing(target) as tmp:
        src = sqlite3.connect(str(path))
        try:
            dst = sqlite3.connect(str(tmp))
            try:
                with dst:
                    src.backup(dst)
                # one self-contained file: opening the copy later makes no -wal beside it
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
                Path(f"{tmp}-journal").unlink(missing_ok=True)  # left by a write that failed
        finally:
            src.close()
    prune_backups(path.stem, keep if keep is not None else _kept_in(target))
    return target


def _kept_in(copy: Path) -> int | None:
    try:
        conn = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            row = conn.execute("SELECT value FROM local_setting WHERE key = 'backups_kept'").fetchone()
        finally:
            conn.close()
        return max(1, int(row[0])) if row else None
    except (sqlite3.Error, ValueError):
        return None


def is_automatic_backup(name: str) -> bool:
    """Backups made before imports, restores and migrations (named by ``backup_sqlite``)."""
    return not name.endswith("-manual.sqlite3") and not name.endswith("-manual.pgdump")


def prune_backups(stem: str, keep: int | None = None, suffix: str = ".sqlite3") -> list[Path]:
    """Remove the oldest automatic backups beyond ``keep`` (default ``OPOP_BACKUPS_KEPT`` or 20)
    and temporary files that a killed backup left more than an hour ago. Returns what went."""
    if keep is None:
        keep = int(os.environ.get("OPOP_BACKUPS_KEPT", BACKUPS_KEPT))
    folder = paths.backups_dir()
    automatic = sorted(f for f in folder.glob(f"{stem}-*{suffix}") if is_automatic_backup(f.name))
    gone = automatic[:-keep] if keep > 0 else []
    cutoff = datetime.now().timestamp() - 3600
    gone += [f for f in folder.glob(f".{stem}-*.tmp*") if f.stat().st_mtime < cutoff]
    for old in gone:
        old.unlink(missing_ok=True)
    return gone


def migrate(engine: Engine, url: str) -> bool:
    """Bring the schema to head; back the SQLite file up first when it holds data. True if it ran."""
    stored = _stored_revisions(engine)
    if stored and stored == declared_heads():
        return False
    from alembic import command

    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return False
    path = sqlite_path(url)
    if current is not None and path is not None and path.exists():
        backup_sqlite(path, reason=f"before-migrate-{head}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    return True


# ---------------------------------------------------------------- device stamping

_COUNTER = DeviceCounter.__table__
# Built once: every flush that stamps a record runs it (a merge: once per file, for its audit entry).
_RESERVE = (update(_COUNTER).where(_COUNTER.c.device_id == bindparam("device"))
            .values(last_seq=_COUNTER.c.last_seq + bindparam("n", type_=Integer))
            .returning(_COUNTER.c.last_seq))


def reserve_seqs(session: Session, device: str, n: int) -> int:
    """Take the next ``n`` numbers of the device's gap-free sequence; returns the first."""
    last = session.connection().execute(_RESERVE, {"device": device, "n": n}).scalar_one()
    return last - n + 1


def _stamp_replicated(session: Session, _ctx, _instances) -> None:
    """Give new/changed replicated records their origin, last writer and per-device sequence.

    Sync imports set ``session.info['preserve_replication']`` to keep the sender's stamps."""
    if session.info.get("preserve_replication"):
        return
    device = session.info.get("device_id")
    if not device:
        return
    touched = [o for o in session.new if isinstance(o, Replicated)]
    touched += [o for o in session.dirty if isinstance(o, Replicated) and session.is_modified(o)]
    if not touched:
        return
    first = reserve_seqs(session, device, len(touched))
    for offset, obj in enumerate(touched):
        if not obj.origin_device:
            obj.origin_device = device
        obj.modified_device = device
        obj.device_seq = first + offset


BULK_CACHE_KIB = 256 * 1024  # page cache of a bulk transaction, at most (allocated as used)


@contextmanager
def bulk_page_cache(session: Session) -> Iterator[None]:
    """A page cache large enough for one big write transaction (a batch of merges), put back when
    the block ends, before the commit. With SQLite's default (2 MB) such a transaction spills its
    dirty pages into the WAL long before the commit and reads them back from there, again and
    again; what is committed, and how durably, is the same either way. SQLite only."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    # The driver's connection itself: the reset must work whatever state the session is left in.
    raw = session.connection().connection.dbapi_connection
    before = int(raw.execute("PRAGMA cache_size").fetchone()[0])
    raw.execute(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    try:
        yield
    finally:  # dirty pages stay until the commit writes them; clean ones beyond it are let go
        raw.execute(f"PRAGMA cache_size={before}")


@dataclass
class Database:
    url: str
    engine: Engine
    factory: sessionmaker
    device_id: str

    @contextmanager
    def session(self, *, read_only: bool = False) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on error. On SQLite a unit of work
        takes the write lock when it starts (waiting up to the busy timeout); ``read_only`` work
        (long reports) does not, so it never holds up another process's writes."""
        bind = self.engine.execution_options(opop_read_only=True) if read_only else self.engine
        with self.factory(bind=bind) as s:
            with s.begin():
                yield s

    def new_session(self) -> Session:
        return self.factory()

    @property
    def is_sqlite(self) -> bool:
        return sqlite_path(self.url) is not None

    def dispose(self) -> None:
        self.engine.dispose()


def _ensure_device(factory: sessionmaker) -> str:
    with factory() as s, s.begin():
        row = s.get(LocalSetting, "device_id")
        if row is None:
            row = LocalSetting(key="device_id", value="dev-" + uuid.uuid4().hex[:12])
            s.add(row)
        if s.get(DeviceCounter, row.value) is None:
            s.add(DeviceCounter(device_id=row.value, last_seq=0))
        return row.value


def open_database(db: str | None = None, *, migrate_schema: bool = True) -> Database:
    url = resolve_url(db)
    try:
        engine = make_engine(url)
        if migrate_schema:
            migrate(engine, url)
    except DatabaseError:
        raise
    except Exception as exc:  # noqa: BLE001 - reported to the user with the location
        raise DatabaseError("setup.database_unusable", reason=str(exc), where=url) from exc
    factory = sessionmaker(engine, expire_on_commit=False)
    device = _ensure_device(factory)
    factory.configure(info={"device_id": device})
    event.listen(factory, "before_flush", _stamp_replicated)
    event.listen(factory, "after_transaction_end", _release_settings)
    return Database(url=url, engine=engine, factory=factory, device_id=device)


def get_setting(session: Session, key: str, default: str = "") -> str:
    held = session.info.get(_HELD_SETTINGS)
    if held is not None and key in held:  # the row session.get would return (settings are never deleted)
        return held[key].value
    row = session.get(LocalSetting, key)
    if row is None:
        return default
    # Held for the rest of the transaction: the identity map keeps only weak references, and a
    # merge reads the same few settings dozens of times (released by _release_settings).
    session.info.setdefault(_HELD_SETTINGS, {})[key] = row
    return row.value


_HELD_SETTINGS = "opop_held_settings"


def _release_settings(session: Session, transaction) -> None:
    if transaction.parent is None:  # the outermost transaction: the next one reads them afresh
        session.info.pop(_HELD_SETTINGS, None)


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(LocalSetting, key)
    if row is None:
        session.add(LocalSetting(key=key, value=value))
    else:
        row.value = value
