"""Attacks by a dishonest laptop that is properly enrolled: its key is trusted, its bundles carry
valid signatures, only their content lies. Each must end with the bundle refused whole and
quarantined with a reason naming the kind, the row and the rule, and the receiving database
byte-for-byte unchanged (``opop db dump`` plus the device list, which the dump leaves out)."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from opop_desktop.core.services.accounts import SYSTEM_ACTOR
from opop_desktop.core.models import (
    AuditEntry, Device, Panel, ResultSnapshot, ScoreEntry, UserAccount, Venue,
)
from opop_desktop.core.services import accounts, audit
from opop_desktop.core.sync import authority, keys, receipts
from opop_desktop.core.sync import bundle as fmt
from opop_desktop.core.sync.sandbox import Node
from opop_desktop.core.sync.scenario import add_score, add_sheet, set_up_province
from opop_desktop.core.sync.tables import replicated_tables
from sync_forge import bump, forge, refused, rows_of, snapshot


@pytest.fixture
def net(tmp_path):
    """Province; kab/kota Garut; venue laptops Garut-1 (a, the dishonest one) and Garut-2 (b)."""
    prov = Node(str(tmp_path / "prov.sqlite3"), role="province", name="Provinsi")
    world = set_up_province(prov)
    kab = Node(str(tmp_path / "kab.sqlite3"), role="regency", name="Kab Garut", regency="32.04")
    a = Node(str(tmp_path / "a.sqlite3"), role="venue", name="Laptop Garut-1", regency="32.04")
    b = Node(str(tmp_path / "b.sqlite3"), role="venue", name="Laptop Garut-2", regency="32.04")
    prov.trust(kab, a, b)
    kab.trust(prov, a, b)
    for v in (a, b):
        v.trust(prov, kab)
    down = prov.export(tmp_path / "down.opop", for_regency="32.04").path
    for n in (kab, a, b):
        assert n.import_(down).status == "merged"
    yield prov, kab, a, b, world, tmp_path
    for n in (prov, kab, a, b):
        n.close()


# ---------------------------------------------------------------- the attacks of the issue

def test_replacing_the_province_keys_at_the_kab_kota_is_refused(net):
    prov, kab, a, b, world, tmp = net
    thief = Node(str(tmp / "thief.sqlite3"), role="province", name="Provinsi")  # the attacker's key pair
    (prov_row,) = rows_of(kab, "device", device_id=prov.device_id)
    fake = dict(prov_row, public_key=thief.key_info["public_key"], fingerprint=thief.fingerprint,
                seal_public_key=thief.key_info["seal_public_key"],
                id=keys.device_row_id(prov.device_id, thief.key_info["public_key"]))
    fake = bump(a, fake)
    msg = refused(kab, forge(a, tmp / "keys.opop", {"device": [fake]}), "daftar perangkat", fake["id"],
                  "Laptop Garut-1")
    assert "kunci" in msg or "hanya perangkat" in msg
    # The same swap claimed as written by the province: no province segment covers it.
    fake2 = dict(fake, modified_device=prov.device_id, device_seq=999)
    refused(kab, forge(a, tmp / "keys2.opop", {"device": [fake2]}), "daftar perangkat")
    # And a bundle signed with the thief's key "as the province" is still not accepted.
    thief.trust(kab)
    with thief.db.session() as s:
        from opop_desktop.core.db import set_setting
        set_setting(s, "device_id", prov.device_id)
    thief.close()
    with kab.db.session() as s:
        assert s.scalar(select(Device).where(Device.device_id == prov.device_id)).public_key \
            == prov.key_info["public_key"]


def test_un_revoking_a_laptop_and_enrolling_a_new_province_device_are_refused(net):
    prov, kab, a, b, world, tmp = net
    with prov.db.session() as s:
        keys.revoke_device(s, b.device_id, "laptop hilang", actor=SYSTEM_ACTOR)
    (brow,) = rows_of(prov, "device", device_id=b.device_id)
    back = bump(a, brow, status="trusted", status_reason="", revoked_at_seq=None)
    refused(prov, forge(a, tmp / "unrevoke.opop", {"device": [back]}), "daftar perangkat", back["id"])
    rogue = Node(str(tmp / "rogue.sqlite3"), role="province", name="Provinsi Palsu")
    k = rogue.key_info
    rogue.close()
    enrol = {**brow, "id": keys.device_row_id(k["device_id"], k["public_key"]), "device_id": k["device_id"],
             "name": "Provinsi Palsu", "role": "province", "regency_code": None, "public_key": k["public_key"],
             "fingerprint": k["fingerprint"], "seal_public_key": k["seal_public_key"], "status": "trusted",
             "status_reason": "", "revoked_at_seq": None, "origin_device": a.device_id}
    enrol = bump(a, enrol)
    for target in (prov, kab):
        refused(target, forge(a, tmp / "enrol.opop", {"device": [enrol]}), "daftar perangkat",
                "hanya perangkat kabupaten/kota")


@pytest.mark.parametrize("attack", ["admin", "pin", "password"])
def test_accounts_from_below_are_refused(net, attack):
    prov, kab, a, b, world, tmp = net
    with prov.db.session() as s:
        accounts.create_user(s, username="admin", full_name="Admin", role="admin", password="rahasia-123")
        admin_user = accounts.signed_in(s.scalar(select(UserAccount).where(UserAccount.username == "admin")))
        accounts.create_user(s, username="juri1", full_name="Juri", role="juror", pin="123456",
                             juror_id=world.jurors[0], regency_code="32.04", actor=admin_user)
    (admin,) = rows_of(prov, "user_account", username="admin")
    (juror,) = rows_of(prov, "user_account", username="juri1")
    from opop_desktop.core import security
    if attack == "admin":
        row = bump(a, {**admin, "id": "acc-evil", "username": "evil", "origin_device": a.device_id})
    elif attack == "pin":
        row = bump(a, juror, pin_hash=security.hash_secret("000000"))
    else:
        row = bump(a, admin, password_hash=security.hash_secret("punya-saya-1"))
    msg = refused(prov, forge(a, tmp / "acc.opop", {"user_account": [row]}), "akun pengguna", row["id"],
                  "Laptop Garut-1")
    assert "yang boleh mengubah akun pengguna" in msg


def test_kab_kota_may_not_send_accounts_up_nor_make_admins(net):
    prov, kab, a, b, world, tmp = net
    with prov.db.session() as s:
        accounts.create_user(s, username="admin", full_name="Admin", role="admin", password="rahasia-123")
    (admin,) = rows_of(prov, "user_account", username="admin")
    row = bump(kab, {**admin, "id": "acc-kab", "username": "kabadmin", "regency_code": "32.04"})
    refused(prov, forge(kab, tmp / "kab-acc.opop", {"user_account": [row]}), "akun pengguna")
    refused(a, forge(kab, tmp / "kab-acc2.opop", {"user_account": [row]}, kind="down"), "akun pengguna")


def test_rewriting_another_laptops_score_versions_is_refused(net):
    prov, kab, a, b, world, tmp = net
    sheet = add_sheet(b, world, 1, 1)
    add_score(b, sheet, "PSR", "6")
    assert prov.import_(b.export(tmp / "b.opop", to_province=True).path).status == "merged"
    (entry,) = rows_of(prov, "score_entry", sheet_id=sheet)
    (sh,) = rows_of(prov, "score_sheet", id=sheet)
    # In place, with laptop 2's stamps (its signature cannot cover the new value) ...
    same_stamps = dict(entry, value="10")
    msg = refused(prov, forge(a, tmp / "rw1.opop", {"score_sheet": [sh], "score_entry": [same_stamps]},
                              claim_writer=b.device_id), "nilai", entry["id"])
    assert "pemalsuan" in msg or "segmen" in msg
    # ... or as an "update" with its own stamps: score versions are never changed.
    refused(prov, forge(a, tmp / "rw2.opop", {"score_entry": [bump(a, entry, value="10")]}), "nilai",
            "pemalsuan")
    with prov.db.session() as s:
        assert s.get(ScoreEntry, entry["id"]).value == Decimal("6")


def test_a_correction_may_retire_only_a_version_of_its_own_sheet_and_criterion(net):
    """A laptop may correct its own sheets; a correction naming another sheet's score (or another
    criterion's) would take that score out of the ranking from a sheet it may write."""
    prov, kab, a, b, world, tmp = net
    theirs = add_sheet(b, world, 1, 1)
    add_score(b, theirs, "PSR", "6")
    assert prov.import_(b.export(tmp / "b.opop", to_province=True).path).status == "merged"
    (target,) = rows_of(prov, "score_entry", sheet_id=theirs)
    mine = add_sheet(a, world, 0, 0)
    add_score(a, mine, "PSR", "7")
    add_score(a, mine, "PTN", "8")
    (sh,) = rows_of(a, "score_sheet", id=mine)
    psr, ptn = sorted(rows_of(a, "score_entry", sheet_id=mine), key=lambda r: r["criterion_code"])
    other_sheet = bump(a, psr, supersedes_id=target["id"], kind="correction")
    msg = refused(prov, forge(a, tmp / "retire1.opop", {"score_sheet": [sh], "score_entry": [ptn, other_sheet]}),
                  "nilai", psr["id"], target["id"], "lembar")
    assert "bukan versi" in msg
    # A conflict's resolution naming another sheet's score as its second head, likewise.
    merging = bump(a, psr, merges_id=target["id"])
    refused(prov, forge(a, tmp / "retire2.opop", {"score_sheet": [sh], "score_entry": [ptn, merging]}),
            "nilai", target["id"])
    # Within its sheet, another criterion's version is not its to retire either (both in the bundle).
    other_code = bump(a, psr, supersedes_id=ptn["id"])
    refused(prov, forge(a, tmp / "retire3.opop", {"score_sheet": [sh], "score_entry": [ptn, other_code]}),
            "nilai", ptn["id"])
    # The honest bundle of the same laptop is merged, and the other laptop's score still counts.
    assert prov.import_(a.export(tmp / "a.opop", to_province=True).path).status == "merged"
    with prov.db.session() as s:
        from opop_desktop.core.services.score_query import current_values
        assert current_values(s, [theirs])[theirs] == {"PSR": Decimal("6")}


