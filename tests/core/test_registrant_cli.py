"""`opop registrants import|list`: JSON shape, exit codes, options."""
from __future__ import annotations

import json

import openpyxl

from workbooks import write_book

HEADERS = ["Nama Pesantren", "NSPP", "Kabupaten/Kota", "Kecamatan", "No. HP", "Produk", "Bidang Usaha",
           "Kategori Usaha"]


def _book(path, rows):
    return write_book(path, HEADERS, rows)


GOOD = [["Al-Hikmah", 510032050001, "Kab. Garut", "Tarogong Kaler", "+62 811-2233-4455", "Dodol", "Makanan Olahan Nabati", "rintisan"],
        ["Darussalam", None, "Kota Bandung", "Coblong", 81312345678, "Kopi Arabika", "minuman", "skill up"]]
BAD = ["Nurul Huda", None, "Sleman", "Depok", "", "", "", "start-up"]


def test_import_json_and_list(cli, tmp_path):
    path = _book(tmp_path / "ok.xlsx", GOOD)
    code, out, _ = cli("registrants", "import", str(path), "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["created"], data["updated"], data["unchanged"], data["rejected"]) == (2, 0, 0, [])
    assert isinstance(data["warnings"], list)
    code, out, _ = cli("registrants", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 2
    hikmah = next(r for r in rows if r["name"] == "Al-Hikmah")
    for key in ("id", "nspp", "name", "regency_code", "district_code", "phone", "product", "product_field",
                "track", "status"):
        assert key in hikmah
    assert (hikmah["nspp"], hikmah["regency_code"], hikmah["district_code"], hikmah["phone"],
            hikmah["product_field"], hikmah["track"], hikmah["status"]) == \
        ("510032050001", "32.05", "32.05.04", "081122334455", "Makanan Olahan Nabati", "start-up", "registered")
    code, out, _ = cli("registrants", "list", "--regency", "32.73", "--json")
    assert [r["name"] for r in json.loads(out)] == ["Darussalam"]
    code, out, _ = cli("registrants", "import", str(path), "--json")
    assert json.loads(out)["unchanged"] == 2 and code == 0


def test_rejected_rows_exit_1_and_errors_file(cli, tmp_path):
    path = _book(tmp_path / "mixed.xlsx", GOOD + [BAD])
    errors = tmp_path / "kesalahan.xlsx"
    code, out, _ = cli("registrants", "import", str(path), "--errors", str(errors), "--json")
    data = json.loads(out)
    assert code == 1
    assert data["created"] == 2
    assert data["rejected"] == [{"sheet": "Data", "row": 4, "field": "kabupaten_kota",
                                 "message": data["rejected"][0]["message"]}]
    assert "Sleman" in data["rejected"][0]["message"]
    assert errors.exists()
    names = [r[0] for r in openpyxl.load_workbook(errors)["Data"].iter_rows(values_only=True)]
    assert "Nurul Huda" in names and "Al-Hikmah" not in names


def test_dry_run_and_strict_write_nothing(cli, tmp_path):
    path = _book(tmp_path / "mixed.xlsx", GOOD + [BAD])
    code, out, _ = cli("registrants", "import", str(path), "--dry-run", "--json")
    assert code == 1 and json.loads(out)["created"] == 2 and json.loads(out)["written"] is False
    code, out, _ = cli("registrants", "import", str(path), "--strict", "--json")
    assert code == 1 and json.loads(out)["written"] is False
    code, out, _ = cli("registrants", "list", "--json")
    assert json.loads(out) == []


def test_text_output_and_unreadable_file(cli, tmp_path):
    path = _book(tmp_path / "ok.xlsx", GOOD + [BAD])
    code, out, _ = cli("registrants", "import", str(path))
    assert code == 1 and "2 baru" in out and "DITOLAK lembar 'Data' baris 4" in out
    bad = tmp_path / "pendaftar.xls"
    bad.write_bytes(b"\xd0\xcf\x11\xe0 old excel")
    code, out, err = cli("registrants", "import", str(bad))
    assert code == 1 and "bukan buku kerja Excel .xlsx" in err
    code, out, err = cli("registrants", "import", str(tmp_path / "tidak-ada.xlsx"), "--json")
    assert code == 1 and "tidak ditemukan" in json.loads(out)["error"]


def test_usage_error_exit_2(cli):
    try:
        code, _, _ = cli("registrants", "import")
    except SystemExit as exc:
        code = exc.code
    assert code == 2
