"""Hasil, Cetak and the Hasil dialogs are Designer forms: a language switch rewrites their texts in
place (same widgets, same data, the group being read stays), and the dialogs say what is missing
with words and the error badge."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from results_golden import seed_golden

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from pdf_helpers import make_audition  # noqa: E402

from opop_desktop.gui.context import CurrentUser  # noqa: E402


def _headers(model) -> list[str]:
    return [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]


def _column(model, title: str) -> list[str]:
    col = _headers(model).index(title)
    return [model.index(r, col).data() for r in range(model.rowCount())]


@pytest.fixture
def window(qtbot, ctx):
    from opop_desktop.gui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    win.switch_language("id")


def test_hasil_goes_to_english_and_back_in_place(qtbot, db, programme, ctx, window):
    with db.session() as s:
        seed_golden(s)
    ctx.users.set_user(CurrentUser("u-admin", "admin", "Admin", "admin"))
    window.show_screen("hasil")
    screen = window.screen("hasil")
    qtbot.waitUntil(lambda: screen.data is not None, timeout=10000)
    assert screen.select_group("32.04.11", "start-up")
    data, rank_view, tabs, flag_rows = screen.data, screen.rank_view, screen.tabs, screen.flag_model.rowCount()
    assert screen.form.header.text() == "Hasil" and tabs.tabText(0) == "Peringkat"
    assert screen.stage_combo.itemText(0) == "Tahap 1" and screen.track_combo.itemText(0) == "Semua jalur"
    assert set(_column(screen.rank_model, "Hasil")) <= {"Lolos", "Tidak lolos", "Lolos *", "Tidak lolos *"}
    ranks_before = _column(screen.rank_model, "Peringkat")
    message_before = screen.message.text()
    assert "(kuota" in screen.group_list.currentItem().text()

    window.switch_language("en")
    assert window.screen("hasil") is screen and screen.rank_view is rank_view and screen.tabs is tabs
    assert screen.data is data and screen.flag_model.rowCount() == flag_rows
    assert screen.form.header.text() == "Results" and tabs.tabText(0) == "Ranking"
    assert tabs.tabText(1) == "Variance flags"
    assert screen.stage_combo.itemText(0) == "Stage 1" and screen.track_combo.itemText(0) == "All tracks"
    assert screen.track_combo.itemData(1) == "start-up"  # the filters' data stayed with the words
    assert (screen.current_group().key, screen.current_group().track) == ("32.04.11", "start-up")
    assert "(quota" in screen.group_list.currentItem().text()
    assert _column(screen.rank_model, "Ranking") == ranks_before
    assert set(_column(screen.rank_model, "Results")) <= {"Passed", "Not passed", "Passed *", "Not passed *"}
    assert "ranked" in screen.message.text() and screen.message.state == "warning"
    assert _headers(screen.flag_model)[0] == "Status" and _headers(screen.excluded_model)[1] != "Sebab"

    window.switch_language("id")
    assert screen.form.header.text() == "Hasil" and tabs.tabText(0) == "Peringkat"
    assert screen.message.text() == message_before
    assert _column(screen.rank_model, "Peringkat") == ranks_before


def test_cetak_keeps_its_pdf_across_a_language_switch(qtbot, db, ctx, window):
    from opop_desktop.core.services.accounts import SYSTEM_ACTOR
    from opop_desktop.core.services.programme import create_programme_year

    with db.session() as s:
        make_audition(s, create_programme_year(s, 2019), n_pesantren=3, n_jurors=2)
    ctx.users.set_user(SYSTEM_ACTOR)
    window.show_screen("cetak")
    screen = window.screen("cetak")
    screen.stage.setCurrentIndex(screen.stage.findData(2))
    screen.scope_kind.setCurrentIndex(screen.scope_kind.findData("panel"))
    qtbot.waitUntil(lambda: screen.scope_item.count() == 1, timeout=5000)
    screen.paper.setCurrentIndex(screen.paper.findData("F4"))
    qtbot.mouseClick(screen.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.pdf_path is not None, timeout=20000)
    pdf_path, preview, stage_name = screen.pdf_path, screen.preview, screen.stage.currentText()
    assert screen.status.text().startswith("6 halaman siap") and screen.status.state == "ok"
    assert screen.document.currentText() == "Lembar Penilaian (per juri dan pesantren)"

    window.switch_language("en")
    assert window.screen("cetak") is screen and screen.preview is preview and screen.pdf_path == pdf_path
    assert screen.form.header.text() == "Print" and screen.form.document_box.title() == "Document"
    assert screen.status.text().startswith("Pages ready: 6")
    assert screen.document.currentText() != "Lembar Penilaian (per juri dan pesantren)"
    assert screen.document.currentData() == "score-sheets"
    assert screen.scope_kind.currentText() == "Panel" and screen.scope_kind.itemText(1) == "Venue"
    assert screen.paper.currentData() == "F4" and screen.stage.currentText() == stage_name  # a name from the data
    assert screen.print_button.isEnabled() and screen.pdf_doc.pageCount() == 6

    window.switch_language("id")
    assert screen.status.text().startswith("6 halaman siap")
    assert screen.scope_kind.itemText(1) == "Lokasi"


@pytest.mark.parametrize("english", [False, True], ids=["id", "en"])
def test_acknowledge_dialog_says_what_is_missing_and_returns_the_decision(qtbot, english):
    from opop_desktop.gui.app import install_translators
    from opop_desktop.gui.screens.hasil_dialogs import AcknowledgeDialog

    install_translators(QApplication.instance(), "en" if english else "id")
    dlg = AcknowledgeDialog("Pesantren A: juri jauh dari median")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.windowTitle() == ("Review variance flag" if english else "Tinjau tanda varians")
    assert dlg.form.intro.text() == "Pesantren A: juri jauh dari median"
    ok = dlg.form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and dlg.problem_label.state == "error"
    assert dlg.problem_label.text() == ("A reason is required." if english else "Alasan wajib diisi.")
    assert not dlg.problem_label.badge.isHidden()  # the error shows its badge, not colour alone
    dlg.decision.setFocus()
    qtbot.keyClick(dlg.decision, Qt.Key.Key_Down)
    qtbot.keyClicks(dlg.reason, "  dicek dengan juri ")
    qtbot.keyClick(dlg.reason, Qt.Key.Key_Return)
    assert dlg.result() == AcknowledgeDialog.Accepted
    assert dlg.values() == ("corrected", "dicek dengan juri")


def test_override_dialog_needs_reason_and_chair(qtbot):
    from opop_desktop.gui.screens.hasil_dialogs import OverrideDialog

    dlg = OverrideDialog("Pesantren A — peringkat 3=, nilai 75,00, hasil saat ini: Pleno.")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.keyClicks(dlg.reason, "suara terbanyak")
    qtbot.keyClick(dlg.reason, Qt.Key.Key_Return)
    assert dlg.isVisible() and dlg.problem_label.text() == "Alasan dan nama ketua sidang wajib diisi."
    qtbot.keyClicks(dlg.chair, "H. Ahmad")
    qtbot.keyClicks(dlg.members, "Siti, Budi")
    dlg.outcome.setFocus()
    qtbot.keyClick(dlg.outcome, Qt.Key.Key_Down)
    qtbot.keyClick(dlg.chair, Qt.Key.Key_Return)
    assert dlg.result() == OverrideDialog.Accepted and not dlg.isVisible()
    assert dlg.values() == {"new_outcome": "not_selected", "reason": "suara terbanyak", "chair": "H. Ahmad",
                            "members": "Siti, Budi"}
