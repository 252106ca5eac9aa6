"""Penilaian grid over a real SQLite audition day: a juror types a full sheet with the keyboard
(decimal commas, a refused value, Enter/Tab navigation), locks it with the PIN and cannot edit
it afterwards; a coordinator corrects it with a reason; a juror cannot open another's sheet."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox
from sqlalchemy import select

from opop_desktop.core.models import ScoreEntry, UserAccount
from opop_desktop.core.services import scoring
from opop_desktop.core.services.accounts import SYSTEM_ACTOR
from opop_desktop.gui.score_grid import ScoreGridModel
from opop_desktop.gui.screens.penilaian import PenilaianScreen

from venue_gui import make_ctx, press, sign_in_as, type_keys, close_ctx

CODES = ["PSR", "PTN", "PRF", "INV", "UNK", "KUA", "SDM"]


pytestmark = pytest.mark.day(n_pesantren=2, n_jurors=2)


def open_screen(qtbot, db, day, username):
    ctx = make_ctx(db, day, username)
    screen = PenilaianScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1300, 700)
    screen.show()
    screen.activateWindow()
    qtbot.waitExposed(screen)
    screen.activate()
    page = screen.sheet_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    return ctx, screen, page


def enter(qtbot, page, text, key=Qt.Key_Return):
    """Type a cell's text and commit it with Enter/Tab; wait until its task finished."""
    view = page.view
    view.setFocus()
    type_keys(qtbot, text)
    assert view.state() == QAbstractItemView.EditingState
    press(qtbot, key)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.EditingState, timeout=5000)
    qtbot.waitUntil(lambda: page.own_pending == 0, timeout=10000)


def current(page):
    idx = page.view.currentIndex()
    return idx.row(), page.model.headerData(idx.column(), Qt.Horizontal).split("\n")[0]


def answer_next_message_box(answer, seen: list):
    """Click ``answer`` on the next modal message box (a real one), noting its text."""
    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        box.button(answer).click()
    QTimer.singleShot(0, click)


def db_values(db, sheet_id):
    with db.session() as s:
        return scoring.sheet_values(s, sheet_id)


