"""Hostile bundle files: each is refused (or quarantined) with an Indonesian message, and the
database content is unchanged (the canonical dump is compared before and after)."""
from __future__ import annotations

import io
import json
import zipfile

import pytest

from opop_desktop.core.errors import ImportRejected
from opop_desktop.core.sync import bundle as fmt
from opop_desktop.core.sync import keys
from opop_desktop.core.sync.sandbox import Node
from opop_desktop.core.sync.scenario import add_score, add_sheet, set_up_province


@pytest.fixture
def pair(tmp_path):
    prov = Node(str(tmp_path / "prov.sqlite3"), role="province", name="Provinsi")
    world = set_up_province(prov)
    venue = Node(str(tmp_path / "venue.sqlite3"), role="venue", name="Garut-1", regency="32.04")
    venue.trust(prov)
    prov.trust(venue)
    venue.import_(prov.export(tmp_path / "down.opop", for_regency="32.04").path)
    add_score(venue, add_sheet(venue, world, 0, 0), "PSR", "7")
    good = venue.export(tmp_path / "good.opop", to_province=True).path
    yield prov, venue, good, tmp_path
    prov.close()
    venue.close()


def _members(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def _zip(path, members: dict[str, bytes]) -> str:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    path.write_bytes(buf.getvalue())
    return str(path)


def _resign(venue: Node, path, members: dict[str, bytes], manifest_changes=None, *, rehash=True) -> str:
    """A bundle altered and properly re-signed by the venue (tests checks after the signature)."""
    manifest = json.loads(members.pop(fmt.MANIFEST))
    members.pop(fmt.SIGNATURE)
    if rehash:
        manifest["members"] = {n: {"sha256": fmt.sha256(d), "size": len(d)} for n, d in members.items()}
    manifest.update(manifest_changes or {})
    mbytes = json.dumps(manifest).encode()
    sig = keys.b64(keys.sign(venue.device_id, mbytes))
    return _zip(path, {fmt.MANIFEST: mbytes, fmt.SIGNATURE: sig.encode(), **members})


def _refused(prov: Node, path, match: str) -> None:
    before = prov.dump()
    with pytest.raises(ImportRejected, match=match) as err:
        prov.import_(path)
    assert prov.dump() == before
    assert err.value.where  # says which file


def test_good_bundle_is_accepted(pair):
    prov, venue, good, tmp = pair
    assert prov.import_(good).status == "merged"


def test_truncated_zip(pair):
    prov, venue, good, tmp = pair
    data = open(good, "rb").read()
    (tmp / "cut.opop").write_bytes(data[: len(data) // 2])
    _refused(prov, tmp / "cut.opop", "rusak atau terpotong")


def test_corrupt_bytes(pair):
    prov, venue, good, tmp = pair
    data = bytearray(open(good, "rb").read())
    for i in range(200, 260):
        data[i] ^= 0xFF
    (tmp / "bad.opop").write_bytes(bytes(data))
    _refused(prov, tmp / "bad.opop", "rusak|tidak cocok|tidak sah")


def test_not_a_zip_at_all(pair):
    prov, venue, good, tmp = pair
    (tmp / "x.opop").write_text("halo")
    _refused(prov, tmp / "x.opop", "rusak atau terpotong")


def test_bad_signature(pair):
    prov, venue, good, tmp = pair
    m = _members(good)
    manifest = json.loads(m[fmt.MANIFEST])
    manifest["counts"]["score_entry"] = 99
    m[fmt.MANIFEST] = json.dumps(manifest).encode()
    _refused(prov, _zip(tmp / "sig.opop", m), "Tanda tangan bundel tidak sah")


def test_member_hash_mismatch(pair):
    prov, venue, good, tmp = pair
    m = _members(good)
    m["data/score_entry.jsonl"] = m["data/score_entry.jsonl"].replace(b'"7"', b'"10"')
    _refused(prov, _zip(tmp / "hash.opop", m), "tidak cocok dengan manifest")


@pytest.mark.parametrize("name", ["../../evil.txt", "/etc/evil", "data/../../x.jsonl", "C:\\evil"])
def test_path_traversal_names(pair, name):
    prov, venue, good, tmp = pair
    m = _members(good)
    m[name] = b"x"
    _refused(prov, _zip(tmp / "trav.opop", m), "berbahaya")


def test_zip_bomb_ratio(pair):
    prov, venue, good, tmp = pair
    m = _members(good)
    m["data/bomb.jsonl"] = b"\n" * (8 * 1024 * 1024)  # compresses ~1000:1
    _refused(prov, _zip(tmp / "bomb.opop", m), "bom zip")


def test_member_and_total_size_limits(pair, monkeypatch):
    prov, venue, good, tmp = pair
    monkeypatch.setattr(fmt, "MAX_MEMBER_BYTES", 100)
    _refused(prov, good, "terlalu besar")
    monkeypatch.setattr(fmt, "MAX_MEMBER_BYTES", 10 ** 9)
    monkeypatch.setattr(fmt, "MAX_TOTAL_BYTES", 1000)
    _refused(prov, good, "terlalu besar")
    monkeypatch.setattr(fmt, "MAX_TOTAL_BYTES", 10 ** 9)
    monkeypatch.setattr(fmt, "MAX_FILE_BYTES", 10)
    _refused(prov, good, "terlalu besar")


def test_unknown_format_version(pair):
    prov, venue, good, tmp = pair
    path = _resign(venue, tmp / "fmt.opop", _members(good), {"format_version": 99})
    _refused(prov, path, "Versi format bundel 99 tidak didukung")


def test_schema_version_from_the_future(pair):
    prov, venue, good, tmp = pair
    path = _resign(venue, tmp / "future.opop", _members(good), {"schema_version": "9999"})
    _refused(prov, path, "Skema basis data bundel")


def test_malformed_json_payload(pair):
    prov, venue, good, tmp = pair
    m = _members(good)
    m["data/score_entry.jsonl"] = b'{"id": "x", "value": \n'
    _refused(prov, _resign(venue, tmp / "json.opop", m), "JSON rusak pada baris 1")


def test_wrong_value_types(pair):
    prov, venue, good, tmp = pair
    m = _members(good)
    rows = [json.loads(x) for x in m["data/score_entry.jsonl"].splitlines()]
    rows[0]["created_at"] = "kemarin sore"
    m["data/score_entry.jsonl"] = fmt.jsonl_bytes(rows)
    _refused(prov, _resign(venue, tmp / "types.opop", m), "nilai tidak sah")


def test_score_value_that_is_no_number(pair):
    prov, venue, good, tmp = pair
    m = _members(good)
    rows = [json.loads(x) for x in m["data/score_entry.jsonl"].splitlines()]
    rows[0]["value"] = "tujuh"
    m["data/score_entry.jsonl"] = fmt.jsonl_bytes(rows)
    _refused(prov, _resign(venue, tmp / "value.opop", m), "Baris 1: nilai tidak sah")


def test_malformed_manifest(pair):
    prov, venue, good, tmp = pair
    m = _members(good)
    m[fmt.MANIFEST] = b"{bukan json"
    _refused(prov, _zip(tmp / "man.opop", m), "manifest.json bukan JSON")


def test_revoked_device(pair):
    prov, venue, good, tmp = pair
    with prov.db.session() as s:
        keys.revoke_device(s, venue.device_id, "laptop dicuri")
    _refused(prov, good, "dicabut")


def test_signed_by_another_key_than_enrolled(pair, tmp_path):
    prov, venue, good, tmp = pair
    impostor = Node(str(tmp_path / "imp.sqlite3"), role="venue", name="Palsu")
    m = _members(good)
    manifest = json.loads(m.pop(fmt.MANIFEST))
    m.pop(fmt.SIGNATURE)
    manifest["signer_public_key"] = impostor.key_info["public_key"]  # claims to be the venue
    mbytes = json.dumps(manifest).encode()
    sig = keys.b64(keys.sign(impostor.device_id, mbytes)).encode()
    path = _zip(tmp / "imp.opop", {fmt.MANIFEST: mbytes, fmt.SIGNATURE: sig, **m})
    _refused(prov, path, "bukan milik perangkat")
    impostor.close()


def test_unknown_device_is_quarantined_and_changes_nothing(pair, tmp_path):
    prov, venue, good, tmp = pair
    other = Node(str(tmp_path / "other.sqlite3"), role="province", name="Lain")
    before = other.dump()
    out = other.import_(good)
    assert out.status == "quarantined" and "dikarantina" in out.message
    assert other.dump() == before
    other.close()


def test_cli_reports_rejection_in_indonesian(pair, capsys):
    from opop_desktop.cli import main

    prov, venue, good, tmp = pair
    (tmp / "cut.opop").write_bytes(open(good, "rb").read()[:100])
    code = main(["--db", prov.db.url.replace("sqlite:///", ""), "bundle", "import", str(tmp / "cut.opop")])
    err = capsys.readouterr().err
    assert code == 1 and "rusak atau terpotong" in err
