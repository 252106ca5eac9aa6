"""Combo boxes over codes: a generic (code, label) combo and the West Java region combos.

``code()`` returns the selected code, or None for the leading "Semua ..." entry when there is one.
Other screens (Kehadiran, Hasil, Cetak) reuse these for their filters.
"""
from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from opop_desktop.core.regions import gazetteer


class CodeCombo(QComboBox):
    """(code, label) choices, optionally led by an "all" entry whose code is None."""

    code_changed = Signal(object)

    def __init__(self, all_label: str | QWidget | None = None, parent: QWidget | None = None):
        if isinstance(all_label, QWidget):  # promoted in a Designer form, uic passes the parent only
            all_label, parent = None, all_label
        super().__init__(parent)
        self._all_label = all_label
        self.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.currentIndexChanged.connect(lambda _i: self.code_changed.emit(self.code()))
        if all_label is not None:
            self.addItem(all_label, None)

    def set_all_label(self, text: str) -> None:
        """Lead the choices with an "all" entry (code None) called ``text``, or rename it (the
        language changed); a new entry is selected, as it is when given to the constructor."""
        if self._all_label is None:
            self.blockSignals(True)
            self.insertItem(0, text, None)
            self.setCurrentIndex(0)
            self.blockSignals(False)
        else:
            self.setItemText(0, text)
        self._all_label = text

    def set_choices(self, choices: Iterable[tuple[str, str]]) -> None:
        """Replace the choices, keeping the selection when it is still offered."""
        keep = self.code()
        self.blockSignals(True)
        self.clear()
        if self._all_label is not None:
            self.addItem(self._all_label, None)
        for code, label in choices:
            self.addItem(label, code)
        self._select(keep)
        self.blockSignals(False)
        if self.code() != keep:
            self.code_changed.emit(self.code())

    def make_searchable(self, placeholder: str) -> None:
        """Type any part of a name ("Garut") to find it: a popup lists the matches, and Enter or
        leaving the box picks the one that matches. Until then ``code()`` is None."""
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchContains)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setCompletionMode(QCompleter.PopupCompletion)
        completer.activated.connect(lambda text: self._pick_typed(text))
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(placeholder)
        self.lineEdit().editingFinished.connect(lambda: self._pick_typed(self.lineEdit().text()))
        self.lineEdit().textEdited.connect(lambda _t: self.code_changed.emit(self.code()))
        self.installEventFilter(self)
        self.lineEdit().installEventFilter(self)
        self.setCurrentIndex(-1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter after typing "garut" picks Kabupaten Garut and stops there; it must not also
        # press the dialog's default button. Enter on a picked name goes on as usual.
        if watched in (self, self.lineEdit()) and self.code() is None and self.lineEdit().text().strip():
            if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter):
                self._pick_typed(self.lineEdit().text())
                return True
            if event.type() == QEvent.FocusOut or (event.type() == QEvent.KeyPress
                                                   and event.key() in (Qt.Key_Tab, Qt.Key_Backtab)):
                self._pick_typed(self.lineEdit().text())  # leaving the box picks too
        return super().eventFilter(watched, event)

    def matches(self, text: str) -> list[int]:
        """Rows whose label equals ``text``, else rows whose label contains it (any case)."""
        wanted = " ".join(text.split()).casefold()
        if not wanted:
            return []
        labels = [self.itemText(i).casefold() for i in range(self.count())]
        exact = [i for i, label in enumerate(labels) if label == wanted]
        return exact or [i for i, label in enumerate(labels) if wanted in label]

    def _pick_typed(self, text: str) -> None:
        found = self.matches(text)
        if len(found) == 1:
            self.setCurrentIndex(found[0])
            self.setEditText(self.itemText(found[0]))
            self.code_changed.emit(self.code())  # the index signal came before the text was set

    def code(self) -> str | None:
        if self.currentIndex() < 0:
            return None
        if self.isEditable() and self.lineEdit().text() != self.itemText(self.currentIndex()):
            return None  # something else has been typed and not picked yet
        return self.currentData()

    def set_code(self, code: str | None) -> bool:
        """Select ``code`` (None = the "all" entry); False when it is not offered."""
        return self._select(code)

    def _select(self, code: str | None) -> bool:
        for i in range(self.count()):
            if self.itemData(i) == code:
                self.setCurrentIndex(i)
                return True
        if self.count():
            self.setCurrentIndex(0)
        return False


class RegencyCombo(CodeCombo):
    """The 27 kab/kota of West Java in official code order."""

    def __init__(self, all_label: str | QWidget | None = None, parent: QWidget | None = None):
        super().__init__(all_label, parent)
        g = gazetteer()
        self.set_choices((r.code, r.name) for r in sorted(g.regencies.values(), key=lambda r: r.code))


class DistrictCombo(CodeCombo):
    """Kecamatan of one kab/kota (by name); empty and disabled until a kab/kota is chosen."""

    def __init__(self, all_label: str | QWidget | None = None, parent: QWidget | None = None):
        super().__init__(all_label, parent)
        self.setEnabled(False)

    def set_regency(self, regency_code: str | None) -> None:
        districts = gazetteer().districts_of(regency_code) if regency_code else []
        self.set_choices((d.code, d.name) for d in sorted(districts, key=lambda d: d.name))
        self.setEnabled(bool(districts))

    def follow(self, regencies: RegencyCombo) -> None:
        """Keep this combo's kecamatan in step with ``regencies``."""
        regencies.code_changed.connect(self.set_regency)
        self.set_regency(regencies.code())
