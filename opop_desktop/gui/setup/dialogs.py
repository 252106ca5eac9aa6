"""Dialogs of the Lokasi & panel tab: venue, panel, juror, assignment, order of appearance."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QVBoxLayout,
)

from opop_desktop.core.models import JUROR_ELEMENTS
from opop_desktop.core.regions import gazetteer

from .common import element_label


def _buttons(dlg: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    box.accepted.connect(dlg.accept)
    box.rejected.connect(dlg.reject)
    return box


class VenueDialog(QDialog):
    """Name, address, date and the kab/kota the venue serves (one or more, ticked)."""

    def __init__(self, parent=None, *, preset_regency: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lokasi audisi baru"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.address = QLineEdit()
        self.event_date = QDateEdit(QDate.currentDate())
        self.event_date.setCalendarPopup(True)
        self.event_date.setDisplayFormat("dd-MM-yyyy")
        self.regencies = QListWidget()
        self.regencies.setObjectName("venue_regencies")
        self.regencies.setMinimumHeight(160)
        for r in sorted(gazetteer().regencies.values(), key=lambda r: r.code):
            item = QListWidgetItem(r.name)
            item.setData(Qt.UserRole, r.code)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if r.code == preset_regency else Qt.Unchecked)
            self.regencies.addItem(item)
        for label, widget in ((self.tr("&Nama lokasi:"), self.name), (self.tr("&Alamat:"), self.address),
                              (self.tr("&Tanggal:"), self.event_date),
                              (self.tr("&Kab/kota dilayani:"), self.regencies)):
            form.addRow(label, widget)
        form.addRow(_buttons(self))

    def check_regency(self, code: str) -> None:
        for i in range(self.regencies.count()):
            item = self.regencies.item(i)
            if item.data(Qt.UserRole) == code:
                item.setCheckState(Qt.Checked)

    def regency_codes(self) -> list[str]:
        return [self.regencies.item(i).data(Qt.UserRole) for i in range(self.regencies.count())
                if self.regencies.item(i).checkState() == Qt.Checked]

    def date_value(self) -> date:
        return self.event_date.date().toPython()


class PanelDialog(QDialog):
    def __init__(self, venue_name: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Panel baru"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Lokasi: {0}").format(venue_name)))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("mis. Ruang 1"))
        form.addRow(self.tr("&Nama panel / ruang:"), self.name)
        form.addRow(_buttons(self))


class JurorDialog(QDialog):
    """A new juror: name, institution, element (academic … media), phone."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Juri baru"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.institution = QLineEdit()
        self.element = QComboBox()
        for code in JUROR_ELEMENTS:
            self.element.addItem(element_label(code), code)
        self.phone = QLineEdit()
        form.addRow(self.tr("&Nama:"), self.name)
        form.addRow(self.tr("&Instansi:"), self.institution)
        form.addRow(self.tr("&Unsur:"), self.element)
        form.addRow(self.tr("&Telepon:"), self.phone)
        form.addRow(_buttons(self))


class AssignJurorDialog(QDialog):
    """Choose an existing juror (those already on the panel are not offered)."""

    def __init__(self, jurors, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tugaskan juri"))
        form = QFormLayout(self)
        self.juror = QComboBox()
        self.juror.setObjectName("juror_choice")
        for j in jurors:
            extra = ", ".join(t for t in (j.institution, element_label(j.element)) if t)
            self.juror.addItem(f"{j.name} ({extra})" if extra else j.name, j.id)
        form.addRow(self.tr("&Juri:"), self.juror)
        if not jurors:
            form.addRow(QLabel(self.tr("Belum ada juri lain. Gunakan \"Juri baru\".")))
        form.addRow(_buttons(self))


class AddPesantrenDialog(QDialog):
    """Searchable list of the venue's pesantren not yet in a panel, and a time slot."""

    def __init__(self, candidates, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tambah pesantren ke urutan tampil"))
        self.resize(560, 480)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.search = QLineEdit()
        self.search.setObjectName("pesantren_search")
        self.search.setPlaceholderText(self.tr("Nama, NSPP atau nomor pendaftaran"))
        self.search.setClearButtonEnabled(True)
        form.addRow(self.tr("&Cari:"), self.search)
        lay.addLayout(form)
        self.list = QListWidget()
        self.list.setObjectName("pesantren_candidates")
        for p in candidates:
            item = QListWidgetItem(f"{p.name} — {p.nspp or p.reg_number} ({p.district_name})")
            item.setData(Qt.UserRole, p.id)
            item.setData(Qt.UserRole + 1, f"{p.name} {p.nspp or ''} {p.reg_number}".lower())
            self.list.addItem(item)
        lay.addWidget(self.list, 1)
        if not candidates:
            lay.addWidget(QLabel(self.tr("Tidak ada pesantren kab/kota lokasi ini yang dapat diundang: semua "
                                             "sudah ada di sebuah panel, atau belum ada yang lolos tahap "
                                             "sebelumnya (hasil disahkan provinsi).")))
        form2 = QFormLayout()
        self.time_slot = QLineEdit()
        self.time_slot.setPlaceholderText(self.tr("mis. 09:30"))
        self.time_slot.setMaxLength(20)
        form2.addRow(self.tr("&Jam tampil:"), self.time_slot)
        lay.addLayout(form2)
        lay.addWidget(_buttons(self))
        self.search.textChanged.connect(self._filter)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        if self.list.count():
            self.list.setCurrentRow(0)

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hide = not all(w in item.data(Qt.UserRole + 1) for w in words)
            item.setHidden(hide)
            if not hide and first is None:
                first = i
        if first is not None:
            self.list.setCurrentRow(first)

    def pesantren_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item is not None and not item.isHidden() else None
