"""Cetak: choose a document, its scope, paper size and blank/filled; generate the PDF off the UI
thread (progress + Batal); preview it; print it through the system print dialog, open it in the
system viewer, or save a copy."""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QRect, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import QLabel

from opop_desktop.core import paths
from opop_desktop.core.clock import now_utc, to_wib

from .. import messages, settings
from ..forms.ui_cetak import Ui_CetakScreen
from ..icons import icon
from ..widgets import file_dialogs
from .base import Screen

try:  # QtPdf ships in PySide6-Addons; without it we still open the PDF in the system viewer.
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - depends on the installed wheels
    QPdfDocument = None
    QPdfView = None

STAGES = (1, 2, 3)
# Data of the items the form lists (same order as in ui/cetak.ui).
SCOPES = ("panel", "venue", "regency", "province")
PAPERS = ("A4", "F4")
PRINT_DPI = 200  # enough for QR codes and 7-pt text, small enough for cheap laptops


def output_dir() -> Path:
    path = paths.data_dir() / "cetak"
    path.mkdir(parents=True, exist_ok=True)
    return path


class CetakScreen(Screen):
    key = "cetak"
    watches = frozenset({"setup", "pesantren", "attendance", "scores", "results"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.pdf_path: Path | None = None
        self.last_result = None
        self._options = None
        self._handle = None
        form = self.use_form(Ui_CetakScreen)
        for name in ("document", "stage", "scope_kind", "scope_item", "paper", "blank", "generate_button",
                     "status", "print_button", "open_button", "save_button"):
            setattr(self, name, getattr(form, name))
        self._fill_choices()
        self._add_preview(form.preview_area.layout())
        self._connect()
        self.retranslate_texts()
        self.status.set_state("info", lambda: self.tr("Pilih dokumen dan cakupan, lalu tekan Buat PDF."))
        self._document_changed()

    def title(self) -> str:
        return self.tr("Cetak")

    # ------------------------------------------------------------------ layout
    def _doc_labels(self) -> dict[str, str]:
        return {
            "score-sheets": self.tr("Lembar Penilaian (per juri dan pesantren)"),
            "score-grid": self.tr("Lembar Penilaian Panel (per juri, semua pesantren)"),
            "attendance": self.tr("Daftar Hadir"),
            "cards": self.tr("Kartu Peserta"),
            "recap": self.tr("Rekapitulasi Nilai"),
            "minutes": self.tr("Berita Acara Hasil Audisi"),
            "juror-report": self.tr("Laporan Juri"),
        }

    def _fill_choices(self) -> None:
        """Item data of the form's combos; their words are set by retranslate_texts (or the form)."""
        from opop_desktop.core.pdf.documents import DOCUMENTS

        for key in DOCUMENTS:
            self.document.addItem("", key)
        for n in STAGES:
            self.stage.addItem("", n)
        for i, key in enumerate(SCOPES):
            self.scope_kind.setItemData(i, key)
        for i, size in enumerate(PAPERS):
            self.paper.setItemData(i, size)
        self.paper.setCurrentIndex(0 if settings.paper_size() == "A4" else 1)
        self.generate_button.setIcon(icon("document"))
        self.print_button.setIcon(icon("printer"))
        self.save_button.setIcon(icon("save"))

    def _add_preview(self, layout) -> None:
        self.pdf_doc = QPdfDocument(self) if QPdfDocument else None
        if QPdfView is not None:
            self.preview = QPdfView(self)
            self.preview.setDocument(self.pdf_doc)
            self.preview.setPageMode(QPdfView.PageMode.MultiPage)
            self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:  # pragma: no cover
            self.preview = QLabel()
            self.preview.setWordWrap(True)
        layout.addWidget(self.preview)

    def _connect(self) -> None:
        self.document.currentIndexChanged.connect(self._document_changed)
        self.stage.currentIndexChanged.connect(lambda _i: self.refresh())
        self.scope_kind.currentIndexChanged.connect(self._fill_scope_items)
        self.generate_button.clicked.connect(self.generate)
        self.print_button.clicked.connect(self.print_dialog)
        self.open_button.clicked.connect(self.open_pdf)
        self.save_button.clicked.connect(self.save_as)

    def retranslate_texts(self) -> None:
        labels = self._doc_labels()
        for i in range(self.document.count()):
            key = self.document.itemData(i)
            self.document.setItemText(i, labels.get(key, key))
        names = dict(self._options.stages) if self._options is not None else {}
        for i, n in enumerate(STAGES):
            # A stage named in the programme keeps its name (data); the others read "Tahap n".
            self.stage.setItemText(i, names.get(n) or self.tr("Tahap {0}").format(n))
        if isinstance(self.preview, QLabel):  # pragma: no cover - without QtPdf
            self.preview.setText(self.tr("Pratinjau tidak tersedia; gunakan Buka PDF."))
        self.status.retranslate()

    # ------------------------------------------------------------------ options
    def refresh(self) -> None:
        stage = self.stage.currentData() or 1

        def load(session, _task):
            from opop_desktop.core.pdf.data import scope_options
            return scope_options(session, stage)

        self.ctx.tasks.run(load, on_done=self._options_loaded, on_error=self._options_failed)

    def _options_failed(self, err) -> None:
        # An empty database (no programme year yet) is a normal first state: say what to do,
        # without a modal dialog.
        self.status.set_state("error", messages.error_text(err))

    def _options_loaded(self, options) -> None:
        self._options = options
        self.retranslate_texts()
        self._fill_scope_items()

    def _fill_scope_items(self) -> None:
        kind = self.scope_kind.currentData()
        self.scope_item.clear()
        opts = self._options
        items = []
        if opts is not None:
            items = {"panel": opts.panels, "venue": opts.venues, "regency": opts.regencies}.get(kind, [])
        for value, text in items:
            self.scope_item.addItem(text, value)
        self.scope_item.setEnabled(kind != "province")

    def _document_changed(self) -> None:
        from opop_desktop.core.pdf.documents import DOCUMENTS

        kind = DOCUMENTS.get(self.document.currentData())
        self.blank.setEnabled(bool(kind and kind.uses_blank))

    def scope(self):
        from opop_desktop.core.pdf.data import Scope

        kind = self.scope_kind.currentData()
        value = self.scope_item.currentData()
        stage = self.stage.currentData() or 1
        if kind != "province" and not value:
            return None
        return Scope(stage_number=stage, panel_id=value if kind == "panel" else None,
                     venue_id=value if kind == "venue" else None,
                     regency_code=value if kind == "regency" else None, province=kind == "province")

    # ------------------------------------------------------------------ generate
    def generate(self) -> None:
        from opop_desktop.core.pdf.documents import generate

        scope = self.scope()
        if scope is None:
            messages.show_error(self, self.tr("Pilih {0} lebih dahulu.").format(self.scope_kind.currentText()))
            return
        key = self.document.currentData()
        paper = self.paper.currentData()
        blank = self.blank.isChecked() and self.blank.isEnabled()
        out = output_dir() / f"{key}-{to_wib(now_utc()):%Y%m%d-%H%M%S}.pdf"
        actor = self.ctx.actor
        self.generate_button.setEnabled(False)
        self.status.set_state("info", lambda: self.tr("Menyusun PDF…"))

        def op(session, task):
            return generate(key, session, out, scope, actor=actor, paper=paper, blank=blank, progress=task.progress)

        self._handle = self.ctx.tasks.run_with_progress(self, self.tr("Menyusun PDF"), op, read_only=True,
                                                        on_done=self._generated, on_error=self._failed)

    def _generated(self, result) -> None:
        self.generate_button.setEnabled(True)
        self.last_result = result
        self.pdf_path = Path(result.path)
        self.status.set_state("ok", lambda: self.tr("{0} halaman siap: {1}").format(result.pages, result.path))
        for b in (self.print_button, self.open_button, self.save_button):
            b.setEnabled(True)
        self.print_button.setEnabled(self.pdf_doc is not None)
        if self.pdf_doc is not None:
            self.pdf_doc.load(str(self.pdf_path))

    def _failed(self, err) -> None:
        from ..tasks import Cancelled

        self.generate_button.setEnabled(True)
        if isinstance(err, Cancelled):
            self.status.set_state("info", lambda: self.tr("Dibatalkan; tidak ada berkas yang ditulis."))
            return
        self.status.set_state("error", lambda: self.tr("Gagal menyusun PDF."))
        messages.show_error(self, err)

    # ------------------------------------------------------------------ paper
    def open_pdf(self) -> None:
        if self.pdf_path and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf_path))):
            messages.show_error(self, self.tr("Tidak ada aplikasi untuk membuka PDF. Berkasnya ada di {0}")
                                .format(self.pdf_path))

    def save_as(self) -> None:
        if not self.pdf_path:
            return
        target = file_dialogs.save_file(self, self.tr("Simpan PDF"), str(Path.home() / self.pdf_path.name),
                                        self.tr("Dokumen PDF (*.pdf)"))
        if target:
            self.save_to(target)

    def save_to(self, target: str) -> None:
        if not target.lower().endswith(".pdf"):
            target += ".pdf"
        shutil.copyfile(self.pdf_path, target)
        self.status.set_state("ok", lambda: self.tr("Disimpan ke {0}").format(target))

    def print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Cetak dokumen"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer) -> int:
        """Render every page of the generated PDF onto ``printer``; returns pages sent."""
        if self.pdf_doc is None or self.pdf_path is None:
            return 0
        paper = self.paper_of_result()
        size = QPageSize(QPageSize.PageSizeId.A4) if paper != "F4" else \
            QPageSize(QSizeF(215, 330), QPageSize.Unit.Millimeter, "F4", QPageSize.SizeMatchPolicy.ExactMatch)
        printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, printer.pageLayout().margins()))
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            messages.show_error(self, self.tr("Printer tidak dapat dibuka."))
            return 0
        pages = self.pdf_doc.pageCount()
        try:
            for i in range(pages):
                if i:
                    printer.newPage()
                target = painter.viewport()
                pt = self.pdf_doc.pagePointSize(i)
                scale = PRINT_DPI / 72.0
                image = self.pdf_doc.render(i, QSize(int(pt.width() * scale), int(pt.height() * scale)))
                if image.isNull():
                    image = QImage(1, 1, QImage.Format.Format_RGB32)
                fitted = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                # The painter scales onto the device: no page-sized copy at printer resolution.
                painter.drawImage(QRect(target.topLeft(), fitted), image)
        finally:
            painter.end()
        self.status.set_state("ok", lambda: self.tr("{0} halaman dikirim ke printer.").format(pages))
        return pages

    def paper_of_result(self) -> str:
        """A4 or F4, read back from the generated file's first page."""
        if self.pdf_doc is None or self.pdf_doc.pageCount() == 0:
            return self.paper.currentData()
        height_mm = self.pdf_doc.pagePointSize(0).height() * 25.4 / 72
        return "F4" if height_mm > 310 else "A4"
