"""Administration selection: `opop registrants admin-decide` one by one and from a workbook,
audited; derived funnel status; only those who passed are invited; shown in the recap workbook
and the minutes. Also: the NSPP decides between two pesantren of the same name and kecamatan."""
from __future__ import annotations

import json

import openpyxl
import pytest
from sqlalchemy import select

from opop_desktop.core.errors import ConflictError
from opop_desktop.core.models import AdminDecision, AuditEntry, Pesantren, SyncConflict
from opop_desktop.core.services.accounts import SYSTEM_ACTOR

from workbooks import write_book

HEADERS = ["Nama Pesantren", "NSPP", "Kabupaten/Kota", "Kecamatan", "Produk", "Bidang Usaha", "Kategori Usaha"]
ROWS = [
    ["Miftahul Huda", "510032050001", "Kab. Garut", "Tarogong Kaler", "Dodol", "Makanan Olahan Nabati", "start-up"],
    ["Miftahul Huda", "510032050002", "Kab. Garut", "Tarogong Kaler", "Kopi", "Minuman", "scale-up"],
    ["Al-Mu'awanah", None, "Kab. Garut", "Cibatu", "Keripik", "Makanan Olahan Nabati", "start-up"],
    ["Al-Mu'awanah", None, "Kab. Garut", "Cibatu", "Keripik", "Makanan Olahan Nabati", "start-up"],
]


def _book(path, headers, rows, title=None):
    return write_book(path, headers, rows, title=title, sheet="Sheet")


def _registered(cli, tmp_path) -> dict[str, dict]:
    code, out, _ = cli("registrants", "import", str(_book(tmp_path / "daftar.xlsx", HEADERS, ROWS)), "--json")
    data = json.loads(out)
    assert code == 0
    # Same name and kecamatan: two NSPPs → two pesantren (warned); no NSPP → a possible duplicate.
    assert data["created"] == 3 and data["duplicates"] == 1
    assert any("NSPP berbeda" in w and "510032050001" in w and "510032050002" in w for w in data["warnings"])
    rows = json.loads(cli("registrants", "list", "--json")[1])
    return {r["nspp"] or r["name"]: r for r in rows}


def test_nspp_decides_against_a_stored_pesantren_too(cli, tmp_path):
    _registered(cli, tmp_path)
    third = [["Miftahul Huda", "510032050003", "Kab. Garut", "Tarogong Kaler", "Sabun", "Kerajinan", "start-up"]]
    code, out, _ = cli("registrants", "import", str(_book(tmp_path / "lagi.xlsx", HEADERS, third)), "--json")
    data = json.loads(out)
    assert code == 0 and data["created"] == 1 and any("NSPP berbeda" in w for w in data["warnings"])


def test_single_decisions_audited_and_status_derived(cli, db, tmp_path):
    regs = _registered(cli, tmp_path)
    first, second = regs["510032050001"], regs["510032050002"]
    code, out, err = cli("registrants", "admin-decide", "--reg-number", first["reg_number"], "--fail")
    assert code == 1 and "alasan wajib" in out + err
    code, out, _ = cli("registrants", "admin-decide", "--reg-number", first["reg_number"], "--fail",
                       "--reason", "Proposal tidak dilampirkan", "--json")
    assert code == 0 and json.loads(out)["failed"] == 1
    code, out, _ = cli("registrants", "admin-decide", "--reg-number", second["nspp"], "--pass", "--dry-run",
                       "--json")
    assert code == 0 and not json.loads(out)["written"]
    code, out, err = cli("registrants", "admin-decide", "--reg-number", "OPOP-9999", "--pass")
    assert code == 1 and "OPOP-9999" in out + err
    code, _, err = cli("registrants", "admin-decide", "--reg-number", first["reg_number"])
    assert code == 2 and "--pass" in err
    with db.session() as s:
        statuses = {p.nspp: p.status for p in s.scalars(select(Pesantren))}
        assert statuses["510032050001"] == "admin_failed" and statuses["510032050002"] == "registered"
        d = s.scalars(select(AdminDecision)).one()
        assert (d.decision, d.reason, d.actor) == ("failed", "Proposal tidak dilampirkan", "sistem")
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "registrant.admin_decide")).one()
        assert audit.actor == "sistem" and audit.entity_id == d.id and "Proposal" in audit.reason
    # A change of mind edits the same record (one fact per pesantren), audited with the old value.
    cli("registrants", "admin-decide", "--reg-number", first["reg_number"], "--pass")
    with db.session() as s:
        assert s.scalars(select(AdminDecision)).one().decision == "passed"
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "registrant.admin_decide")
                            .order_by(AuditEntry.chain_index)).all()
        assert len(entries) == 2 and '"failed"' in entries[1].old_json


