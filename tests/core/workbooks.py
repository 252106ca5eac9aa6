"""Small registrant workbooks for import tests: a header row and the rows, as a person saves them."""
from __future__ import annotations

import openpyxl


def write_book(path, headers, rows, *, title=None, sheet="Data"):
    """``path`` with one sheet: an optional title line, ``headers``, then ``rows``."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    if title:
        ws.append([title])
    ws.append(headers)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path
