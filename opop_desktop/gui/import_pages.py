"""The registrant import wizard's pages (gui/import_wizard.py), each laid out by its Designer
form: choose file → preview (dry run) → import → summary.

Both runs go through the wizard's ``run`` (worker thread, progress, Batal). The dry run writes
nothing; the real run writes every valid row in one transaction and announces
``changes={"pesantren"}`` so the Peserta and Beranda screens reload themselves.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWizard, QWizardPage

from opop_desktop.core.labels import TRACK_LABELS

from . import messages
from .forms.ui_import_file_page import Ui_FilePage
from .forms.ui_import_preview_page import Ui_PreviewPage
from .forms.ui_import_result_page import Ui_ResultPage
from .icons import icon
from .login import actor_label
from .table_model import Column, RowTableModel
from .widgets import file_dialogs
from .tasks import Cancelled


def action_label(code: str) -> str:
    """What the import does with an accepted row (translated at display time)."""
    labels = {
        "created": QCoreApplication.translate("import_wizard", "Baru"),
        "updated": QCoreApplication.translate("import_wizard", "Diperbarui"),
        "unchanged": QCoreApplication.translate("import_wizard", "Tidak berubah"),
        "duplicate": QCoreApplication.translate("import_wizard", "Duplikat (dilewati)"),
    }
    return labels.get(code, code)


def import_op(path: str, *, dry_run: bool, strict: bool, actor, who: str = ""):
    """The worker-side operation; ``task.progress`` raises Cancelled when Batal was pressed."""
    def op(session, task):
        from opop_desktop.core.excel.registrant_import import import_registrants
        return import_registrants(session, Path(path), dry_run=dry_run, strict=strict,
                                  progress=task.progress, actor=actor, who=who)
    return op


class _ImportPage(QWizardPage):
    @property
    def wiz(self):
        """The ImportWizard this page was added to (it runs the tasks and knows the file)."""
        return self.wizard()


def rejected_rows(report) -> int:
    """Rows rejected (a row may be rejected for several fields)."""
    return len({(r.sheet, r.row) for r in report.rejected})


def set_up_table(view: QTableView, model) -> QTableView:
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
    return view


class FilePage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = Ui_FilePage()
        self.form.setupUi(self)
        self.path_edit, self.problem = self.form.path_edit, self.form.problem
        self.strict_box = self.form.strict_box
        self.path_edit.textChanged.connect(self._on_path)
        self.form.browse_button.setIcon(icon("folder"))
        self.form.browse_button.clicked.connect(self.browse)

    def browse(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Pilih berkas pendaftar"), "",
                                      self.tr("Buku kerja Excel (*.xlsx)"))
        if path:
            self.path_edit.setText(path)

    def path(self) -> str:
        return self.path_edit.text().strip()

    def _on_path(self, _text: str) -> None:
        p = self.path()
        if p and not Path(p).is_file():
            self.problem.set_state("error", self.tr("Berkas tidak ditemukan: {0}").format(p))
        elif p and not p.lower().endswith(".xlsx"):
            self.problem.set_state("error", self.tr("Hanya berkas .xlsx yang dapat dibaca. Simpan ulang "
                                                    "berkas dari Excel sebagai .xlsx."))
        else:
            self.problem.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        p = self.path()
        return bool(p) and p.lower().endswith(".xlsx") and Path(p).is_file()


class PreviewPage(_ImportPage):
    """Runs the dry run when entered and shows accepted and rejected rows in two tabs."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.report = None
        self.form = Ui_PreviewPage()
        self.form.setupUi(self)
        self.setCommitPage(True)
        self.setButtonText(QWizard.CommitButton, self.tr("&Impor"))
        self.summary, self.tabs, self.status = self.form.summary, self.form.tabs, self.form.status
        self.accepted_view, self.rejected_view = self.form.accepted_view, self.form.rejected_view
        self.warnings_view, self.save_errors_button = self.form.warnings_view, self.form.save_errors_button
        self.accepted_model = RowTableModel([
            Column("sheet", self.tr("Lembar")), Column("row", self.tr("Baris")),
            Column("action", self.tr("Tindakan"), fmt=action_label),
            Column("name", self.tr("Nama pesantren")), Column("nspp", self.tr("NSPP")),
            Column("regency_name", self.tr("Kab/Kota")), Column("district_name", self.tr("Kecamatan")),
            Column("track", self.tr("Kategori"),
                   fmt=lambda v: QCoreApplication.translate("labels", TRACK_LABELS.get(v, v or ""))),
        ], self)
        self.rejected_model = RowTableModel([
            Column("sheet", self.tr("Lembar")), Column("row", self.tr("Baris")),
            Column("field", self.tr("Kolom")), Column("message", self.tr("Pesan")),
        ], self)
        set_up_table(self.accepted_view, self.accepted_model)
        set_up_table(self.rejected_view, self.rejected_model)
        self.save_errors_button.setIcon(icon("save"))
        self.save_errors_button.clicked.connect(lambda: self.save_errors())
        self._set_tab_titles(0, 0, 0)

    def _set_tab_titles(self, accepted: int, rejected: int, warnings: int) -> None:
        self.tabs.setTabText(0, self.tr("Diterima ({0})").format(accepted))
        self.tabs.setTabText(1, self.tr("Ditolak ({0})").format(rejected))
        self.tabs.setTabText(2, self.tr("Peringatan ({0})").format(warnings))

    def initializePage(self) -> None:
        self.report = None
        self.accepted_model.set_rows([])
        self.rejected_model.set_rows([])
        self.save_errors_button.setEnabled(False)
        self.warnings_view.clear()
        self.status.clear()
        self._set_tab_titles(0, 0, 0)
        self.summary.setText(self.tr("Membaca berkas…"))
        self.completeChanged.emit()
        self.wiz.run(self.tr("Memeriksa berkas pendaftar…"),
                     import_op(self.wiz.path(), dry_run=True, strict=self.wiz.strict(), actor=self.wiz.ctx.actor),
                     self._show, self._failed)

    def _show(self, report) -> None:
        self.report = report
        self.accepted_model.set_rows(report.accepted)
        self.rejected_model.set_rows(report.rejected)
        self.accepted_view.resizeColumnsToContents()
        self.rejected_view.resizeColumnsToContents()
        self._set_tab_titles(len(report.accepted), rejected_rows(report), len(report.warnings))
        text = self.tr("{0} baru, {1} diperbarui, {2} tidak berubah, {3} ditolak.").format(
            report.created, report.updated, report.unchanged, rejected_rows(report))
        if report.rejected and self.wiz.strict():
            text += " " + self.tr("Mode ketat: tidak ada yang akan disimpan selama masih ada baris "
                                  "yang ditolak. Perbaiki berkasnya lalu pilih lagi.")
        elif report.rejected:
            text += " " + self.tr("Baris yang ditolak dilewati; simpan daftar kesalahannya, "
                                  "perbaiki, lalu impor lagi.")
            self.tabs.setCurrentIndex(1)
        self.summary.setText(text)
        self.warnings_view.setPlainText("\n".join(report.warnings))
        self.save_errors_button.setEnabled(bool(report.rejected))
        self.completeChanged.emit()

    def _failed(self, err: BaseException) -> None:
        self.summary.setText(self.tr("Pemeriksaan dibatalkan.") if isinstance(err, Cancelled)
                             else messages.error_text(err))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        r = self.report
        return r is not None and not (self.wiz.strict() and r.rejected)

    def save_errors(self, out_path: str | None = None) -> None:
        """Write the error workbook (original rows + message column) where the officer chooses."""
        if self.report is None:
            return
        if out_path is None:
            src = Path(self.wiz.path())
            suggested = str(src.with_name(src.stem + "-kesalahan.xlsx"))
            out_path = file_dialogs.save_file(self, self.tr("Simpan daftar kesalahan"),
                                              suggested, self.tr("Buku kerja Excel (*.xlsx)"))
            if not out_path:
                return
        report, source = self.report, Path(self.wiz.path())

        def op(_session, _task):
            from opop_desktop.core.excel.registrant_import import write_error_workbook
            return write_error_workbook(report, source, Path(out_path))

        self.wiz.saved_errors = None
        self.wiz.ctx.tasks.run(op, on_done=self._saved,
                               on_error=lambda e: messages.show_error(self, e))

    def _saved(self, path) -> None:
        self.wiz.saved_errors = Path(path)
        self.status.set_state("ok", self.tr("Daftar kesalahan disimpan: {0}").format(path))


