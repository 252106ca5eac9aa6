"""What core says reaches the screen in the chosen language: a refused score, a refused sign-in
and an error dialog are English in English mode and Indonesian in Indonesian mode, and none of
them holds a core sentence of the other language."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from language_walk import core_sentences_in
from opop_desktop.core.errors import no_stage
from opop_desktop.gui.app import install_translators
from opop_desktop.gui.login import LoginDialog
from opop_desktop.gui.messages import error_text

from venue_gui import close_ctx, make_ctx, open_main_window, press, type_keys

pytestmark = pytest.mark.day(n_pesantren=2, n_jurors=2)

OTHER = {"id": "en", "en": "id"}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_refused_score_is_said_in_the_chosen_language(qtbot, db, day, lang):
    ctx = make_ctx(db, day, "juri1")
    win = open_main_window(qtbot, ctx)
    win.switch_language(lang)
    try:
        assert win.show_screen("penilaian")
        page = win.screen("penilaian").sheet_page
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
        page.view.setFocus()
        qtbot.waitUntil(page.view.hasFocus, timeout=5000)
        type_keys(qtbot, "11")
        assert page.view.state() == QAbstractItemView.EditingState
        press(qtbot, Qt.Key_Return)
        qtbot.waitUntil(lambda: page.status_line.text() != "", timeout=10000)
        said = {page.status_line.text(), page.status_line.toolTip()} - {""}
        assert core_sentences_in(said, OTHER[lang]) == {}
        assert set(core_sentences_in(said, lang).values()), said  # a core sentence of this language
    finally:
        win.switch_language("id")
    close_ctx(qtbot, ctx)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_refused_sign_in_is_said_in_the_chosen_language(qtbot, db, day, lang):
    install_translators(QApplication.instance(), lang)
    ctx = make_ctx(db)
    dlg = LoginDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.username.count() > 0, timeout=5000)
    dlg.set_username("juri1")
    dlg.secret.setText("999999")
    dlg.ok_button.click()
    qtbot.waitUntil(lambda: dlg.ok_button.isEnabled() and dlg.message.text() != "", timeout=10000)
    said = {dlg.message.text()}
    assert core_sentences_in(said, OTHER[lang]) == {}
    assert core_sentences_in(said, lang), said
    close_ctx(qtbot, ctx)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_error_text_follows_a_language_switch(qapp, lang):
    err = no_stage(7)
    install_translators(QApplication.instance(), lang)
    expected = {"id": "Tahap 7 tidak ada pada tahun program ini.",
                "en": "Stage 7 does not exist in this programme year."}
    assert error_text(err) == expected[lang]
