"""The Cetak screen: choose, generate off the UI thread, preview, print to a (PDF) printer, save."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from pdf_helpers import make_audition, page_size, read_pdf  # noqa: E402

from opop_desktop.gui.context import AppContext  # noqa: E402
from opop_desktop.gui.tasks import TaskRunner  # noqa: E402


@pytest.fixture
def screen(qtbot, db, ctx):
    from opop_desktop.core.services.programme import create_programme_year
    from opop_desktop.gui.screens.cetak import CetakScreen

    with db.session() as s:
        make_audition(s, create_programme_year(s, 2019), n_pesantren=3, n_jurors=2)
    scr = CetakScreen(ctx)
    qtbot.addWidget(scr)
    scr.resize(1366, 700)
    scr.show()
    yield scr


def _choose(combo, data):
    idx = combo.findData(data)
    assert idx >= 0, data
    combo.setCurrentIndex(idx)


def test_generate_preview_print_and_save(qtbot, screen, tmp_path):
    _choose(screen.stage, 2)  # reloads the scope choices of stage 2
    _choose(screen.scope_kind, "panel")
    qtbot.waitUntil(lambda: screen.scope_item.count() == 1, timeout=5000)
    assert "Ruang 1" in screen.scope_item.currentText()
    _choose(screen.document, "score-sheets")
    _choose(screen.paper, "F4")
    assert screen.blank.isEnabled()
    assert not screen.print_button.isEnabled()

    qtbot.mouseClick(screen.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.pdf_path is not None, timeout=20000)
    assert screen.last_result.pages == 6
    reader, text = read_pdf(screen.pdf_path)
    assert len(reader.pages) == 6 and page_size(reader) == (609.45, 935.43)
    assert "6 halaman" in screen.status.text()
    assert screen.print_button.isEnabled() and screen.open_button.isEnabled() and screen.save_button.isEnabled()
    qtbot.waitUntil(lambda: screen.pdf_doc.pageCount() == 6, timeout=5000)  # preview loaded

    from PySide6.QtPrintSupport import QPrinter
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert screen.print_to(printer) == 6
    reader, _ = read_pdf(printed)
    assert len(reader.pages) == 6
    assert all("/XObject" in pg["/Resources"] for pg in reader.pages)  # each page carries the rendered sheet
    w, h = page_size(reader)
    assert abs(w - 609.45) < 2 and abs(h - 935.43) < 2  # F4 went to the printer as F4

    copy = tmp_path / "salinan"
    screen.save_to(str(copy))
    assert (tmp_path / "salinan.pdf").read_bytes() == screen.pdf_path.read_bytes()


def test_recap_for_a_regency_and_blank_disabled(qtbot, screen):
    _choose(screen.stage, 2)
    _choose(screen.document, "recap")
    assert not screen.blank.isEnabled()
    _choose(screen.scope_kind, "regency")
    qtbot.waitUntil(lambda: screen.scope_item.findData("32.04") >= 0, timeout=5000)
    _choose(screen.scope_item, "32.04")
    screen.generate()
    qtbot.waitUntil(lambda: screen.pdf_path is not None, timeout=20000)
    _reader, text = read_pdf(screen.pdf_path)
    assert "REKAPITULASI NILAI" in text and "Kabupaten Bandung" in text


def test_cancel_writes_nothing(qtbot, screen, monkeypatch):
    from opop_desktop.gui.screens import cetak

    _choose(screen.stage, 2)
    _choose(screen.scope_kind, "province")
    _choose(screen.document, "score-sheets")
    before = set(cetak.output_dir().iterdir())
    screen.generate()
    screen._handle.cancel()  # the Batal button of the progress dialog
    qtbot.waitUntil(lambda: screen.generate_button.isEnabled(), timeout=20000)
    assert screen.pdf_path is None
    assert "Dibatalkan" in screen.status.text()
    assert set(cetak.output_dir().iterdir()) == before
