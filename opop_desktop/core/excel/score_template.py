"""Per-juror score entry workbook for one panel (for venues that prefer typing into Excel).

One sheet per juror: the juror's name on row 2 (read back by score_import), then a table
No | NSPP | No. Daftar | Nama Pesantren | <criterion codes> | Komentar | pesantren_id.
Rows are the panel's pesantren in order of appearance. `opop scores import` reads it back.
"""
from __future__ import annotations

import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from sqlalchemy.orm import Session

from ..services import setup
from ..formats import decimal_comma
from ..services.rubric import active_rubric
from ..atomic import replacing
from .style import TITLE_FONT, write_table

JUROR_LABEL = "Juri"
HEADER_ROW = 5
FIXED_HEADERS = ["No", "NSPP", "No. Daftar", "Nama Pesantren"]
COMMENT_HEADER = "Komentar"
ID_HEADER = "pesantren_id"


def _sheet_title(name: str, used: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\]", " ", name).strip()[:28] or "Juri"
    title, n = base, 2
    while title.lower() in used:
        title, n = f"{base[:25]} ({n})", n + 1
    used.add(title.lower())
    return title


def write_score_template(session: Session, panel_id: str, out_path: str | Path) -> Path:
    """Write the workbook atomically (temp file + rename); returns the path."""
    detail = setup.panel_detail(session, panel_id)
    rubric = active_rubric(session, detail.panel.stage_id)
    codes = rubric.codes
    headers = FIXED_HEADERS + codes + [COMMENT_HEADER, ID_HEADER]
    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    jurors = detail.jurors or []
    if not jurors:
        from ..errors import ValidationError
        raise ValidationError("files.template_no_jurors", panel=detail.panel.name, where="files.field_panel")
    for pj in jurors:
        ws = wb.create_sheet(_sheet_title(pj.juror.name, used))
        title = f"Lembar Penilaian — {detail.panel.venue_name} — {detail.panel.name}"
        ws.cell(row=1, column=1, value=title).font = TITLE_FONT
        ws.cell(row=2, column=1, value=JUROR_LABEL)
        ws.cell(row=2, column=2, value=pj.juror.name)
        crit_help = "; ".join(f"{c.code} = {c.name} (bobot {decimal_comma(c.weight)}, {c.allowed_text()})"
                              for c in rubric.criteria)
        ws.cell(row=3, column=1,
                value=f"Isi nilai {rubric.criteria[0].allowed_text()}; koma atau titik desimal boleh.")
        rows = [[s.position, s.nspp or "", s.reg_number, s.pesantren_name] + [None] * len(codes)
                + ["", s.pesantren_id] for s in detail.slots]
        write_table(ws, headers, rows, start_row=HEADER_ROW, text_columns=[1, 2, len(headers) - 1],
                    widths={3: 40, len(headers) - 2: 40, len(headers) - 1: 12})
        for i, c in enumerate(rubric.criteria):
            ws.cell(row=HEADER_ROW, column=len(FIXED_HEADERS) + 1 + i).comment = Comment(
                f"{c.name}: {c.allowed_text()}", "OPOP")
        ws.cell(row=4, column=1, value=crit_help)
    out_path = Path(out_path)
    with replacing(out_path) as tmp:
        wb.save(tmp)
    return out_path
