"""Merging bundles between laptops, on SQLite and on a throwaway PostgreSQL server."""
from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from sqlalchemy import select

from opop_desktop.core.services.accounts import SYSTEM_ACTOR
from opop_desktop.core.errors import ImportRejected
from opop_desktop.core.models import ScoreEntry, ScoreSheet
from opop_desktop.core.sync import conflicts, keys, provenance, receipts
from opop_desktop.core.sync.sandbox import Node
from opop_desktop.core.sync.scenario import add_attendance, add_score, add_sheet, heads, set_up_province


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def make_node(request, tmp_path):
    made = []

    def make(name, role="venue", regency="32.04"):
        if request.param == "sqlite":
            url = str(tmp_path / f"{name}.sqlite3")
        else:
            url = request.getfixturevalue("pg_server").create_database()
        node = Node(url, role=role, name=name, regency=regency)
        made.append(node)
        return node

    yield make
    for n in made:
        n.close()


@pytest.fixture
def net(make_node, tmp_path):
    """Province with set-up; two venue laptops of Garut initialised from its down bundle."""
    prov = make_node("Provinsi", role="province", regency=None)
    world = set_up_province(prov)
    a, b = make_node("Garut-1"), make_node("Garut-2")
    prov.trust(a, b)
    down = prov.export(tmp_path / "down.opop", for_regency="32.04").path
    for v in (a, b):
        v.trust(prov)
        assert v.import_(down).status == "merged"
    return prov, a, b, world, tmp_path


def shared(node) -> str:
    """A copy's content without the audit entries of its own bundle merges: each laptop records
    the bundles it merged, in the order it merged them, and that is not what copies agree on."""
    return "\n".join(ln for ln in node.dump().splitlines() if '"action":"bundle.import"' not in ln)


def test_set_up_travels_down_filtered_and_scores_up(net):
    prov, a, b, world, tmp = net
    with a.db.session() as s:
        from opop_desktop.core.models import Pesantren
        regs = {p.regency_code for p in s.scalars(select(Pesantren))}
    assert regs == {"32.04"}  # only that kab/kota's registrants
    sheet = add_sheet(a, world, 0, 0)
    add_score(a, sheet, "PSR", "7.5")
    add_attendance(a, world, 0)
    up = a.export(tmp / "a1.opop", to_province=True)
    assert up.counts["score_entry"] == 1 and up.counts["attendance"] == 1
    preview = prov.import_(up.path, dry_run=True)
    assert preview.status == "preview" and preview.counts["score_entry"].new == 1
    assert heads(prov, sheet, "PSR") == []  # a preview changes nothing
    out = prov.import_(up.path)
    assert out.status == "merged" and heads(prov, sheet, "PSR") == [Decimal("7.5")]
    before = prov.dump()
    again = prov.import_(up.path)
    assert again.status == "already" and prov.dump() == before


def test_concurrent_corrections_are_kept_and_resolution_travels(net):
    prov, a, b, world, tmp = net
    sheet = add_sheet(a, world, 0, 0)
    first = add_score(a, sheet, "PSR", "7")
    b.import_(a.export(tmp / "a-full.opop").path)  # laptop 2 gets the sheet (e.g. a shared USB)
    add_score(a, sheet, "PSR", "8", supersedes=first, who="juri-a")
    add_score(b, sheet, "PSR", "6", supersedes=first, who="juri-b")
    prov.import_(a.export(tmp / "a.opop", to_province=True).path)
    out = prov.import_(b.export(tmp / "b.opop", to_province=True).path)
    assert out.counts["score_entry"].conflicts == 1
    assert heads(prov, sheet, "PSR") == [Decimal("6"), Decimal("8")]  # both kept, no winner
    with prov.db.session() as s:
        items = [i for i in conflicts.list_conflicts(s) if i.kind == "score"]
        assert len(items) == 1 and {v.who for v in items[0].versions} == {"juri-a", "juri-b"}
        assert {v.device_name for v in items[0].versions} == {"Garut-1", "Garut-2"}
        new_id = conflicts.resolve_conflict(s, items[0].key, pick=items[0].versions[0].version_id,
                                            reason="cek lembar kertas", actor=SYSTEM_ACTOR, who="koordinator")
        assert s.get(ScoreEntry, new_id).reason == "cek lembar kertas"
    assert len(heads(prov, sheet, "PSR")) == 1
    # The resolution travels down like any other version and settles laptop 1 too.
    a.trust(prov)
    a.import_(a.export(tmp / "tmp.opop").path)
    a.import_(prov.export(tmp / "p.opop").path)
    assert heads(a, sheet, "PSR") == heads(prov, sheet, "PSR")


