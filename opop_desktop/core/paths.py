"""Where things live: the per-user data folder, the shipped resources, backups."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from opop_desktop import APP_SLUG


def data_dir() -> Path:
    """Per-user data folder (``OPOP_DATA_DIR`` overrides it, e.g. for tests)."""
    override = os.environ.get("OPOP_DATA_DIR")
    if override:
        path = Path(override)
    else:  # imported here: on Linux it brings tempfile, shutil and random along
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_SLUG, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "opop.sqlite3"


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """The top-level ``resources/`` folder: next to the package in a checkout, inside a frozen bundle."""
    override = os.environ.get("OPOP_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
