"""Kehadiran screen over a real audition day: scanner-style code + Enter checks in at once,
counts update, search lists matches, absent / late / correction, and an absent pesantren cannot
be scored (its grid row is greyed and read-only)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from opop_desktop.core.errors import ConflictError
from opop_desktop.core.services import attendance, scoring
from opop_desktop.gui.screens.kehadiran import CheckInDialog, KehadiranScreen
from opop_desktop.gui.screens.penilaian import PenilaianScreen
from opop_desktop.gui.score_grid import ABSENT_BG

from venue_gui import make_ctx, close_ctx


pytestmark = pytest.mark.day(n_pesantren=4, n_jurors=1)


@pytest.fixture
def screen(qtbot, db, day):
    ctx = make_ctx(db, day, "off1")
    w = KehadiranScreen(ctx)
    qtbot.addWidget(w)
    w.resize(1300, 700)
    w.show()
    w.activate()
    qtbot.waitUntil(lambda: w.model.rowCount() == 4 and w.counts is not None, timeout=10000)
    yield w
    close_ctx(qtbot, ctx)


class FlashLog(QObject):
    """The ``flash`` values a widget takes (gui/widgets/flash.py), in order, fades included."""

    def __init__(self, widget):
        super().__init__(widget)
        self.seen: list[str] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.DynamicPropertyChange and bytes(event.propertyName()) == b"flash":
            self.seen.append(watched.property("flash"))
        return False


def scan(qtbot, w, code):
    w.search.setFocus()
    qtbot.keyClicks(w.search, code)
    qtbot.keyClick(w.search, Qt.Key_Return)


def counts(w):
    c = w.counts
    return c.expected, c.present, c.absent, c.awaited


def status_of(w, pesantren_id):
    return next(r.status for r in w.model.rows if r.pesantren_id == pesantren_id)


def test_scanner_code_and_enter_checks_in_at_once(qtbot, qtmodeltester, screen, day, db):
    qtmodeltester.check(screen.model)
    assert counts(screen) == (4, 0, 0, 4)
    assert screen.counts_label.text() == "Diharapkan 4 · Hadir 0 · Tidak hadir 0 · Belum datang 4"
    scan(qtbot, screen, day.nspp[1])
    qtbot.waitUntil(lambda: counts(screen) == (4, 1, 0, 3), timeout=10000)
    assert status_of(screen, day.pesantren[1]) == "present"
    assert screen.search.text() == ""  # ready for the next card
    assert "tercatat hadir" in screen.status_line.text()
    row = next(r for r in screen.model.rows if r.pesantren_id == day.pesantren[1])
    assert row.officer == "off1" and row.checked_at is not None
    jam = screen.model.index(screen.model.rows.index(row), 7)
    assert screen.model.data(jam).endswith(" WIB")  # Jakarta time whatever the laptop's zone
    # The registration number printed on the card works too; a double scan writes nothing new.
    scan(qtbot, screen, "OPOP-0002")
    qtbot.waitUntil(lambda: counts(screen) == (4, 2, 0, 2), timeout=10000)
    scan(qtbot, screen, "OPOP-0002")
    qtbot.waitUntil(lambda: "sudah tercatat hadir" in screen.status_line.text(), timeout=10000)
    with db.session() as s:
        assert len([a for a in attendance.heads(s, day.stage_id).values()]) == 2
    # Who is still awaited?
    screen.show_combo.setCurrentIndex(screen.show_combo.findData("awaited"))
    assert sorted(r.pesantren_id for r in screen.model.rows) == sorted([day.pesantren[0], day.pesantren[3]])
    screen.show_combo.setCurrentIndex(0)
    assert screen.model.rowCount() == 4
    qtmodeltester.check(screen.model)


def test_name_search_lists_matches_and_check_in_dialog_records_representatives(qtbot, qtmodeltester, screen, day,
                                                                              monkeypatch):
    scan(qtbot, screen, "uji")
    qtbot.waitUntil(lambda: screen.hits_model.rowCount() == 4, timeout=10000)
    qtmodeltester.check(screen.hits_model)
    assert screen.hits_view.isVisibleTo(screen)
    assert counts(screen) == (4, 0, 0, 4)  # nothing checked in by a name search
    monkeypatch.setattr(screen, "ask_checkin", lambda name: (["Ahmad", "Siti"], False))
    index = screen.hits_model.index(next(i for i, h in enumerate(screen.hits_model.rows)
                                         if h.id == day.pesantren[3]), 0)
    screen.hits_view.activated.emit(index)
    qtbot.waitUntil(lambda: counts(screen) == (4, 1, 0, 3), timeout=10000)
    row = next(r for r in screen.model.rows if r.pesantren_id == day.pesantren[3])
    assert (row.rep1_name, row.rep2_name) == ("Ahmad", "Siti")
    assert row.reps == "Ahmad, Siti"


def test_absent_late_and_correction(qtbot, screen, day, monkeypatch, db):
    monkeypatch.setattr(screen, "confirm_absent", lambda name: True)
    screen.view.selectRow(0)
    screen.absent_button.click()
    qtbot.waitUntil(lambda: counts(screen) == (4, 0, 1, 3), timeout=10000)
    assert status_of(screen, day.pesantren[0]) == "absent"
    # They turn up after all: a check-in now is recorded as late.
    screen.view.selectRow(0)
    monkeypatch.setattr(screen, "ask_checkin", lambda name: (["Ujang"], False))
    screen.checkin_button.click()
    qtbot.waitUntil(lambda: counts(screen) == (4, 1, 0, 3), timeout=10000)
    row = next(r for r in screen.model.rows if r.pesantren_id == day.pesantren[0])
    assert row.late and "terlambat" in screen.status_line.text()
    # A mistaken check-in of another pesantren is corrected with a reason.
    scan(qtbot, screen, day.nspp[2])
    qtbot.waitUntil(lambda: counts(screen) == (4, 2, 0, 2), timeout=10000)
    screen.view.selectRow(2)
    monkeypatch.setattr(screen, "ask_correction", lambda row: ("absent", "", []))
    screen.correct_button.click()
    qtbot.waitUntil(lambda: "Alasan koreksi wajib diisi" in screen.status_line.text(), timeout=10000)
    screen.view.selectRow(2)
    monkeypatch.setattr(screen, "ask_correction", lambda row: ("absent", "salah pindai kartu", []))
    screen.correct_button.click()
    qtbot.waitUntil(lambda: counts(screen) == (4, 1, 1, 2), timeout=10000)
    row = next(r for r in screen.model.rows if r.pesantren_id == day.pesantren[2])
    assert row.status == "absent" and row.reason == "salah pindai kartu"


def test_absent_pesantren_cannot_be_scored(qtbot, screen, day, db, monkeypatch):
    monkeypatch.setattr(screen, "confirm_absent", lambda name: True)
    screen.view.selectRow(1)
    screen.absent_button.click()
    qtbot.waitUntil(lambda: counts(screen) == (4, 0, 1, 3), timeout=10000)
    # The juror's grid shows the row greyed and read-only ...
    jctx = make_ctx(db, day, "juri1")
    pen = PenilaianScreen(jctx)
    qtbot.addWidget(pen)
    pen.show()
    pen.activate()
    page = pen.sheet_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=10000)
    assert page.model.rows[1].absent
    assert not (page.model.flags(page.model.index(1, 2)) & Qt.ItemIsEditable)
    assert page.model.data(page.model.index(1, 2), Qt.BackgroundRole).color() == ABSENT_BG
    assert page.model.data(page.model.index(1, page.model.total_column + 1)) == "Tidak hadir"
    assert page.model.flags(page.model.index(0, 2)) & Qt.ItemIsEditable
    assert page.progress_label.text() == "Dinilai 0 dari 3 · belum 3"
    # ... and the service refuses a score for it anyway.
    with db.session() as s, pytest.raises(ConflictError, match="tidak hadir"):
        scoring.set_score(s, day.juror_user(0), scoring.SheetKey(day.stage_id, day.panel_id, day.jurors[0],
                                                                 day.pesantren[1]), "PSR", "7")
    close_ctx(qtbot, jctx)


def test_scans_back_to_back_after_an_unknown_code(qtbot, screen, day):
    """A scanner types card after card without waiting for the searches: an unknown code is
    refused with a red flash and stays selected, so the next scan replaces it; every known card
    is checked in, and the box ends empty with a green flash."""
    flashes = FlashLog(screen.search)
    screen.search.setFocus()
    qtbot.keyClicks(screen.search, "KARTU-ASING-99")
    qtbot.keyClick(screen.search, Qt.Key_Return)
    assert screen.search.selectedText() == "KARTU-ASING-99"  # at once, before the search returns
    qtbot.waitUntil(lambda: screen.search.property("flash") == "error", timeout=10000)
    assert "KARTU-ASING-99" in screen.status_line.text()
    assert screen.search.selectedText() == "KARTU-ASING-99"
    for nspp in (day.nspp[0], day.nspp[2], day.nspp[3]):  # scanner speed: no wait between cards
        qtbot.keyClicks(QApplication.focusWidget(), nspp)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    qtbot.waitUntil(lambda: counts(screen) == (4, 3, 0, 1), timeout=10000)
    assert {r.pesantren_id for r in screen.model.rows if r.status == "present"} == {
        day.pesantren[0], day.pesantren[2], day.pesantren[3]}
    assert screen.search.text() == ""
    # Green after the red one and no red since (whether the last flash is still showing depends on
    # how long the check-ins took; a flash on a flash changes nothing to log), and it fades.
    assert [f for f in flashes.seen if f][:2] == ["error", "ok"] and flashes.seen.count("error") == 1
    qtbot.waitUntil(lambda: screen.search.property("flash") == "", timeout=5000)


def test_language_switch_retranslates_in_place_and_keeps_the_day(qtbot, db, day, monkeypatch):
    """English and back through the main window: the same widgets get the new texts (form,
    counts, the "Tampilkan" choice, column titles, a late arrival's note, the status line);
    the rows, the chosen filter and the typed search stay."""
    from opop_desktop.gui.main_window import MainWindow

    ctx = make_ctx(db, day, "off1")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    assert win.show_screen("kehadiran")
    w = win.screen("kehadiran")
    qtbot.waitUntil(lambda: w.model.rowCount() == 4 and w.counts is not None, timeout=10000)
    monkeypatch.setattr(w, "ask_checkin", lambda name: (["Ujang"], True))  # came late
    w.view.selectRow(0)
    w.checkin_button.click()
    qtbot.waitUntil(lambda: counts(w) == (4, 1, 0, 3), timeout=10000)
    w.show_combo.setCurrentIndex(w.show_combo.findData("present"))
    scan(qtbot, w, "uji")
    qtbot.waitUntil(lambda: w.hits_model.rowCount() == 4, timeout=10000)
    search, view, show = w.search, w.view, w.show_combo

    def shown():
        note = [w.model.index(r, 9).data() for r in range(w.model.rowCount())]
        return w.model.rowCount(), show.currentData(), search.text(), note, w.model.headerData(9, Qt.Horizontal)

    assert shown() == (1, "present", "uji", ["terlambat"], "Keterangan")
    assert w.status_line.text() == "4 pesantren cocok; pilih lalu Enter."
    assert w.counts_label.text() == "Diharapkan 4 · Hadir 1 · Tidak hadir 0 · Belum datang 3"
    venue = w.venue_combo.currentText()
    assert venue.startswith("Tahap 1 — ")
    win.switch_language("en")
    try:
        assert win.screen("kehadiran") is w and (w.search, w.view, w.show_combo) == (search, view, show)
        assert w.form.header.text() == "Attendance" and w.checkin_button.text() == "&Present…"
        assert shown() == (1, "present", "uji", ["late"], "Notes") and show.currentText() == "Present"
        assert w.counts_label.text() == "Expected 4 · Present 1 · Absent 0 · Not yet arrived 3"
        assert w.status_line.text() == "Matching pesantren: 4; select one and press Enter."
        assert w.venue_combo.currentText() == venue.replace("Tahap 1 — ", "Stage 1 — ")
    finally:
        win.switch_language("id")
    assert shown() == (1, "present", "uji", ["terlambat"], "Keterangan") and show.currentText() == "Hadir"
    assert w.counts_label.text() == "Diharapkan 4 · Hadir 1 · Tidak hadir 0 · Belum datang 3"
    assert w.status_line.text() == "4 pesantren cocok; pilih lalu Enter." and w.venue_combo.currentText() == venue
    close_ctx(qtbot, ctx)


def test_check_in_dialog_by_keyboard_and_its_correction_rows(qtbot):
    """Check-in: two representatives and the late flag by Tab and Space, Enter records; status
    and reason are rows of a correction only. The name is shown as typed, not as markup."""
    dlg = CheckInDialog("Pesantren <b>Uji</b>", "off1")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow, timeout=5000)
    assert dlg.windowTitle() == "Catat kehadiran" and dlg.form.name_label.text() == "Pesantren <b>Uji</b>"
    assert not dlg.status.isVisible() and not dlg.reason.isVisible() and dlg.form.officer_label.text() == "off1"
    dlg.rep1.setFocus()
    qtbot.waitUntil(dlg.rep1.hasFocus, timeout=5000)
    qtbot.keyClicks(dlg.rep1, "Ahmad")
    qtbot.keyClick(dlg.rep1, Qt.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Siti")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Space)
    assert dlg.late.isChecked() and dlg.reps() == ["Ahmad", "Siti"]
    qtbot.keyClick(dlg.rep2, Qt.Key_Return)
    assert dlg.result() == dlg.DialogCode.Accepted

    fix = CheckInDialog("Pesantren Uji", "off1", correction=True)
    qtbot.addWidget(fix)
    fix.show()
    qtbot.waitExposed(fix)
    assert fix.windowTitle() == "Koreksi kehadiran" and fix.status.isVisible() and fix.reason.isVisible()
    assert [fix.status.itemData(i) for i in range(fix.status.count())] == ["present", "absent"]
    fix.status.setFocus()
    qtbot.keyClick(fix.status, Qt.Key_Down)
    assert (fix.status.currentText(), fix.status.currentData()) == ("Tidak hadir", "absent")