def _shared_sheet(net):
    """A sheet written on laptop 1 and copied to laptop 2 (a USB stick between them)."""
    prov, a, b, world, tmp = net
    sheet = add_sheet(a, world, 0, 0)
    b.import_(a.export(tmp / "a0.opop").path)
    return sheet


def _comment(node, sheet: str, text: str) -> None:
    with node.db.session() as s:
        s.get(ScoreSheet, sheet).comment = text


def test_identical_concurrent_edits_are_not_conflicts(net):
    prov, a, b, world, tmp = net
    sheet = _shared_sheet(net)
    for v in (a, b):
        _comment(v, sheet, "jadwal diundur")
    out = a.import_(b.export(tmp / "b.opop").path)
    assert out.counts["score_sheet"].conflicts == 0
    with a.db.session() as s:
        assert conflicts.list_conflicts(s) == []


def test_mutable_concurrent_edits_keep_the_loser_and_pick_the_same_winner(net):
    prov, a, b, world, tmp = net
    sheet = _shared_sheet(net)
    for v, text in ((a, "catatan A"), (b, "catatan B")):
        _comment(v, sheet, text)
    fa, fb = a.export(tmp / "a.opop"), b.export(tmp / "b.opop")
    assert a.import_(fb.path).counts["score_sheet"].conflicts == 1
    assert b.import_(fa.path).counts["score_sheet"].conflicts == 1
    assert shared(a) == shared(b)  # same winner, same kept loser, whatever the order
    with a.db.session() as s:
        item = next(i for i in conflicts.list_conflicts(s) if i.kind == "record")
        conflicts.resolve_conflict(s, item.key, pick="current", reason="disepakati", actor=SYSTEM_ACTOR,
                                   who="koordinator")
    b.import_(a.export(tmp / "a2.opop").path)
    with b.db.session() as s:
        assert [i for i in conflicts.list_conflicts(s) if i.kind == "record"] == []
    assert shared(a) == shared(b)


def test_same_sheet_entered_on_two_laptops_is_a_possible_duplicate(net):
    prov, a, b, world, tmp = net
    add_sheet(a, world, 0, 1)
    add_sheet(b, world, 0, 1)
    prov.import_(a.export(tmp / "a.opop", to_province=True).path)
    out = prov.import_(b.export(tmp / "b.opop", to_province=True).path)
    assert len(out.duplicates) == 1 and len(out.duplicates[0]["ids"]) == 2
    with prov.db.session() as s:
        assert [i.kind for i in conflicts.list_conflicts(s)] == ["duplicate"]


def test_relay_keeps_who_wrote_each_record_verifiable(net, make_node):
    prov, a, b, world, tmp = net
    kab = make_node("Kab Garut", role="regency")
    kab.trust(prov, a)
    prov.trust(kab)
    kab.import_(prov.export(tmp / "down-kab.opop", for_regency="32.04").path)
    sheet = add_sheet(a, world, 1, 2)
    add_score(a, sheet, "PTN", "9")
    kab.import_(a.export(tmp / "a.opop", to_province=True).path)
    relay = kab.export(tmp / "kab.opop", to_province=True)
    prov.import_(relay.path)
    with prov.db.session() as s:
        entry = s.scalar(select(ScoreEntry).where(ScoreEntry.sheet_id == sheet))
        assert entry.origin_device == a.device_id and entry.modified_device == a.device_id
        rep = provenance.verify_origins(s, ["score_entry", "score_sheet"])
        assert rep.verified == 2 and rep.unverified == []


