"""Penilaian follows a language switch in place: the juror's sheet, paper entry and the progress
board keep their widgets, what is scored or typed stays, and the visible texts go to English and
come back in Indonesian."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from venue_gui import close_ctx, make_ctx, open_main_window, press, type_keys

pytestmark = pytest.mark.day(n_pesantren=2, n_jurors=2)


def open_window(qtbot, db, day, username):
    ctx = make_ctx(db, day, username)
    win = open_main_window(qtbot, ctx)
    assert win.show_screen("penilaian")
    return ctx, win, win.screen("penilaian")


def sheet_texts(screen):
    page = screen.sheet_page
    return {
        "header": screen.form.header.text(),
        "tab": screen.tabs.tabText(0),
        "juror caption": page.form.juror_caption.text(),
        "lock": page.lock_button.text(),
        "weight header": page.model.headerData(2, Qt.Horizontal),
        "status word": page.model.data(page.model.index(0, page.model.total_column + 1)),
        "progress": page.progress_label.text(),
        "status line": page.status_line.text(),
    }


def test_juror_sheet_switches_to_english_and_back_keeping_the_scores(qtbot, db, day):
    ctx, win, screen = open_window(qtbot, db, day, "juri1")
    page = screen.sheet_page
    view, model = page.view, page.model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10000)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=5000)
    type_keys(qtbot, "7,5")
    assert view.state() == QAbstractItemView.EditingState
    press(qtbot, Qt.Key_Return)
    qtbot.waitUntil(lambda: page.own_pending == 0 and page.status_line.text() != "", timeout=10000)
    indonesian = sheet_texts(screen)
    assert indonesian == {
        "header": "Penilaian", "tab": "&Lembar juri", "juror caption": "&Juri:", "lock": "&Kirim && kunci…",
        "weight header": "PSR\nbobot 20", "status word": "Draf", "progress": "Dinilai 0 dari 2 · belum 2",
        "status line": "Tersimpan: PSR = 7,5"}
    help_before = page.criterion_help.text()
    assert "bobot" in help_before

    win.switch_language("en")
    try:
        assert win.screen("penilaian") is screen and screen.sheet_page is page
        assert page.view is view and page.model is model
        assert sheet_texts(screen) == {
            "header": "Scoring", "tab": "Juror s&heets", "juror caption": "&Juror:",
            "lock": "&Submit && lock…", "weight header": "PSR\nweight 20", "status word": "Draft", "progress": "Scored 0 of 2 · 2 to go",
            "status line": "Saved: PSR = 7,5"}
        assert "weight" in page.criterion_help.text() and "bobot" not in page.criterion_help.text()
        assert model.value(0, "PSR") == Decimal("7.5") and model.data(model.index(0, 2)) == "7,5"
    finally:
        win.switch_language("id")
    assert sheet_texts(screen) == indonesian
    assert page.criterion_help.text() == help_before
    assert model.value(0, "PSR") == Decimal("7.5")
    close_ctx(qtbot, ctx)


def test_paper_entry_and_board_switch_language_keeping_what_is_typed(qtbot, db, day):
    ctx, win, screen = open_window(qtbot, db, day, "off1")
    paper, board = screen.paper_page, screen.board_page
    screen.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: board.model.rowCount() > 0, timeout=10000)
    screen.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: paper.progress is not None and "PSR" in paper.fields, timeout=10000)
    field = paper.fields["PSR"]
    qtbot.keyClicks(field, "8")
    label = paper.entry_form.labelForField(field)
    before = (label.text(), paper.form.scan_caption.text(), paper.state_label.text(),
              board.model.headerData(2, Qt.Horizontal))
    assert before[:2] == ("PSR — Aspek pasar (bobot 20):", "&Pindai QR:") and before[3] == "Diharapkan"

    win.switch_language("en")
    try:
        assert screen.paper_page is paper and paper.fields["PSR"] is field and field.text() == "8"
        assert paper.entry_form.labelForField(field) is label
        assert label.text() == "PSR — Aspek pasar (weight 20):"
        assert paper.form.scan_caption.text() == "&Scan QR:"
        assert paper.state_label.text() not in ("", before[2])
        assert board.model.headerData(2, Qt.Horizontal) == "Expected"
    finally:
        win.switch_language("id")
    assert (label.text(), paper.form.scan_caption.text(), paper.state_label.text(),
            board.model.headerData(2, Qt.Horizontal)) == before
    assert field.text() == "8"
    close_ctx(qtbot, ctx)
