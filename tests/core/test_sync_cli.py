"""The sync commands end to end through ``opop`` (in-process), on SQLite and PostgreSQL."""
from __future__ import annotations

import json
import os
import stat

import pytest

from opop_desktop.cli import main
from opop_desktop.core.sync import keys
from opop_desktop.core.sync.sandbox import Node
from opop_desktop.core.sync.scenario import add_score, add_sheet, concurrent_first_entries, set_up_province


def run(capsys, db, *argv):
    code = main(["--db", db, *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def dbs(request, tmp_path):
    def url(name):
        if request.param == "sqlite":
            return str(tmp_path / f"{name}.sqlite3")
        return request.getfixturevalue("pg_server").create_database()
    return url


def test_device_keys_trust_export_import_conflicts_dump(dbs, tmp_path, capsys):
    prov, venue = dbs("prov"), dbs("venue")
    assert run(capsys, prov, "init", "--role", "province", "--name", "Provinsi")[0] == 0
    code, out, _ = run(capsys, prov, "device", "show", "--json")
    me = json.loads(out)
    assert code == 0 and len(me["fingerprint"]) == 39
    assert stat.S_IMODE(os.stat(me["key_file"]).st_mode) == 0o600
    assert run(capsys, venue, "init", "--role", "venue", "--regency", "32.04", "--name", "Garut-1")[0] == 0
    # Enrolment both ways by key file.
    assert run(capsys, venue, "device", "export-key", "--out", str(tmp_path / "v.key"))[0] == 0
    assert run(capsys, prov, "device", "export-key", "--out", str(tmp_path / "p.key"))[0] == 0
    assert run(capsys, prov, "trust", str(tmp_path / "v.key"))[0] == 0
    assert run(capsys, venue, "trust", str(tmp_path / "p.key"))[0] == 0
    code, out, _ = run(
        capsys, prov, "bundle", "export", "--out", str(tmp_path / "down.opop"), "--for", "32.04"
    )
    assert code == 0 and "down" in out
    code, out, _ = run(capsys, venue, "bundle", "inspect", str(tmp_path / "down.opop"), "--json")
    assert (
        code == 0 and json.loads(out)["manifest"]["kind"] == "down" and json.loads(out)["signature"] == "sah"
    )
    code, out, _ = run(capsys, venue, "bundle", "import", str(tmp_path / "down.opop"), "--dry-run", "--json")
    data = json.loads(out)
    assert code == 0 and data["results"][0]["status"] == "preview" and data["backup"] is None
    code, out, _ = run(capsys, venue, "bundle", "import", str(tmp_path / "down.opop"), "--json")
    data = json.loads(out)
    assert code == 0 and data["results"][0]["status"] == "merged"
    assert data["results"][0]["counts"]["stage"]["new"] == 3
    # Re-importing is a no-op with exit 0.
    code, out, _ = run(capsys, venue, "bundle", "import", str(tmp_path / "down.opop"))
    assert code == 0 and "Sudah pernah digabungkan" in out
    # Dumps of province and venue agree on the set-up they share.
    _, d_venue, _ = run(capsys, venue, "db", "dump")
    assert '"table":"stage"' in d_venue
    code, out, _ = run(capsys, venue, "db", "dump", "--json")
    assert code == 0 and isinstance(json.loads(out), list)
    code, out, _ = run(capsys, prov, "conflicts", "list", "--json")
    assert code == 0 and json.loads(out) == []
    # Revocation: the venue's next bundle is refused.
    assert run(capsys, prov, "revoke", "Garut-1", "--reason", "hilang")[0] == 0
    run(capsys, venue, "bundle", "export", "--out", str(tmp_path / "up.opop"), "--to", "province")
    code, _, err = run(capsys, prov, "bundle", "import", str(tmp_path / "up.opop"))
    assert code == 1 and "dicabut" in err


def test_conflict_list_and_resolve_by_cli(tmp_path, capsys):
    prov, a, b = concurrent_first_entries(tmp_path)
    db = str(tmp_path / "prov.sqlite3")
    code, out, _ = run(capsys, db, "conflicts", "list")
    assert code == 0 and "Ani" in out and "Budi" in out and "Garut-1" in out and "Garut-2" in out
    code, out, _ = run(capsys, db, "conflicts", "list", "--json")
    item = json.loads(out)[0]
    with pytest.raises(SystemExit) as exited:  # --reason is required
        run(capsys, db, "conflicts", "resolve", item["key"], "--value", "8")
    assert exited.value.code == 2
    code, out, _ = run(capsys, db, "conflicts", "resolve", item["key"], "--value", "8,5",
                       "--reason", "rata-rata disepakati", "--json")
    assert code == 0 and json.loads(out)["version_id"]
    code, out, _ = run(capsys, db, "conflicts", "list", "--json")
    assert json.loads(out) == []
    for n in (prov, a, b):
        n.close()


def test_trust_by_fingerprint_releases_quarantine(tmp_path, capsys):
    prov = Node(str(tmp_path / "prov.sqlite3"), role="province", name="Provinsi")
    other = Node(str(tmp_path / "other.sqlite3"), role="province", name="Lain")
    path = prov.export(tmp_path / "p.opop").path
    db = str(tmp_path / "other.sqlite3")
    code, out, _ = run(capsys, db, "bundle", "import", path)
    assert code == 1 and "Dikarantina" in out and prov.fingerprint in out  # not merged (yet)
    assert "0 dari 1 berkas digabungkan" in out
    code, out, _ = run(capsys, db, "trust", prov.fingerprint)
    assert code == 0 and "opop bundle import" in out
    quarantined = out.strip().splitlines()[-1].split()[-1]
    code, out, _ = run(capsys, db, "bundle", "import", quarantined, "--json")
    assert code == 0 and json.loads(out)["results"][0]["status"] == "merged"
    code, _, err = run(capsys, db, "trust", "AAAA-BBBB")
    assert code == 2
    with other.db.session() as s:
        assert keys.find_device(s, prov.device_id).status == "trusted"
    prov.close()
    other.close()


def test_import_several_files_one_bad(tmp_path, capsys):
    prov = Node(str(tmp_path / "prov.sqlite3"), role="province", name="Provinsi")
    set_up_province(prov)
    venue = Node(str(tmp_path / "venue.sqlite3"), role="venue", name="Garut-1", regency="32.04")
    venue.trust(prov)
    good = prov.export(tmp_path / "down.opop", for_regency="32.04").path
    (tmp_path / "rusak.opop").write_bytes(b"bukan zip")
    code, out, err = run(capsys, str(tmp_path / "venue.sqlite3"), "bundle", "import", good,
                         str(tmp_path / "rusak.opop"), "--json")
    data = json.loads(out)
    assert code == 1 and [r["status"] for r in data["results"]] == ["merged"]
    assert data["errors"][0]["file"].endswith("rusak.opop") and "rusak" in data["errors"][0]["error"]
    assert "Cadangan dibuat" in data["backup"]
    prov.close()
    venue.close()


def test_import_merges_each_file_on_its_own_and_leaves_no_temporary_copy(tmp_path, capsys, monkeypatch):
    import tempfile

    scratch = tmp_path / "systemp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    prov = Node(str(tmp_path / "prov.sqlite3"), role="province", name="Provinsi")
    world = set_up_province(prov)
    a = Node(str(tmp_path / "a.sqlite3"), role="venue", name="Garut-1", regency="32.04")
    a.trust(prov)
    prov.trust(a)
    a.import_(prov.export(tmp_path / "down.opop", for_regency="32.04").path)
    add_score(a, add_sheet(a, world, 0, 0), "PSR", "7")
    good = a.export(tmp_path / "good.opop", to_province=True).path
    sheet2 = add_sheet(a, world, 1, 1)
    add_score(a, sheet2, "PTN", "8")
    later = a.export(tmp_path / "later.opop", to_province=True, full=True).path
    # A file whose scores refer to a sheet the province never got fails when merged; a file from
    # the venue claiming a set-up change it may not make is quarantined.
    from opop_desktop.core.sync.tables import row_to_json, table_by_name
    t = table_by_name("pesantren")
    with a.db.session() as s:
        from sqlalchemy import select
        p = row_to_json(t, s.execute(select(t)).first())
        dev = keys.ensure_device_keys(s)
    from sync_forge import bump, forge
    lie = forge(a, tmp_path / "lie.opop", {"pesantren": [bump(a, p, name="Ganti")]})
    (tmp_path / "rusak.opop").write_bytes(b"bukan zip")
    db = str(tmp_path / "prov.sqlite3")
    code, out, _ = run(capsys, db, "bundle", "import", good, lie, str(tmp_path / "rusak.opop"), later, "--json")
    data = json.loads(out)
    assert code == 1
    assert data["merged"] == [good, later]
    assert sorted(data["not_merged"]) == sorted([lie, str(tmp_path / "rusak.opop")])
    q = next(r for r in data["results"] if r["file"] == lie)
    assert q["status"] == "quarantined" and "data pesantren" in q["message"]
    code, out, _ = run(capsys, db, "bundle", "import", good, lie)
    assert code == 1 and "1 dari 2 berkas digabungkan; tidak digabungkan: " + lie in out
    assert list(scratch.glob("opop-import-*")) == []
    del dev
    prov.close()
    a.close()


def test_cancel_between_files_keeps_what_merged_and_names_the_rest(tmp_path):
    """The workflow the GUI runs: Batal after the first file leaves that file merged (its own
    transaction) and reports the others as not merged, cancelled; nothing else changed."""
    from opop_desktop.core.services.accounts import SYSTEM_ACTOR
    from opop_desktop.core.sync import workflow

    prov = Node(str(tmp_path / "prov.sqlite3"), role="province", name="Provinsi")
    world = set_up_province(prov)
    a = Node(str(tmp_path / "a.sqlite3"), role="venue", name="Garut-1", regency="32.04")
    a.trust(prov)
    prov.trust(a)
    a.import_(prov.export(tmp_path / "down.opop", for_regency="32.04").path)
    add_score(a, add_sheet(a, world, 0, 0), "PSR", "7")
    first = a.export(tmp_path / "first.opop", to_province=True).path
    add_score(a, add_sheet(a, world, 1, 1), "PTN", "8")
    second = a.export(tmp_path / "second.opop", to_province=True, full=True).path
    seen = []
    run = workflow.import_files(prov.db, [first, second], actor=SYSTEM_ACTOR,
                                progress=lambda done, total, name: seen.append((done, name)),
                                cancelled=lambda: (2, "first.opop") in seen)  # Batal while merging it
    assert run.cancelled and run.merged == [first] and run.not_merged == [second]
    assert run.files[1].reason == workflow.CANCELLED and run.backup
    assert seen[:2] == [(0, "first.opop"), (1, "second.opop")]  # both verified before any merge
    assert prov.import_(first, dry_run=True).status == "already"
    assert prov.import_(second, dry_run=True).counts["score_entry"].new >= 1  # the second never merged
    prov.close()
    a.close()
