"""Which database a command opens, and a quick read-only way into a SQLite file, without
importing SQLAlchemy (a third of a second of every short command on a venue laptop).

``db.open_database`` is the one way to work with the database; :func:`open_sqlite_reader` is for
read-only listings that want to answer fast, and only when the file needs no migration.
"""
from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

from . import paths

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
_REVISION_LINE = re.compile(r"^(down_revision|revision)\b[^=]*=\s*(.*)$", re.MULTILINE)


def resolve_url(db: str | None = None) -> str:
    """``--db`` wins, then ``OPOP_DB``, then the SQLite file in the per-user data folder.
    A bare path means a SQLite file."""
    value = db or os.environ.get("OPOP_DB") or str(paths.default_db_path())
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def _declared() -> tuple[set[str], set[str]]:
    revisions, parents = set(), set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        for kind, value in _REVISION_LINE.findall(script.read_text(encoding="utf-8")):
            names = re.findall(r"['\"]([^'\"]+)['\"]", value)
            (revisions if kind == "revision" else parents).update(names)
    return revisions, parents


def declared_heads() -> set[str]:
    """Heads of the migration graph read from the version files' ``revision`` and ``down_revision``
    lines, without importing Alembic."""
    revisions, parents = _declared()
    return revisions - parents


def declared_revisions() -> set[str]:
    """Every revision of the migration graph, read as ``declared_heads`` reads it (no Alembic)."""
    return _declared()[0]


def open_sqlite_reader(db: str | None = None) -> sqlite3.Connection | None:
    """A read-only connection to the SQLite file ``db`` names, or None when it is not a SQLite
    file, does not exist yet, or is not at the current schema (then open it with open_database)."""
    url = resolve_url(db)
    if not url.startswith("sqlite:///"):
        return None
    path = Path(url[len("sqlite:///"):])
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=15)
        stored = {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")}
    except sqlite3.Error:
        return None
    if not stored or stored != declared_heads():
        conn.close()
        return None
    return conn
