"""One panel's jurors (assign existing / create new; conflicts checked by the service) and its
order of appearance (add from the venue's kab/kota — only those who passed the previous stage,
or administration for stage 1 — move up/down)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from opop_desktop.core.services import invitations, setup

from ..forms.ui_setup_panel_detail import Ui_PanelDetail
from ..icons import icon
from ..table_model import Column, RowTableModel
from .common import SetupTab, element_label, make_view, select_where, selected
from .dialogs import AddPesantrenDialog, AssignJurorDialog, JurorDialog

RIGHT = Qt.AlignRight | Qt.AlignVCenter


class PanelDetail(SetupTab):
    """Shown beside the venue/panel lists; ``set_panel`` chooses what it shows."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.panel: setup.PanelInfo | None = None
        self.regency_codes: list[str] = []
        self.form = Ui_PanelDetail()
        self.form.setupUi(self)
        self.title = self.form.title_label
        self.title.setObjectName("panel_title")
        self.juror_model = RowTableModel([
            Column("name"), Column("institution"),
            Column("element", fmt=element_label),
            Column("warning", tooltip=lambda r: r.warning)])
        self.juror_view = make_view(self.juror_model, "panel_jurors", view=self.form.juror_view)
        self.slot_model = RowTableModel([
            Column("position", align=RIGHT), Column("time_slot"),
            Column("pesantren_name"), Column("nspp")])
        self.slot_view = make_view(self.slot_model, "panel_slots", stretch=2, view=self.form.slot_view)
        f = self.form
        self.assign_button, self.new_juror_button = f.assign_button, f.new_juror_button
        self.add_pesantren_button, self.time_button = f.add_pesantren_button, f.time_button
        self.up_button, self.down_button = f.up_button, f.down_button
        for button, name in ((self.assign_button, "user-check"), (self.new_juror_button, "add"),
                             (self.add_pesantren_button, "add"), (self.time_button, "edit")):
            button.setIcon(icon(name))
        f.detail_layout.addWidget(self.status_line)

        self.assign_button.clicked.connect(self.assign_existing)
        self.new_juror_button.clicked.connect(self.create_and_assign)
        self.add_pesantren_button.clicked.connect(self.add_pesantren)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(+1))
        self.time_button.clicked.connect(self.edit_time_slot)
        self.slot_view.activated.connect(lambda _i: self.edit_time_slot())
        self.slot_view.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.retitle()
        self.set_panel(None, [])

    def column_titles(self):
        return [
            (self.juror_model, [self.tr("Juri"), self.tr("Instansi"), self.tr("Unsur"),
                                self.tr("Peringatan konflik")]),
            (self.slot_model, [self.tr("Urutan"), self.tr("Jam"), self.tr("Pesantren"), self.tr("NSPP")]),
        ]

    def set_panel(self, panel: setup.PanelInfo | None, regency_codes: list[str]) -> None:
        if (panel.id if panel else None) != (self.panel.id if self.panel else None):
            self.say("")
        self.panel, self.regency_codes = panel, regency_codes
        self.retranslate_texts()
        self.reload()

    def retranslate_texts(self) -> None:
        panel = self.panel
        self.title.setText(f"<b>{panel.venue_name} — {panel.name}</b>" if panel
                           else self.tr("Pilih sebuah panel untuk melihat juri dan urutan tampilnya."))

    def update_buttons(self) -> None:
        has = self.panel is not None and self.editable
        for b in (self.assign_button, self.new_juror_button, self.add_pesantren_button):
            b.setEnabled(has)
        slot = selected(self.slot_view, self.slot_model)
        rows = self.slot_model.rows
        self.up_button.setEnabled(has and slot is not None and slot is not rows[0])
        self.down_button.setEnabled(has and slot is not None and slot is not rows[-1])
        self.time_button.setEnabled(has and slot is not None)

    def reload(self) -> None:
        if self.panel is None:
            self.juror_model.set_rows([])
            self.slot_model.set_rows([])
            self.update_buttons()
            return
        panel_id = self.panel.id
        self.load(lambda s, _t: (setup.panel_jurors(s, panel_id), setup.panel_slots(s, panel_id)), self._show)

    def _show(self, loaded) -> None:
        jurors, slots = loaded
        keep = selected(self.slot_view, self.slot_model)
        self.juror_model.set_rows([_JurorRow(pj.juror.id, pj.juror.name, pj.juror.institution,
                                             pj.juror.element, pj.warning.replace("\n", " "))
                                   for pj in jurors])
        self.slot_model.set_rows(slots)
        if keep is not None:
            select_where(self.slot_view, self.slot_model, "id", keep.id)
        self.update_buttons()

    # ------------------------------------------------------------------ jurors
    def _assigned(self, result: setup.AssignResult, name: str) -> None:
        if result.warnings:
            self.say(self.tr("{0} ditugaskan dengan peringatan (tercatat): {1}").format(
                name, " ".join(str(w) for w in result.warnings)), warning=True)
        else:
            self.say(self.tr("{0} ditugaskan ke panel.").format(name))

    def assign_existing(self) -> None:
        if self.panel is None:
            return
        on_panel = {r.juror_id for r in self.juror_model.rows}
        scope = self.scope()
        self.load(lambda s, _t: [j for j in setup.list_jurors(s, scope) if j.id not in on_panel],
                  self._choose_juror)

    def _choose_juror(self, jurors) -> None:
        dlg = AssignJurorDialog(jurors, self)
        if not self.open_dialog(dlg) or dlg.juror.currentData() is None:
            return
        juror_id, name = dlg.juror.currentData(), dlg.juror.currentText().split(" (")[0]
        panel_id, actor = self.panel.id, self.actor()
        self.change(lambda s, _t: setup.assign_juror(s, actor, panel_id=panel_id, juror_id=juror_id),
                    lambda res: self._assigned(res, name))

    def create_and_assign(self) -> None:
        if self.panel is None:
            return
        dlg = JurorDialog(self)
        if not self.open_dialog(dlg):
            return
        name, inst, element = dlg.name.text(), dlg.institution.text().strip(), dlg.element.currentData()
        phone, panel_id, actor = dlg.phone.text().strip(), self.panel.id, self.actor()
        regency = self.regency_codes[0] if len(self.regency_codes) == 1 else None

        def op(s, _t):
            j = setup.create_juror(s, actor, name=name, institution=inst, element=element, phone=phone,
                                   regency_code=regency)
            return setup.assign_juror(s, actor, panel_id=panel_id, juror_id=j.id)
        self.change(op, lambda res: self._assigned(res, name.strip()))

    # ------------------------------------------------------------------ order of appearance
    def add_pesantren(self) -> None:
        if self.panel is None:
            return
        stage, codes = self.panel.stage_id, list(self.regency_codes)
        self.load(lambda s, _t: invitations.invitable_pesantren(s, stage, codes), self._choose_pesantren)

    def _choose_pesantren(self, candidates) -> None:
        dlg = AddPesantrenDialog(candidates, self)
        if not self.open_dialog(dlg) or dlg.pesantren_id() is None:
            return
        pid, time_slot = dlg.pesantren_id(), dlg.time_slot.text().strip()
        name = next(p.name for p in candidates if p.id == pid)
        panel_id, actor = self.panel.id, self.actor()

        def done(res):
            if res.warnings:
                self.say(self.tr("{0} ditambahkan dengan peringatan (tercatat): {1}").format(
                    name, " ".join(str(w) for w in res.warnings)), warning=True)
            else:
                self.say(self.tr("{0} ditambahkan ke urutan tampil.").format(name))
        self.change(lambda s, _t: setup.add_pesantren(s, actor, panel_id=panel_id, pesantren_id=pid,
                                                      time_slot=time_slot), done)

    def move(self, delta: int) -> None:
        slot = selected(self.slot_view, self.slot_model)
        if slot is None:
            return
        actor = self.actor()
        self.change(lambda s, _t: setup.move_slot(s, actor, slot.id, delta))

    def edit_time_slot(self) -> None:
        slot = selected(self.slot_view, self.slot_model)
        if slot is None or not self.editable:
            return
        text = self.ask_text(self, self.tr("Jam tampil"),
                             self.tr("Jam tampil {0} (mis. 09:30):").format(slot.pesantren_name))
        if text is None:
            return
        actor = self.actor()
        self.change(lambda s, _t: setup.set_time_slot(s, actor, slot.id, text))


class _JurorRow:
    def __init__(self, juror_id, name, institution, element, warning):
        self.juror_id, self.name, self.institution = juror_id, name, institution
        self.element, self.warning = element, warning

