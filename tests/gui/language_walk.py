"""What a user really sees, and whether it is in their language.

``visible_texts`` gathers the words of a window (labels, buttons, placeholders, combo items, tabs,
table headers and cells, list items, menus). ``MissRecorder`` is a translator installed *below*
the application's own: Qt asks it only for strings no installed translator knew, so what it
records under Qt's contexts is exactly the Qt text that stays English in Indonesian mode."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
_QT_CONTEXT = re.compile(r"^Q[A-Z]")
# Texts that are the same word in both languages, or are not words at all.
_NOT_WORDS = re.compile(r"^[\W\d_]*$")


def visible_texts(root) -> list[str]:
    from PySide6.QtWidgets import (
        QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QLineEdit, QListWidget, QTabWidget,
    )

    out = [w.text() for w in root.findChildren(QLabel)]
    out += [w.text() for w in root.findChildren(QAbstractButton)]
    out += [w.placeholderText() for w in root.findChildren(QLineEdit)]
    out += [w.title() for w in root.findChildren(QGroupBox)] + [root.windowTitle()]
    for w in root.findChildren(QComboBox):
        out += [w.itemText(i) for i in range(w.count())]
    for w in root.findChildren(QTabWidget):
        out += [w.tabText(i) for i in range(w.count())]
    for w in root.findChildren(QListWidget):
        out += [w.item(i).text() for i in range(w.count())]
    for w in root.findChildren(QAbstractItemView):
        m = w.model()
        try:
            cols = m.columnCount(QModelIndex()) if m is not None else 0
        except TypeError:  # list models
            continue
        out += [str(m.headerData(c, Qt.Horizontal)) for c in range(cols)]
        rows = min(m.rowCount(QModelIndex()), 20)
        out += [str(m.data(m.index(r, c))) for r in range(rows) for c in range(cols)]

    def actions(acts):
        for a in acts:
            out.append(a.text())
            if a.menu() is not None:
                actions(a.menu().actions())
    if hasattr(root, "menuBar"):
        actions(root.menuBar().actions())
    actions(root.actions())
    return [t for t in out if t and not _NOT_WORDS.match(t)]


def _messages(ts: Path) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET

    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            out[(name, msg.findtext("source"))] = msg.findtext("translation") or ""
    return out


def application_sources() -> set[str]:
    return {src for (_c, src) in _messages(TRANSLATIONS / "opop_en.ts")}


def indonesian_only() -> set[str]:
    """Indonesian texts of the application and of our Qt translation that English changes."""
    ours = _messages(TRANSLATIONS / "opop_en.ts")
    english = set(ours.values())
    words = {src for (_c, src), text in ours.items() if text and text != src}
    words |= {text for (_c, src), text in _messages(TRANSLATIONS / "qtbase_id.ts").items() if text != src}
    return words - english


def english_only() -> set[str]:
    """English texts an Indonesian window must never show: our English that differs from its
    Indonesian source, and Qt's English that our qtbase_id translates."""
    ours = _messages(TRANSLATIONS / "opop_en.ts")
    sources = {src for (_c, src) in ours}
    words = {text for (_c, src), text in ours.items() if text and text != src}
    words |= {src for (_c, src), text in _messages(TRANSLATIONS / "qtbase_id.ts").items() if text != src}
    return words - sources


class MissRecorder(QTranslator):
    """Installed before the application's translators, so asked only when none of them knew."""

    def __init__(self):
        super().__init__()
        self.misses: set[tuple[str, str]] = set()

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 - Qt override
        if context and _QT_CONTEXT.match(context) and source and not _NOT_WORDS.match(source):
            self.misses.add((context, source))
        return None  # a null string: "not known here" (an empty one would blank the text)

    def qt_english(self, seen: set[str]) -> set[tuple[str, str]]:
        """Qt's untranslated strings among what is on screen (mnemonic ampersands ignored)."""
        plain = {s.replace("&", "") for s in seen}
        ours = application_sources()  # PySide's tr() also asks the Qt base classes of a screen
        return {(c, s) for c, s in self.misses
                if s not in ours and (s in seen or s.replace("&", "") in plain)}


def _template_pattern(template: str) -> re.Pattern | None:
    """A catalogue text as a pattern: its literal parts in order, anything for a placeholder.
    None for texts too short to tell the languages apart in a sentence of the other one."""
    import string
    parts = [literal for literal, *_ in string.Formatter().parse(template)]
    if sum(len(p.strip()) for p in parts) < 12:
        return None
    return re.compile(".+?".join(re.escape(p) for p in parts))


def core_sentences_of(lang: str) -> list[tuple[str, re.Pattern]]:
    """(id, pattern) of every catalogue text of ``lang`` that the other language words differently."""
    from opop_desktop.core.catalogue import entries
    index = 1 if lang == "en" else 0
    out = []
    for key, texts in entries().items():
        if texts[0] != texts[1]:
            pattern = _template_pattern(texts[index])
            if pattern is not None:
                out.append((key, pattern))
    return out


def core_sentences_in(texts, lang: str) -> dict[str, str]:
    """Visible text → catalogue id, for every text that holds a core sentence of ``lang``."""
    patterns = core_sentences_of(lang)
    found = {}
    for text in texts:
        for key, pattern in patterns:
            if pattern.search(text):
                found[text] = key
                break
    return found
