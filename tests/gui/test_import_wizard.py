"""Import wizard driven with qtbot on a real .xlsx: preview (dry run) → import → summary."""
from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from opop_desktop.core.models import Pesantren
from opop_desktop.core.regions import gazetteer
from opop_desktop.gui.import_wizard import ImportWizard
from opop_desktop.gui.screens.peserta import PesertaScreen

BAD_DISTRICT = "Antahberantah"


def _districts(regency: str) -> list[str]:
    return sorted(d.name for d in gazetteer().districts_of(regency))


@pytest.fixture
def workbook(tmp_path):
    """A messy kab/kota sheet: title rows above the header, three good rows and one bad row."""
    garut = _districts("32.05")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Garut"
    ws.append(["DAFTAR PENDAFTAR OPOP 2019"])
    ws.append(["Kabupaten Garut"])
    ws.append([])
    ws.append(["No", "Nama Pondok Pesantren", "NSPP", "Kecamatan", "Kabupaten/Kota", "Nama Pimpinan",
               "No. HP", "Produk", "Bidang Usaha", "Kategori Usaha"])
    ws.append([1, "Pondok Pesantren Al-Falah", "510032050001", garut[0], "Kab. Garut", "KH. Ahmad",
               "+62 811-2233-4455", "Keripik Singkong", "Makanan Olahan Nabati", "Start-up"])
    ws.append([2, "Pesantren Darussalam", 510032050002, garut[1], "KABUPATEN GARUT", "KH. Budi",
               81312345678, "Kopi Arabika", "Minuman", "scale up"])
    ws.append([3, "Miftahul Huda", None, BAD_DISTRICT, "Garut", "Ust. Cecep", "0812", "Dodol",
               "Makanan Olahan Nabati", "rintisan"])
    ws.append([4, "Nurul Iman", None, garut[2], "Garut", "Ust. Dadang", "0813", "Sabun",
               "Kerajinan", "pengembangan"])
    path = tmp_path / "pendaftar-garut.xlsx"
    wb.save(path)
    return path


pytestmark = pytest.mark.usefixtures("programme")


def _count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Pesantren))


def _open(qtbot, ctx, path, strict=False) -> ImportWizard:
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.button(QWizard.NextButton).isEnabled()  # no file yet
    wizard.file_page.path_edit.setText(str(path))
    wizard.file_page.strict_box.setChecked(strict)
    assert wizard.button(QWizard.NextButton).isEnabled()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.report is not None, timeout=10000)
    return wizard


def test_preview_then_import_writes_valid_rows(qtbot, ctx, db, workbook, tmp_path):
    wizard = _open(qtbot, ctx, workbook)
    page = wizard.preview_page
    assert _count(db) == 0  # the preview is a dry run
    assert page.tabs.tabText(0) == "Diterima (3)"
    assert page.tabs.tabText(1) == "Ditolak (1)"
    assert page.tabs.tabText(2) == "Peringatan (1)"  # the 4-digit phone number
    assert "0813" in page.warnings_view.toPlainText()
    assert page.accepted_model.rowCount() == 3
    assert {page.accepted_model.index(r, 2).data() for r in range(3)} == {"Baru"}
    rejected = page.rejected_model.rows
    assert len(rejected) == 1
    assert (rejected[0].sheet, rejected[0].row) == ("Garut", 7)
    message = page.rejected_model.index(0, 3).data()
    assert BAD_DISTRICT in message and message == rejected[0].message
    assert "3 baru" in page.summary.text() and "1 ditolak" in page.summary.text()

    # The error workbook: the original row plus the message, for the officer to fix.
    assert page.save_errors_button.isEnabled()
    out = tmp_path / "kesalahan.xlsx"
    page.save_errors(str(out))
    qtbot.waitUntil(lambda: wizard.saved_errors is not None, timeout=10000)
    cells = [c for row in openpyxl.load_workbook(out).active.iter_rows(values_only=True)
             for c in row if c is not None]
    assert "Miftahul Huda" in cells
    assert any(isinstance(c, str) and message in c for c in cells)

    changed = []
    ctx.tasks.changed.connect(changed.append)
    assert wizard.button(QWizard.CommitButton).text() == "&Impor"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_page.done, timeout=10000)
    report = wizard.result_page.report
    assert report is not None and report.written and report.created == 3
    assert "3 pesantren baru" in wizard.result_page.summary.text()
    assert {"pesantren"} <= set().union(*changed)
    with db.session() as s:
        names = set(s.scalars(select(Pesantren.name)))
        phone = s.scalar(select(Pesantren.phone).where(Pesantren.nspp == "510032050001"))
    assert len(names) == 3 and not any("Miftahul" in n for n in names)
    assert phone == "081122334455"
    assert wizard.button(QWizard.FinishButton).isEnabled()


def test_strict_mode_blocks_import_when_a_row_is_rejected(qtbot, ctx, db, workbook):
    wizard = _open(qtbot, ctx, workbook, strict=True)
    assert wizard.preview_page.report.rejected
    assert not wizard.button(QWizard.CommitButton).isEnabled()
    assert "Mode ketat" in wizard.preview_page.summary.text()
    assert _count(db) == 0


def test_reimport_is_all_unchanged(qtbot, ctx, db, workbook):
    first = _open(qtbot, ctx, workbook)
    first.next()
    qtbot.waitUntil(lambda: first.result_page.done, timeout=10000)
    second = _open(qtbot, ctx, workbook)
    report = second.preview_page.report
    assert (report.created, report.updated, report.unchanged) == (0, 0, 3)
    assert {second.preview_page.accepted_model.index(r, 2).data() for r in range(3)} == {"Tidak berubah"}


def test_missing_file_keeps_next_disabled(qtbot, ctx, tmp_path):
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(tmp_path / "tidak-ada.xlsx"))
    assert not wizard.button(QWizard.NextButton).isEnabled()
    assert "tidak ditemukan" in wizard.file_page.problem.text()


def test_peserta_screen_refreshes_after_import(qtbot, ctx, workbook):
    screen = PesertaScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.activate()
    qtbot.waitUntil(lambda: screen.hint.isVisible(), timeout=5000)
    wizard = screen.open_import_wizard()
    wizard.file_page.path_edit.setText(str(workbook))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.report is not None, timeout=10000)
    wizard.next()
    qtbot.waitUntil(lambda: screen.proxy.source_count() == 3, timeout=10000)
    assert screen.count_label.text() == "3 dari 3 pesantren"
    wizard.accept()
