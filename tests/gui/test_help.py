"""The Bantuan menu: F1 opens the guide of the signed-in role; every guide and image ships."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument

from opop_desktop import __version__
from opop_desktop.gui import help as help_module
from opop_desktop.gui.context import AppContext, CurrentUser
from opop_desktop.gui.help import GUIDES, about_text, docs_dir, guide_file
from opop_desktop.gui.main_window import MainWindow
from opop_desktop.gui.tasks import TaskRunner
from opop_desktop.gui.widgets.guide_browser import IMAGE_MARGIN, heading_anchor

REPO_DOCS = Path(__file__).resolve().parents[2] / "docs"
IMAGE_RE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
LINK_RE = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s#]+\.md)(?:#[^)]*)?\)")

# A sentence each guide must contain, so a viewer showing the wrong guide fails.
EXPECTED = {
    "juror": ("Panduan Juri", "Kirim & kunci"),
    "officer": ("Panduan Petugas", "Cara check-in dengan pemindai"),
    "coordinator": ("Panduan Koordinator", "Menyelesaikan konflik"),
    "admin": ("Panduan Admin Provinsi", "Sidang pleno dan berita acara"),
}


@pytest.fixture
def window(qtbot, db):
    ctx = AppContext(db=db, tasks=TaskRunner(db))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    yield win
    viewer = getattr(win, "help_viewer", None)
    if viewer is not None:
        viewer.close()
    win.close()  # closeEvent shuts the task runner down


def open_viewer(qtbot, win):
    """F1 through the menu action; without a user the guide is chosen after a database read."""
    win.help_action.trigger()
    qtbot.waitUntil(lambda: getattr(win, "help_viewer", None) is not None and win.help_viewer.isVisible(),
                    timeout=5000)
    return win.help_viewer


def menu_titles(win) -> list[str]:
    return [a.text() for a in win.menuBar().actions()]


def test_help_menu_lists_every_guide_and_about(window):
    assert "&Bantuan" in menu_titles(window)
    texts = [a.text() for a in window.help_menu.actions() if not a.isSeparator()]
    assert texts[0] == "Panduan untuk &peran saya"
    assert window.help_action.shortcut().toString() == "F1"
    assert [t.replace("&", "") for t in texts[1:5]] == [
        "Panduan Juri", "Panduan Petugas", "Panduan Koordinator", "Panduan Admin Provinsi"]
    assert texts[-1] == "&Tentang OPOP Desktop"


@pytest.mark.parametrize("role", ["juror", "officer", "coordinator", "admin"])
def test_f1_opens_the_guide_of_the_signed_in_role(qtbot, window, role):
    window.ctx.users.set_user(CurrentUser("u1", f"user-{role}", f"Orang {role}", role))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=3000)
    qtbot.keyClick(window, Qt.Key_F1)
    viewer = window.help_viewer
    qtbot.waitUntil(viewer.isVisible, timeout=3000)
    assert Path(viewer.browser.source().toLocalFile()).name == guide_file(role).name
    text = viewer.browser.toPlainText()
    title, sentence = EXPECTED[role]
    assert text.startswith(title)
    assert sentence in text
    current = viewer.guides.currentItem()
    assert current.data(Qt.UserRole) == role


@pytest.mark.parametrize("role, screen, heading", [
    ("juror", "penilaian", "Cara mengisi nilai"),
    ("officer", "kehadiran", "Cara check-in dengan pemindai"),
    ("officer", "sinkronisasi", "Mengirim hasil ke kab/kota (akhir hari)"),
    ("coordinator", "hasil", "Meninjau tanda varians"),
    ("admin", "cetak", "Sidang pleno dan berita acara"),
])
def test_f1_opens_the_section_about_the_current_screen(qtbot, window, role, screen, heading):
    window.ctx.users.set_user(CurrentUser("u1", f"user-{role}", f"Orang {role}", role))
    window.show()
    window.show_screen(screen)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=3000)
    qtbot.keyClick(window, Qt.Key_F1)
    viewer = window.help_viewer
    qtbot.waitUntil(viewer.isVisible, timeout=3000)
    browser = viewer.browser
    assert browser.textCursor().block().text() == heading
    assert browser.verticalScrollBar().value() > 0  # scrolled down to it, not left at the top
    top = browser.cursorForPosition(browser.viewport().rect().topLeft()).block()
    assert top.text() == heading or top.next().text() == heading


def test_every_screen_section_names_a_heading_of_its_guide(qtbot, window):
    viewer = help_module.help_viewer(window)
    for role, sections in help_module.SECTIONS.items():
        viewer.open_role(role)
        anchors = viewer.browser.headings()
        assert set(sections.values()) <= set(anchors), role
        assert set(sections) <= {key for key, *_rest in __import__("opop_desktop.gui.screens",
                                                                    fromlist=["SCREENS"]).SCREENS}


def test_heading_anchors_are_githubs():
    assert heading_anchor("Jika laptop mati: entri kertas ganda") == "jika-laptop-mati-entri-kertas-ganda"
    assert heading_anchor("Mengirim hasil ke kab/kota (akhir hari)") == "mengirim-hasil-ke-kabkota-akhir-hari"


def test_without_a_user_f1_opens_the_officer_guide(qtbot, window):
    viewer = open_viewer(qtbot, window)
    assert viewer.browser.toPlainText().startswith("Panduan Petugas")


@pytest.mark.parametrize("place, title", [("province", "Panduan Admin Provinsi"),
                                          ("regency", "Panduan Koordinator"), ("venue", "Panduan Petugas")])
def test_without_a_user_f1_opens_the_guide_for_the_laptops_place(qtbot, window, place, title):
    from opop_desktop.core.db import set_setting
    with window.ctx.db.session() as s:
        set_setting(s, "role", place)
    viewer = open_viewer(qtbot, window)
    assert viewer.browser.toPlainText().startswith(title)


def test_viewer_switches_guides_and_follows_links(qtbot, window):
    viewer = open_viewer(qtbot, window)
    viewer.guides.setCurrentRow(3)
    assert viewer.browser.toPlainText().startswith("Panduan Admin Provinsi")
    # Links between guides stay inside the viewer; Kembali returns.
    viewer.browser.setSource(QUrl("panduan-koordinator.md"))
    assert viewer.browser.toPlainText().startswith("Panduan Koordinator")
    assert viewer.back_button.isEnabled()
    viewer.back_button.click()
    assert viewer.browser.toPlainText().startswith("Panduan Admin Provinsi")


def test_screenshots_load_and_fit_the_viewer(qtbot, window):
    viewer = open_viewer(qtbot, window)
    viewer.open_role("juror")
    url = QUrl("img/penilaian-juri.png")
    image = viewer.browser.loadResource(QTextDocument.ImageResource, url)
    assert not image.isNull()
    assert image.width() <= max(320, viewer.browser.viewport().width() - IMAGE_MARGIN)
    assert image.width() > 100


def test_about_names_version_and_region_licence():
    text = about_text()
    assert __version__ in text
    assert "MIT" in text and "Cahya DSN" in text


def test_docs_dir_in_checkout_and_frozen(monkeypatch, tmp_path):
    assert docs_dir() == REPO_DOCS
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert docs_dir() == tmp_path / "docs"
    monkeypatch.delattr(sys, "_MEIPASS")
    monkeypatch.setenv("OPOP_DOCS", str(tmp_path))
    assert docs_dir() == tmp_path


def test_missing_guide_says_what_to_do(qtbot, window, monkeypatch, tmp_path):
    monkeypatch.setenv("OPOP_DOCS", str(tmp_path))
    text = open_viewer(qtbot, window).browser.toPlainText()
    assert "Panduan tidak ditemukan" in text and "Pasang ulang" in text


@pytest.mark.parametrize("name", [name for _r, name, _t in GUIDES])
def test_every_guide_exists_with_its_images_and_links(name):
    path = REPO_DOCS / name
    assert path.is_file(), f"{name} hilang"
    text = path.read_text(encoding="utf-8")
    images = IMAGE_RE.findall(text)
    assert len(images) >= 2, f"{name}: kurang gambar"
    for ref in images:
        assert ref.startswith("img/"), f"{name}: {ref} tidak di docs/img"
        image = REPO_DOCS / ref
        assert image.is_file(), f"{name}: gambar {ref} tidak ada"
        assert image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert image.stat().st_size < 200_000, f"{ref} terlalu besar"
    for ref in LINK_RE.findall(text):
        assert (REPO_DOCS / ref).is_file(), f"{name}: tautan {ref} rusak"


@pytest.mark.parametrize("role", ["juror", "officer", "coordinator", "admin"])
def test_viewer_renders_every_section_of_the_guide(qtbot, window, role):
    """Markdown that Qt reads differently (e.g. a literal <word> taken as HTML) swallows the rest
    of the guide: every heading must reach the screen."""
    viewer = open_viewer(qtbot, window)
    viewer.open_role(role)
    shown = viewer.browser.toPlainText()
    headings = [line.lstrip("#").strip() for line in guide_file(role).read_text(encoding="utf-8").splitlines()
                if line.startswith("## ")]
    assert len(headings) >= 4
    for heading in headings:
        plain = re.sub(r"[*`]", "", heading)
        assert plain in shown, f"{guide_file(role).name}: '{plain}' tidak tampil"


# Bold text in the guides names what the user sees; these few are emphasis, not labels.
EMPHASIS = {"Sebelum dikunci", "Sesudah dikunci", "sudah tersimpan", "bundel penyiapan", "terpisah",
            "Penyiapan untuk …", "Penyiapan untuk 32.05 Kabupaten Garut", "Orang ketiga"}
KEYS = {"F1", "Enter", "Tab", "Shift+Tab", "Esc"}


def gui_strings() -> str:
    """Every string literal of the GUI and every string of its Designer forms, as displayed:
    mnemonics removed ("&&" is a literal "&")."""
    import xml.etree.ElementTree as ET

    source = "\n".join(p.read_text(encoding="utf-8")
                       for p in (REPO_DOCS.parent / "opop_desktop" / "gui").rglob("*.py"))
    literals = [m.group(1) for m in re.finditer(r'"((?:[^"\\\n]|\\.)*)"', source)]
    literals += [e.text or "" for ui in (REPO_DOCS.parent / "ui").glob("*.ui")
                 for e in ET.parse(ui).getroot().iter("string")]
    return "\n".join(t.replace("&&", "\0").replace("&", "").replace("\0", "&") for t in literals)


@pytest.mark.parametrize("name", [name for _r, name, _t in GUIDES])
def test_guides_name_buttons_and_fields_as_the_screens_do(name):
    """So a renamed button makes the guide fail instead of quietly going stale."""
    shown = gui_strings()
    text = (REPO_DOCS / name).read_text(encoding="utf-8")
    unknown = []
    for bold in re.findall(r"\*\*([^*]+)\*\*", text):
        for part in re.split(r"→|:", " ".join(bold.split())):
            part = part.strip()
            if part and part not in EMPHASIS and part not in shown and part not in KEYS \
                    and not part.startswith(("PIN", "nama")):
                unknown.append(part)
    assert unknown == [], f"{name}: tidak ada di layar: {unknown}"


@pytest.mark.parametrize("name", [name for _r, name, _t in GUIDES])
def test_screen_shortcuts_in_the_guides_follow_the_navigation(name):
    """"**Hasil** (Ctrl+6)" must stay true when a screen is added to the navigation column."""
    from opop_desktop.gui.screens import SCREENS
    shortcut = {title: f"Ctrl+{i + 1}" for i, (_k, _m, _c, title) in enumerate(SCREENS[:9])}
    text = (REPO_DOCS / name).read_text(encoding="utf-8")
    mentions = re.findall(r"\*\*(\w+)\*\* \((Ctrl\+\d)\)", text)
    assert mentions, f"{name}: no screen shortcut mentioned"
    for title, keys in mentions:
        assert shortcut.get(title) == keys, f"{name}: {title} is {shortcut.get(title)}, not {keys}"
