"""Score sheets, panel grid, attendance lists and participant cards, read back with pypdf."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from opop_desktop.core.errors import ValidationError
from opop_desktop.core.pdf import cards as cards_mod
from opop_desktop.core.pdf import score_sheets as sheets_mod
from opop_desktop.core.pdf.attendance import attendance_pdf
from opop_desktop.core.pdf.cards import cards_pdf
from opop_desktop.core.pdf.data import Scope
from opop_desktop.core.pdf.qr import SheetRef, parse_card_payload, parse_sheet_payload, sheet_payload
from opop_desktop.core.pdf.score_sheets import panel_grid_pdf, score_sheets_pdf

from pdf_helpers import LONG_NAME, assert_qpdf_ok, fonts_of, make_audition, page_size, read_pdf

A4_PT = (595.28, 841.89)
F4_PT = (609.45, 935.43)


def _comma(d) -> str:
    return f"{d:.2f}".replace(".", ",")


def _assert_dejavu_only(reader):
    fonts = fonts_of(reader)
    assert any(name.endswith("DejaVuSans") for name in fonts), fonts
    assert any(name.endswith("DejaVuSans-Bold") for name in fonts), fonts
    assert all(fonts.values()), f"every font embedded as FontFile2: {fonts}"


def test_filled_score_sheets_a4(session, programme, tmp_path, monkeypatch):
    aud = make_audition(session, programme, n_pesantren=4, n_jurors=3)
    payloads = []
    real = sheets_mod.qr_drawing
    monkeypatch.setattr(sheets_mod, "qr_drawing", lambda p, size: payloads.append(p) or real(p, size))
    out = tmp_path / "sheets.pdf"
    res = score_sheets_pdf(session, out, Scope(stage_number=2), paper="A4")

    reader, text = read_pdf(out)
    assert res.pages == len(reader.pages) == 12 == res.documents
    assert page_size(reader) == A4_PT and page_size(reader, 11) == A4_PT
    _assert_dejavu_only(reader)
    assert_qpdf_ok(out)
    assert "Halaman 1 dari 12" in text and "Halaman 12 dari 12" in text
    assert "OPOP 2019" in text and "LEMBAR PENILAIAN" in text
    for (juror, pes), total in aud.sheet_totals.items():
        assert juror in text
        assert _comma(total) in text
    # One QR per sheet, naming stage, panel, juror, pesantren and rubric version; parse gives them back.
    assert len(payloads) == 12
    refs = [parse_sheet_payload(p) for p in payloads]
    assert {(r.juror_id, r.pesantren_id) for r in refs} == {(j, p.id) for j in aud.juror_ids for p in aud.pesantren}
    assert all(r.stage_id == aud.stage_id and r.panel_id == aud.panel_ids[0] and r.rubric_version == 1 for r in refs)
    # Sheets come in each juror's stack, in order of appearance.
    assert [r.juror_id for r in refs[:4]] == [aud.juror_ids[0]] * 4 or len({r.juror_id for r in refs[:4]}) == 1


def test_long_name_wraps_inside_the_page(session, programme, tmp_path):
    make_audition(session, programme, n_pesantren=1, n_jurors=1)
    out = tmp_path / "one.pdf"
    score_sheets_pdf(session, out, Scope(stage_number=2), paper="A4")
    reader, text = read_pdf(out)
    words = LONG_NAME.split()
    flat = " ".join(text.split())
    assert " ".join(words) in flat  # every word printed, in order
    assert LONG_NAME not in text  # ... but not on one line: it wrapped
    xs = []
    reader.pages[0].extract_text(visitor_text=lambda t, cm, tm, fd, fs: xs.append((tm[4] * cm[0] + cm[4], t))
                                 if t.strip() else None)
    width = float(reader.pages[0].mediabox.width)
    assert xs and all(0 <= x < width - 30 for x, _t in xs)


def test_blank_score_sheets_f4_have_no_values(session, programme, tmp_path):
    aud = make_audition(session, programme, n_pesantren=2, n_jurors=2)
    out = tmp_path / "blank.pdf"
    res = score_sheets_pdf(session, out, Scope(stage_number=2, panel_id=aud.panel_ids[0]), paper="F4", blank=True)
    reader, text = read_pdf(out)
    assert res.pages == 4 and page_size(reader) == F4_PT
    assert "Catatan 1-1" not in text  # comments not filled
    assert not any(_comma(t) in text for t in aud.sheet_totals.values())
    assert "PSR — Aspek pasar" in text and "9–10: sangat baik" in text
    assert_qpdf_ok(out)


def test_panel_grid_one_page_per_juror(session, programme, tmp_path):
    aud = make_audition(session, programme, n_pesantren=3, n_jurors=2)
    out = tmp_path / "grid.pdf"
    res = panel_grid_pdf(session, out, Scope(stage_number=2), paper="A4")
    reader, text = read_pdf(out)
    assert res.documents == 2 and len(reader.pages) == 2
    for code in ("PSR", "PTN", "PRF", "INV", "UNK", "KUA", "SDM"):
        assert code in text
    for (juror, _pes), total in aud.sheet_totals.items():
        assert _comma(total) in text
    assert_qpdf_ok(out)


def test_sheet_payload_round_trip_and_rejects():
    ref = SheetRef("s-1", "p-1", "j-1", "t-1", 3)
    payload = sheet_payload(ref)
    assert payload == "OPOP1|S=s-1|P=p-1|J=j-1|T=t-1|V=3"
    assert parse_sheet_payload(payload) == ref
    assert parse_sheet_payload(payload + "|X=future") == ref
    for bad in ("", "HELLO", "OPOP1|S=s|P=p|J=j|V=1", "OPOP1|S=s|P=p|J=j|T=t|V=x"):
        with pytest.raises(ValidationError):
            parse_sheet_payload(bad)
    with pytest.raises(ValidationError):
        sheet_payload(SheetRef("a|b", "p", "j", "t", 1))


def test_attendance_list_repeats_header_and_fills_names(session, programme, tmp_path):
    make_audition(session, programme, n_pesantren=30, n_jurors=1, scored=False)
    out = tmp_path / "hadir.pdf"
    res = attendance_pdf(session, out, Scope(stage_number=2), paper="A4")
    reader, text = read_pdf(out)
    assert res.pages == len(reader.pages) >= 3
    table_pages = [pg.extract_text() for pg in reader.pages if "Pesantren Contoh" in pg.extract_text()]
    assert len(table_pages) >= 3
    for page_text in table_pages:  # the table header repeats on every page the table spans
        assert "Nama perwakilan" in page_text and "Tanda tangan" in page_text
    assert "Ustadz Wakil 1" in text and "Santri Pendamping 1" in text  # registered + check-in names
    assert "Ustadz Wakil 30" in text
    assert "Petugas registrasi" in text
    assert_qpdf_ok(out)
    blank = tmp_path / "hadir-kosong.pdf"
    attendance_pdf(session, blank, Scope(stage_number=2), paper="F4", blank=True)
    reader, text = read_pdf(blank)
    assert page_size(reader) == F4_PT and "Ustadz Wakil" not in text and "Pesantren Contoh 030" in text


def test_cards_carry_registration_number_qr(session, programme, tmp_path, monkeypatch):
    aud = make_audition(session, programme, n_pesantren=9, n_jurors=1, scored=False)
    payloads = []
    real = cards_mod.qr_drawing
    monkeypatch.setattr(cards_mod, "qr_drawing", lambda p, size: payloads.append(p) or real(p, size))
    out = tmp_path / "kartu.pdf"
    res = cards_pdf(session, out, Scope(stage_number=2, regency_code="32.04"), paper="A4")
    reader, text = read_pdf(out)
    in_regency = [p for p in aud.pesantren if p.regency_code == "32.04"]
    assert res.documents == len(in_regency) == 5 and len(reader.pages) == 1
    assert payloads == [p.reg_number for p in in_regency]
    assert [parse_card_payload(p) for p in payloads] == [p.reg_number for p in in_regency]
    assert parse_card_payload("OPOP1|R=OPOP-2019-0001") == "OPOP-2019-0001"
    assert all(p.reg_number in text for p in in_regency)
    assert "Pesantren Contoh 002" not in text  # another kab/kota
    _assert_dejavu_only(reader)
    assert_qpdf_ok(out)


def test_cancel_from_progress_leaves_no_file(session, programme, tmp_path):
    make_audition(session, programme, n_pesantren=3, n_jurors=2)
    out = tmp_path / "batal.pdf"
    calls = []

    def progress(done, total, text):
        calls.append(done)
        if len(calls) >= 2:
            raise KeyboardInterrupt("Batal")

    with pytest.raises(KeyboardInterrupt):
        score_sheets_pdf(session, out, Scope(stage_number=2), progress=progress)
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if re.search(r"\.tmp$", p.name)]


def test_unknown_panel_and_paper_are_usage_errors(session, programme, tmp_path):
    from opop_desktop.core.errors import NotFoundError, UsageError

    make_audition(session, programme, n_pesantren=1, n_jurors=1)
    with pytest.raises(NotFoundError):
        score_sheets_pdf(session, tmp_path / "x.pdf", Scope(stage_number=2, panel_id="nope"))
    with pytest.raises(UsageError):
        score_sheets_pdf(session, tmp_path / "x.pdf", Scope(stage_number=2), paper="Letter")


@pytest.mark.skipif(not (shutil.which("zbarimg") and shutil.which("pdftoppm")),
                    reason="needs zbarimg (zbar-tools) and pdftoppm (poppler-utils) to decode printed QR codes")
def test_printed_qr_codes_decode_to_the_sheet_ids(session, programme, tmp_path):
    aud = make_audition(session, programme, n_pesantren=1, n_jurors=1)
    out = tmp_path / "qr.pdf"
    score_sheets_pdf(session, out, Scope(stage_number=2))
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(out), str(tmp_path / "page")], check=True)
    png = next(tmp_path.glob("page*.png"))
    res = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True)
    ref = parse_sheet_payload(res.stdout.strip())
    assert (ref.stage_id, ref.panel_id, ref.juror_id, ref.pesantren_id, ref.rubric_version) == (
        aud.stage_id, aud.panel_ids[0], aud.juror_ids[0], aud.pesantren[0].id, 1)


def test_card_payload_is_an_exact_check_in_hit(session, programme):
    from opop_desktop.core.pdf.qr import card_payload
    from opop_desktop.core.services.attendance import search_pesantren

    aud = make_audition(session, programme, n_pesantren=3, n_jurors=1, scored=False)
    target = aud.pesantren[1]
    hits = search_pesantren(session, card_payload(target.reg_number), stage_id=aud.stage_id, venue_id=aud.venue_id)
    assert [(h.id, h.exact) for h in hits] == [(target.id, True)]
