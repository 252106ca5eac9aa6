"""Entri kertas over a real audition day: blind double entry by two officers (switching users
in the same window), equal → verified, different → side by side, settled by a third person with
a reason; a scanned sheet QR opens the right form; the progress board counts it."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from opop_desktop.core.models import PaperEntry
from opop_desktop.core.pdf.qr import SheetRef, sheet_payload
from opop_desktop.core.services import scoring
from opop_desktop.gui.paper_entry import PaperEntryWidget
from opop_desktop.gui.progress_board import ProgressBoardWidget

from venue_gui import make_ctx, sign_in_as, close_ctx

CODES = ["PSR", "PTN", "PRF", "INV", "UNK", "KUA", "SDM"]


pytestmark = pytest.mark.day(n_pesantren=3, n_jurors=2)


@pytest.fixture
def setup_widget(qtbot, db, day):
    ctx = make_ctx(db, day, "off1")
    w = PaperEntryWidget(ctx)
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    w.refresh_if_stale()
    qtbot.waitUntil(lambda: w.panel_combo.count() == 1 and w.progress is not None, timeout=10000)
    yield ctx, w
    close_ctx(qtbot, ctx)


def open_by_qr(qtbot, w, day, juror=0, pesantren=0):
    payload = sheet_payload(SheetRef(day.stage_id, day.panel_id, day.jurors[juror], day.pesantren[pesantren], 1))
    w.scan.setText(payload)
    w.scan.returnPressed.emit()
    qtbot.waitUntil(lambda: w.juror_combo.currentData() == day.jurors[juror]
                    and w.pesantren_combo.currentData() == day.pesantren[pesantren]
                    and w.fields and w.state_label.text() != "", timeout=10000)


def key_values(qtbot, w, values: dict[str, str], comment=""):
    qtbot.waitUntil(lambda: w.save_button.isEnabled() and set(w.fields) == set(CODES), timeout=10000)
    for code, edit in w.fields.items():
        assert edit.text() == ""  # blind: never prefilled with the other officer's values
        qtbot.keyClicks(edit, values[code])
    qtbot.keyClicks(w.comment, comment)
    before = w.message.text()
    w.save_button.click()
    qtbot.waitUntil(lambda: w.message.text() != before, timeout=10000)


def switch(qtbot, ctx, w, day, username):
    sign_in_as(ctx, day, username)
    assert all(edit.text() == "" for edit in w.fields.values())
    qtbot.waitUntil(lambda: w.progress is not None, timeout=10000)


def sheet_status(db, day, juror=0, pesantren=0):
    with db.session() as s:
        sheet = scoring.find_sheet(s, scoring.SheetKey(day.stage_id, day.panel_id, day.jurors[juror],
                                                       day.pesantren[pesantren]))
        return (sheet.status, scoring.sheet_values(s, sheet.id)) if sheet else ("", {})


def test_equal_double_entry_verifies(qtbot, setup_widget, day, db):
    ctx, w = setup_widget
    open_by_qr(qtbot, w, day, juror=1, pesantren=2)
    assert "entri ke-1" in w.state_label.text()
    values = dict(zip(CODES, ["7,5", "8", "6.5", "9", "7", "8", "10"]))
    key_values(qtbot, w, values, "rapi")
    assert "Entri pertama tersimpan" in w.message.text()
    assert sheet_status(db, day, 1, 2) == ("entered_once", {})  # nothing counts yet
    # The same officer cannot do the second entry.
    qtbot.waitUntil(lambda: "entri ke-2" in w.state_label.text(), timeout=10000)
    key_values(qtbot, w, values)
    assert "petugas lain" in w.message.text()
    switch(qtbot, ctx, w, day, "off2")
    assert "Entri ke-1 oleh off1" in w.state_label.text()
    key_values(qtbot, w, values)
    assert w.message.text() == "Kedua entri sama: lembar terverifikasi."
    qtbot.waitUntil(lambda: w.state_label.text() == "Lembar terverifikasi.", timeout=10000)
    assert not w.save_button.isEnabled()
    status, stored = sheet_status(db, day, 1, 2)
    assert status == "verified" and stored["PSR"] == Decimal("7.5") and stored["PRF"] == Decimal("6.5")


def test_difference_shown_side_by_side_and_resolved_by_a_third_person(qtbot, qtmodeltester, setup_widget, day, db):
    ctx, w = setup_widget
    open_by_qr(qtbot, w, day)
    first = dict(zip(CODES, ["7", "8", "6", "9", "7", "8", "10"]))
    second = dict(first, PTN="3", KUA="8,5")
    key_values(qtbot, w, first)
    switch(qtbot, ctx, w, day, "off2")
    key_values(qtbot, w, second)
    assert "PTN 8 ≠ 3" in w.message.text() and "KUA 8 ≠ 8,5" in w.message.text()
    qtbot.waitUntil(lambda: w.diff_model.rowCount() == 2, timeout=10000)
    qtmodeltester.check(w.diff_model)
    side_by_side = [(r.code, r.first, r.second) for r in w.diff_model.rows]
    assert side_by_side == [("PTN", "8", "3"), ("KUA", "8", "8,5")]
    assert w.diff_box.isVisibleTo(w) and not w.save_button.isEnabled()
    assert sheet_status(db, day)[0] == "mismatch"
    # One of the two officers may not settle it.
    w.final_fields["PTN"].setText("8")
    w.final_fields["KUA"].setText("8")
    w.reason.setText("dicek ke lembar asli")
    w.resolve_button.click()
    qtbot.waitUntil(lambda: "orang ketiga" in w.message.text() and "bukan" in w.message.text(), timeout=10000)
    switch(qtbot, ctx, w, day, "off3")
    qtbot.waitUntil(lambda: w.diff_model.rowCount() == 2, timeout=10000)
    w.final_fields["PTN"].setText("8")
    w.final_fields["KUA"].setText("8,5")
    w.reason.setText("")
    w.resolve_button.click()
    qtbot.waitUntil(lambda: "Alasan penyelesaian wajib diisi" in w.message.text(), timeout=10000)
    w.reason.setText("dicek ke lembar asli")
    w.resolve_button.click()
    qtbot.waitUntil(lambda: w.message.text() == "Selisih diselesaikan: lembar terverifikasi.", timeout=10000)
    qtbot.waitUntil(lambda: not w.diff_box.isVisibleTo(w), timeout=10000)
    status, stored = sheet_status(db, day)
    assert status == "verified"
    assert stored["PTN"] == Decimal("8") and stored["KUA"] == Decimal("8.5") and stored["PSR"] == Decimal("7")


def test_bad_qr_and_refused_values_are_explained(qtbot, setup_widget, day, db):
    ctx, w = setup_widget
    w.scan.setText("OPOP-0001")
    w.scan.returnPressed.emit()
    assert "bukan kode lembar penilaian" in w.message.text()
    open_by_qr(qtbot, w, day)
    key_values(qtbot, w, dict(zip(CODES, ["7", "8", "6", "9", "7", "8", "11"])))
    assert "Lembar kertas ditolak" in w.message.text() and "SDM" in w.message.text()
    assert sheet_status(db, day) == ("", {})


def test_progress_board_counts_verified_and_names_missing(qtbot, qtmodeltester, db, day):
    with db.session() as s:
        key = scoring.SheetKey(day.stage_id, day.panel_id, day.jurors[0], day.pesantren[0])
        for code in CODES:
            scoring.set_score(s, day.juror_user(0), key, code, "7")
    ctx = make_ctx(db, day, "koord")
    board = ProgressBoardWidget(ctx)
    qtbot.addWidget(board)
    board.show()
    board.refresh_if_stale()
    qtbot.waitUntil(lambda: board.model.rowCount() == 2, timeout=10000)
    qtmodeltester.check(board.model)
    rows = {r.juror: r for r in board.model.rows}
    assert (rows["Juri 1"].expected, rows["Juri 1"].entered, rows["Juri 1"].locked) == (3, 1, 0)
    assert "no. 2 Pondok Pesantren Uji 1" in rows["Juri 1"].missing
    assert rows["Juri 2"].entered == 0
    assert board.summary.text() == "0 dari 6 lembar sudah terhitung (terkunci/terverifikasi)."
    close_ctx(qtbot, ctx)


def test_sheets_keyed_back_to_back_at_scanner_speed(qtbot, setup_widget, day, db):
    """Scan a sheet's QR, type its values (Enter after each), Enter on the comment saves; then
    the next sheet at once — no waiting for the screen between keys. Every value lands in its
    criterion of the right sheet."""
    ctx, w = setup_widget
    sheets = {(0, 0): ["7,5", "8", "6,5", "9", "7", "8", "10"],
              (1, 1): ["5", "6", "7", "8", "9", "10", "4,5"],
              (0, 2): ["10", "9,5", "9", "8,5", "8", "7,5", "7"]}
    w.scan.setFocus()
    for (juror, pesantren), values in sheets.items():
        payload = sheet_payload(SheetRef(day.stage_id, day.panel_id, day.jurors[juror], day.pesantren[pesantren], 1))
        for text in [payload, *values, "ok"]:
            qtbot.keyClicks(QApplication.focusWidget(), text)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
            if (juror, pesantren) == (0, 0) and text == payload:
                # The very first sheet's form is built from the database; later ones reuse it.
                qtbot.waitUntil(lambda: w.fields.get("PSR") is not None and w.fields["PSR"].hasFocus(), timeout=10000)
    for (juror, pesantren), values in sheets.items():
        qtbot.waitUntil(lambda: sheet_status(db, day, juror, pesantren)[0] == "entered_once", timeout=10000)
    ctx.tasks.wait_idle()
    with db.session() as s:
        for (juror, pesantren), values in sheets.items():
            sheet = scoring.find_sheet(s, scoring.SheetKey(day.stage_id, day.panel_id, day.jurors[juror],
                                                           day.pesantren[pesantren]))
            entries = s.query(PaperEntry).filter_by(sheet_id=sheet.id).all()
            assert len(entries) == 1 and entries[0].comment == "ok"
            assert {c: Decimal(x) for c, x in json.loads(entries[0].values_json).items()} == \
                {c: Decimal(v.replace(",", ".")) for c, v in zip(CODES, values)}
