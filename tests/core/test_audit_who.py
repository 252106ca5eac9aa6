"""Everything that changes data is audited with who did it: registrant import, backup restore,
trust, revoke, bundle merges, conflict resolution (with the person's name), demo load; through the real ``opop``
commands (in-process) on real SQLite files."""
from __future__ import annotations

import getpass
import json

import openpyxl
import pytest
from sqlalchemy import select

from opop_desktop.cli import main
from opop_desktop.core.db import open_database
from opop_desktop.core.errors import PermissionDenied
from opop_desktop.core.models import AuditEntry
from opop_desktop.core.sync import conflicts
from opop_desktop.core.sync.scenario import concurrent_first_entries

CLI_ACTOR = f"{getpass.getuser()} (baris perintah)"


def run(capsys, db, *argv):
    code = main(["--db", str(db), *argv])
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def entries(db_path, action):
    database = open_database(str(db_path))
    try:
        with database.session() as s:
            return [(e.actor, e.entity_id, json.loads(e.new_json) if e.new_json else None, e.reason)
                    for e in s.scalars(select(AuditEntry).where(AuditEntry.action == action)
                                       .order_by(AuditEntry.chain_index))]
    finally:
        database.dispose()


def test_registrant_import_and_demo_are_audited(tmp_path, capsys):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Nama Pesantren", "NSPP", "Kabupaten/Kota", "Kecamatan", "Produk", "Kategori Usaha"])
    ws.append(["Al-Hikmah", 510032050001, "Kab. Garut", "Tarogong Kaler", "Dodol", "rintisan"])
    wb.save(tmp_path / "daftar.xlsx")
    db = tmp_path / "a.sqlite3"
    run(capsys, db, "registrants", "import", str(tmp_path / "daftar.xlsx"), "--dry-run")
    assert entries(db, "registrants.import") == []  # a dry run changes nothing
    run(capsys, db, "registrants", "import", str(tmp_path / "daftar.xlsx"))
    [(actor, _pid, new, _r)] = entries(db, "registrants.import")
    assert actor == CLI_ACTOR and new["file"] == "daftar.xlsx" and new["created"] == 1

    demo_db = tmp_path / "demo.sqlite3"
    run(capsys, demo_db, "demo", "--yes")
    [(actor, _pid, new, _r)] = entries(demo_db, "demo.load")
    assert actor == CLI_ACTOR and new["seed"] == 1 and new["registrants"] > 0


def test_trust_revoke_and_restore_are_audited(tmp_path, capsys):
    prov, venue = tmp_path / "prov.sqlite3", tmp_path / "venue.sqlite3"
    run(capsys, prov, "init", "--role", "province", "--name", "Provinsi")
    run(capsys, venue, "init", "--role", "venue", "--regency", "32.04", "--name", "Garut-1")
    run(capsys, venue, "device", "export-key", "--out", str(tmp_path / "v.key"))
    run(capsys, prov, "trust", str(tmp_path / "v.key"))
    run(capsys, prov, "revoke", "Garut-1", "--reason", "laptop hilang")
    [(actor, device, new, _r)] = entries(prov, "device.trust")
    assert actor == CLI_ACTOR and new["name"] == "Garut-1"
    [(actor, revoked, new, reason)] = entries(prov, "device.revoke")
    assert actor == CLI_ACTOR and revoked == device and reason == "laptop hilang"

    out = json.loads(run(capsys, prov, "backup", "create", "--json"))
    run(capsys, prov, "backup", "restore", out["path"])
    [(actor, name, new, _r)] = entries(prov, "backup.restore")
    # The command line restores as the system actor unless --as names an account.
    assert actor == "sistem" and name == out["path"].rsplit("/", 1)[-1] and new["safety_backup"]


def test_conflict_resolution_records_the_persons_name(tmp_path, capsys):
    prov, a, b = concurrent_first_entries(tmp_path)
    with prov.db.session() as s:
        key = conflicts.list_conflicts(s)[0].key
        with pytest.raises(PermissionDenied, match="Pengguna yang belum masuk tidak boleh menyelesaikan"):
            conflicts.resolve_conflict(s, key, value="8", reason="rata-rata", actor=None, who="Siti")
    for n in (prov, a, b):
        n.close()
    db = tmp_path / "prov.sqlite3"
    run(capsys, db, "conflicts", "resolve", key, "--value", "8", "--reason", "rata-rata disepakati",
        "--actor", "koord1 (Siti Aminah)")
    [(actor, conflict_key, new, reason)] = entries(db, "conflict.resolve")
    assert actor == "koord1 (Siti Aminah)" and conflict_key == key
    assert new["value"] == "8" and new["resolution"] and reason == "rata-rata disepakati"


def test_a_merged_bundle_is_audited_and_a_refused_one_is_not(tmp_path, capsys):
    prov, venue = tmp_path / "prov.sqlite3", tmp_path / "venue.sqlite3"
    run(capsys, prov, "init", "--role", "province", "--name", "Provinsi")
    run(capsys, venue, "init", "--role", "venue", "--regency", "32.04", "--name", "Garut-1")
    run(capsys, venue, "device", "export-key", "--out", str(tmp_path / "v.key"))
    run(capsys, venue, "bundle", "export", "--out", str(tmp_path / "v.opop"))
    assert main(["--db", str(prov), "bundle", "import", str(tmp_path / "v.opop")]) == 1  # unknown laptop
    capsys.readouterr()
    assert entries(prov, "bundle.import") == []  # quarantined, not merged: nothing to record
    run(capsys, prov, "trust", str(tmp_path / "v.key"))
    run(capsys, prov, "bundle", "import", str(tmp_path / "v.opop"))
    [(actor, _bundle, new, _r)] = entries(prov, "bundle.import")
    assert actor == CLI_ACTOR and new["file"] == "v.opop" and new["from"] == "Garut-1"
