"""Registrant import rules, one test per rule, on workbooks built here with openpyxl."""
from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest
from sqlalchemy import func, select

from opop_desktop.core.errors import ImportRejected
from opop_desktop.core.excel.registrant_import import import_registrants
from opop_desktop.core.models import Pesantren, ProductField

HEADERS = ["No", "Nama Pondok Pesantren", "NSPP", "Kabupaten/Kota", "Kecamatan", "No. HP", "Produk",
           "Bidang Usaha", "Kategori Usaha", "Tanggal Daftar"]


def row(name, regency="Kabupaten Garut", district="Tarogong Kaler", *, nspp=None, phone="081200001111",
        product="Dodol", field="Makanan Olahan Nabati", track="start-up", when=None, no=1):
    return [no, name, nspp, regency, district, phone, product, field, track, when]


def book(path, sheets: dict[str, list[list]], *, headers=HEADERS, title_rows=0, merge_title=False):
    """A workbook with one table per sheet: optional title rows (merged), header, rows."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for i in range(title_rows):
            ws.cell(row=i + 1, column=1, value=f"DAFTAR PENDAFTAR OPOP — judul {i + 1}")
            if merge_title:
                ws.merge_cells(start_row=i + 1, start_column=1, end_row=i + 1, end_column=len(headers))
        ws.append(headers)
        for r in rows:
            ws.append(r)
    wb.save(path)
    return path


def stored(session):
    return {p.name: p for p in session.scalars(select(Pesantren))}


def count(session):
    return session.scalar(select(func.count()).select_from(Pesantren))


def run(session, path, **kw):
    return import_registrants(session, path, **kw)


# ------------------------------------------------------------------ reading

def test_reads_every_sheet(session, tmp_path):
    path = book(tmp_path / "a.xlsx", {"Garut": [row("Al-Hikmah")],
                                      "Tasik": [row("Darussalam", "Kota Tasikmalaya", "Cihideung")]})
    report = run(session, path)
    assert report.created == 2
    assert {a.sheet for a in report.accepted} == {"Garut", "Tasik"}
    assert stored(session)["Darussalam"].regency_code == "32.78"


def test_header_found_below_merged_title_rows(session, tmp_path):
    path = book(tmp_path / "a.xlsx", {"Data": [row("Al-Hikmah"), row("Miftahul Huda")]},
                title_rows=4, merge_title=True)
    report = run(session, path)
    assert report.created == 2 and not report.rejected
    assert report.sheets[0].header_row == 5
    assert [a.row for a in report.accepted] == [6, 7]  # spreadsheet row numbers


def test_header_beyond_row_15_is_not_searched(session, tmp_path):
    path = book(tmp_path / "a.xlsx", {"Data": [row("Al-Hikmah")]}, title_rows=15)
    with pytest.raises(ImportRejected, match="baris judul kolom"):
        run(session, path)


@pytest.mark.parametrize("headers", [
    ["Nama Pesantren", "Kab/Kota", "Kec.", "No HP", "Nama Produk", "Bidang", "Kategori", "Tanggal"],
    ["Nama Ponpes", "Kota/Kabupaten", "Kec", "HP/WA", "Produk Unggulan", "Jenis Produk", "Start-up/Scale-up",
     "Tanggal Daftar"],
    ["PESANTREN", "kabupaten", "KECAMATAN", "no. hp/wa", "produk", "bidang usaha", "jenis usaha", "tanggal"],
    ["Nama  Pondok-Pesantren", "KAB / KOTA", "kec.", "Telepon", "Produk", "Bidang", "Kategori Usaha", "Tanggal"],
])
def test_header_variants_case_and_punctuation_ignored(session, tmp_path, headers):
    path = book(tmp_path / "a.xlsx", {"S": [["Al-Hikmah", "Garut", "Tarogong Kaler", "081299998888",
                                             "Dodol", "Minuman", "scale-up", "2026-08-01"]]}, headers=headers)
    report = run(session, path)
    assert report.created == 1, report.rejected
    p = stored(session)["Al-Hikmah"]
    assert (p.district_code, p.phone, p.product, p.track, p.registered_on) == \
        ("32.05.04", "081299998888", "Dodol", "scale-up", date(2026, 8, 1))


def test_blank_rows_skipped(session, tmp_path):
    # Officers pre-number empty rows and add totals in the "No" column: still blank rows.
    path = book(tmp_path / "a.xlsx", {"S": [row("A"), [None] * 10, ["", " ", None], row("B"), [3], [4],
                                            ["Jumlah: 2 pesantren"]]})
    report = run(session, path)
    assert report.created == 2 and not report.rejected and not report.warnings


# ------------------------------------------------------------------ regions

@pytest.mark.parametrize("regency", ["Kab. Garut", "Kabupaten Garut", "Kab Garut", "KAB. GARUT", "kab.garut",
                                     "  garut  "])
def test_regency_spellings(session, tmp_path, regency):
    path = book(tmp_path / "a.xlsx", {"S": [row("A", regency)]})
    assert run(session, path).created == 1
    assert stored(session)["A"].regency_code == "32.05"


def test_kota_prefix_picks_the_city(session, tmp_path):
    path = book(tmp_path / "a.xlsx", {"S": [row("A", "Kota Bogor", "Bogor Tengah"),
                                            row("B", "KAB. BOGOR", "Cibinong")]})
    run(session, path)
    assert stored(session)["A"].regency_code == "32.71"
    assert stored(session)["B"].regency_code == "32.01"


def test_spaced_and_unspaced_kecamatan(session, tmp_path):
    path = book(tmp_path / "a.xlsx", {"S": [row("A", "Kab. Bogor", "Gunung Putri"),
                                            row("B", "Kab. Bogor", "GUNUNGPUTRI"),
                                            row("C", "Kab. Garut", "Tarogongkaler")]})
    assert run(session, path).created == 3
    s = stored(session)
    assert s["A"].district_code == s["B"].district_code == "32.01.02"
    assert s["C"].district_code == "32.05.04"


def test_kec_prefix(session, tmp_path):
    path = book(tmp_path / "a.xlsx", {"S": [row("A", "Garut", "Kec. Tarogong Kaler"),
                                            row("B", "Garut", "Kecamatan Garut Kota")]})
    assert run(session, path).created == 2
    s = stored(session)
    assert (s["A"].district_code, s["B"].district_code) == ("32.05.04", "32.05.01")


@pytest.mark.parametrize("district, expected", [("Cicalengka", "32.04"), ("Coblong", "32.73"),
                                                ("Cibinong", "32.01"), ("Bogor Barat", "32.71"),
                                                ("Singaparna", "32.06"), ("Cihideung", "32.78")])
def test_bare_name_settled_by_kecamatan(session, tmp_path, district, expected):
    bare = {"32.04": "Bandung", "32.73": "Bandung", "32.01": "Bogor", "32.71": "Bogor",
            "32.06": "Tasikmalaya", "32.78": "Tasikmalaya"}[expected]
    path = book(tmp_path / "a.xlsx", {"S": [row("A", bare, district)]})
    assert run(session, path).created == 1
    assert stored(session)["A"].regency_code == expected


def test_village_optional_and_matched(session, tmp_path):
    headers = HEADERS + ["Desa/Kelurahan"]
    path = book(tmp_path / "a.xlsx", {"S": [row("A", "Kab. Bogor", "Cibinong") + ["Desa Karadenan"],
                                            row("B", "Kab. Bogor", "Cibinong") + [None],
                                            row("C", "Kab. Bogor", "Cibinong") + ["Antah Berantah"]]},
                headers=headers)
    report = run(session, path)
    assert report.created == 3 and not report.rejected
    s = stored(session)
    assert s["A"].village_code == "32.01.01.1002"
    assert s["B"].village_code is None and s["C"].village_code is None
    assert any("Antah Berantah" in w for w in report.warnings)


# ------------------------------------------------------------------ normalisation

def test_phone_normalised(session, tmp_path):
    path = book(tmp_path / "a.xlsx", {"S": [row("A", phone="+62 811-2233-4455"), row("B", phone=81312345678),
                                            row("C", phone="0857 2222 3333 / 0812 1111 2222"),
                                            row("D", phone=81312345678.0)]})
    run(session, path)
    s = stored(session)
    assert [s[n].phone for n in "ABCD"] == ["081122334455", "081312345678", "085722223333", "081312345678"]


def test_nspp_number_and_text(session, tmp_path):
    path = book(tmp_path / "a.xlsx", {"S": [row("A", nspp=510032050001), row("B", nspp="510032050002"),
                                            row("C", nspp=510032050003.0), row("D", nspp="5.10032050004E+11"),
                                            row("E", nspp=None)]})
    report = run(session, path)
    assert report.created == 5
    s = stored(session)
    assert [s[n].nspp for n in "ABCDE"] == ["510032050001", "510032050002", "510032050003",
                                            "510032050004", None]


def test_nspp_wrong_length_rejected(session, tmp_path):
    path = book(tmp_path / "a.xlsx", {"S": [row("A", nspp="12345")]})
    report = run(session, path)
    assert [(r.row, r.field) for r in report.rejected] == [(2, "nspp")]
    assert "12 angka" in report.rejected[0].message


def test_dates(session, tmp_path):
    path = book(tmp_path / "a.xlsx", {"S": [row("A", when=datetime(2026, 8, 3)), row("B", when="03/08/2026"),
                                            row("C", when="2026-08-03"), row("D", when=46237),
                                            row("E", when="kemarin")]})
    report = run(session, path)
    s = stored(session)
    assert {s[n].registered_on for n in "ABCD"} == {date(2026, 8, 3)}
    assert s["E"].registered_on is None
    assert any("kemarin" in w and "baris 6" in w for w in report.warnings)


@pytest.mark.parametrize("text, track", [
    ("start-up", "start-up"), ("Startup", "start-up"), ("START UP", "start-up"), ("rintisan", "start-up"),
    ("scale-up", "scale-up"), ("Scale Up", "scale-up"), ("skill up", "scale-up"), ("Skill-Up", "scale-up"),
    ("PENGEMBANGAN", "scale-up"),
])
def test_track_spellings(session, tmp_path, text, track):
    path = book(tmp_path / "a.xlsx", {"S": [row("A", track=text)]})
    assert run(session, path).created == 1
    assert stored(session)["A"].track == track


def test_product_field_matched_tolerantly_unknown_is_warning(session, tmp_path, programme):
    path = book(tmp_path / "a.xlsx", {"S": [row("A", field="MAKANAN OLAHAN NABATI"), row("B", field="minuman"),
                                            row("C", field="makanan-olahan-hewani"), row("D", field="Fashion"),
                                            row("E", field="Luar Angkasa")]})
    report = run(session, path)
    assert report.created == 5 and not report.rejected
    codes = {f.id: f.code for f in session.scalars(select(ProductField))}
    s = stored(session)
    assert [codes.get(s[n].product_field_id) for n in "ABCDE"] == [
        "makanan-olahan-nabati", "minuman", "makanan-olahan-hewani", "konfeksi", None]
    assert any("Luar Angkasa" in w for w in report.warnings)


# ------------------------------------------------------------------ rejections

def _rejected(session, tmp_path, *rows):
    report = run(session, book(tmp_path / "r.xlsx", {"Garut": list(rows)}))
    return report


def test_reject_unknown_kecamatan_names_candidates(session, tmp_path):
    report = _rejected(session, tmp_path, row("A", "Garut", "Tarogong Kalerr"))
    (r,) = report.rejected
    assert (r.sheet, r.row, r.field) == ("Garut", 2, "kecamatan")
    assert "Tarogong Kalerr" in r.message and "Tarogong Kaler" in r.message.split("maksudnya")[1]


def test_reject_kecamatan_not_in_regency(session, tmp_path):
    report = _rejected(session, tmp_path, row("A", "Kabupaten Garut", "Cibinong"))
    (r,) = report.rejected
    assert r.field == "kecamatan"
    assert "Kabupaten Garut" in r.message and "Kabupaten Bogor" in r.message


def test_reject_regency_outside_west_java(session, tmp_path):
    report = _rejected(session, tmp_path, row("A", "Kabupaten Sleman", "Depok"), row("B", "Kota Garut", "Garut Kota"))
    assert [(r.row, r.field) for r in report.rejected] == [(2, "kabupaten_kota"), (3, "kabupaten_kota")]
    assert "di luar Jawa Barat" in report.rejected[0].message
    assert "Kabupaten Garut" in report.rejected[1].message  # names the real candidate


def test_reject_missing_regency_or_name(session, tmp_path):
    report = _rejected(session, tmp_path, row("A", None, "Tarogong Kaler"), row(None, "Garut", "Tarogong Kaler"))
    assert [(r.row, r.field) for r in report.rejected] == [(2, "kabupaten_kota"), (3, "name")]
    assert "wajib" in report.rejected[0].message and "wajib" in report.rejected[1].message
    assert count(session) == 0


def test_reject_unknown_track(session, tmp_path):
    report = _rejected(session, tmp_path, row("A", track="menengah"), row("B", track=None))
    assert [(r.row, r.field) for r in report.rejected] == [(2, "kategori_usaha"), (3, "kategori_usaha")]
    assert "menengah" in report.rejected[0].message and "scale-up" in report.rejected[0].message


def test_ambiguous_bare_regency_rejected_when_kecamatan_fits_neither(session, tmp_path):
    report = _rejected(session, tmp_path, row("A", "Bandung", "Tarogong Kaler"))
    (r,) = report.rejected
    assert "Kabupaten Bandung" in r.message and "Kota Bandung" in r.message


# ------------------------------------------------------------------ duplicates, writing, re-import

def test_in_file_duplicates_imported_once(session, tmp_path):
    path = book(tmp_path / "a.xlsx", {
        "S1": [row("Ponpes Al-Hikmah", nspp="510032050001"), row("Nurul Huda", district="Garut Kota")],
        "S2": [row("Al Hikmah Baru", nspp=510032050001), row("PONDOK PESANTREN NURUL HUDA", district="Kec. Garut Kota")],
    })
    report = run(session, path)
    assert report.created == 2 and report.duplicates == 2
    dups = [a for a in report.accepted if a.action == "duplicate"]
    assert [(a.sheet, a.row) for a in dups] == [("S2", 2), ("S2", 3)]
    assert any("S2' baris 2: duplikat dari Lembar 'S1' baris 2" in w for w in report.warnings)
    assert any("S2' baris 3: duplikat dari Lembar 'S1' baris 3" in w for w in report.warnings)
    assert count(session) == 2


def test_all_valid_rows_written_in_one_transaction(db, tmp_path):
    path = book(tmp_path / "a.xlsx", {"S": [row(f"Pesantren {i}", district="Garut Kota") for i in range(30)]})
    calls = []

    def cancel_late(done, total, text):
        calls.append(text)
        if text.startswith("Menyimpan"):
            raise KeyboardInterrupt  # the user pressed Batal just before writing

    with pytest.raises(KeyboardInterrupt):
        with db.session() as s:
            import_registrants(s, path, progress=cancel_late)
    with db.session() as s:
        assert count(s) == 0  # nothing half-written
        report = import_registrants(s, path)
    with db.session() as s:
        assert report.created == 30 and count(s) == 30
        numbers = sorted(p.reg_number for p in s.scalars(select(Pesantren)))
    assert numbers[0].endswith("-0001") and numbers[-1].endswith("-0030")


def test_dry_run_writes_nothing(db, tmp_path):
    path = book(tmp_path / "a.xlsx", {"S": [row("A"), row("B", "Sleman")]})
    with db.session() as s:
        report = import_registrants(s, path, dry_run=True)
        assert not s.new and not s.dirty
    assert report.created == 1 and len(report.rejected) == 1 and not report.written and report.dry_run
    with db.session() as s:
        assert count(s) == 0


def test_strict_writes_nothing_when_rejected(session, tmp_path):
    path = book(tmp_path / "a.xlsx", {"S": [row("A"), row("B", "Sleman")]})
    report = run(session, path, strict=True)
    assert not report.written and count(session) == 0
    report = run(session, book(tmp_path / "ok.xlsx", {"S": [row("A")]}), strict=True)
    assert report.written and count(session) == 1


def test_reimport_same_file_changes_nothing(db, tmp_path):
    path = book(tmp_path / "a.xlsx", {"S": [row("A", nspp="510032050001"), row("B"), row("C", phone=None)]})
    with db.session() as s:
        first = import_registrants(s, path)
    with db.session() as s:
        before = {p.id: (p.updated_at, p.device_seq) for p in s.scalars(select(Pesantren))}
        again = import_registrants(s, path)
    with db.session() as s:
        after = {p.id: (p.updated_at, p.device_seq) for p in s.scalars(select(Pesantren))}
    assert first.created == 3
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert {a.action for a in again.accepted} == {"unchanged"}
    assert before == after


def test_corrected_file_updates_by_nspp_else_name_and_kecamatan(session, tmp_path):
    run(session, book(tmp_path / "v1.xlsx", {"S": [row("Al-Hikmah", nspp="510032050001", phone="0811"),
                                                   row("Nurul Huda", phone="081200000001")]}))
    ids = {p.name: p.id for p in stored(session).values()}
    fixed = book(tmp_path / "v2.xlsx", {"S": [
        row("Ponpes Al-Hikmah Garut", nspp="510032050001", phone="081299990000"),  # renamed, same NSPP
        row("PONDOK PESANTREN NURUL HUDA", nspp="510032050002", phone="081200000009", track="pengembangan"),
    ]})
    report = run(session, fixed)
    assert (report.created, report.updated, report.unchanged) == (0, 2, 0)
    s = stored(session)
    assert s["Ponpes Al-Hikmah Garut"].id == ids["Al-Hikmah"]
    assert s["Ponpes Al-Hikmah Garut"].phone == "081299990000"
    nh = s["PONDOK PESANTREN NURUL HUDA"]
    assert nh.id == ids["Nurul Huda"] and nh.nspp == "510032050002" and nh.track == "scale-up"
    assert count(session) == 2


# ------------------------------------------------------------------ files

def test_non_xlsx_file_rejected(session, tmp_path):
    csv = tmp_path / "data.csv"
    csv.write_text("Nama Pesantren,Kecamatan\n")
    with pytest.raises(ImportRejected, match="bukan buku kerja Excel"):
        run(session, csv)
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"not a zip at all")
    with pytest.raises(ImportRejected, match="tidak dapat dibaca"):
        run(session, broken)


def test_sheet_without_header_is_skipped_with_warning(session, tmp_path):
    path = book(tmp_path / "a.xlsx", {"Data": [row("A")]})
    wb = openpyxl.load_workbook(path)
    wb.create_sheet("Catatan")["B2"] = "Catatan petugas"
    wb.save(path)
    report = run(session, path)
    assert report.created == 1
    assert any("Catatan" in w and "dilewati" in w for w in report.warnings)


def test_merged_region_cells_fill_the_rows_below(session, tmp_path):
    path = book(tmp_path / "a.xlsx", {"S": [row("A", "Kabupaten Garut", "Garut Kota"), row("B", None, None),
                                            row("C", None, "Tarogong Kaler"), row("D", None, None)]})
    wb = openpyxl.load_workbook(path)
    ws = wb["S"]
    ws.merge_cells("D2:D5")  # kab/kota written once for the block
    ws.merge_cells("E2:E3")
    ws.merge_cells("E4:E5")
    wb.save(path)
    report = run(session, path)
    assert report.created == 4 and not report.rejected
    s = stored(session)
    assert {s[n].regency_code for n in "ABCD"} == {"32.05"}
    assert [s[n].district_code for n in "ABCD"] == ["32.05.01", "32.05.01", "32.05.04", "32.05.04"]


def test_two_row_merged_header(session, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "DATA CALON PESERTA OPOP"
    ws.merge_cells("A1:F1")
    ws.append([])
    ws.append(["No", "Nama Pesantren", "Wilayah", None, "Kontak", "Kategori"])
    ws.append([None, None, "Kab/Kota", "Kecamatan", None, None])
    for col in "ABEF":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("C3:D3")
    ws.append([1, "Al-Hikmah", "Garut", "Garut Kota", "0812 3456 7890", "Scale-Up"])
    wb.save(tmp_path / "a.xlsx")
    report = run(session, tmp_path / "a.xlsx")
    assert report.created == 1 and not report.rejected
    assert report.sheets[0].header_row == 4
    p = stored(session)["Al-Hikmah"]
    assert (p.district_code, p.phone, p.track) == ("32.05.01", "081234567890", "scale-up")


def test_text_as_numbers_and_numbers_as_text(session, tmp_path):
    # Officers' sheets: phone and NSPP typed as numbers, dates typed as text, a number as the name.
    path = book(tmp_path / "a.xlsx", {"S": [row(2019, nspp=510032050001, phone=85211112222, when="01/08/2026"),
                                            row("B", nspp="510032050002", phone="'085233334444", when=46235.0)]})
    report = run(session, path)
    assert report.created == 2 and not report.rejected
    s = stored(session)
    assert (s["2019"].nspp, s["2019"].phone, s["2019"].registered_on) == ("510032050001", "085211112222", date(2026, 8, 1))
    assert (s["B"].phone, s["B"].registered_on) == ("085233334444", date(2026, 8, 1))


def test_programme_id_and_progress(session, tmp_path, programme):
    seen = []
    path = book(tmp_path / "a.xlsx", {"S": [row(f"P{i}") for i in range(600)]})
    report = run(session, path, programme_id=programme.id, progress=lambda d, t, txt: seen.append((d, t, txt)))
    assert report.created == 600
    assert {p.programme_year_id for p in stored(session).values()} == {programme.id}
    assert all(p.reg_number.startswith("OPOP-2019-") for p in stored(session).values())
    assert seen and all(0 <= d <= t for d, t, _ in seen) and seen[-1][2].startswith("Menyimpan")