def test_juror_types_full_sheet_locks_it_and_coordinator_corrects(qtbot, qtmodeltester, db, day, monkeypatch):
    ctx, screen, page = open_screen(qtbot, db, day, "juri1")
    qtmodeltester.check(page.model)
    # The juror's selector is fixed to themselves.
    assert not page.juror_combo.isEnabled()
    assert [page.juror_combo.itemData(i) for i in range(page.juror_combo.count())] == [day.jurors[0]]
    assert not screen.tabs.isTabVisible(1)  # no paper entry for a juror
    header_tip = page.model.headerData(2, Qt.Horizontal, Qt.ToolTipRole)
    assert header_tip.startswith("PSR — Aspek pasar") and "kelipatan 0,5" in header_tip
    assert page.model.headerData(2, Qt.Horizontal) == "PSR\nbobot 20"  # the weight in the header
    assert current(page) == (0, "PSR")
    # The focused cell's criterion in full: name, weight, range and level descriptors.
    help_text = page.criterion_help.text()
    assert "PSR — Aspek pasar" in help_text and "bobot 20" in help_text and "9–10: sangat baik" in help_text

    enter(qtbot, page, "7,5")  # decimal comma
    assert current(page) == (0, "PTN")  # Enter moved on
    # Committed at once, in its own transaction: another connection already sees it.
    assert db_values(db, page.model.rows[0].sheet_id) == {"PSR": Decimal("7.5")}
    enter(qtbot, page, "8.5", Qt.Key_Tab)  # decimal point, Tab
    assert current(page) == (0, "PRF")
    assert "PRF — " in page.criterion_help.text()  # follows the cursor
    # Out of range: refused, visible, the cell keeps its (empty) value, the cursor stays.
    enter(qtbot, page, "11")
    assert current(page) == (0, "PRF")
    assert "ditolak" in page.status_line.text() and "1–10, kelipatan 0,5" in page.status_line.text()
    assert page.model.data(page.model.index(0, 4)) == ""
    assert "ditolak" in page.model.data(page.model.index(0, 4), Qt.ToolTipRole)
    # Off the step: refused too, never rounded.
    enter(qtbot, page, "7,3")
    assert current(page) == (0, "PRF")
    assert "7,3" in page.status_line.text()
    assert page.model.value(0, "PRF") is None
    for text in ("9", "6,5", "7", "8", "10"):
        enter(qtbot, page, text)
    assert current(page) == (0, "Komentar")
    enter(qtbot, page, "Produk rapi")
    assert current(page) == (1, "PSR")  # next pesantren
    # Arrow keys move like a spreadsheet.
    press(qtbot, Qt.Key_Up)
    assert current(page) == (0, "PSR")
    press(qtbot, Qt.Key_Down)
    for text in ("6", "6", "6", "6", "6", "6", "6"):
        enter(qtbot, page, text)
    qtmodeltester.check(page.model)

    sheet0 = page.model.rows[0].sheet_id
    assert db_values(db, sheet0) == {"PSR": Decimal("7.5"), "PTN": Decimal("8.5"), "PRF": Decimal("9"),
                                     "INV": Decimal("6.5"), "UNK": Decimal("7"), "KUA": Decimal("8"),
                                     "SDM": Decimal("10")}
    # total = Σ weight × score / 10 = 15+17+13.5+9.75+7+8+10
    assert page.model.data(page.model.index(0, page.model.total_column)) == "80,25"
    assert page.model.rows[0].comment == "Produk rapi"
    assert page.progress_label.text() == "Dinilai 2 dari 2 · belum 0"

    # Kirim & kunci: completeness first — no PIN is asked for an incomplete sheet.
    pins = []
    monkeypatch.setattr(page, "ask_pin", lambda: pins.append(1) or "000000")
    saved = page.model.rows[1].values.pop("SDM")
    page.lock_button.click()
    assert "belum lengkap" in page.status_line.text() and "SDM" in page.status_line.text() and not pins
    page.model.rows[1].values["SDM"] = saved
    # Then the warning; "No" stops before the PIN.
    seen = []
    answer_next_message_box(QMessageBox.No, seen)
    page.lock_button.click()
    assert "Setelah dikunci nilai tidak dapat diubah" in seen[0] and not pins
    # A wrong PIN is refused, the right one locks.
    monkeypatch.setattr(page, "confirm_lock", lambda sheets: sheets == 2)
    page.lock_button.click()
    qtbot.waitUntil(lambda: "PIN salah" in page.status_line.text(), timeout=10000)
    # The failed try is kept (it throttles the next ones) although nothing was locked.
    with db.session() as s:
        account = s.scalars(select(UserAccount).where(UserAccount.juror_id == page.model.grid.juror_id)).one()
        assert account.failed_attempts == 1
    monkeypatch.setattr(page, "ask_pin", lambda: "111111")
    page.lock_button.click()
    qtbot.waitUntil(lambda: page.model.grid is not None and page.model.grid.locked, timeout=10000)
    assert page.status_line.text() == "2 lembar dikunci."
    assert not page.lock_button.isEnabled()
    # Read-only now: no editable cell, typing opens no editor.
    assert not (page.model.flags(page.model.index(0, 2)) & Qt.ItemIsEditable)
    page.view.setCurrentIndex(page.model.index(0, 2))
    page.window().activateWindow()  # the message box had the focus
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus, timeout=5000)
    qtbot.keyClicks(QApplication.focusWidget(), "5")
    assert page.view.state() != QAbstractItemView.EditingState
    assert page.model.value(0, "PSR") == Decimal("7.5")
    assert not page.correct_button.isVisible()  # a juror has no Koreksi

    # A coordinator corrects a locked value with a reason; the old value stays superseded.
    sign_in_as(ctx, day, "koord")
    assert page.model.grid is None  # juri1's sheet is gone at once
    qtbot.waitUntil(lambda: page.juror_combo.isEnabled() and page.model.grid is not None, timeout=10000)
    page.juror_combo.setCurrentIndex(page.juror_combo.findData(day.jurors[0]))
    qtbot.waitUntil(lambda: page.model.grid is not None and page.model.grid.juror_id == day.jurors[0]
                    and page.model.grid.locked, timeout=10000)
    assert page.correct_button.isVisible()
    page.view.setCurrentIndex(page.model.index(0, 2))
    assert page.correct_button.isEnabled()
    asked = []
    monkeypatch.setattr(page, "ask_correction", lambda what, cur: asked.append((what, cur)) or ("8", "salah baca juri"))
    page.correct_button.click()
    qtbot.waitUntil(lambda: page.model.value(0, "PSR") == Decimal("8"), timeout=10000)
    qtbot.waitUntil(lambda: ctx.tasks.idle, timeout=10000)
    assert page.status_line.text() == "Koreksi tersimpan."
    assert asked[0][1] == "7,5"
    with db.session() as s:
        versions = s.query(ScoreEntry).filter_by(sheet_id=sheet0, criterion_code="PSR").order_by(ScoreEntry.created_at).all()
        assert [(v.value, v.kind) for v in versions] == [(Decimal("7.5"), "entry"), (Decimal("8"), "correction")]
        assert versions[1].supersedes_id == versions[0].id and versions[1].reason == "salah baca juri"
    close_ctx(qtbot, ctx)


