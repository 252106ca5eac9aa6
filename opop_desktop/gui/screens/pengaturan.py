"""Pengaturan: language, default paper size, backups, where the data lives."""
from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from opop_desktop.core import paths, permissions
from opop_desktop.core.db import BACKUPS_KEPT, sqlite_path
from opop_desktop.core.services import audit, backup, installation

from .. import messages, settings
from ..forms.ui_pengaturan import Ui_PengaturanScreen
from ..icons import icon
from ..login import actor_label
from .base import Screen

LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]


class PengaturanScreen(Screen):
    key = "pengaturan"
    watches = frozenset({"setup"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        form = self.use_form(Ui_PengaturanScreen)
        self.language, self.paper, self.keep = form.language, form.paper, form.keep
        self.backup_now, self.install_label = form.backup_now, form.install_label
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, [c for c, _ in LANGUAGES].index(settings.load_language())))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.paper.addItem("", "A4")
        self.paper.addItem("", "F4")
        self._name_papers()
        self.paper.setCurrentIndex(0 if settings.paper_size() == "A4" else 1)
        self.paper.currentIndexChanged.connect(self._paper_changed)
        form.db_label.setText(ctx.db.url if not ctx.db.is_sqlite else str(sqlite_path(ctx.db.url)))
        form.backups_label.setText(str(paths.backups_dir()))
        self.keep.setValue(BACKUPS_KEPT)
        self._kept_saved = BACKUPS_KEPT
        self.keep.editingFinished.connect(self._keep_changed)
        form.open_folder.setIcon(icon("folder"))
        form.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir()))))
        self.backup_now.setIcon(icon("backup"))
        self.backup_now.clicked.connect(self._backup)
        self._info = None
        ctx.users.user_changed.connect(self._apply_role)  # a bound method: dropped with the screen
        self._apply_role()

    def _name_papers(self) -> None:
        self.paper.setItemText(0, self.tr("A4 (210 × 297 mm)"))
        self.paper.setItemText(1, self.tr("F4 / Folio (215 × 330 mm)"))

    def retranslate_texts(self) -> None:
        self._name_papers()
        if self._info is not None:
            self._show_info(self._info)

    def title(self) -> str:
        return self.tr("Pengaturan")

    def refresh(self) -> None:
        self.ctx.tasks.run(lambda s, _c: (installation.describe(s), backup.backups_kept(s)),
                           on_done=self._show_installation)
        self._apply_role()

    def _apply_role(self, _user=None) -> None:
        user = self.ctx.user
        self.keep.setEnabled(permissions.allowed(user, "settings.change"))
        self.backup_now.setEnabled(self.ctx.db.is_sqlite and permissions.allowed(user, "backup.create"))

    def _keep_changed(self) -> None:
        count, actor = self.keep.value(), self.ctx.actor
        if count == self._kept_saved:  # Enter, then leaving the box: saved once
            return
        self._kept_saved = count
        self.ctx.tasks.run(lambda s, _c: backup.set_backups_kept(s, actor, count),
                           on_error=lambda e: messages.show_error(self, e), changes={"setup"})

    def _show_installation(self, loaded) -> None:
        info, kept = loaded
        if not self.keep.hasFocus():
            self.keep.blockSignals(True)
            self.keep.setValue(kept)
            self._kept_saved = kept
            self.keep.blockSignals(False)
        self._show_info(info)

    def _show_info(self, info) -> None:
        self._info = info
        self.install_label.setText(self.tr("Perangkat ini: {0} — peran {1}, kab/kota {2}, program {3}").format(
            info.device_id, info.role, info.regency_code or "-", info.programme_name or "-"))

    def _audit(self, key: str, old, new) -> None:
        """Settings changes are audited like data changes, with who made them."""
        if old == new:
            return
        actor = actor_label(self.ctx.user)
        self.ctx.tasks.run(lambda s, _c: audit.record(s, actor=actor, action="settings.change", entity="setting",
                                                     entity_id=key, old=old, new=new))

    def _paper_changed(self, _index: int) -> None:
        old = settings.paper_size()
        settings.settings().setValue("paper", self.paper.currentData())
        self._audit("paper", old, self.paper.currentData())

    def _language_changed(self, _index: int) -> None:
        code = self.language.currentData()
        self._audit("language", settings.load_language(), code)
        settings.save_language(code)
        window = self.window()
        if hasattr(window, "switch_language"):
            # The window retranslates every screen in place; the data stays open.
            window.switch_language(code)

    def _backup(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        # The copy runs on the worker thread, between database operations.
        self.ctx.tasks.run(lambda _s, _c: backup.make_backup(db, reason="manual", actor=actor),
                           on_done=lambda r: messages.info(self, self.tr("Cadangan dibuat: {0}").format(r.path)),
                           on_error=lambda e: messages.show_error(self, e))
