"""Every screen, every role's view and the file dialogs, in English and in Indonesian: nothing on
screen may be in the other language."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from language_walk import MissRecorder, core_sentences_in, english_only, indonesian_only, visible_texts
from opop_desktop.gui.app import install_translators
from opop_desktop.gui.main_window import MainWindow


@pytest.fixture
def recorder(qapp):
    rec = MissRecorder()
    qapp.installTranslator(rec)  # before install_translators: asked only for what they miss
    yield rec
    qapp.removeTranslator(rec)


def _walk_window(qtbot, ctx, lang: str) -> dict[str, str]:
    """Text → key of the first screen that showed it, for every screen of the window."""
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    win.switch_language(lang)
    seen: dict[str, str] = {}
    for screen in list(win.screens):
        win.show_screen(screen.key)
        qtbot.waitUntil(lambda: ctx.tasks.idle, timeout=30000)
        for text in visible_texts(win):
            seen.setdefault(text, screen.key)
    return seen


@pytest.mark.parametrize("username", ["admin", "koord", "off1", "juri1"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_screen_shows_only_the_chosen_language(qtbot, db, recorder, lang, username):
    from venue_gui import build_day, close_ctx, make_ctx

    day = build_day(db)
    ctx = make_ctx(db, day, username)
    seen = _walk_window(qtbot, ctx, lang)
    assert len(seen) > 30  # the walk really saw the screens
    foreign = english_only() if lang == "id" else indonesian_only()
    foreign -= {user.full_name for user in day.users.values()}  # people's names are data ("Koordinator")
    assert {text: key for text, key in seen.items() if text in foreign} == {}
    assert core_sentences_in(seen, "en" if lang == "id" else "id") == {}
    if lang == "id":
        assert recorder.qt_english(set(seen)) == set()
    close_ctx(qtbot, ctx)


def _every_dialog(ctx) -> list:
    from opop_desktop.core.services.accounts import UserInfo
    from opop_desktop.gui.admin_decision_dialog import AdminDecisionDialog
    from opop_desktop.gui.help import HelpViewer
    from opop_desktop.gui.import_wizard import ImportWizard
    from opop_desktop.gui.login import LoginDialog
    from opop_desktop.gui.messages import UnexpectedErrorDialog
    from opop_desktop.gui.screens.hasil_dialogs import AcknowledgeDialog, OverrideDialog
    from opop_desktop.gui.screens.kehadiran import CheckInDialog
    from opop_desktop.gui.screens.score_sheet import CorrectionDialog
    from opop_desktop.gui.setup.accounts_tab import SecretDialog, UserDialog
    from opop_desktop.gui.setup.dialogs import (
        AddPesantrenDialog, AssignJurorDialog, JurorDialog, PanelDialog, VenueDialog,
    )
    from opop_desktop.gui.startup import FirstStartWizard
    from opop_desktop.gui.widgets.text_dialog import TextDialog

    juror = UserInfo("u1", "juri1", "Juri 1", "juror", "Juri", None, None, True, False, True)
    return [LoginDialog(ctx), FirstStartWizard(ctx), ImportWizard(ctx), HelpViewer(),
            AcknowledgeDialog("x"), OverrideDialog("x"), CheckInDialog("x", "y"),
            CheckInDialog("x", "y", correction=True), CorrectionDialog("x", "1"), AdminDecisionDialog(["x"]),
            VenueDialog(), PanelDialog("x"), JurorDialog(), AssignJurorDialog([]), AddPesantrenDialog([]),
            UserDialog([]), SecretDialog(juror), TextDialog(None, "x", "y"),
            UnexpectedErrorDialog(None, RuntimeError("x"))]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_dialog_shows_only_the_chosen_language(qtbot, ctx, recorder, lang):
    install_translators(QApplication.instance(), lang)
    foreign = english_only() if lang == "id" else indonesian_only()
    for dlg in _every_dialog(ctx):
        qtbot.addWidget(dlg)
        texts = set(visible_texts(dlg))
        if hasattr(dlg, "pageIds"):
            for pid in dlg.pageIds():
                page = dlg.page(pid)
                texts |= set(visible_texts(page)) | {page.title(), page.subTitle()}
        assert texts & foreign == set(), type(dlg).__name__
        if lang == "id":
            assert recorder.qt_english(texts) == set(), type(dlg).__name__


def _file_dialog_texts(qtbot, folder, **kwargs) -> set[str]:
    from PySide6.QtWidgets import QToolButton

    from opop_desktop.gui.widgets.file_dialogs import make_dialog

    dlg = make_dialog(None, "x", str(folder), "Excel (*.xlsx)", **kwargs)
    qtbot.addWidget(dlg)
    dlg.setViewMode(QFileDialog.Detail)
    dlg.show()
    qtbot.waitExposed(dlg)
    texts = set(visible_texts(dlg)) | {b.toolTip() for b in dlg.findChildren(QToolButton) if b.toolTip()}
    dlg.reject()
    return texts


@pytest.mark.parametrize("lang", ["id", "en"])
def test_file_dialogs_speak_the_chosen_language(qtbot, recorder, tmp_path, lang):
    from opop_desktop.gui.widgets import file_dialogs

    if file_dialogs.USE_NATIVE:
        pytest.skip("the native Windows dialog speaks the language of Windows")
    (tmp_path / "peserta.xlsx").write_bytes(b"x" * 2000)
    install_translators(QApplication.instance(), lang)
    texts = set()
    for kwargs in ({}, {"save": True}, {"mode": QFileDialog.Directory}):
        texts |= _file_dialog_texts(qtbot, tmp_path, **kwargs)
    if lang == "id":
        assert {"Lihat di:", "&Nama berkas:", "Jenis berkas:", "Kembali", "Folder induk"} <= texts
        assert texts & english_only() == set()
        assert recorder.qt_english(texts) == set()
        # Not only what is on screen now: every Qt string the dialog asked for (tooltips,
        # context menus, the overwrite question) has Indonesian, key sequences aside.
        assert {(c, s) for c, s in recorder.misses
                if c in ("QFileDialog", "QFileSystemModel") and not s.startswith("Alt+")} == set()
    else:
        assert {"Look in:", "File &name:", "Files of type:"} <= texts
        assert texts & indonesian_only() == set()