def test_bulk_from_workbook_all_or_nothing(cli, db, tmp_path):
    regs = _registered(cli, tmp_path)
    regs_by = sorted(regs.values(), key=lambda r: r["reg_number"])
    heads = ["No. Pendaftaran", "Nama", "Hasil Administrasi", "Keterangan"]
    bad = _book(tmp_path / "salah.xlsx", heads, [
        [regs_by[0]["reg_number"], "x", "Lolos", ""],
        [regs_by[1]["reg_number"], "x", "TMS", ""],  # failed without a reason
        [regs_by[2]["reg_number"], "x", "mungkin", ""],  # not a decision
    ], title="SELEKSI ADMINISTRASI OPOP")
    code, out, _ = cli("registrants", "admin-decide", "--file", str(bad), "--json")
    data = json.loads(out)
    assert code == 1 and not data["written"]
    assert [r["row"] for r in data["rejected"]] == [4, 5]
    with db.session() as s:
        assert s.scalars(select(AdminDecision)).all() == []
    good = _book(tmp_path / "benar.xlsx", heads, [
        [regs_by[0]["reg_number"], "x", "Lolos", ""],
        [regs_by[1]["reg_number"], "x", "Tidak lolos", "Bukan usaha pesantren"],
        [regs_by[2]["reg_number"], "x", "MS", ""],
    ], title="SELEKSI ADMINISTRASI OPOP")
    code, out, _ = cli("registrants", "admin-decide", "--file", str(good), "--json")
    data = json.loads(out)
    assert code == 0 and (data["passed"], data["failed"], data["written"]) == (2, 1, True)
    code, out, _ = cli("registrants", "funnel", "--json")
    funnel = json.loads(out)
    assert (funnel["registered"], funnel["admin_passed"], funnel["admin_failed"]) == (3, 2, 1)


def test_only_those_who_passed_are_invited_to_stage_1(cli, db, tmp_path):
    regs = _registered(cli, tmp_path)
    failed, undecided = regs["510032050001"], regs["510032050002"]
    cli("registrants", "admin-decide", "--reg-number", failed["reg_number"], "--fail", "--reason", "Ganda")
    venue = json.loads(cli("venues", "add", "--stage", "1", "--name", "Aula Garut", "--regency", "32.05",
                           "--json")[1])
    panel = json.loads(cli("panels", "add", "--venue", venue["id"], "--name", "Ruang 1", "--json")[1])
    code, _, err = cli("panels", "add-pesantren", "--panel", panel["id"], failed["reg_number"])
    assert code == 1 and "tidak lolos seleksi administrasi" in err
    code, _, err = cli("panels", "add-pesantren", "--panel", panel["id"], undecided["reg_number"])
    assert code == 1 and "belum dinyatakan lolos seleksi administrasi" in err
    cli("registrants", "admin-decide", "--reg-number", undecided["reg_number"], "--pass")
    code, out, _ = cli("panels", "add-pesantren", "--panel", panel["id"], undecided["reg_number"])
    assert code == 0
    with db.session() as s:
        assert s.scalar(select(Pesantren.status).where(Pesantren.nspp == "510032050002")) == "invited_1"