def _audit_entries(node: Node, n: int) -> None:
    with node.db.session() as s:
        for i in range(n):
            audit.record(s, actor="petugas", action="score.set", entity="score_sheet", entity_id=f"s{i}",
                         new={"v": i})


def test_rewriting_another_laptops_audit_chain_is_refused(net):
    prov, kab, a, b, world, tmp = net
    _audit_entries(b, 3)
    assert prov.import_(b.export(tmp / "b.opop", to_province=True).path).status == "merged"
    chain = sorted(rows_of(prov, "audit_entry", origin_device=b.device_id), key=lambda r: r["chain_index"])
    from types import SimpleNamespace
    from datetime import datetime
    forged, prev = [], ""
    for r in chain:  # every entry rewritten with recomputed hashes: the chain itself looks intact
        r = dict(r, reason="diubah", prev_hash=prev)
        ns = SimpleNamespace(**{**r, "at": datetime.fromisoformat(r["at"])})
        r["hash"] = audit.entry_hash(ns)
        prev = r["hash"]
        forged.append(r)
    refused(prov, forge(a, tmp / "audit1.opop", {"audit_entry": forged}, claim_writer=b.device_id), "log audit")
    msg = refused(prov, forge(a, tmp / "audit2.opop", {"audit_entry": [bump(a, r) for r in forged]}),
                  "log audit")
    assert "pemalsuan" in msg or "pemilik rantai" in msg
    with prov.db.session() as s:
        assert audit.verify(s).ok


