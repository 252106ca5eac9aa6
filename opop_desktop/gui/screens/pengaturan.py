"""Pengaturan: language, default paper size, backups, where the data lives."""
from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from opop_desktop.core import paths
from opop_desktop.core.db import sqlite_path
from opop_desktop.core.services import installation

from .. import messages, settings
from ..forms.ui_pengaturan import Ui_PengaturanScreen
from ..icons import icon
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
        self.paper.currentIndexChanged.connect(
            lambda _i: settings.settings().setValue("paper", self.paper.currentData()))
        form.db_label.setText(ctx.db.url if not ctx.db.is_sqlite else str(sqlite_path(ctx.db.url)))
        form.backups_label.setText(str(paths.backups_dir()))
        self.keep.setValue(int(settings.settings().value("backups_kept", 20)))
        self.keep.valueChanged.connect(lambda v: settings.settings().setValue("backups_kept", v))
        form.open_folder.setIcon(icon("folder"))
        form.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir()))))
        self.backup_now.setIcon(icon("backup"))
        self.backup_now.clicked.connect(self._backup)
        self.backup_now.setEnabled(ctx.db.is_sqlite)
        self._info = None

    def _name_papers(self) -> None:
        self.paper.setItemText(0, self.tr("A4 (210 × 297 mm)"))
        self.paper.setItemText(1, self.tr("F4 / Folio (215 × 330 mm)"))

    def retranslate_texts(self) -> None:
        self._name_papers()
        if self._info is not None:
            self._show_installation(self._info)

    def title(self) -> str:
        return self.tr("Pengaturan")

    def refresh(self) -> None:
        self.ctx.tasks.run(lambda s, _c: installation.describe(s), on_done=self._show_installation)

    def _show_installation(self, info) -> None:
        self._info = info
        self.install_label.setText(self.tr("Perangkat ini: {0} — peran {1}, kab/kota {2}, program {3}").format(
            info.device_id, info.role, info.regency_code or "-", info.programme_name or "-"))

    def _language_changed(self, _index: int) -> None:
        code = self.language.currentData()
        settings.save_language(code)
        window = self.window()
        if hasattr(window, "switch_language"):
            # The window retranslates its screens (rebuilding those without a form); the database stays open.
            window.switch_language(code)

    def _backup(self) -> None:
        from opop_desktop.core.db import backup_sqlite

        db_file = sqlite_path(self.ctx.db.url)
        # The copy runs on the worker thread, between database operations.
        self.ctx.tasks.run(lambda _s, _c: backup_sqlite(db_file, reason="manual"),
                           on_done=lambda path: messages.info(self, self.tr("Cadangan dibuat: {0}").format(path)))
