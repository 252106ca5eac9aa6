"""The shared look of every workbook we write: styled header, frozen panes, autofilter,
sensible widths, numbers as numbers and codes as text."""
from __future__ import annotations

from typing import Any, Iterable, Sequence

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

HEADER_FILL = PatternFill("solid", fgColor="1F6E43")  # OPOP green
HEADER_FONT = Font(bold=True, color="FFFFFF")
ERROR_FILL = PatternFill("solid", fgColor="FDE2E1")
TITLE_FONT = Font(bold=True, size=13)
THIN = Side(style="thin", color="B7B7B7")
HEADER_BORDER = Border(bottom=THIN)
TEXT_FORMAT = "@"


def write_table(ws: Worksheet, headers: Sequence[str], rows: Iterable[Sequence[Any]], *,
                start_row: int = 1, text_columns: Iterable[int] = (), widths: dict[int, float] | None = None,
                title: str | None = None) -> int:
    """Write a header + rows table with the shared look; returns the last row written.

    ``text_columns`` are 0-based columns forced to text (codes like NSPP, phone, region code),
    so spreadsheet programs never turn "081..." into a number."""
    row_no = start_row
    if title:
        ws.cell(row=row_no, column=1, value=title).font = TITLE_FONT
        row_no += 2
    header_row = row_no
    for col, name in enumerate(headers, start=1):
        cell = ws.cell(row=header_row, column=col, value=name)
        cell.fill, cell.font, cell.border = HEADER_FILL, HEADER_FONT, HEADER_BORDER
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    text_cols = set(text_columns)
    lengths = [len(str(h)) for h in headers]
    for values in rows:
        row_no += 1
        for col, value in enumerate(values, start=1):
            if (col - 1) in text_cols and value is not None and not isinstance(value, str):
                value = str(value)
            cell = ws.cell(row=row_no, column=col, value=value)
            if (col - 1) in text_cols:
                cell.number_format = TEXT_FORMAT
            if col - 1 < len(lengths) and value is not None:
                lengths[col - 1] = max(lengths[col - 1], min(len(str(value)), 60))
    for col, length in enumerate(lengths, start=1):
        width = (widths or {}).get(col - 1, max(8, length + 2))
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    if row_no >= header_row:
        ws.auto_filter.ref = f"A{header_row}:{get_column_letter(max(1, len(headers)))}{max(row_no, header_row)}"
    return row_no