def test_audit_entry_that_would_replace_or_reorder_a_chain_is_refused(net):
    prov, kab, a, b, world, tmp = net
    _audit_entries(a, 2)
    assert prov.import_(a.export(tmp / "a.opop", to_province=True).path).status == "merged"
    (second,) = rows_of(a, "audit_entry", chain_index=2)
    # Its own chain: a new entry numbered 2 again (replacing the one the province holds).
    other = bump(a, dict(second, id="audit-other", reason="versi lain"))
    from types import SimpleNamespace
    from datetime import datetime
    other["hash"] = audit.entry_hash(SimpleNamespace(**{**other, "at": datetime.fromisoformat(other["at"])}))
    refused(prov, forge(a, tmp / "replace.opop", {"audit_entry": [other]}), "log audit", "mengganti")


def test_rows_written_after_a_revocation_are_refused_through_the_relay(net):
    prov, kab, a, b, world, tmp = net
    sheet = add_sheet(b, world, 0, 2)
    add_score(b, sheet, "PSR", "5")
    assert prov.import_(b.export(tmp / "b1.opop", to_province=True).path).status == "merged"
    with prov.db.session() as s:
        point = keys.revoke_device(s, b.device_id, "laptop dicuri", actor=SYSTEM_ACTOR).revoked_at_seq
    assert point >= 1
    add_score(b, sheet, "PTN", "9")  # written by the thief after the revocation
    assert kab.import_(b.export(tmp / "b2.opop", to_province=True).path).status == "merged"
    relay = kab.export(tmp / "kab.opop", to_province=True).path
    msg = refused(prov, relay, "nilai", "Laptop Garut-2", "dicabut")
    assert f"nomor urut {point}" in msg


