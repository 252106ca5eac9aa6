"""One sheet total, one rounding: a sheet whose exact total is 70.625 (a rubric with half-point
weights) shows 70,63 in the juror's grid, on the printed Lembar Penilaian, in the Rekap workbook
and in `opop scores list` — never 70,62 in one place and 70,63 in another."""
from __future__ import annotations

import json
from decimal import Decimal

import openpyxl
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from opop_desktop.cli import main as opop
from opop_desktop.core.excel.recap import recap_workbook
from opop_desktop.core.pdf.data import Scope
from opop_desktop.core.pdf.score_sheets import score_sheets_pdf
from opop_desktop.core.services import scoring
from opop_desktop.core.services.accounts import SYSTEM_ACTOR
from opop_desktop.core.services.rubric import CriterionSpec, save_rubric
from opop_desktop.gui.screens.penilaian import PenilaianScreen

from audition_day import JUROR_PINS
from venue_gui import build_day, close_ctx, make_ctx, press, type_keys

WEIGHTS = [("PSR", "12.5"), ("PTN", "27.5"), ("PRF", "15"), ("INV", "15"), ("UNK", "10"), ("KUA", "10"),
           ("SDM", "10")]
# 12.5×7.5 + 27.5×7 + 15×7 + 15×7 + 10×7 × 3 = 706.25 → ÷ 10 = 70.625 exactly: on the rounding edge,
# where half-even rounding (70.62) and half-up (70.63) part.
TYPED = ["7,5", "7", "7", "7", "7", "7", "7"]


def test_edge_total_is_the_same_on_screen_paper_workbook_and_cli(qtbot, db, db_path, tmp_path, capsys):
    day = build_day(db, n_pesantren=1, n_jurors=1)
    with db.session() as s:
        save_rubric(s, SYSTEM_ACTOR, day.stage_id, [CriterionSpec(c, f"Kriteria {c}", Decimal(w)) for c, w in WEIGHTS])

    ctx = make_ctx(db, day, "juri1")
    screen = PenilaianScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1300, 700)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activate()
    page = screen.sheet_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    page.view.setFocus()
    for text in TYPED:
        type_keys(qtbot, text)
        press(qtbot, Qt.Key_Return)
        qtbot.waitUntil(lambda: page.view.state() != QAbstractItemView.EditingState, timeout=5000)
        qtbot.waitUntil(lambda: page.own_pending == 0, timeout=10000)
    grid_text = page.model.data(page.model.index(0, page.model.total_column))
    close_ctx(qtbot, ctx)

    sheet_id = page.model.rows[0].sheet_id
    with db.session() as s:
        assert scoring.sheet_values(s, sheet_id)["PSR"] == Decimal("7.5")
        scoring.lock_sheets(s, day.juror_user(0), day.panel_id, day.jurors[0], JUROR_PINS[0])
        pdf = score_sheets_pdf(s, tmp_path / "lembar.pdf", Scope(stage_number=1, panel_id=day.panel_id))
        recap_workbook(s, tmp_path / "rekap.xlsx", stage_number=1)
    pdf_text = "\n".join(page.extract_text() for page in PdfReader(str(pdf.path)).pages)
    ws = openpyxl.load_workbook(tmp_path / "rekap.xlsx").worksheets[1]
    header = [c.value for c in ws[3]]
    juror_col = next(i for i, h in enumerate(header) if str(h).startswith("Juri: "))
    cell = ws.cell(row=4, column=juror_col + 1)

    capsys.readouterr()
    assert opop(["--db", str(db_path), "--json", "scores", "list"]) == 0
    cli_json = json.loads(capsys.readouterr().out)
    assert opop(["--db", str(db_path), "scores", "list"]) == 0
    cli_text = capsys.readouterr().out

    assert grid_text == "70,63"
    assert "70,63" in pdf_text and "70,62" not in pdf_text
    assert "9,38" in pdf_text  # PSR's own share, 12.5 × 7.5 ÷ 10 = 9.375, rounded the same way
    assert cell.value == 70.63 and cell.number_format == "0.00"
    assert [x["total"] for x in cli_json] == ["70.63"]
    assert "70,63" in cli_text and "70,62" not in cli_text
