"""Every screen, every role's view and the file dialogs, in English and in Indonesian: nothing on
screen may be in the other language."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from language_walk import MissRecorder, english_only, indonesian_only, visible_texts
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
    if lang == "id":
        assert recorder.qt_english(set(seen)) == set()
    close_ctx(qtbot, ctx)


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
