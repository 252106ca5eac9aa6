"""core/sync says its sentences through the catalogue: the same refusal reads in English when
English is chosen, while what it stores (quarantine reasons) stays Indonesian."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from opop_desktop.cli import main
from opop_desktop.core import catalogue
from opop_desktop.core.errors import ImportRejected, NotFoundError
from opop_desktop.core.models import SyncQuarantine
from opop_desktop.core.sync import authority, bundle, keys, workflow
from opop_desktop.core.sync.sandbox import Node


def test_a_damaged_bundle_is_refused_in_english(tmp_path):
    path = tmp_path / "rusak.opop"
    path.write_bytes(b"bukan zip")
    with pytest.raises(ImportRejected) as caught:
        bundle.read_bundle(path)
    assert str(caught.value) == "rusak.opop: Berkas bundel rusak atau terpotong (bukan zip yang utuh)."
    catalogue.set_language("en")
    assert str(caught.value) == "rusak.opop: The bundle file is damaged or truncated (not a complete zip)."


def test_writer_rules_read_in_english_and_the_docs_table_stays_indonesian():
    venue = authority.Writer("v1", "Garut-1", "venue", "32.04", "", "trusted", None)
    why = authority.refusal("user_account", {"role": "juror"}, venue, "v1")
    catalogue.set_language("en")
    assert str(why) == ("only a regency/city device for its own regency/city (or the province) may change "
                        "user accounts (regency/city: only juror/officer accounts of its regency/city (PIN); "
                        "never sent up)")
    assert str(authority.refusal("mystery", {}, None, "")) == (
        "data kind 'mystery' is not in the writer rules; no device may send it")
    unknown = authority.refusal("stage", {}, None, "")
    assert str(unknown) == "its writer (no name) is not registered in this database"
    other = authority.scope_refusal("score_sheet", frozenset({"32.05"}), venue)
    assert str(other).endswith("; this record belongs to 32.05, not 32.04")
    rows = {r[0]: r for r in authority.doc_table()}
    assert rows["user_account"][1] == "akun pengguna" and rows["audit_entry"][6].startswith("hanya ditambah")


def test_an_unknown_device_is_named_in_english(tmp_path):
    node = Node(str(tmp_path / "n.sqlite3"), role="province", name="Provinsi")
    try:
        with node.db.session() as s:
            with pytest.raises(NotFoundError) as caught:
                keys.find_device(s, "laptop-x")
        catalogue.set_language("en")
        assert str(caught.value) == "Device 'laptop-x' is not known."
    finally:
        node.close()


def test_a_cancelled_file_says_so_in_either_language():
    assert workflow.CANCELLED.text("id").startswith("Dibatalkan sebelum berkas ini diproses")
    catalogue.set_language("en")
    assert str(workflow.CANCELLED) == "Cancelled before this file was processed; it changed nothing."


def test_bundle_import_in_english_keeps_the_quarantine_reason_indonesian(tmp_path, capsys):
    prov = Node(str(tmp_path / "prov.sqlite3"), role="province", name="Provinsi")
    other = Node(str(tmp_path / "other.sqlite3"), role="province", name="Lain")
    try:
        good = prov.export(tmp_path / "p.opop").path
        (tmp_path / "rusak.opop").write_bytes(b"bukan zip")
        code = main(["--db", str(tmp_path / "other.sqlite3"), "--lang", "en", "bundle", "import", good,
                     str(tmp_path / "rusak.opop"), "--json"])
        data = json.loads(capsys.readouterr().out)
        assert code == 1
        assert data["errors"][0]["error"] == ("rusak.opop: The bundle file is damaged or truncated "
                                              "(not a complete zip).")
        said = data["results"][0]["message"]
        assert said.startswith("Device Provinsi is not known yet; the bundle is quarantined until")
        with other.db.session() as s:
            reason = s.scalar(select(SyncQuarantine.reason))
        assert reason.startswith("Perangkat Provinsi belum dikenal; bundel dikarantina")
    finally:
        prov.close()
        other.close()