def test_receipt_claiming_to_come_from_the_province_does_not_count(net):
    prov, kab, a, b, world, tmp = net
    for i in range(3):
        add_score(a, add_sheet(a, world, i % 2, i), "PSR", 5 + i)
    kab.import_(a.export(tmp / "a.opop", to_province=True).path)
    with kab.db.session() as s:
        ranges = {d: [list(x) for x in v] for d, v in receipts.known_ranges(s).items()}
        dev = keys.ensure_device_keys(s)  # noqa: F841 - the kab/kota's own keys exist
    with a.db.session() as s:
        me = keys.ensure_device_keys(s)
    # A receipt bundle signed by the venue laptop but naming the province as receiver.
    body = {"for_bundle_id": "x", "receiver_device": prov.device_id, "receiver_role": "province",
            "receiver_regency": "", "ranges": ranges}
    manifest = fmt.new_manifest(kind="receipt", device=me, schema_version=fmt.current_head(), tables=[],
                                counts={}, seq_ranges={})
    path = fmt.write_bundle(tmp / "rcpt.opop", manifest, {"receipt.json": json.dumps(body).encode()},
                            device_id=a.device_id)
    refused(kab, path, "tanda terima", "ditandatangani oleh perangkat lain")
    # The same claim relayed inside a data bundle.
    mbytes, sig = fmt.signed_manifest(manifest, {"receipt.json": json.dumps(body).encode()},
                                      device_id=a.device_id)
    line = json.dumps({"manifest": mbytes.decode(), "sig": keys.b64(sig), "body": json.dumps(body)})
    refused(kab, forge(a, tmp / "relay-rcpt.opop", {}, kind="down",
                       members={"sync/receipts.jsonl": line.encode() + b"\n"}), "tanda terima")
    nxt = kab.export(tmp / "kab.opop", to_province=True)
    assert not nxt.incremental and nxt.counts["score_entry"] == 3


# ---------------------------------------------------------------- attacks of our own

