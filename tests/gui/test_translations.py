"""English is complete: every GUI string is in opop_en.ts, translated, compiled into opop_en.qm,
and the main window really shows English when that translator is installed."""
from __future__ import annotations

import ast
import importlib.util
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from opop_desktop.core import labels
from opop_desktop.core.services.results_stats import FUNNEL_STEPS
from opop_desktop.gui.context import AppContext
from opop_desktop.gui.main_window import MainWindow
from opop_desktop.gui.screens import SCREENS
from opop_desktop.gui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "opop_en.ts"
QM = TS.with_suffix(".qm")


def _load_tool():
    path = ROOT / "installer" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


tool = _load_tool()
_HAVE_LUPDATE = Path(tool._tool("pyside6-lupdate")).exists() or shutil.which("pyside6-lupdate") is not None
needs_lupdate = pytest.mark.skipif(not _HAVE_LUPDATE, reason="pyside6-lupdate missing")


@needs_lupdate
def test_every_source_string_is_in_the_ts():
    missing = tool.missing_from_ts(TS)
    assert missing == [], "add English to resources/translations/en_strings.py, run fill_en.py"


def test_no_message_is_unfinished_or_empty():
    assert tool.untranslated(TS) == []
    assert len(tool.messages(TS)) > 400


_PLACEHOLDER = re.compile(r"\{\d+\}|%n|%\d")
_TAG = re.compile(r"</?([a-zA-Z0-9]+)[^>]*>")


def _mnemonic(text: str) -> bool:
    return bool(re.search(r"&[^&\s]", text.replace("&&", "")))


def test_translations_keep_placeholders_tags_and_mnemonics():
    problems = []
    for (ctx, src), (text, _kind) in tool.messages(TS).items():
        if sorted(_PLACEHOLDER.findall(src)) != sorted(_PLACEHOLDER.findall(text)):
            problems.append(("placeholders", ctx, src, text))
        if sorted(_TAG.findall(src)) != sorted(_TAG.findall(text)):
            problems.append(("html", ctx, src, text))
        if _mnemonic(src) != _mnemonic(text):
            problems.append(("mnemonic", ctx, src, text))
        if src.count("\n") != text.count("\n"):
            problems.append(("newlines", ctx, src, text))
        if ("&&" in src) != ("&&" in text):
            problems.append(("literal &&", ctx, src, text))
    assert problems == []


def _noop_literals() -> set[tuple[str, str]]:
    tree = ast.parse((ROOT / "opop_desktop" / "gui" / "label_strings.py").read_text(encoding="utf-8"))
    return {(n.args[0].value, n.args[1].value) for n in ast.walk(tree)
            if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "QT_TRANSLATE_NOOP"}


def test_label_strings_lists_every_core_label_literally():
    have = _noop_literals()
    dicts = [labels.TRACK_LABELS, labels.STATUS_LABELS, labels.ROLE_LABELS, labels.ELEMENT_LABELS,
             labels.GROUP_LABELS, labels.INSTALL_ROLE_LABELS]
    wanted = {("labels", v) for d in dicts for v in d.values()}
    wanted |= {("FunnelChart", label) for label, _pred in FUNNEL_STEPS}
    assert wanted - have == set()


def test_label_strings_are_translated_in_the_ts():
    msgs = tool.messages(TS)
    for key in _noop_literals():
        assert key in msgs and msgs[key][0].strip() and msgs[key][1] != "unfinished", key


def test_committed_qm_is_compiled_from_the_committed_ts(tmp_path):
    ts = tmp_path / TS.name
    shutil.copy(TS, ts)
    fresh = tool.lrelease(ts)
    assert fresh.read_bytes() == QM.read_bytes(), "run: python installer/update_translations.py"


@pytest.fixture
def english(qapp):
    """The translators the application installs for English (opop_en.qm and Qt's own)."""
    from opop_desktop.gui.app import install_translators

    translator = QTranslator()
    assert translator.load(str(QM)) and not translator.isEmpty()
    yield install_translators(qapp, "en")
    install_translators(qapp, "id")


def test_qm_translates_a_sample_of_each_kind(english):
    t = QCoreApplication.translate
    assert t("screens", "Beranda") == "Home"
    assert t("labels", "Terdaftar") == "Registered"
    assert t("labels", "Juara (lolos tahap 3)") == "Champion (passed stage 3)"
    assert t("FunnelChart", "Juara") == "Champions"
    assert t("messages", "Kesalahan") == "Error"
    assert t("ScoreSheetPage", "&Kirim && kunci…") == "&Submit && lock…"


def _english_titles() -> list[str]:
    """The navigation titles an English user must see, in order ("Home", "Participants", ...)."""
    import sys

    sys.path.insert(0, str(TS.parent))
    try:
        from en_strings import translation_for
    finally:
        sys.path.remove(str(TS.parent))
    return [translation_for("screens", title) for _k, _m, _c, title in SCREENS]


ENGLISH_TITLES = _english_titles()


def _nav_titles(win) -> list[str]:
    return [win.nav.item(i).text() for i in range(win.nav.count())]


def test_main_window_shows_english_navigation_and_menus(qtbot, db, english):
    ctx = AppContext(db=db, tasks=TaskRunner(db))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    titles = _nav_titles(win)
    assert titles[:2] == ["Home", "Participants"] and titles[3] == "Attendance"
    assert titles == ENGLISH_TITLES
    indonesian = {title for _k, _m, _c, title in SCREENS}
    assert not indonesian & set(titles)
    menus = [a.text() for a in win.menuBar().actions()]
    assert "&File" in menus and "&Help" in menus
    assert not {"&Berkas", "&Bantuan"} & set(menus)
    ctx.tasks.shutdown()


def test_switch_language_goes_to_english_and_back(qtbot, db):
    ctx = AppContext(db=db, tasks=TaskRunner(db))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    assert _nav_titles(win)[0] == "Beranda"
    win.switch_language("en")
    assert _nav_titles(win) == ENGLISH_TITLES
    assert win.screen("pengaturan").title() == "Settings"
    win.switch_language("id")
    assert _nav_titles(win) == [title for _k, _m, _c, title in SCREENS]
    ctx.tasks.shutdown()


def test_indonesian_qt_buttons_come_from_our_qtbase_id(qtbot, tmp_path):
    """PySide6 ships no qtbase_id.qm; ours translates the standard buttons the dialogs show."""
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

    from opop_desktop.gui.app import install_translators

    ts = tmp_path / "qtbase_id.ts"
    shutil.copy(TS.with_name("qtbase_id.ts"), ts)
    assert tool.lrelease(ts).read_bytes() == TS.with_name("qtbase_id.qm").read_bytes()
    install_translators(QApplication.instance(), "id")
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.Yes | QMessageBox.No)
    assert sorted(b.text() for b in box.buttons()) == ["&Tidak", "&Ya"]
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    assert sorted(b.text() for b in buttons.buttons()) == ["Batal", "OK"]
    install_translators(QApplication.instance(), "en")
    english = QDialogButtonBox(QDialogButtonBox.Cancel)
    assert [b.text() for b in english.buttons()] == ["Cancel"]
