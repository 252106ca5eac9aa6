"""The files area speaks English when asked: imports, region matching, printing, QR codes, demo
data. The error workbook stays Indonesian whatever the language (it is an official file)."""
from __future__ import annotations

import json

import openpyxl
import pytest

from opop_desktop.core import catalogue
from opop_desktop.core.errors import ConflictError, ImportRejected, UsageError, ValidationError
from opop_desktop.core.excel.registrant_import import import_registrants, write_error_workbook
from opop_desktop.core.excel.score_rows import read_score_file
from opop_desktop.core.pdf.layout import paper_size
from opop_desktop.core.pdf.qr import parse_card_payload, parse_sheet_payload
from opop_desktop.core.region_match import RegionError, resolve_region
from opop_desktop.core.services.accounts import SYSTEM_ACTOR
from opop_desktop.core.textnorm import normalise_nspp, parse_date

from workbooks import write_book

HEADERS = ["Nama Pesantren", "NSPP", "Kabupaten/Kota", "Kecamatan", "No. HP", "Kategori Usaha"]


def _book(path, rows):
    return write_book(path, HEADERS, rows)


def test_cell_values_are_refused_in_english():
    catalogue.set_language("en")
    with pytest.raises(ValueError) as err:
        normalise_nspp("12345")
    assert str(err.value) == "NSPP '12345' must have 12 digits (it has 5)"
    with pytest.raises(ValueError) as err:
        parse_date("31/02/2019")
    assert str(err.value) == "date '31/02/2019' does not exist in the calendar"
    catalogue.set_language("id")
    assert str(err.value) == "tanggal '31/02/2019' tidak ada di kalender"  # the same error, re-rendered


def test_regions_are_refused_in_english():
    catalogue.set_language("en")
    with pytest.raises(RegionError) as err:
        resolve_region("Kota Garut", "Tarogong Kaler")
    assert err.value.message == "'Kota Garut' does not exist in West Java; there is: Kabupaten Garut"
    with pytest.raises(RegionError) as err:
        resolve_region("Kab. Garut", "Tarogong Kalerr")
    assert err.value.message.startswith("district 'Tarogong Kalerr' is unknown in Kabupaten Garut; "
                                         "did you mean: Tarogong Kaler")
    m = resolve_region("Kab. Bogor", "Cibinong", "Karadenann")
    assert m.village_warning.startswith("village 'Karadenann' is unknown in the district of Cibinong")


def test_import_report_in_english_error_workbook_in_indonesian(session, tmp_path):
    src = _book(tmp_path / "mix.xlsx", [
        ["Al-Hikmah", "510032050001", "Kab. Garut", "Tarogong Kaler", "0811", "start-up"],
        ["Nurul Huda", None, "Sleman", "Depok", "", "start-up"],
    ])
    catalogue.set_language("en")
    report = import_registrants(session, src, actor=SYSTEM_ACTOR, dry_run=True)
    (rejected,) = report.rejected
    assert rejected.message == "regency/city 'Sleman' is unknown or outside West Java"
    assert report.warnings == ["Sheet 'Data' row 2: phone number '0811' looks wrong (4 digits); left empty"]
    out = write_error_workbook(report, src, tmp_path / "kesalahan.xlsx")
    cells = [c for row in openpyxl.load_workbook(out)["Data"].iter_rows(values_only=True) for c in row]
    assert any(isinstance(c, str) and "'Sleman' tidak dikenal atau di luar Jawa Barat" in c for c in cells)
    catalogue.set_language("id")
    assert rejected.message == "kabupaten/kota 'Sleman' tidak dikenal atau di luar Jawa Barat"


def test_files_and_printing_refused_in_english(tmp_path):
    (tmp_path / "nilai.txt").write_text("x")
    catalogue.set_language("en")
    with pytest.raises(ImportRejected) as err:
        read_score_file(tmp_path / "nilai.txt", set(), [])
    assert str(err.value) == "File 'nilai.txt' must be .xlsx or .csv."
    with pytest.raises(UsageError) as err:
        paper_size("A3")
    assert str(err.value) == "Unknown paper size 'A3'; choose A4 or F4."
    with pytest.raises(ValidationError) as err:
        parse_sheet_payload("OPOP1|S=a|P=b")
    assert str(err.value) == "The score sheet QR code is incomplete: field J, T, V is empty."
    with pytest.raises(ValidationError) as err:
        parse_card_payload("  ")
    assert str(err.value) == "The participant card QR code is empty."


def test_demo_refusal_in_english(session):
    from opop_desktop.core.demo import generate_demo
    from opop_desktop.core.services import installation

    installation.initialise(session, role="venue", regency_code="32.05", name="Laptop Garut-1", year=2019)
    catalogue.set_language("en")
    with pytest.raises(ConflictError) as err:
        generate_demo(session, scale="small", seed=1)
    assert str(err.value).startswith("This laptop is already set up as an audition venue; demo data is "
                                     "never mixed with real data (try the demo data in a separate database")


def test_cli_import_says_its_rejections_in_english(cli, tmp_path):
    src = _book(tmp_path / "bad.xlsx", [["Nurul Huda", None, "Sleman", "Depok", "", "start-up"]])
    code, out, _ = cli("--lang", "en", "registrants", "import", str(src), "--dry-run")
    assert code == 1
    assert "[kabupaten_kota]: regency/city 'Sleman' is unknown or outside West Java" in out
    code, out, _ = cli("--lang", "en", "registrants", "import", str(src), "--dry-run", "--json")
    assert json.loads(out)["rejected"][0]["message"].startswith("regency/city 'Sleman'")
    code, _out, err = cli("--lang", "en", "registrants", "import", str(tmp_path / "daftar.csv"))
    assert code != 0 and "File '" in err and "daftar.csv' not found." in err
