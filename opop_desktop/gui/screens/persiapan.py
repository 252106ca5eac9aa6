"""Persiapan: the audition set-up for admins and kab/kota coordinators.

Tabs (each its own module under gui/setup/): Lokasi & panel (venues, panels, jurors, order of
appearance), Konflik kepentingan, Rubrik, Akun pengguna (admins only). Everyone may look; only
an admin or coordinator may change anything — the tabs turn read-only otherwise.
"""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout

from opop_desktop.core import permissions
from opop_desktop.core.errors import NotFoundError
from opop_desktop.core.services.programme import current_programme

from ..setup.accounts_tab import AccountsTab
from ..setup.conflicts_tab import ConflictsTab
from ..setup.rubric_tab import RubricTab
from ..setup.venues_tab import VenuesTab
from .base import Screen


class PersiapanScreen(Screen):
    key = "persiapan"
    watches = frozenset({"setup", "accounts", "pesantren", "programme"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.stage_combo = QComboBox()
        self.stage_combo.setObjectName("stage_combo")
        stage_label = QLabel(self.tr("&Tahap:"))
        stage_label.setBuddy(self.stage_combo)
        self.permission_label = QLabel()
        self.permission_label.setObjectName("permission_label")
        self.permission_label.setWordWrap(True)
        self.permission_label.setStyleSheet("color: #9a5b00;")
        top = QHBoxLayout()
        top.addWidget(stage_label)
        top.addWidget(self.stage_combo)
        top.addWidget(self.permission_label, 1)
        self.venues_tab = VenuesTab(ctx)
        self.conflicts_tab = ConflictsTab(ctx)
        self.rubric_tab = RubricTab(ctx)
        self.accounts_tab = AccountsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("setup_tabs")
        self.tabs.addTab(self.venues_tab, self.tr("&Lokasi && panel"))
        self.tabs.addTab(self.conflicts_tab, self.tr("&Konflik kepentingan"))
        self.tabs.addTab(self.rubric_tab, self.tr("&Rubrik"))
        self.tabs.addTab(self.accounts_tab, self.tr("&Akun pengguna"))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.tabs, 1)
        self.stage_combo.currentIndexChanged.connect(lambda _i: self._stage_chosen())
        ctx.users.user_changed.connect(self._user_changed)  # a bound method: dropped with the screen
        self._apply_user()

    def title(self) -> str:
        return self.tr("Persiapan")

    def all_tabs(self):
        return (self.venues_tab, self.conflicts_tab, self.rubric_tab, self.accounts_tab)

    def _user_changed(self, _user) -> None:
        self._apply_user()
        self.refresh()  # the lists follow the new user's kab/kota

    def _apply_user(self) -> None:
        user = self.ctx.user
        can_manage = permissions.allowed(user, "setup.manage")
        self.permission_label.setText(
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
                           on_error=lambda e: self.permission_label.setText(str(e)))

    def _fill_stages(self, stage_ids: dict[int, str]) -> None:
        keep = self.stage_combo.currentData()
        self.stage_combo.blockSignals(True)
        self.stage_combo.clear()
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