def test_a_forged_losing_version_is_refused(net):
    """Losing versions travel for a person to pick later: a forged one would be picked as truth."""
    prov, kab, a, b, world, tmp = net
    sheet = add_sheet(b, world, 0, 1)
    assert prov.import_(b.export(tmp / "b.opop", to_province=True).path).status == "merged"
    (sh,) = rows_of(prov, "score_sheet", id=sheet)
    loser = dict(sh, comment="nilai dinaikkan", device_seq=sh["device_seq"] + 7)
    line = json.dumps({"table": "score_sheet", "record_id": sheet, "row": loser,
                       "vv": {b.device_id: loser["device_seq"]}})
    refused(prov, forge(a, tmp / "loser.opop", {}, members={"sync/conflicts.jsonl": line.encode() + b"\n"}),
            "lembar nilai", sheet, "segmen")


def test_pins_set_by_the_kab_kota_travel_down_signed_by_it(net):
    """The honest counterpart of the account attacks: a juror PIN the kab/kota sets reaches its
    venue laptops, and never goes up."""
    prov, kab, a, b, world, tmp = net
    with kab.db.session() as s:
        accounts.create_user(s, username="admin-kab", full_name="Admin", role="admin", password="rahasia-123")
        admin = accounts.signed_in(s.scalar(select(UserAccount).where(UserAccount.username == "admin-kab")))
        accounts.create_user(s, username="juri-garut", full_name="Juri", role="juror", pin="246810",
                             juror_id=world.jurors[1], regency_code="32.04", actor=admin)
    down = kab.export(tmp / "kab-down.opop", for_regency="32.04")
    assert down.held_back.get("user_account") == 1  # its own admin account is not its to hand out
    assert a.import_(down.path).status == "merged"
    with a.db.session() as s:
        assert accounts.check_juror_pin(s, world.jurors[1], "246810").user is not None
        assert s.scalar(select(UserAccount).where(UserAccount.username == "admin-kab")) is None
    up = kab.export(tmp / "kab-up.opop", to_province=True)
    assert up.counts.get("user_account", 0) == 0

def test_scores_for_a_panel_of_another_kab_kota_are_refused(net):
    prov, kab, a, b, world, tmp = net
    with prov.db.session() as s:
        v = Venue(stage_id=world.stage_id, name="Aula Tasik", regency_codes="32.06")
        s.add(v)
        s.flush()
        p = Panel(venue_id=v.id, name="Ruang T")
        s.add(p)
        s.flush()
        other_panel = p.id
    sheet = add_sheet(a, world, 0, 0)
    (sh,) = rows_of(a, "score_sheet", id=sheet)
    sh = bump(a, sh, panel_id=other_panel)
    refused(prov, forge(a, tmp / "scope.opop", {"score_sheet": [sh]}), "lembar nilai", "32.06")


def test_set_up_rows_claimed_as_the_provinces_without_its_signature_are_refused(net):
    prov, kab, a, b, world, tmp = net
    (p,) = rows_of(a, "pesantren", id=world.pesantren[0])
    lie = dict(p, name="PP Ganti Nama", device_seq=p["device_seq"] + 1000)
    refused(kab, forge(a, tmp / "pes.opop", {"pesantren": [lie]}, claim_writer=prov.device_id, kind="full"),
            "data pesantren", "segmen")
    refused(kab, forge(a, tmp / "pes2.opop", {"pesantren": [bump(a, p, name="PP Ganti")]}, kind="full"),
            "data pesantren", "hanya perangkat provinsi")


def test_a_venue_may_not_approve_results(net):
    prov, kab, a, b, world, tmp = net
    row = {c.name: None for c in ResultSnapshot.__table__.columns}
    row.update(id="snap-evil", stage_id=world.stage_id, scope="province", scope_key="32", state="approved",
               seq=1, actor="x", at="2026-09-01T00:00:00+00:00", note="", params_json="{}", payload_json="[]",
               payload_hash="0" * 64, origin_device=a.device_id, created_at="2026-09-01T00:00:00+00:00",
               updated_at="2026-09-01T00:00:00+00:00")
    row = bump(a, row)
    refused(prov, forge(a, tmp / "snap.opop", {"result_snapshot": [row]}), "rekap hasil",
            "hanya perangkat provinsi")


