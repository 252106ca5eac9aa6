"""Combo boxes over codes: a generic (code, label) combo and the West Java region combos.

``code()`` returns the selected code, or None for the leading "Semua ..." entry when there is one.
Other screens (Kehadiran, Hasil, Cetak) reuse these for their filters.
"""
from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from opop_desktop.core.regions import gazetteer


class CodeCombo(QComboBox):
    """(code, label) choices, optionally led by an "all" entry whose code is None."""

    code_changed = Signal(object)

    def __init__(self, all_label: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._all_label = all_label
        self.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.currentIndexChanged.connect(lambda _i: self.code_changed.emit(self.code()))
        if all_label is not None:
            self.addItem(all_label, None)

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

    def code(self) -> str | None:
        return self.currentData() if self.currentIndex() >= 0 else None

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

    def __init__(self, all_label: str | None = None, parent: QWidget | None = None):
        super().__init__(all_label, parent)
        g = gazetteer()
        self.set_choices((r.code, r.name) for r in sorted(g.regencies.values(), key=lambda r: r.code))


class DistrictCombo(CodeCombo):
    """Kecamatan of one kab/kota (by name); empty and disabled until a kab/kota is chosen."""

    def __init__(self, all_label: str | None = None, parent: QWidget | None = None):
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