def test_recap_and_minutes_show_the_administration_selection(session, programme, tmp_path):
    from opop_desktop.core.excel.recap import recap_workbook
    from opop_desktop.core.pdf.data import Scope
    from opop_desktop.core.pdf.minutes import minutes_pdf
    from opop_desktop.core.services.admin_selection import decide

    from pdf_helpers import make_audition, read_pdf

    aud = make_audition(session, programme, n_pesantren=6, n_jurors=3, stage_number=1)
    decide(session, SYSTEM_ACTOR, aud.pesantren[0].id, passed=True)
    decide(session, SYSTEM_ACTOR, aud.pesantren[1].id, passed=False, reason="Berkas tidak lengkap")
    out = tmp_path / "rekap.xlsx"
    info = recap_workbook(session, out, 1, actor=SYSTEM_ACTOR)
    assert info.sheets[-1] == "Seleksi administrasi"
    ws = openpyxl.load_workbook(out)["Seleksi administrasi"]
    assert "6 terdaftar, 1 lolos, 1 tidak lolos, 4 belum diputuskan" in ws["A1"].value
    rows = {r[0]: r for r in ws.iter_rows(min_row=4, values_only=True)}
    assert rows[aud.pesantren[1].reg_number][5:8] == ("Tidak lolos", "Berkas tidak lengkap", "sistem")
    res = minutes_pdf(session, tmp_path / "ba.pdf", Scope(stage_number=1, province=True))
    _reader, text = read_pdf(tmp_path / "ba.pdf")
    flat = " ".join(text.split())
    assert "dari 6 pesantren yang mendaftar, 1 dinyatakan lolos seleksi administrasi dan 1 tidak lolos" in flat
    assert (res.counts["admin_passed"], res.counts["admin_failed"]) == (1, 1)


def test_stage_3_default_is_one_champion_per_field_and_per_track_is_a_setting(cli, db, programme):
    from opop_desktop.core.services.results import rank

    from pdf_helpers import make_audition

    with db.session() as s:
        make_audition(s, programme, n_pesantren=6, n_jurors=3, stage_number=3)
    with db.session() as s:
        together = rank(s, 3)
        assert {g.track for g in together.groups} == {"all"}
        assert len(together.selected) == len(together.groups) == len({r.group_key for r in together.rows})
    code, out, _ = cli("results", "quota", "--stage", "3", "--per-track", "--json")
    assert code == 0 and json.loads(out)["per_track"] is True
    with db.session() as s:
        apart = rank(s, 3)
        assert {g.track for g in apart.groups} == {"start-up", "scale-up"}
        assert len(apart.selected) > len(together.selected)
    code, out, _ = cli("results", "quota", "--stage", "3", "--all-tracks", "1")
    assert code == 0 and "diperingkat bersama" in out