def test_receipts_make_the_next_bundle_incremental_and_show_gaps(net, make_node):
    prov, a, b, world, tmp = net
    sheet = add_sheet(a, world, 0, 0)
    add_score(a, sheet, "PSR", "5")
    out = prov.import_(a.export(tmp / "a1.opop", to_province=True).path, receipt_out=tmp / "r1.opop")
    assert a.import_(out.receipt_path).status == "receipt"
    add_score(a, sheet, "PTN", "6")
    b2 = a.export(tmp / "a2.opop", to_province=True)
    assert b2.incremental and b2.counts["score_entry"] == 1 and b2.counts["score_sheet"] == 0
    # A second province copy that never got the first bundle sees the hole.
    other = make_node("Provinsi-2", role="province", regency=None)
    other.trust(prov, a)
    other.import_(prov.export(tmp / "down2.opop", for_regency="32.04").path)
    with pytest.raises(ImportRejected):  # the score's sheet never arrived: refused, nothing applied
        other.import_(b2.path)
    prov.import_(b2.path)
    with prov.db.session() as s:
        g = {x.device_id: x for x in receipts.gaps(s)}[a.device_id]
        assert g.missing == [] and g.received[0][0] == 1
    with other.db.session() as s:
        receipts.add_ranges(s, receipts.valid_ranges(b2.seq_ranges))
        g = {x.device_id: x for x in receipts.gaps(s)}[a.device_id]
        assert g.missing and g.missing[0][0] == 1 and "hilang" in g.text


def test_sealed_bundle_opens_only_at_the_province(net, make_node):
    prov, a, b, world, tmp = net
    sheet = add_sheet(a, world, 0, 2)
    add_score(a, sheet, "INV", "4")
    sealed = a.export(tmp / "sealed.opop", to_province=True, seal=True)
    assert sealed.sealed and b"data/score_entry" not in (tmp / "sealed.opop").read_bytes()
    assert prov.import_(sealed.path).status == "merged"
    with pytest.raises(ImportRejected, match="tersegel"):
        b.import_(sealed.path)


def test_unknown_device_is_quarantined_then_trusted_and_revoked_is_refused(net, make_node):
    prov, a, b, world, tmp = net
    stranger = make_node("Laptop Asing")
    stranger.trust(prov)
    stranger.import_(prov.export(tmp / "d.opop", for_regency="32.04").path)
    add_sheet(stranger, world, 1, 1)
    path = stranger.export(tmp / "s.opop", to_province=True).path
    before = prov.dump()
    out = prov.import_(path)
    assert out.status == "quarantined" and out.fingerprint == stranger.fingerprint
    assert prov.dump() == before
    from opop_desktop.core.sync import importer
    kept = importer.quarantine_dir() / f"{out.bundle_id}.opop"
    kept_bytes = kept.read_bytes()  # files are read in place: importing the quarantined file itself
    assert prov.import_(kept).status == "quarantined" and kept.read_bytes() == kept_bytes
    with prov.db.session() as s:
        files = importer.trust_quarantined(s, stranger.fingerprint.lower().replace("-", " "), actor=SYSTEM_ACTOR)
    assert prov.import_(files[0]).status == "merged"
    with prov.db.session() as s:
        keys.revoke_device(s, b.device_id, "laptop hilang", actor=SYSTEM_ACTOR)
    add_sheet(b, world, 1, 0)
    before = prov.dump()
    with pytest.raises(ImportRejected, match="dicabut"):
        prov.import_(b.export(tmp / "b.opop", to_province=True).path)
    assert prov.dump() == before


