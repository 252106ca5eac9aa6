"""The Rekap workbook read back with openpyxl: sheets, values and types."""
from __future__ import annotations

from openpyxl import load_workbook

from opop_desktop.core.services.accounts import SYSTEM_ACTOR
from opop_desktop.core.excel.recap import recap_workbook, sheet_title
from opop_desktop.core.services.results import rank

from pdf_helpers import make_audition


def test_recap_workbook_sheets_values_and_types(session, programme, tmp_path):
    aud = make_audition(session, programme, n_pesantren=8, n_jurors=3)
    result = rank(session, 2)
    out = tmp_path / "rekap.xlsx"
    wb_info = recap_workbook(session, out, 2, actor=SYSTEM_ACTOR)
    assert wb_info.sheets == ["Provinsi", "Kabupaten Bandung", "Kabupaten Bandung Barat"]
    assert wb_info.rows == 8
    wb = load_workbook(out)
    assert wb.sheetnames == wb_info.sheets

    summary = wb["Provinsi"]
    header = [c.value for c in summary[3]]
    assert header[:5] == ["Kode kab/kota", "Kabupaten/Kota", "Jalur", "Dinilai", "Lolos"]
    body = [[c.value for c in row] for row in summary.iter_rows(min_row=4)]
    assert [r[0] for r in body] == ["32.04", "32.17"]
    assert all(isinstance(r[0], str) and summary.cell(row=i + 4, column=1).data_type == "s"
               for i, r in enumerate(body))
    assert sum(r[3] for r in body) == 8 and all(isinstance(r[3], int) for r in body)
    assert sum(r[4] for r in body) == len(result.selected)
    assert summary.freeze_panes == "A4" and summary.auto_filter.ref.startswith("A3:")

    ws = wb["Kabupaten Bandung"]
    head = [c.value for c in ws[3]]
    assert head[:7] == ["Kelompok", "Jalur", "Peringkat", "Seri", "No. registrasi", "NSPP", "Nama pesantren"]
    juror_cols = {name: head.index(f"Juri: {name}") for name in aud.juror_names}
    score_col = head.index("Nilai akhir")
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    assert len(rows) == 4
    by_name = {r[6]: r for r in rows}
    for p in aud.pesantren:
        if p.regency_code != "32.04":
            assert p.name not in by_name
            continue
        r = by_name[p.name]
        assert r[4] == p.reg_number and r[5] == p.nspp and isinstance(r[5], str)  # codes stay text
        assert isinstance(r[2], int)  # rank is a number
        for name, col in juror_cols.items():
            assert isinstance(r[col], (int, float)) and not isinstance(r[col], bool)
            assert abs(r[col] - float(aud.sheet_totals[(name, p.name)])) < 0.005
        assert r[score_col] == float(result.row(p.id).score)
    assert ws.cell(row=4, column=6).number_format == "@"
    assert ws.cell(row=4, column=score_col + 1).number_format == "0.00"
    assert ws.freeze_panes == "A4"


def test_sheet_titles_are_excel_safe_and_unique():
    taken: set[str] = set()
    assert sheet_title("Kota Bandung", taken) == "Kota Bandung"
    assert sheet_title("Kota Bandung", taken) == "Kota Bandung (2)"
    long = sheet_title("A/B:C*D?E[F]G\\H " + "x" * 40, taken)
    assert len(long) <= 31 and not set(long) & set("[]:*?/\\")