class ResultPage(_ImportPage):
    """Runs the real import when entered and shows what was written."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.report = None
        self.done = False
        self.form = Ui_ResultPage()
        self.form.setupUi(self)
        self.summary = self.form.summary

    def initializePage(self) -> None:
        self.done = False
        self.summary.setText(self.tr("Menyimpan…"))
        self.wiz.run(self.tr("Mengimpor pendaftar…"),
                     import_op(self.wiz.path(), dry_run=False, strict=self.wiz.strict(),
                               actor=self.wiz.ctx.actor, who=actor_label(self.wiz.ctx.user)),
                     self._show, self._failed, changes={"pesantren"})

    def _show(self, report) -> None:
        self.report = report
        self.done = True
        if report.written:
            text = self.tr("Impor selesai: {0} pesantren baru, {1} diperbarui, {2} tidak berubah.").format(
                report.created, report.updated, report.unchanged)
        else:
            text = self.tr("Tidak ada yang disimpan.")
        if report.rejected:
            text += "\n" + self.tr("{0} baris ditolak dan dilewati.").format(rejected_rows(report))
        self.summary.setText(text)
        self.completeChanged.emit()

    def _failed(self, err: BaseException) -> None:
        self.done = True
        if isinstance(err, Cancelled):
            self.summary.setText(self.tr("Impor dibatalkan. Tidak ada data yang diubah."))
        else:
            self.summary.setText(self.tr("Impor gagal; tidak ada data yang diubah.") + "\n"
                                 + messages.error_text(err))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done
