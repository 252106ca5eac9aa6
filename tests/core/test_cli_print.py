"""`opop print ...` and `opop export recap` against a real SQLite file."""
from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from pdf_helpers import assert_qpdf_ok, make_audition, page_size, read_pdf


@pytest.fixture
def audition(db):
    from opop_desktop.core.services.programme import create_programme_year

    with db.session() as s:
        prog = create_programme_year(s, 2019)
        aud = make_audition(s, prog, n_pesantren=4, n_jurors=2)
        return {"panel": aud.panel_ids[0], "venue": aud.venue_id, "names": [p.name for p in aud.pesantren]}


@pytest.mark.parametrize("document,paper,pages", [
    ("score-sheets", "A4", 8), ("score-grid", "F4", 2), ("attendance", "A4", 1), ("cards", "F4", 1),
    ("recap", "A4", 1), ("minutes", "F4", None), ("juror-report", "A4", 2),
])
def test_print_each_document_json(cli, audition, tmp_path, document, paper, pages):
    out = tmp_path / f"{document}.pdf"
    code, stdout, stderr = cli("print", document, "--out", str(out), "--stage", "2", "--paper", paper, "--json")
    assert code == 0, stderr
    data = json.loads(stdout)
    assert data["file"] == str(out) and data["document"] == document and data["paper"] == paper
    reader, text = read_pdf(out)
    assert data["pages"] == len(reader.pages)
    if pages is not None:
        assert data["pages"] == pages
    assert page_size(reader) == {"A4": (595.28, 841.89), "F4": (609.45, 935.43)}[paper]
    assert "Halaman 1 dari" in text
    assert_qpdf_ok(out)


def test_print_blank_panel_sheets_text_output(cli, audition, tmp_path):
    out = tmp_path / "kosong.pdf"
    code, stdout, _ = cli("print", "score-sheets", "--out", str(out), "--stage", "2", "--panel",
                          audition["panel"][:8], "--blank")
    assert code == 0
    assert "Lembar Penilaian" in stdout and "8 halaman" in stdout
    _reader, text = read_pdf(out)
    assert "Catatan 1-1" not in text


def test_print_rejects_bad_input(cli, audition, tmp_path):
    code, _out, err = cli("print", "recap", "--out", str(tmp_path / "x.pdf"), "--stage", "2", "--regency", "99.99")
    assert code == 2 and "99.99" in err
    code, _out, err = cli("print", "recap", "--out", str(tmp_path / "x.txt"), "--stage", "2")
    assert code == 2 and ".pdf" in err
    code, _out, err = cli("print", "cards", "--out", str(tmp_path / "x.pdf"), "--stage", "2", "--panel", "tidak-ada")
    assert code == 1 and "tidak-ada" in err
    assert not (tmp_path / "x.pdf").exists()


def test_export_recap_workbook(cli, audition, tmp_path):
    out = tmp_path / "rekap.xlsx"
    code, stdout, stderr = cli("export", "recap", "--out", str(out), "--stage", "2", "--json")
    assert code == 0, stderr
    data = json.loads(stdout)
    assert data["sheets"] == ["Provinsi", "Kabupaten Bandung", "Kabupaten Bandung Barat"] and data["rows"] == 4
    wb = load_workbook(out)
    names = [r[6] for ws in wb.worksheets[1:] for r in ws.iter_rows(min_row=4, values_only=True)]
    assert sorted(names) == sorted(audition["names"])


def test_print_attendance_for_a_venue(cli, audition, tmp_path):
    out = tmp_path / "hadir.pdf"
    code, stdout, _ = cli("print", "attendance", "--out", str(out), "--stage", "2", "--venue", audition["venue"],
                          "--json")
    assert code == 0
    assert json.loads(stdout)["counts"] == {"lists": 1, "pesantren": 4}
    _reader, text = read_pdf(out)
    assert "Hotel Horison Bandung" in text and "Pesantren Contoh 004" in text