@pytest.mark.postgres
def test_two_staff_merge_different_regencies_into_the_pg_master_at_once(pg_server, tmp_path):
    import dataclasses

    from opop_desktop.core.models import Panel, Venue

    master = Node(pg_server.create_database(), role="province", name="Provinsi")
    world = set_up_province(master)
    with master.db.session() as s:  # each kab/kota scores on a panel of its own
        venue = Venue(stage_id=world.stage_id, name="Aula Sumedang", regency_codes="32.17")
        s.add(venue)
        s.flush()
        panel = Panel(venue_id=venue.id, name="Ruang S")
        s.add(panel)
        s.flush()
        worlds = [world, dataclasses.replace(world, panel_id=panel.id, venue_id=venue.id)]
    venues, files = [], []
    for i, reg in enumerate(("32.04", "32.17")):
        v = Node(str(tmp_path / f"v{i}.sqlite3"), role="venue", name=f"V{i}", regency=reg)
        master.trust(v)
        v.trust(master)
        v.import_(master.export(tmp_path / f"down{i}.opop").path)
        for p in range(3):
            add_score(v, add_sheet(v, worlds[i], i, p), "PSR", 5 + p)
        files.append(v.export(tmp_path / f"up{i}.opop", to_province=True).path)
        venues.append(v)
    staff = [Node(master.db.url, role="province", name="Provinsi") for _ in files]
    results, errors = [None, None], []

    def run(i):
        try:
            results[i] = staff[i].import_(files[i])
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and [r.status for r in results] == ["merged", "merged"]
    with master.db.session() as s:
        assert len(s.scalars(select(ScoreEntry)).all()) == 6
    for n in venues + staff + [master]:
        n.close()


def test_set_up_edits_travel_up_only_from_who_may_write_them(net, make_node):
    prov, a, b, world, tmp = net
    from opop_desktop.core.models import Juror

    kab = make_node("Kab Garut", role="regency")
    kab.trust(prov)
    prov.trust(kab)
    kab.import_(prov.export(tmp / "down-kab.opop", for_regency="32.04").path)
    with kab.db.session() as s:
        s.add(Juror(name="Juri Pengganti", regency_code="32.04"))
    up = kab.export(tmp / "kab.opop", to_province=True)
    assert up.counts["juror"] == 1 and up.counts["pesantren"] == 0  # the province's own rows stay home
    assert prov.import_(up.path).status == "merged"
    with prov.db.session() as s:
        assert s.scalar(select(Juror).where(Juror.name == "Juri Pengganti")).origin_device == kab.device_id
    # A venue laptop may not add jurors: its juror stays home (any receiver would refuse it).
    with a.db.session() as s:
        s.add(Juror(name="Juri Liar", regency_code="32.04"))
    up = a.export(tmp / "a.opop", to_province=True)
    assert up.counts["juror"] == 0 and up.held_back == {"juror": 1, "device": 1}


def test_revocations_and_receipts_travel_down(net):
    prov, a, b, world, tmp = net
    sheet = add_sheet(a, world, 0, 0)
    add_score(a, sheet, "PSR", "6")
    prov.import_(a.export(tmp / "a1.opop", to_province=True).path)  # the province issues a receipt
    with prov.db.session() as s:
        keys.revoke_device(s, b.device_id, "laptop hilang", actor=SYSTEM_ACTOR)
    down = prov.export(tmp / "down2.opop", for_regency="32.04").path
    a.import_(down)
    # Laptop 1 now refuses laptop 2 (a revocation it learnt from the set-up bundle) ...
    add_sheet(b, world, 1, 2)
    with pytest.raises(ImportRejected, match="dicabut"):
        a.import_(b.export(tmp / "b.opop").path)
    # ... and knows what the province already has: its next results bundle is incremental.
    add_score(a, sheet, "PTN", "7")
    nxt = a.export(tmp / "a2.opop", to_province=True)
    assert nxt.incremental and nxt.counts["score_entry"] == 1


def test_a_timestamp_is_stored_alike_row_by_row_and_column_by_column():
    """Rows that are not the usual bundle are converted one by one; a timestamp must come out as
    the whole-column path stores it: an ISO week date of the canonical length is not cut as one."""
    from opop_desktop.core.models import ScoreEntry
    from opop_desktop.core.sync.tables import sqlite_storage_builder, sqlite_stored_columns

    table = ScoreEntry.__table__
    row_path = sqlite_storage_builder(table, ("created_at",))
    for text, stored in (("2026-12-03T10:00:00.123456+00:00", "2026-12-03 10:00:00.123456"),
                         ("2026-W49-4T10:00:00.000000+00:00", "2026-12-03 10:00:00.000000"),
                         ("2026-12-03T17:00:00.000000+07:00", "2026-12-03 10:00:00.000000")):
        assert row_path({"created_at": text}) == (stored,)
        assert sqlite_stored_columns(table, ("created_at",), [[text]]) == [[stored]]
