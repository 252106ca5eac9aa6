"""Rekapitulasi Nilai, Berita Acara and Laporan Juri: built from services/results.rank and read
back with pypdf."""
from __future__ import annotations

import re
from datetime import date

from opop_desktop.core.models import PlenaryOverride
from opop_desktop.core.pdf.data import Scope
from opop_desktop.core.pdf.juror_report import juror_report_pdf
from opop_desktop.core.pdf.minutes import minutes_pdf
from opop_desktop.core.pdf.recap import recap_pdf
from opop_desktop.core.services.results import rank

from pdf_helpers import assert_qpdf_ok, fonts_of, make_audition, page_size, read_pdf


def _comma(d) -> str:
    return f"{d:.2f}".replace(".", ",")


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_recap_per_regency_shows_juror_totals_scores_and_selection(session, programme, tmp_path):
    aud = make_audition(session, programme, n_pesantren=8, n_jurors=3)
    result = rank(session, 2, regency_code="32.04")
    out = tmp_path / "rekap.pdf"
    res = recap_pdf(session, out, Scope(stage_number=2, regency_code="32.04"), paper="A4")
    reader, text = read_pdf(out)
    flat = _flat(text)
    assert res.pages == len(reader.pages) == 1
    assert page_size(reader) == (595.28, 841.89)
    assert "REKAPITULASI NILAI" in text and "Kabupaten Bandung" in text
    in_regency = [p for p in aud.pesantren if p.regency_code == "32.04"]
    for p in in_regency:
        assert " ".join(p.name.split()) in flat
        for juror in aud.juror_names:
            assert _comma(aud.sheet_totals[(juror, p.name)]) in text
    assert "Pesantren Contoh 002" not in text  # Kabupaten Bandung Barat
    for row in result.rows:
        assert _comma(row.score) in text
    selected = [r for r in result.rows if r.selected]
    assert res.counts["selected"] == len(selected) > 0
    assert len(re.findall(r"(?m)^\s*Lolos\s*$", text)) == len(selected)
    assert all(fonts_of(reader).values())
    assert_qpdf_ok(out)


def test_recap_per_panel_f4(session, programme, tmp_path):
    aud = make_audition(session, programme, n_pesantren=4, n_jurors=2)
    out = tmp_path / "rekap-panel.pdf"
    res = recap_pdf(session, out, Scope(stage_number=2, panel_id=aud.panel_ids[0]), paper="F4")
    reader, text = read_pdf(out)
    assert page_size(reader) == (609.45, 935.43)
    assert res.counts["pesantren"] == 4
    assert "J1 = Dr. Juri Nomor 1" in text and "J2 = Dr. Juri Nomor 2" in text
    assert_qpdf_ok(out)


def test_minutes_list_selected_overrides_signatures_and_date(session, programme, tmp_path):
    aud = make_audition(session, programme, n_pesantren=8, n_jurors=3)
    before = rank(session, 2, regency_code="32.04")
    loser = next(r for r in before.rows if not r.selected)
    session.add(PlenaryOverride(stage_id=aud.stage_id, pesantren_id=loser.pesantren_id, old_outcome="not_selected",
                                new_outcome="selected", reason="Kunjungan lapangan menunjukkan produksi berjalan",
                                chair="Prof. Ketua Sidang", members="Anggota A, Anggota B"))
    session.flush()
    out = tmp_path / "berita-acara.pdf"
    res = minutes_pdf(session, out, Scope(stage_number=2, regency_code="32.04"), paper="F4")
    reader, text = read_pdf(out)
    flat = _flat(text)
    assert page_size(reader) == (609.45, 935.43)
    assert "BERITA ACARA HASIL AUDISI" in text
    assert "Bandung, 3 September 2019" in text  # place and date in Indonesian
    assert "Selasa, tanggal 3 September 2019" in flat
    assert "Kunjungan lapangan menunjukkan produksi berjalan" in flat and "Prof. Ketua Sidang" in flat
    assert "Tidak lolos → Lolos" in flat
    assert res.counts["overrides"] == 1
    after = rank(session, 2, regency_code="32.04")
    for r in after.rows:
        assert (" ".join(r.name.split()) in flat) == r.selected or r.pesantren_id == loser.pesantren_id
    assert res.counts["selected"] == len(after.selected) == len(before.selected) + 1
    assert "kuota 3" in text
    for juror in aud.juror_names:
        assert f"( {juror} )" in text
    assert "Ketua Panitia" in text and "Sekretaris Panitia" in text
    assert_qpdf_ok(out)


def test_province_minutes_have_the_head_of_office_and_chosen_date(session, programme, tmp_path):
    make_audition(session, programme, n_pesantren=4, n_jurors=2)
    out = tmp_path / "ba-provinsi.pdf"
    res = minutes_pdf(session, out, Scope(stage_number=2, province=True), signed_on=date(2019, 10, 1))
    _reader, text = read_pdf(out)
    assert "Bandung, 1 Oktober 2019" in text and res.counts["place"] == "Bandung"
    assert "Provinsi Jawa Barat" in text and "Mengetahui," in text


def test_juror_report_one_page_per_juror_with_panel_scores(session, programme, tmp_path):
    aud = make_audition(session, programme, n_pesantren=5, n_jurors=3)
    result = rank(session, 2)
    out = tmp_path / "laporan-juri.pdf"
    res = juror_report_pdf(session, out, Scope(stage_number=2), paper="A4")
    reader, _text = read_pdf(out)
    assert res.documents == 3 and len(reader.pages) == 3
    for i, juror in enumerate(sorted(aud.juror_names)):
        page = reader.pages[i].extract_text()
        assert juror in page
        others = set(aud.juror_names) - {juror}
        assert not any(f"Nama juri\n{o}" in page for o in others)
        for p in aud.pesantren:
            assert _comma(aud.sheet_totals[(juror, p.name)]) in page
            assert _comma(result.row(p.id).score) in page
    assert_qpdf_ok(out)


def test_recap_before_any_score_says_so(session, programme, tmp_path):
    make_audition(session, programme, n_pesantren=2, n_jurors=1, scored=False)
    out = tmp_path / "kosong.pdf"
    res = recap_pdf(session, out, Scope(stage_number=2))
    _reader, text = read_pdf(out)
    assert res.pages == 1 and "Belum ada nilai" in text
