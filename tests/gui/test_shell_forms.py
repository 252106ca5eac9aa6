"""The shell's Designer forms: the main window (navigation, menus, status bar), the wizards and
the small dialogs; a language switch retranslates them in place, and they fit the screen."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]


def _menu_texts(win) -> list[str]:
    out = []
    for top in win.menuBar().actions():
        out.append(top.text())
        out += [a.text() for a in top.menu().actions() if not a.isSeparator()]
    return out


def test_language_switch_retranslates_the_window_and_its_menus_in_place(qtbot, db):
    from venue_gui import build_day, close_ctx, make_ctx

    from opop_desktop.gui.main_window import MainWindow

    day = build_day(db)
    ctx = make_ctx(db, day, "koord")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    win.show_screen("persiapan")
    actions = [a for top in win.menuBar().actions() for a in [top, *top.menu().actions()]]
    items = [win.nav.item(r) for r in range(win.nav.count())]
    indonesian = _menu_texts(win)
    assert indonesian[:2] == ["&Berkas", "&Keluar"] and "&Ganti pengguna…" in indonesian
    user_line = win.user_label.text()
    assert win.width() <= QWidget.screen(win).availableGeometry().width()
    assert user_line.startswith("Pengguna: ")
    win.switch_language("en")
    try:
        assert [a for top in win.menuBar().actions() for a in [top, *top.menu().actions()]] == actions
        english = _menu_texts(win)
        assert english[:2] == ["&File", "&Quit"]
        assert {"&User", "S&witch user…", "Si&gn out", "&Help", "Guide for &my role",
                "&About OPOP Desktop"} <= set(english)
        assert [win.nav.item(r) for r in range(win.nav.count())] == items  # the same entries, retitled
        assert items[0].text() == "Home" and win.user_label.text().startswith("User: ")
        assert win.form.navigation.accessibleName() == "Navigation"
        assert win.screen("persiapan").isVisible()
        assert win.stack.currentWidget().key == "persiapan"  # where the person was
        assert ctx.user.username == "koord"
        assert win.help_action.shortcut().toString() == "F1"
        assert win.switch_user_action.shortcut().toString() == "Ctrl+Shift+U"
        metrics = win.nav.fontMetrics()
        assert all(metrics.horizontalAdvance(i.text()) < win.nav.viewport().width() for i in items)
    finally:
        win.switch_language("id")
    assert _menu_texts(win) == indonesian and win.user_label.text() == user_line
    assert items[0].text() == "Beranda"
    close_ctx(qtbot, ctx)


def test_user_menu_follows_who_is_signed_in(qtbot, ctx):
    from opop_desktop.gui.context import CurrentUser
    from opop_desktop.gui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    form = win.form
    assert form.sign_in_action.isEnabled() and not form.sign_out_action.isEnabled()
    ctx.users.set_user(CurrentUser("u1", "petugas1", "Petugas Satu", "officer"))
    assert not form.sign_in_action.isEnabled() and form.sign_out_action.isEnabled()
    win.switch_language("en")  # the menus are kept: they still follow the user
    form.sign_out_action.trigger()
    assert ctx.user is None and form.sign_in_action.isEnabled()
    assert win.user_label.text() == "Not signed in"


def test_dialogs_are_english_from_their_forms(qtbot, ctx):
    from opop_desktop.gui.app import install_translators
    from opop_desktop.gui.import_wizard import ImportWizard
    from opop_desktop.gui.messages import UnexpectedErrorDialog
    from opop_desktop.gui.startup import FirstStartWizard

    install_translators(QApplication.instance(), "en")
    error = UnexpectedErrorDialog(None, KeyError("kunci"))
    wizard, importer = FirstStartWizard(ctx), ImportWizard(ctx)
    for dlg in (error, wizard, importer):
        qtbot.addWidget(dlg)
    assert error.windowTitle() == "Unexpected error"
    assert error.form.copy_button.text() == "&Copy details" and error.form.close_button.text() == "C&lose"
    assert error.text.state == "error" and not error.text.badge.icon().isNull()
    assert wizard.windowTitle() == "OPOP Desktop — first start"
    assert wizard.role_page.title() == "Welcome to OPOP Desktop"
    assert wizard.role_page.role_buttons["province"].text() == "&Province office (programme admin)"
    assert wizard.admin_page.form.password2_caption.text() == "&Repeat password:"
    assert "Choose where" in wizard.role_page.problem.text() and wizard.role_page.problem.state == "info"
    assert importer.windowTitle() == "Import registrants"
    assert [importer.page(i) for i in importer.pageIds()] == [
        importer.file_page, importer.preview_page, importer.result_page]
    assert importer.preview_page.wiz is importer


FIT_PROBE = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
from opop_desktop.gui.import_wizard import ImportWizard
from opop_desktop.gui.messages import UnexpectedErrorDialog
from opop_desktop.gui.startup import FirstStartWizard
free = app.primaryScreen().availableGeometry()
print(free.width(), free.height())
for window in (ImportWizard(None), FirstStartWizard(None), UnexpectedErrorDialog(None, KeyError("x"))):
    window.show()
    app.processEvents()
    print(type(window).__name__, window.width(), window.height())
"""


def test_wizards_and_dialogs_fit_1366x768_at_150_percent(tmp_path):
    """The laptops' screen at 150 % scaling leaves about 910×512 points."""
    config = tmp_path / "screen.json"
    config.write_text('{"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, '
                      '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}', encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR="1.5",
               PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", FIT_PROBE], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    first, *windows = out.stdout.split("\n")[:4]
    free_width, free_height = map(int, first.split())
    assert (free_width, free_height) == (911, 512)
    for line in windows:
        name, width, height = line.split()
        assert int(width) <= free_width and int(height) <= free_height, line
