"""Pengaturan: language, default paper size, backups, where the data lives."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout,
)

from opop_desktop.core import paths, permissions
from opop_desktop.core.db import BACKUPS_KEPT, sqlite_path
from opop_desktop.core.services import backup, installation

from .. import messages, settings
from .base import Screen

LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]


class PengaturanScreen(Screen):
    key = "pengaturan"
    watches = frozenset({"setup"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel("<h2>" + self.tr("Pengaturan") + "</h2>"))

        general = QGroupBox(self.tr("Umum"))
        form = QFormLayout(general)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, [c for c, _ in LANGUAGES].index(settings.load_language())))
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("&Bahasa:"), self.language)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper.addItem(self.tr("F4 / Folio (215 × 330 mm)"), "F4")
        self.paper.setCurrentIndex(0 if settings.paper_size() == "A4" else 1)
        self.paper.currentIndexChanged.connect(
            lambda _i: settings.settings().setValue("paper", self.paper.currentData()))
        form.addRow(self.tr("&Ukuran kertas bawaan:"), self.paper)
        lay.addWidget(general)

        data = QGroupBox(self.tr("Data dan cadangan"))
        dform = QFormLayout(data)
        self.db_label = QLabel(ctx.db.url if not ctx.db.is_sqlite else str(sqlite_path(ctx.db.url)))
        self.db_label.setWordWrap(True)
        dform.addRow(self.tr("Basis data:"), self.db_label)
        self.backups_label = QLabel(str(paths.backups_dir()))
        self.backups_label.setWordWrap(True)
        dform.addRow(self.tr("Folder cadangan:"), self.backups_label)
        self.keep = QSpinBox()
        self.keep.setRange(1, 500)
        self.keep.setValue(BACKUPS_KEPT)
        self._kept_saved = BACKUPS_KEPT
        self.keep.editingFinished.connect(self._keep_changed)
        dform.addRow(self.tr("&Jumlah cadangan disimpan:"), self.keep)
        buttons = QHBoxLayout()
        open_folder = QPushButton(self.tr("&Buka folder data"))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir()))))
        self.backup_now = QPushButton(self.tr("Buat &cadangan sekarang"))
        self.backup_now.clicked.connect(self._backup)
        buttons.addWidget(open_folder)
        buttons.addWidget(self.backup_now)
        buttons.addStretch(1)
        dform.addRow(buttons)
        lay.addWidget(data)

        self.install_label = QLabel()
        self.install_label.setWordWrap(True)
        lay.addWidget(self.install_label)
        lay.addStretch(1)
        ctx.users.user_changed.connect(self._apply_role)  # a bound method: dropped with the screen
        self._apply_role()

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
        if not shiboken6.isValid(self.install_label):  # screen rebuilt (language switch) meanwhile
            return
        info, kept = loaded
        if not self.keep.hasFocus():
            self.keep.blockSignals(True)
            self.keep.setValue(kept)
            self._kept_saved = kept
            self.keep.blockSignals(False)
        self.install_label.setText(self.tr("Perangkat ini: {0} — peran {1}, kab/kota {2}, program {3}").format(
            info.device_id, info.role, info.regency_code or "-", info.programme_name or "-"))

    def _language_changed(self, _index: int) -> None:
        code = self.language.currentData()
        settings.save_language(code)
        window = self.window()
        if hasattr(window, "switch_language"):
            # The window rebuilds its screens in the new language; the database stays open.
            window.switch_language(code)

    def _backup(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        # The copy runs on the worker thread, between database operations.
        self.ctx.tasks.run(lambda _s, _c: backup.make_backup(db, reason="manual", actor=actor),
                           on_done=lambda r: messages.info(self, self.tr("Cadangan dibuat: {0}").format(r.path)),
                           on_error=lambda e: messages.show_error(self, e))