def test_kab_kota_enrols_only_venue_laptops_of_its_own_kab_kota(net):
    prov, kab, a, b, world, tmp = net
    rogue = Node(str(tmp / "rogue.sqlite3"), role="venue", name="Laptop Tasik", regency="32.06")
    k = rogue.key_info
    rogue.close()
    (brow,) = rows_of(prov, "device", device_id=b.device_id)
    enrol = {**brow, "id": keys.device_row_id(k["device_id"], k["public_key"]), "device_id": k["device_id"],
             "name": k["name"], "role": "venue", "regency_code": "32.06", "public_key": k["public_key"],
             "fingerprint": k["fingerprint"], "origin_device": kab.device_id}
    refused(prov, forge(kab, tmp / "enrol-other.opop", {"device": [bump(kab, enrol)]}), "daftar perangkat",
            "32.06")
    as_province = bump(kab, dict(enrol, role="province", regency_code="32.04"))
    refused(prov, forge(kab, tmp / "enrol-prov.opop", {"device": [as_province]}), "daftar perangkat")


def test_kab_kota_cannot_undo_a_revocation_made_by_the_province(net):
    prov, kab, a, b, world, tmp = net
    with prov.db.session() as s:
        keys.revoke_device(s, b.device_id, "laptop hilang", actor=SYSTEM_ACTOR)
    assert kab.import_(prov.export(tmp / "down2.opop", for_regency="32.04").path).status == "merged"
    (brow,) = rows_of(kab, "device", device_id=b.device_id)
    assert brow["status"] == "revoked"
    back = bump(kab, brow, status="trusted", status_reason="")
    back["_vv"] = {"w": {kab.device_id: back["device_seq"]},
                   "j": {prov.device_id: brow["device_seq"], kab.device_id: back["device_seq"]}}
    refused(prov, forge(kab, tmp / "undo.opop", {"device": [back]}), "daftar perangkat", "tidak dapat dibatalkan")


def test_old_format_bundle_is_refused_with_a_way_forward(net):
    prov, kab, a, b, world, tmp = net
    sheet = add_sheet(a, world, 0, 0)
    add_score(a, sheet, "PSR", "7")
    good = a.export(tmp / "good.opop", to_province=True).path
    import zipfile
    with zipfile.ZipFile(good) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    manifest = json.loads(members.pop(fmt.MANIFEST))
    members.pop(fmt.SIGNATURE)
    manifest["format_version"] = 1
    mbytes = json.dumps(manifest).encode()
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(fmt.MANIFEST, mbytes)
        zf.writestr(fmt.SIGNATURE, keys.b64(keys.sign(a.device_id, mbytes)))
        for n, d in members.items():
            zf.writestr(n, d)
    (tmp / "old.opop").write_bytes(buf.getvalue())
    from opop_desktop.core.errors import ImportRejected
    before = snapshot(prov)
    with pytest.raises(ImportRejected, match="format lama.*ekspor ulang"):
        prov.import_(tmp / "old.opop")
    assert snapshot(prov) == before


def test_undeclared_kinds_have_no_writer_and_directions_follow_the_table():
    assert authority.writer_roles("tabel_baru") == ()
    assert authority.writer_roles("admin_decision") == ("province",)
    assert authority.writer_roles("score_entry") == ("venue", "regency", "province")
    assert authority.travels_down("admin_decision") and not authority.travels_up("admin_decision")
    assert authority.travels_up("score_entry") and not authority.travels_down("score_entry")
    assert not authority.travels_up("user_account") and authority.travels_down("user_account")
    declared = {r.kind for r in authority.RULES}
    assert {t.name for t in replicated_tables()} <= declared


