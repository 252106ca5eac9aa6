"""Designer forms: ui/*.ui compiled ahead into opop_desktop/gui/forms, kept current, and a
language switch that retranslates form-built screens in place."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))
import make_forms  # noqa: E402

UI_FILES = make_forms.ui_files()


def test_there_are_forms_and_each_has_its_compiled_module():
    assert len(UI_FILES) >= 1
    assert make_forms.stale_forms() == []


@pytest.mark.parametrize("ui", UI_FILES, ids=[u.stem for u in UI_FILES])
def test_compiled_form_is_what_uic_makes_of_its_ui_today(ui):
    committed = make_forms.compiled_path(ui).read_text(encoding="utf-8")
    assert make_forms.comparable(committed) == make_forms.comparable(make_forms.compile_form(ui))


def test_an_edited_ui_is_noticed(tmp_path):
    ui = tmp_path / "beranda.ui"
    shutil.copy(make_forms.UI_DIR / "beranda.ui", ui)
    ui.write_text(ui.read_text(encoding="utf-8").replace("Laptop ini", "Komputer ini"), encoding="utf-8")
    committed = make_forms.compiled_path(make_forms.UI_DIR / "beranda.ui").read_text(encoding="utf-8")
    assert make_forms.comparable(committed) != make_forms.comparable(make_forms.compile_form(ui))


def test_language_switch_keeps_form_screens_and_rebuilds_the_others(qtbot, db):
    from opop_desktop.gui.context import AppContext
    from opop_desktop.gui.main_window import MainWindow
    from opop_desktop.gui.tasks import TaskRunner

    ctx = AppContext(db=db, tasks=TaskRunner(db))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    beranda, peserta = win.screen("beranda"), win.screen("peserta")
    assert beranda.form is not None and peserta.form is None
    assert beranda.heading.text() == "Beranda"
    assert beranda.form.laptop_box.title() == "Laptop ini"
    win.switch_language("en")
    try:
        assert win.screen("beranda") is beranda  # retranslated in place, not rebuilt
        assert win.screen("peserta") is not peserta
        assert beranda.heading.text() == "Home"
        assert beranda.form.laptop_box.title() == "This laptop"
        assert beranda.tiles["registered"].caption.text() == "Registered"
        assert win.stack.indexOf(win.stack.currentWidget()) == win.nav.currentRow()
        assert [win.stack.widget(i).screen_widget for i in range(win.stack.count())] == win.screens
    finally:
        win.switch_language("id")
    assert beranda.heading.text() == "Beranda"
    ctx.tasks.shutdown()


def _form_texts(screen) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget

    out = [w.text() for w in screen.findChildren(QLabel)] + [w.text() for w in screen.findChildren(QAbstractButton)]
    out += [w.title() for w in screen.findChildren(QGroupBox)]
    for tabs in screen.findChildren(QTabWidget):
        out += [tabs.tabText(i) for i in range(tabs.count())]
    return out


def test_form_screens_go_to_english_and_back_in_place(qtbot, db):
    """Every screen with a form: its texts change in English and come back exactly in Indonesian."""
    from opop_desktop.gui.context import AppContext
    from opop_desktop.gui.main_window import MainWindow
    from opop_desktop.gui.tasks import TaskRunner

    ctx = AppContext(db=db, tasks=TaskRunner(db))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    formed = [s for s in win.screens if s.form is not None]
    assert {s.key for s in formed} >= {"beranda", "pengaturan", "cetak", "sinkronisasi", "persiapan"}
    for screen in formed:
        win.show_screen(screen.key)
        ctx.tasks.wait_idle()
        qtbot.wait(10)
    before = {s.key: _form_texts(s) for s in formed}
    win.switch_language("en")
    try:
        for screen in formed:
            assert win.screen(screen.key) is screen
            assert _form_texts(screen) != before[screen.key], screen.key
            assert screen.form.header.text() == screen.title()
    finally:
        win.switch_language("id")
    for screen in formed:
        assert _form_texts(screen) == before[screen.key], screen.key
    ctx.tasks.shutdown()
