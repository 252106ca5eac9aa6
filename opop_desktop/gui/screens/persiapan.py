"""Persiapan: the audition set-up for admins and kab/kota coordinators.

Tabs (each its own module under gui/setup/): Lokasi & panel (venues, panels, jurors, order of
appearance), Konflik kepentingan, Rubrik, Akun pengguna (admins only). Everyone may look; only
an admin or coordinator may change anything — the tabs turn read-only otherwise.
"""
from __future__ import annotations

from opop_desktop.core import permissions
from opop_desktop.core.errors import NotFoundError
from opop_desktop.core.services.programme import current_programme

from ..forms.ui_persiapan import Ui_PersiapanScreen
from ..setup.accounts_tab import AccountsTab
from ..setup.conflicts_tab import ConflictsTab
from ..setup.rubric_tab import RubricTab
from ..setup.venues_tab import VenuesTab
from .base import Screen


class PersiapanScreen(Screen):
    key = "persiapan"
    watches = frozenset({"setup", "accounts", "pesantren", "programme"})
    _stage_numbers: list[int] = []

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        form = self.use_form(Ui_PersiapanScreen)
        self.stage_combo, self.tabs = form.stage_combo, form.setup_tabs
        self.permission_label = form.permission_label
        self.venues_tab = VenuesTab(ctx)
        self.conflicts_tab = ConflictsTab(ctx)
        self.rubric_tab = RubricTab(ctx)
        self.accounts_tab = AccountsTab(ctx)
        for page, tab in ((form.venues_page, self.venues_tab), (form.conflicts_page, self.conflicts_tab),
                          (form.rubric_page, self.rubric_tab), (form.accounts_page, self.accounts_tab)):
            page.layout().addWidget(tab)
        self.stage_combo.currentIndexChanged.connect(lambda _i: self._stage_chosen())
        ctx.users.user_changed.connect(self._user_changed)  # a bound method: dropped with the screen
        self._apply_user()

    def retranslate_texts(self) -> None:
        for i in range(self.stage_combo.count()):
            self.stage_combo.setItemText(i, self.tr("Tahap {0}").format(self._stage_numbers[i]))
        self._apply_user()
        for tab in self.all_tabs():
            tab.retranslate()

    def title(self) -> str:
        return self.tr("Persiapan")

    def all_tabs(self):
        return (self.venues_tab, self.conflicts_tab, self.rubric_tab, self.accounts_tab)

    def _user_changed(self, _user) -> None:
        self._apply_user()

    def _apply_user(self) -> None:
        user = self.ctx.user
        can_manage = permissions.allowed(user, "setup.manage")
        self.permission_label.set_state(
            "" if can_manage else "locked",
            "" if can_manage else self.tr("Masuk sebagai admin atau koordinator untuk mengubah persiapan."))
        for tab in self.all_tabs():
            tab.set_editable(can_manage)
        self.accounts_tab.set_admin(permissions.allowed(user, "account.manage"))
        self.rubric_tab.set_admin(permissions.allowed(user, "rubric.edit"))

    def refresh(self) -> None:
        def op(s, _t):
            try:
                return current_programme(s).stage_ids
            except NotFoundError:  # no programme year yet: nothing to set up
                return {}
        self.ctx.tasks.run(op, on_done=self._fill_stages,
                           on_error=lambda e: self.permission_label.set_state("warning", str(e)))

    def _fill_stages(self, stage_ids: dict[int, str]) -> None:
        keep = self.stage_combo.currentData()
        self.stage_combo.blockSignals(True)
        self.stage_combo.clear()
        self._stage_numbers = sorted(stage_ids)
        for number in sorted(stage_ids):
            self.stage_combo.addItem(self.tr("Tahap {0}").format(number), stage_ids[number])
        index = self.stage_combo.findData(keep)
        self.stage_combo.setCurrentIndex(index if index >= 0 else (0 if stage_ids else -1))
        self.stage_combo.blockSignals(False)
        self._stage_chosen()
        self.accounts_tab.reload()

    def _stage_chosen(self) -> None:
        stage = self.stage_combo.currentData()
        for tab in (self.venues_tab, self.conflicts_tab, self.rubric_tab):
            tab.set_stage(stage)
