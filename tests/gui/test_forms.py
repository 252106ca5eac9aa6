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


def test_language_switch_retranslates_every_screen_in_place(qtbot, db):
    from opop_desktop.gui.context import AppContext
    from opop_desktop.gui.main_window import MainWindow
    from opop_desktop.gui.tasks import TaskRunner

    ctx = AppContext(db=db, tasks=TaskRunner(db))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    before = list(win.screens)
    beranda = win.screen("beranda")
    assert beranda.form is not None
    assert beranda.heading.text() == "Beranda"
    assert beranda.form.laptop_box.title() == "Laptop ini"
    win.switch_language("en")
    try:
        for old, new in zip(before, win.screens):
            assert new is old and old.form is not None, old.key  # retranslated, never rebuilt
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

    out = [w.text() for w in screen.findChildren(QLabel)]
    out += [w.text() for w in screen.findChildren(QAbstractButton)]
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
    assert {s.key for s in formed} >= {"beranda", "pengaturan", "sinkronisasi", "persiapan", "peserta",
                                       "kehadiran"}
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


@pytest.mark.parametrize("ui", UI_FILES, ids=[u.stem for u in UI_FILES])
def test_designer_reads_every_form(qtbot, ui):
    """QUiLoader reads .ui files as Qt Designer does: each form opens, with the widgets its
    screen uses (custom widgets stand in as the class they extend)."""
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QFile, QIODevice
    from PySide6.QtUiTools import QUiLoader
    from PySide6.QtWidgets import QWidget

    f = QFile(str(ui))
    assert f.open(QIODevice.ReadOnly)
    widget = QUiLoader().load(f)
    f.close()
    assert widget is not None, ui.name
    qtbot.addWidget(widget)
    names = {w.get("name") for w in ET.parse(ui).getroot().iter("widget")}
    found = {w.objectName() for w in widget.findChildren(QWidget)} | {widget.objectName()}
    assert names <= found, names - found


def test_open_dialogs_follow_a_language_switch(qtbot, db):
    """The help viewer and the sign-in dialog retranslate themselves when the language changes."""
    from PySide6.QtWidgets import QApplication

    from opop_desktop.gui.app import install_translators
    from opop_desktop.gui.context import AppContext
    from opop_desktop.gui.help import HelpViewer
    from opop_desktop.gui.login import LoginDialog
    from opop_desktop.gui.tasks import TaskRunner

    ctx = AppContext(db=db, tasks=TaskRunner(db))
    viewer, login = HelpViewer(), LoginDialog(ctx)
    for dlg in (viewer, login):
        qtbot.addWidget(dlg)
        dlg.show()
    assert viewer.form.close_button.text() == "&Tutup" and login.windowTitle() == "Masuk"
    install_translators(QApplication.instance(), "en")
    try:
        qtbot.waitUntil(lambda: viewer.form.close_button.text() == "&Close", timeout=3000)
        qtbot.waitUntil(lambda: login.windowTitle() == "Sign in", timeout=3000)
        assert viewer.windowTitle() == "Help — OPOP Desktop"
        assert viewer.guides.item(0).text() == "Juror guide"
        assert login.form.ok_button.text() == "&Sign in"
    finally:
        install_translators(QApplication.instance(), "id")
    qtbot.waitUntil(lambda: viewer.form.close_button.text() == "&Tutup", timeout=3000)
    ctx.tasks.shutdown()


def test_setup_tabs_are_kept_and_retitled_on_a_language_switch(qtbot, db):
    """Persiapan's tabs stay (an unsaved rubric edit survives); their column titles follow."""
    from PySide6.QtCore import Qt

    from opop_desktop.gui.context import AppContext
    from opop_desktop.gui.main_window import MainWindow
    from opop_desktop.gui.tasks import TaskRunner

    ctx = AppContext(db=db, tasks=TaskRunner(db))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    screen = win.screen("persiapan")
    tabs = screen.all_tabs()
    screen.rubric_tab.dirty = True
    header = screen.venues_tab.venue_model.headerData
    assert header(0, Qt.Horizontal) == "Lokasi"
    win.switch_language("en")
    try:
        assert screen.all_tabs() == tabs and screen.rubric_tab.dirty
        assert header(0, Qt.Horizontal) == "Venue"
        assert screen.tabs.tabText(0) == "&Venues && panels"
    finally:
        win.switch_language("id")
    assert header(0, Qt.Horizontal) == "Lokasi"
    ctx.tasks.shutdown()
