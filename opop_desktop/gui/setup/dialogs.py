"""Dialogs of the Lokasi & panel tab: venue, panel, juror, assignment, order of appearance.
Their layouts are the Designer forms ui/*_dialog.ui."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem

from opop_desktop.core.models import JUROR_ELEMENTS
from opop_desktop.core.regions import gazetteer

from ..forms.ui_add_pesantren_dialog import Ui_AddPesantrenDialog
from ..forms.ui_assign_juror_dialog import Ui_AssignJurorDialog
from ..forms.ui_juror_dialog import Ui_JurorDialog
from ..forms.ui_panel_dialog import Ui_PanelDialog
from ..forms.ui_venue_dialog import Ui_VenueDialog
from .common import element_label


def use_form(dlg: QDialog, form_class):
    """Lay ``dlg`` out from its form; the form's OK/Batal buttons accept and reject it."""
    form = form_class()
    form.setupUi(dlg)
    form.buttons.accepted.connect(dlg.accept)
    form.buttons.rejected.connect(dlg.reject)
    return form


class VenueDialog(QDialog):
    """Name, address, date and the kab/kota the venue serves (one or more, ticked)."""

    def __init__(self, parent=None, *, preset_regency: str | None = None):
        super().__init__(parent)
        self.form = use_form(self, Ui_VenueDialog)
        self.name, self.address, self.event_date = self.form.name, self.form.address, self.form.event_date
        self.event_date.setDate(QDate.currentDate())
        self.regencies = self.form.regencies
        self.regencies.setObjectName("venue_regencies")
        for r in sorted(gazetteer().regencies.values(), key=lambda r: r.code):
            item = QListWidgetItem(r.name)
            item.setData(Qt.UserRole, r.code)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if r.code == preset_regency else Qt.Unchecked)
            self.regencies.addItem(item)

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
        self.form = use_form(self, Ui_PanelDialog)
        self.form.venue_label.setText(self.tr("Lokasi: {0}").format(venue_name))
        self.name = self.form.name


class JurorDialog(QDialog):
    """A new juror: name, institution, element (academic … media), phone."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = use_form(self, Ui_JurorDialog)
        self.name, self.institution, self.phone = self.form.name, self.form.institution, self.form.phone
        self.element = self.form.element
        for code in JUROR_ELEMENTS:
            self.element.addItem(element_label(code), code)


class AssignJurorDialog(QDialog):
    """Choose an existing juror (those already on the panel are not offered)."""

    def __init__(self, jurors, parent=None):
        super().__init__(parent)
        self.form = use_form(self, Ui_AssignJurorDialog)
        self.juror = self.form.juror
        self.juror.setObjectName("juror_choice")
        for j in jurors:
            extra = ", ".join(t for t in (j.institution, element_label(j.element)) if t)
            self.juror.addItem(f"{j.name} ({extra})" if extra else j.name, j.id)
        self.form.none_label.setVisible(not jurors)


class AddPesantrenDialog(QDialog):
    """Searchable list of the venue's pesantren not yet in a panel, and a time slot."""

    def __init__(self, candidates, parent=None):
        super().__init__(parent)
        self.form = use_form(self, Ui_AddPesantrenDialog)
        self.resize(560, 480)
        self.search, self.list, self.time_slot = self.form.search, self.form.list, self.form.time_slot
        self.search.setObjectName("pesantren_search")
        self.list.setObjectName("pesantren_candidates")
        for p in candidates:
            item = QListWidgetItem(f"{p.name} — {p.nspp or p.reg_number} ({p.district_name})")
            item.setData(Qt.UserRole, p.id)
            item.setData(Qt.UserRole + 1, f"{p.name} {p.nspp or ''} {p.reg_number}".lower())
            self.list.addItem(item)
        self.form.none_label.setVisible(not candidates)
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
