"""Error workbook: the rejected rows as typed + a message column; fixable and re-importable."""
from __future__ import annotations

import openpyxl
from sqlalchemy import func, select

from opop_desktop.core.services.accounts import SYSTEM_ACTOR
from opop_desktop.core.excel.error_workbook import MESSAGE_HEADER
from opop_desktop.core.excel.registrant_import import import_registrants, write_error_workbook
from opop_desktop.core.models import Pesantren

HEADERS = ["No", "Nama Pesantren", "NSPP", "Kab/Kota", "Kec.", "No HP/WA", "Kategori"]


def _source(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Garut"
    ws["A1"] = "REKAP PENDAFTAR"
    ws.merge_cells("A1:G1")
    ws.append([])
    ws.append(HEADERS)
    ws.append([1, "Al-Hikmah", "510032050001", "Garut", "Tarogong Kaler", "081211112222", "start-up"])
    ws.append([2, "Darussalam", "510032050002", "Garut", "Tarogong Kalerr", "081233334444", "scale-up"])
    ws.append([3, "Nurul Huda", None, "Sleman", "Depok", 81255556666, "menengah"])
    wb.save(path)
    return path


def test_error_workbook_has_original_rows_and_messages(session, tmp_path):
    src = _source(tmp_path / "garut.xlsx")
    report = import_registrants(session, src, actor=SYSTEM_ACTOR)
    out = write_error_workbook(report, src, tmp_path / "out" / "kesalahan.xlsx")
    ws = openpyxl.load_workbook(out)["Garut"]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    header_at = next(i for i, r in enumerate(rows) if r[1] == "Nama Pesantren")
    assert rows[header_at] == HEADERS + [MESSAGE_HEADER]
    body = rows[header_at + 1:]
    assert [r[1] for r in body] == ["Darussalam", "Nurul Huda"]
    assert body[0][2] == "510032050002" and body[1][5] == "81255556666"  # codes kept as text
    assert "Tarogong Kalerr" in body[0][-1] and "baris asal 5" in body[0][-1]
    assert "Sleman" in body[1][-1] and "menengah" in body[1][-1]  # both problems of the row


def test_fixed_error_workbook_imports(db, tmp_path):
    src = _source(tmp_path / "garut.xlsx")
    with db.session() as s:
        report = import_registrants(s, src, actor=SYSTEM_ACTOR)
    out = write_error_workbook(report, src, tmp_path / "kesalahan.xlsx")
    wb = openpyxl.load_workbook(out)
    ws = wb["Garut"]
    for r in ws.iter_rows():
        if r[1].value == "Darussalam":
            r[4].value = "Tarogong Kaler"
        if r[1].value == "Nurul Huda":
            r[3].value, r[4].value, r[6].value = "Kab. Garut", "Garut Kota", "rintisan"
    wb.save(out)
    with db.session() as s:
        again = import_registrants(s, out, actor=SYSTEM_ACTOR)
        assert (again.created, len(again.rejected)) == (2, 0)
        assert s.scalar(select(func.count()).select_from(Pesantren)) == 3
        assert s.scalars(select(Pesantren.phone).where(Pesantren.name == "Nurul Huda")).one() == "081255556666"