def test_a_populated_database_from_before_migrates(tmp_path):
    """Down to 0003 (no administration decisions, no combined quota) with data, and up again."""
    import sqlite3

    from alembic import command

    from opop_desktop.core import db as dbmod
    from opop_desktop.core.services.programme import create_programme_year, stage_by_number

    path = tmp_path / "lama.sqlite3"
    database = dbmod.open_database(str(path))
    with database.session() as s:
        prog = create_programme_year(s, 2019)
        s.add(Pesantren(programme_year_id=prog.id, reg_number="R1", name="P", name_key="p",
                        district_code="32.05.01", regency_code="32.05"))
    database.dispose()
    engine = dbmod.make_engine(dbmod.resolve_url(str(path)))
    with engine.begin() as conn:
        command.downgrade(dbmod._alembic_config(conn), "0003")
    engine.dispose()
    con = sqlite3.connect(path)
    assert "admin_decision" not in {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    assert "quota_all_tracks" not in {r[1] for r in con.execute("PRAGMA table_info(stage)")}
    con.close()
    database = dbmod.open_database(str(path))
    with database.session() as s:
        assert s.scalar(select(Pesantren.name)) == "P"
        assert stage_by_number(s, 3).quota_all_tracks == 1 and stage_by_number(s, 2).quota_all_tracks is None
        from opop_desktop.core.services.admin_selection import decide
        decide(s, SYSTEM_ACTOR, s.scalar(select(Pesantren.id)), passed=True)
    database.dispose()


def test_a_real_concurrent_decision_is_still_a_conflict(tmp_path):
    """Two province laptops decide the same pesantren differently, offline: a conflict kept for a
    person, and both laptops derive the same status from the deterministic winner."""
    from opop_desktop.core.services.admin_selection import decide
    from opop_desktop.core.services.programme import create_programme_year
    from opop_desktop.core.sync.conflicts import list_conflicts
    from opop_desktop.core.sync.sandbox import Node

    one = Node(str(tmp_path / "p1.sqlite3"), role="province", name="Provinsi-1")
    two = Node(str(tmp_path / "p2.sqlite3"), role="province", name="Provinsi-2")
    one.trust(two)
    two.trust(one)
    with one.db.session() as s:
        prog = create_programme_year(s, 2019)
        p = Pesantren(programme_year_id=prog.id, reg_number="R1", name="P", name_key="p",
                      district_code="32.05.01", regency_code="32.05")
        s.add(p)
        s.flush()
        pid = p.id
    two.import_(one.export(tmp_path / "awal.opop").path)
    with one.db.session() as s:
        decide(s, SYSTEM_ACTOR, pid, passed=True)
    with two.db.session() as s:
        decide(s, SYSTEM_ACTOR, pid, passed=False, reason="Proposal ganda")
    got_two = two.import_(one.export(tmp_path / "1.opop").path)
    got_one = one.import_(two.export(tmp_path / "2.opop").path)
    assert got_two.counts["admin_decision"].conflicts == 1  # the second carries the kept loser along
    assert got_one.status == "merged"
    for n in (one, two):
        with n.db.session() as s:
            kept = s.scalars(select(SyncConflict.table_name)).all()
            assert kept == ["admin_decision"] and len(list_conflicts(s)) == 1
            status = s.scalar(select(Pesantren.status))
        n.status = status
    assert one.status == two.status and one.status in ("admin_passed", "admin_failed")
    for n in (one, two):
        n.close()


def test_deriving_the_status_never_touches_the_pesantren_record(db, programme):
    """The cache is written without new stamps: the pesantren row stays the province's version."""
    from opop_desktop.core.services.admin_selection import decide
    from opop_desktop.core.sync.tables import row_to_json

    with db.session() as s:
        p = Pesantren(programme_year_id=programme.id, reg_number="R1", name="P", name_key="p",
                      district_code="32.05.01", regency_code="32.05")
        s.add(p)
        s.flush()
        pid = p.id
    with db.session() as s:
        before = {c: getattr(s.get(Pesantren, pid), c) for c in ("modified_device", "device_seq", "updated_at")}
        travelling = row_to_json(Pesantren.__table__, s.get(Pesantren, pid))
    with db.session() as s:
        decide(s, SYSTEM_ACTOR, pid, passed=False, reason="Berkas tidak lengkap")
    with db.session() as s:
        p = s.get(Pesantren, pid)
        assert p.status == "admin_failed"
        assert {c: getattr(p, c) for c in before} == before
        assert row_to_json(Pesantren.__table__, p) == travelling  # status never travels


def test_the_persiapan_dialog_offers_only_who_may_be_invited(db, programme):
    from opop_desktop.core.services import invitations, setup
    from opop_desktop.core.services.admin_selection import decide

    with db.session() as s:
        made = []
        for i, verdict in enumerate((True, False, None)):
            p = Pesantren(programme_year_id=programme.id, reg_number=f"R{i}", name=f"P{i}", name_key=f"p{i}",
                          district_code="32.05.01", regency_code="32.05")
            s.add(p)
            s.flush()
            made.append(p.id)
            if verdict is not None:
                decide(s, SYSTEM_ACTOR, p.id, passed=verdict, reason="" if verdict else "Tidak lengkap")
        v1 = setup.create_venue(s, SYSTEM_ACTOR, stage_id=programme.stage_ids[1], name="Aula", regency_codes=["32.05"])
        v2 = setup.create_venue(s, SYSTEM_ACTOR, stage_id=programme.stage_ids[2], name="Kantor",
                                regency_codes=["32.05"])
        assert [p.id for p in invitations.invitable_pesantren(s, programme.stage_ids[1], ["32.05"])] == [made[0]]
        assert invitations.invitable_pesantren(s, programme.stage_ids[2], ["32.05"]) == []  # no results yet
        panel = setup.create_panel(s, SYSTEM_ACTOR, venue_id=v1.id, name="Ruang 1")
        setup.add_pesantren(s, SYSTEM_ACTOR, panel_id=panel.id, pesantren_id=made[0])
        assert invitations.invitable_pesantren(s, programme.stage_ids[1], ["32.05"]) == []  # already slotted
        panel2 = setup.create_panel(s, SYSTEM_ACTOR, venue_id=v2.id, name="Ruang 1")
        with pytest.raises(ConflictError, match="tidak lolos tahap 1"):
            setup.add_pesantren(s, SYSTEM_ACTOR, panel_id=panel2.id, pesantren_id=made[0])
