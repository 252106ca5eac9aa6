"""Lokasi & panel: the venues of the chosen stage, their panels, and the selected panel's detail."""
from __future__ import annotations

from PySide6.QtCore import Qt

from opop_desktop.core.regions import gazetteer
from opop_desktop.core.services import setup

from ..forms.ui_setup_venues import Ui_VenuesTab
from ..icons import icon
from ..table_model import Column, RowTableModel
from .common import SetupTab, make_view, select_where, selected
from .dialogs import PanelDialog, VenueDialog
from .panels_tab import PanelDetail

RIGHT = Qt.AlignRight | Qt.AlignVCenter


def _regencies(codes: list[str]) -> str:
    g = gazetteer()
    return ", ".join(g.regency_name(c) for c in codes)


def _date(d) -> str:
    return d.strftime("%d-%m-%Y") if d else ""


class VenuesTab(SetupTab):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.venue_model = RowTableModel([
            Column("name"), Column("event_date", fmt=_date),
            Column("regency_codes", fmt=_regencies),
            Column("address"),
            Column("panel_count", align=RIGHT)])
        self.form = Ui_VenuesTab()
        self.form.setupUi(self)
        self.venue_view = make_view(self.venue_model, "venues", stretch=0, view=self.form.venue_view)
        self.add_venue_button = self.form.add_venue_button
        self.panel_model = RowTableModel([
            Column("name"), Column("juror_count", align=RIGHT),
            Column("pesantren_count", align=RIGHT)])
        self.panel_view = make_view(self.panel_model, "panels", stretch=0, view=self.form.panel_view)
        self.add_panel_button = self.form.add_panel_button
        self.add_venue_button.setIcon(icon("add"))
        self.add_panel_button.setIcon(icon("add"))
        self.detail = PanelDetail(ctx)
        self.form.detail_layout.addWidget(self.detail)
        self.form.split.setStretchFactor(0, 1)
        self.form.split.setStretchFactor(1, 1)
        self.form.tab_layout.addWidget(self.status_line)

        self.venue_view.selectionModel().selectionChanged.connect(lambda *_: self._venue_chosen())
        self.panel_view.selectionModel().selectionChanged.connect(lambda *_: self._panel_chosen())
        self.add_venue_button.clicked.connect(self.add_venue)
        self.add_panel_button.clicked.connect(self.add_panel)
        self.retitle()

    def column_titles(self):
        return [
            (self.venue_model, [self.tr("Lokasi"), self.tr("Tanggal"), self.tr("Kab/kota dilayani"),
                                self.tr("Alamat"), self.tr("Panel")]),
            (self.panel_model, [self.tr("Panel"), self.tr("Juri"), self.tr("Pesantren")]),
        ]

    def retranslate_texts(self) -> None:
        self.detail.retranslate()

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.detail.set_editable(editable)

    def update_buttons(self) -> None:
        self.add_venue_button.setEnabled(self.editable and self.stage_id is not None)
        self.add_panel_button.setEnabled(self.editable and self.venue() is not None)

    def venue(self) -> setup.VenueInfo | None:
        return selected(self.venue_view, self.venue_model)

    def panel(self) -> setup.PanelInfo | None:
        return selected(self.panel_view, self.panel_model)

    # ------------------------------------------------------------------ loading
    def reload(self, keep_venue: str | None = None, keep_panel: str | None = None) -> None:
        """Reload; ``keep_*`` ask for a new venue/panel to be selected once loaded (a later
        refresh triggered by the same change keeps whatever is selected by then)."""
        if keep_venue:
            self._pending = (keep_venue, keep_panel)
        stage = self.stage_id
        if stage is None:
            self.venue_model.set_rows([])
            self._venue_chosen()
            return
        scope = self.scope()
        self.load(lambda s, _t: (setup.list_venues(s, stage, regency_code=scope),
                                 setup.list_panels(s, stage_id=stage, regency_code=scope)),
                  self._show)

    def _show(self, loaded) -> None:
        venues, panels = loaded
        keep_venue, keep_panel = getattr(self, "_pending", None) or (
            self.venue().id if self.venue() else None, self.panel().id if self.panel() else None)
        self._pending = None
        self._panels = panels
        self.venue_view.selectionModel().blockSignals(True)
        self.venue_model.set_rows(venues)
        self.venue_view.selectionModel().blockSignals(False)
        if keep_venue:
            select_where(self.venue_view, self.venue_model, "id", keep_venue)
        if self.venue() is None and venues:
            self.venue_view.selectRow(0)
        self._venue_chosen(keep_panel)

    def _venue_chosen(self, keep_panel: str | None = None) -> None:
        venue = self.venue()
        panels = [p for p in getattr(self, "_panels", []) if venue and p.venue_id == venue.id]
        keep_panel = keep_panel or (self.panel().id if self.panel() else None)
        self.panel_view.selectionModel().blockSignals(True)
        self.panel_model.set_rows(panels)
        self.panel_view.selectionModel().blockSignals(False)
        if keep_panel:
            select_where(self.panel_view, self.panel_model, "id", keep_panel)
        if self.panel() is None and panels:
            self.panel_view.selectRow(0)
        self._panel_chosen()

    def _panel_chosen(self) -> None:
        venue = self.venue()
        self.detail.set_panel(self.panel(), venue.regency_codes if venue else [])
        self.update_buttons()

    # ------------------------------------------------------------------ changes
    def add_venue(self) -> None:
        user = self.ctx.user
        dlg = VenueDialog(self, preset_regency=user.regency_code if user else None)
        if not self.open_dialog(dlg):
            return
        stage, actor = self.stage_id, self.actor()
        name, address, day, codes = dlg.name.text(), dlg.address.text().strip(), dlg.date_value(), \
            dlg.regency_codes()
        self.change(lambda s, _t: setup.create_venue(s, actor, stage_id=stage, name=name, address=address,
                                                     event_date=day, regency_codes=codes),
                    lambda v: (self.say(self.tr("Lokasi {0} ditambahkan.").format(v.name)),
                               self.reload(keep_venue=v.id)))

    def add_panel(self) -> None:
        venue = self.venue()
        if venue is None:
            return
        dlg = PanelDialog(venue.name, self)
        if not self.open_dialog(dlg):
            return
        name, actor = dlg.name.text(), self.actor()
        self.change(lambda s, _t: setup.create_panel(s, actor, venue_id=venue.id, name=name),
                    lambda p: (self.say(self.tr("{0} ditambahkan di {1}.").format(p.name, venue.name)),
                               self.reload(keep_venue=venue.id, keep_panel=p.id)))