def test_scope_inputs_name_every_column_the_scope_reads():
    """Bulk checks group rows by these columns, so Scope.of must read nothing else, on any branch
    (columns filled or empty, parents in a kab/kota or of none)."""
    class Reading(dict):
        def __init__(self, filled):
            super().__init__()
            self.filled, self.read = filled, set()

        def get(self, key, default=None):
            self.read.add(key)
            return f"x-{key}" if self.filled else None

    for juror_scope in (frozenset({"32.04"}), authority.ANY, None):
        scope = authority.Scope(*[lambda _id: frozenset({"32.04"})] * 4, lambda _id, s=juror_scope: s)
        for kind in [r.kind for r in authority.RULES]:
            for filled in (True, False):
                row = Reading(filled)
                scope.of(kind, row)
                assert row.read <= set(authority.SCOPE_INPUTS.get(kind, ())), (kind, filled)


def test_the_documented_writer_table_is_the_code_table():
    from pathlib import Path
    doc = (Path(__file__).parents[2] / "docs" / "bundle-format.md").read_text(encoding="utf-8")
    start = doc.index("<!-- writer-rules -->")
    end = doc.index("<!-- /writer-rules -->")
    rows = [line for line in doc[start:end].splitlines() if line.startswith("| `")]
    parsed = [tuple(c.strip().strip("`") for c in line.strip("|").split("|")) for line in rows]
    assert parsed == authority.doc_table()


def test_audit_verify_checks_each_devices_chain_against_its_signatures(net):
    """The chain of another laptop rewritten in the database file with every hash recomputed still
    looks intact as a chain; its writer's signatures name the first rewritten entry."""
    import sqlite3
    from types import SimpleNamespace

    prov, kab, a, b, world, tmp = net
    _audit_entries(b, 4)
    assert prov.import_(b.export(tmp / "b.opop", to_province=True).path).status == "merged"
    with prov.db.session() as s:
        res = audit.verify(s)
        assert res.ok and res.unsigned == 0
    con = sqlite3.connect(tmp / "prov.sqlite3")
    cols = [c[1] for c in con.execute("PRAGMA table_info(audit_entry)")]
    chain = [dict(zip(cols, r)) for r in con.execute(
        "SELECT * FROM audit_entry WHERE origin_device=? ORDER BY chain_index", (b.device_id,))]
    with prov.db.session() as s:  # read before the raw connection holds the write lock
        stored_at = {r["id"]: s.get(AuditEntry, r["id"]).at for r in chain}
    prev = chain[1]["hash"]
    for r in chain[2:]:  # from entry 3 on: content changed, hashes recomputed, links kept
        r["reason"] = "ditulis ulang" if r["chain_index"] == 3 else r["reason"]
        r["prev_hash"] = prev
        r["hash"] = audit.entry_hash(SimpleNamespace(**{**r, "at": stored_at[r["id"]]}))
        prev = r["hash"]
        con.execute("UPDATE audit_entry SET reason=?, prev_hash=?, hash=? WHERE id=?",
                    (r["reason"], r["prev_hash"], r["hash"], r["id"]))
    con.commit()
    con.close()
    with prov.db.session() as s:
        res = audit.verify(s)
    assert not res.ok
    assert res.first_broken["device_name"] == "Laptop Garut-2" and res.first_broken["chain_index"] == 3
    assert "ditandatangani" in str(res.first_broken["problem"])


def test_a_kab_kota_may_not_change_a_juror_of_no_kab_kota_it_did_not_create(net):
    prov, kab, a, b, world, tmp = net
    (j,) = rows_of(kab, "juror", id=world.jurors[0])  # the province's juror, of no kab/kota
    refused(prov, forge(kab, tmp / "juror.opop", {"juror": [bump(kab, j, name="Juri Lain")]}), "juri",
            "dibuat perangkat lain")
