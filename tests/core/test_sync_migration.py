"""A populated database made before signed segments (schema 0003) keeps working after migration:
its content is unchanged, revocations get their point, unsigned receipts stop counting, and its
next bundles (signed anew by their writers) merge both ways."""
from __future__ import annotations

import json

from alembic import command
from sqlalchemy import select

from opop_desktop.core import db as dbmod
from opop_desktop.core.models import Device, SyncReceipt
from opop_desktop.core.sync import keys
from opop_desktop.core.sync.sandbox import Node
from opop_desktop.core.sync.scenario import add_score, add_sheet, set_up_province


def _to_0003(path) -> None:
    engine = dbmod.make_engine(dbmod.resolve_url(str(path)))
    with engine.begin() as conn:
        command.downgrade(dbmod._alembic_config(conn), "0003")
    engine.dispose()


def test_populated_database_from_0003_migrates_and_syncs(tmp_path):
    prov = Node(str(tmp_path / "prov.sqlite3"), role="province", name="Provinsi")
    world = set_up_province(prov)
    a = Node(str(tmp_path / "a.sqlite3"), role="venue", name="Garut-1", regency="32.04")
    b = Node(str(tmp_path / "b.sqlite3"), role="venue", name="Garut-2", regency="32.04")
    prov.trust(a, b)
    for v in (a, b):
        v.trust(prov)
        v.import_(prov.export(tmp_path / f"down-{v.name}.opop", for_regency="32.04").path)
    sheet = add_sheet(a, world, 0, 0)
    add_score(a, sheet, "PSR", "7")
    out = prov.import_(a.export(tmp_path / "a1.opop", to_province=True).path, receipt_out=tmp_path / "r.opop")
    a.import_(out.receipt_path)
    add_score(b, add_sheet(b, world, 1, 1), "PTN", "6")
    prov.import_(b.export(tmp_path / "b1.opop", to_province=True).path)
    with prov.db.session() as s:
        keys.revoke_device(s, b.device_id, "hilang")  # at 0003 no point was recorded (dropped below)
    before = {n.name: n.dump() for n in (prov, a)}
    for n in (prov, a, b):
        n.close()
    for name in ("prov", "a"):
        _to_0003(tmp_path / f"{name}.sqlite3")
        import sqlite3
        con = sqlite3.connect(tmp_path / f"{name}.sqlite3")
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0003",)
        assert "sync_segment" not in {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        con.close()

    prov = Node(str(tmp_path / "prov.sqlite3"), role="province", name="Provinsi")
    a = Node(str(tmp_path / "a.sqlite3"), role="venue", name="Garut-1", regency="32.04")
    assert prov.dump() == before["Provinsi"] and a.dump() == before["Garut-1"]
    with prov.db.session() as s:
        revoked = s.scalar(select(Device).where(Device.device_id == b.device_id))
        assert revoked.status == "revoked" and revoked.revoked_at_seq == keys.last_seq_held(s, b.device_id) > 0
    with a.db.session() as s:  # receipts from before carry no signature: they no longer count
        assert all(r.signature == "" for r in s.scalars(select(SyncReceipt)))
    add_score(a, sheet, "PTN", "8")
    up = a.export(tmp_path / "a2.opop", to_province=True)
    assert not up.incremental  # nothing acknowledged by a signed receipt yet: everything goes
    res = prov.import_(up.path)
    assert res.status == "merged", res.message
    down = prov.export(tmp_path / "down2.opop", for_regency="32.04")
    assert a.import_(down.path).status == "merged"
    manifest = json.loads(__import__("zipfile").ZipFile(up.path).read("manifest.json"))
    assert manifest["format_version"] == 2
    for n in (prov, a):
        n.close()