def test_correction_without_reason_is_refused(qtbot, db, day, monkeypatch):
    with db.session() as s:
        key = scoring.SheetKey(day.stage_id, day.panel_id, day.jurors[1], day.pesantren[0])
        sheet_id = scoring.set_score(s, day.juror_user(1), key, "PSR", "7").sheet_id
    ctx, screen, page = open_screen(qtbot, db, day, "koord")
    page.juror_combo.setCurrentIndex(page.juror_combo.findData(day.jurors[1]))
    qtbot.waitUntil(lambda: page.model.grid is not None and page.model.grid.juror_id == day.jurors[1], timeout=10000)
    page.view.setCurrentIndex(page.model.index(0, 2))
    monkeypatch.setattr(page, "ask_correction", lambda what, cur: ("9", ""))
    page.correct_button.click()
    qtbot.waitUntil(lambda: "alasan" in page.status_line.text(), timeout=10000)
    assert db_values(db, sheet_id) == {"PSR": Decimal("7")}
    close_ctx(qtbot, ctx)


def test_juror_cannot_open_another_jurors_sheet(qtbot, db, day):
    ctx, screen, page = open_screen(qtbot, db, day, "juri1")
    page.open_grid(day.panel_id, day.jurors[1])
    qtbot.waitUntil(lambda: page.model.grid is None, timeout=10000)
    assert page.status_line.text() == "Juri hanya boleh membuka lembar penilaiannya sendiri."
    assert page.model.rowCount() == 0
    close_ctx(qtbot, ctx)


def test_officer_sees_grid_read_only(qtbot, db, day):
    ctx, screen, page = open_screen(qtbot, db, day, "off1")
    assert page.juror_combo.isEnabled() and page.juror_combo.count() == 2
    assert not page.model.can_edit
    assert not (page.model.flags(page.model.index(0, 2)) & Qt.ItemIsEditable)
    assert screen.tabs.isTabVisible(1) and screen.tabs.isTabVisible(2)
    close_ctx(qtbot, ctx)


def test_grid_model_refuses_without_database(qtmodeltester, db, day):
    with db.session() as s:
        grid = scoring.juror_grid(s, SYSTEM_ACTOR, day.panel_id, day.jurors[0])
    for r in grid.rows:
        r.editable = True
    model = ScoreGridModel()
    model.set_grid(grid, can_edit=True)
    qtmodeltester.check(model)
    asked = []
    model.commit_requested.connect(lambda *a: asked.append(a))
    assert not model.setData(model.index(0, 2), "0,5")
    assert model.setData(model.index(0, 2), "10")
    assert asked == [(0, "PSR", Decimal("10"))]
    model.commit_failed(0, "PSR", "Lembar sudah dikunci.")
    assert model.value(0, "PSR") is None and model.refused_message(0, "PSR") == "Lembar sudah dikunci."
