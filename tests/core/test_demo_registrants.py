"""Demo data: seedable, plausible, spread over the regions (`opop demo`)."""
from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from sqlalchemy import select

from opop_desktop.core.demo import generate_demo
from opop_desktop.core.errors import ConflictError
from opop_desktop.core.models import Pesantren
from opop_desktop.core.regions import gazetteer


def _content(session):
    return [(p.reg_number, p.nspp, p.name, p.leader, p.phone, p.district_code, p.village_code, p.product,
             p.track, p.status, p.registered_on)
            for p in session.scalars(select(Pesantren).order_by(Pesantren.reg_number))]


def test_small_scale_two_regencies(session):
    summary = generate_demo(session, scale="small", seed=1)
    people = list(session.scalars(select(Pesantren)))
    assert summary.registrants == len(people) == 60
    assert summary.regencies == len({p.regency_code for p in people}) == 2
    assert summary.admin_failed == sum(p.status == "admin_failed" for p in people) > 0
    assert {p.track for p in people} == {"start-up", "scale-up"}


def test_province_scale_spread_and_plausible(session):
    generate_demo(session, scale="province", seed=7)
    people = list(session.scalars(select(Pesantren)))
    g = gazetteer()
    assert 1400 <= len(people) <= 1600
    assert len({p.regency_code for p in people}) == 27
    assert len({p.district_code for p in people}) > 400  # spread over kecamatan
    for p in people:
        assert g.districts[p.district_code].regency_code == p.regency_code
        assert re.fullmatch(r"(Pondok Pesantren|Ponpes|Pesantren|PP) .+", p.name)
        assert re.fullmatch(r"08\d{9,10}", p.phone)
        assert p.nspp is None or re.fullmatch(r"\d{12}", p.nspp)
        assert p.product and p.product_field_id and p.leader
    assert len({(p.name_key, p.district_code) for p in people}) == len(people)  # no accidental duplicates
    assert Counter(p.status for p in people)["admin_failed"] > 50


def test_same_seed_same_data_other_seed_differs(db_path, tmp_path):
    from opop_desktop.core.db import open_database

    results = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        db = open_database(str(tmp_path / f"{name}.sqlite3"))
        with db.session() as s:
            generate_demo(s, scale="small", seed=seed)
            results.append(_content(s))
        db.dispose()
    assert results[0] == results[1]
    assert results[0] != results[2]


def test_refuses_a_programme_that_has_registrants(session):
    generate_demo(session, scale="small", seed=1)
    with pytest.raises(ConflictError, match="sudah berisi"):
        generate_demo(session, scale="small", seed=1)


def test_cli_demo_then_list(cli):
    code, out, _ = cli("demo", "--scale", "small", "--seed", "9", "--json", "--yes")
    assert code == 0
    summary = json.loads(out)
    assert summary["registrants"] == 60 and summary["seed"] == 9
    code, out, _ = cli("registrants", "list", "--json")
    assert code == 0 and len(json.loads(out)) == 60


def test_refused_on_a_laptop_set_up_for_the_field(session):
    from opop_desktop.core.services import installation

    installation.initialise(session, role="venue", regency_code="32.05", name="Laptop Garut-1", year=2019)
    with pytest.raises(ConflictError, match="lokasi audisi.*basis data terpisah"):
        generate_demo(session, scale="small", seed=1)


def test_cli_demo_asks_first_and_lists_accounts(cli, db_path):
    import subprocess
    import sys
    from pathlib import Path

    opop = Path(sys.executable).with_name("opop")
    # Not a terminal and no --yes: refused, nothing written.
    run = subprocess.run([str(opop), "--db", str(db_path), "demo"], stdin=subprocess.DEVNULL,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "--yes" in run.stderr
    code, out, _ = cli("registrants", "list", "--json")
    assert code == 0 and json.loads(out) == []
    code, out, _ = cli("demo", "--yes")
    assert code == 0
    assert "koordinator" in out and "kata sandi opop2019" in out and "PIN 123456" in out
    assert "lembar masih kosong" in out
    code, _out, err = cli("demo", "--yes")  # a database that holds data refuses a second load
    assert code != 0 and "sudah berisi data" in err
