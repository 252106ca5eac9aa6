"""Registrant import wizard: choose file → preview (dry run) → import → summary.

The wizard and its pages (gui/import_pages.py) are laid out by Designer forms; the wizard runs
both passes through ``ctx.tasks.run_with_progress`` and cancels a running one on Batal.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from .forms.ui_import_wizard import Ui_ImportWizard
from .look import fit_to_screen


class ImportWizard(QWizard):
    """Opened from the Peserta screen. ``result_report`` holds the last real import's report."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.saved_errors: Path | None = None
        self._handle = None
        self.form = Ui_ImportWizard()
        self.form.setupUi(self)
        fit_to_screen(self)
        self.file_page, self.preview_page = self.form.file_page, self.form.preview_page
        self.result_page = self.form.result_page
        self.setButtonText(QWizard.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.CancelButton, self.tr("Batal"))
        self.setButtonText(QWizard.FinishButton, self.tr("&Selesai"))

    def path(self) -> str:
        return self.file_page.path()

    def strict(self) -> bool:
        return self.file_page.strict_box.isChecked()

    @property
    def busy(self) -> bool:
        return self._handle is not None

    def run(self, title: str, op, on_done, on_error, changes=frozenset()) -> None:
        def finish(callback, value):
            self._handle = None
            callback(value)
        self._handle = self.ctx.tasks.run_with_progress(
            self, title, op, on_done=lambda r: finish(on_done, r),
            on_error=lambda e: finish(on_error, e), changes=changes)

    def reject(self) -> None:
        if self._handle is not None:
            self._handle.cancel()  # the transaction rolls back; the page reports it
            return
        super().reject()
