"""Shared fixtures: every test gets its own data folder and a real SQLite file."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """Keep backups, keys and settings of each test in its own temporary folder."""
    data = tmp_path / "opop-data"
    monkeypatch.setenv("OPOP_DATA_DIR", str(data))
    monkeypatch.delenv("OPOP_DB", raising=False)
    # QSettings of the GUI go to the temp folder too.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.delenv("OPOP_LANG", raising=False)
    yield
    from opop_desktop.core import catalogue
    catalogue.set_language("id")  # a test that switched to English leaves the next one Indonesian


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "opop.sqlite3"


@pytest.fixture
def db(db_path):
    from opop_desktop.core.db import open_database

    database = open_database(str(db_path))
    yield database
    database.dispose()


@pytest.fixture
def session(db):
    """A session in an open transaction, committed at the end of the test."""
    with db.session() as s:
        yield s


@pytest.fixture
def day(request, db):
    """A small audition day in the test database (tests/audition_day.py). Its size comes from the
    ``day`` marker: ``pytestmark = pytest.mark.day(n_pesantren=3, n_jurors=2)``."""
    from audition_day import build_day

    marker = request.node.get_closest_marker("day")
    return build_day(db, **(marker.kwargs if marker else {}))


def pytest_configure(config):
    config.addinivalue_line("markers", "day(n_pesantren, n_jurors, assign): size of the 'day' fixture")


@pytest.fixture
def programme(db):
    from opop_desktop.core.services.programme import create_programme_year

    with db.session() as s:
        return create_programme_year(s, 2019)


@pytest.fixture
def cli(db_path, capsys):
    """Run ``opop`` in-process against the test database; returns (exit code, stdout, stderr)."""
    from opop_desktop.cli import main

    def run(*argv: str):
        code = main(["--db", str(db_path), *argv])
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


from pgserver import pg_server, pg_url  # noqa: E402,F401 - throwaway PostgreSQL
