"""Developer tool: ``python -m opop_desktop.core.dbtools revision "message"`` autogenerates a
migration by comparing the models with a scratch database upgraded to the current head."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from .db import _alembic_config


def revision(message: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{Path(tmp) / 'scratch.sqlite3'}")
        with engine.begin() as conn:
            cfg = _alembic_config(conn)
            command.upgrade(cfg, "head")
            # Readable, ordered revision ids: 0001, 0002, ...
            versions = Path(__file__).resolve().parent.parent / "migrations" / "versions"
            rev_id = f"{len(list(versions.glob('[0-9]*.py'))) + 1:04d}"
            command.revision(cfg, message=message, autogenerate=True, rev_id=rev_id)


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "revision":
        sys.exit('usage: python -m opop_desktop.core.dbtools revision "message"')
    revision(sys.argv[2])
