"""Error workbook: the rejected rows exactly as the officer typed them, plus the reasons.

One sheet per source sheet with rejections, same header texts (so the file imports again once
fixed), with a "Keterangan Kesalahan" column. The header sits on row 3 under a title, within
the importer's 15-row header search.
"""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment

from ..errors import ImportRejected
from .registrant_headers import FIELD_LABELS
from .registrant_rows import open_workbook, sheet_rows
from .style import ERROR_FILL, write_table

MESSAGE_HEADER = "Keterangan Kesalahan"
# Columns kept as text so "0811…" and 12-digit NSPPs survive the round trip.
_TEXT_FIELDS = {"nspp", "phone"}


def _field_label(field: str) -> str:
    aliases = {"kabupaten_kota": "regency", "kecamatan": "district", "kategori_usaha": "track"}
    return FIELD_LABELS.get(aliases.get(field, field), field)


def write_error_workbook(report, source_path, out_path) -> Path:
    out_path = Path(out_path)
    by_sheet: dict[str, dict[int, list[str]]] = {}
    for r in report.rejected:
        # The workbook is Indonesian throughout (headers, title), whatever the screen's language.
        by_sheet.setdefault(r.sheet, {}).setdefault(r.row, []).append(
            f"{_field_label(r.field)}: {r.msg.text('id')}")
    layouts = {layout.sheet: layout for layout in report.sheets}

    out = Workbook()
    out.remove(out.active)
    source = open_workbook(Path(source_path))
    try:
        for ws in source.worksheets:
            wanted = by_sheet.get(ws.title)
            layout = layouts.get(ws.title)
            if not wanted or layout is None:
                continue
            width = max(len(layout.headers), max(layout.columns, default=0) + 1)
            headers = [h or f"Kolom {i + 1}" for i, h in enumerate(layout.headers[:width])]
            headers += [f"Kolom {i + 1}" for i in range(len(headers), width)]
            rows = []
            for number, values in sheet_rows(ws):
                if number in wanted:
                    cells = list(values[:width]) + [None] * max(0, width - len(values))
                    rows.append(cells + ["; ".join(wanted[number]) + f" (baris asal {number})"])
            target = out.create_sheet(ws.title[:31])
            text_cols = [c for c, f in layout.columns.items() if f in _TEXT_FIELDS]
            last = write_table(target, headers + [MESSAGE_HEADER], rows, text_columns=text_cols,
                               title=f"Baris yang ditolak dari '{Path(source_path).name}' — perbaiki lalu impor ulang",
                               widths={width: 70})
            for row_no in range(4, last + 1):
                cell = target.cell(row=row_no, column=width + 1)
                cell.fill = ERROR_FILL
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    finally:
        source.close()
    if not out.worksheets:
        out.create_sheet("Tidak ada kesalahan").cell(row=1, column=1, value="Semua baris diterima.")
    try:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        out.save(str(out_path))
    except OSError as exc:
        raise ImportRejected("files.error_workbook_unsaved", path=str(out_path), detail=str(exc),
                             where=str(out_path)) from exc
    return out_path
