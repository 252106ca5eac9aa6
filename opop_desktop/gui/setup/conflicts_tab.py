"""Konflik kepentingan: the registry of juror ↔ pesantren / kecamatan conflicts (hard or soft)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialog

from opop_desktop.core.models import CONFLICT_KINDS
from opop_desktop.core.regions import gazetteer
from opop_desktop.core.services import conflicts_of_interest as coi
from opop_desktop.core.services import setup
from opop_desktop.core.services.registrants import list_pesantren

from ..forms.ui_conflict_dialog import Ui_ConflictDialog
from ..forms.ui_setup_conflicts import Ui_ConflictsTab
from ..icons import icon
from ..table_model import Column, RowTableModel
from ..widgets.combos import DistrictCombo, RegencyCombo
from .common import SetupTab, make_view, selected
from .dialogs import use_form


class ConflictDialog(QDialog):
    """New conflict (juror, pesantren or kecamatan, kind, severity, note) or, with ``existing``,
    an edit of kind / severity / note only."""

    def __init__(self, jurors, pesantren, kind_labels, severity_labels, parent=None, existing=None):
        super().__init__(parent)
        form = use_form(self, Ui_ConflictDialog)
        self.form = form
        self.setWindowTitle(self.tr("Ubah konflik kepentingan") if existing else
                            self.tr("Konflik kepentingan baru"))
        self.juror, self.target, self.pesantren = form.juror, form.target, form.pesantren
        self.where, self.kind, self.severity, self.note = form.where, form.kind, form.severity, form.note
        for j in jurors:
            self.juror.addItem(j.name, j.id)
        self.target.setItemData(0, "pesantren")
        self.target.setItemData(1, "district")
        for p in pesantren:
            self.pesantren.addItem(f"{p.name} — {p.nspp or p.reg_number}", p.id)
        completer = self.pesantren.completer()
        completer.setFilterMode(Qt.MatchContains)
        completer.setCompletionMode(QCompleter.PopupCompletion)
        self.regency = RegencyCombo()
        self.district = DistrictCombo()
        self.district.follow(self.regency)
        form.district_layout.addWidget(self.regency)
        form.district_layout.addWidget(self.district, 1)
        self.where.setMaximumHeight(self.pesantren.sizeHint().height() + 6)
        for code in CONFLICT_KINDS:
            self.kind.addItem(kind_labels[code], code)
        for code in ("hard", "soft"):
            self.severity.addItem(severity_labels[code], code)
        self.target.currentIndexChanged.connect(lambda i: self.where.setCurrentIndex(i))
        if existing is not None:
            self.juror.setCurrentIndex(max(0, self.juror.findData(existing.juror_id)))
            for w in (self.juror, self.target, self.where):
                w.setEnabled(False)
            self.kind.setCurrentIndex(max(0, self.kind.findData(existing.kind)))
            self.severity.setCurrentIndex(max(0, self.severity.findData(existing.severity)))
            self.note.setText(existing.note)

    def pesantren_id(self) -> str | None:
        index = self.pesantren.findText(self.pesantren.currentText())
        return self.pesantren.itemData(index) if index >= 0 else None

    def values(self) -> dict:
        by_district = self.target.currentData() == "district"
        return {"juror_id": self.juror.currentData(),
                "pesantren_id": None if by_district else self.pesantren_id(),
                "district_code": self.district.code() if by_district else None,
                "kind": self.kind.currentData(), "severity": self.severity.currentData(),
                "note": self.note.text().strip()}


class ConflictsTab(SetupTab):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.retranslate_texts()
        self.model = RowTableModel([
            Column("juror_name"), Column("target"),
            Column("kind", fmt=lambda k: self.kind_labels.get(k, k)),
            Column("severity", fmt=lambda k: self.severity_labels.get(k, k)),
            Column("note")])
        self.form = Ui_ConflictsTab()
        self.form.setupUi(self)
        self.view = make_view(self.model, "conflicts", view=self.form.view)
        self.add_button, self.edit_button = self.form.add_button, self.form.edit_button
        self.delete_button = self.form.delete_button
        self.form.buttons_row.insertWidget(0, self.status_line, 1)
        for button, name in ((self.add_button, "add"), (self.edit_button, "edit"),
                             (self.delete_button, "delete")):
            button.setIcon(icon(name))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.view.activated.connect(lambda _i: self.edit())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.retitle()
        self.update_buttons()

    def retranslate_texts(self) -> None:
        self.kind_labels = {"alumnus": self.tr("alumni"), "family": self.tr("keluarga"),
                            "business_partner": self.tr("mitra usaha"),
                            "same_yayasan": self.tr("yayasan yang sama"), "other": self.tr("lainnya")}
        self.severity_labels = {"hard": self.tr("berat (ditolak)"), "soft": self.tr("ringan (peringatan)")}

    def column_titles(self):
        return [
            (self.model, [self.tr("Juri"), self.tr("Pesantren / kecamatan"), self.tr("Jenis"),
                          self.tr("Tingkat"), self.tr("Catatan")]),
        ]

    def update_buttons(self) -> None:
        has = selected(self.view, self.model) is not None
        self.add_button.setEnabled(self.editable)
        self.edit_button.setEnabled(self.editable and has)
        self.delete_button.setEnabled(self.editable and has)

    def reload(self) -> None:
        scope = self.scope()
        self.load(lambda s, _t: coi.list_conflicts(s, regency_code=scope), self._show)

    def _show(self, rows) -> None:
        g = gazetteer()
        for r in rows:
            r.target = r.pesantren_name or (self.tr("kecamatan {0}").format(g.district_name(r.district_code))
                                            if r.district_code else "")
        self.model.set_rows(rows)
        self.update_buttons()

    def add(self) -> None:
        scope = self.scope()
        self.load(lambda s, _t: (setup.list_jurors(s, scope), list_pesantren(s, regency_code=scope)),
                  self._ask_new)

    def _dialog(self, jurors, pesantren, existing=None) -> ConflictDialog:
        return ConflictDialog(jurors, pesantren, self.kind_labels, self.severity_labels, self, existing)

    def _ask_new(self, loaded) -> None:
        dlg = self._dialog(*loaded)
        if not self.open_dialog(dlg):
            return
        values, actor = dlg.values(), self.actor()
        self.change(lambda s, _t: coi.add_conflict(s, actor, **values),
                    lambda c: self.say(self.tr("Konflik {0} tercatat.").format(c.juror_name)))

    def edit(self) -> None:
        row = selected(self.view, self.model)
        if row is None or not self.editable:
            return
        scope = self.scope()
        self.load(lambda s, _t: (setup.list_jurors(s, scope), []), lambda loaded: self._ask_edit(loaded, row))

    def _ask_edit(self, loaded, row) -> None:
        dlg = self._dialog(*loaded, existing=row)
        if not self.open_dialog(dlg):
            return
        v, actor = dlg.values(), self.actor()
        self.change(lambda s, _t: coi.update_conflict(s, actor, row.id, kind=v["kind"],
                                                        severity=v["severity"], note=v["note"]),
                    lambda c: self.say(self.tr("Konflik {0} diubah.").format(c.juror_name)))

    def delete(self) -> None:
        row = selected(self.view, self.model)
        if row is None:
            return
        reason = self.ask_text(self, self.tr("Hapus konflik kepentingan"),
                               self.tr("Alasan menghapus konflik {0} — {1}:").format(row.juror_name,
                                                                                    row.target))
        if reason is None:
            return
        actor = self.actor()
        self.change(lambda s, _t: coi.delete_conflict(s, actor, row.id, reason=reason),
                    lambda _r: self.say(self.tr("Konflik dihapus.")))
