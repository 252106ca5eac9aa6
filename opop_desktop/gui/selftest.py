"""The Qt part of `opop selftest` (cli/selftest.py): what the frozen bundle keeps of Qt is
enough for the application.

It checks the parts the bundle was trimmed around: the main window with every screen, drawn by the
platform plugin (offscreen when there is no display), the SVG icons (imageformats/iconengines
plugins), the PDF engine reading back the printed PDF, the application's and Qt's translations,
and ICU's collation for Indonesian (the bundle ships ICU's data for Indonesian and English only).
"""
from __future__ import annotations

import os
from pathlib import Path

# What the checks compare against: Indonesian collation ignores case and accents at first
# (Qt's fallback without ICU data would sort by code point: capitals first, É last).
_UNSORTED = ["Émile", "bandung", "Ciamis", "apel", "Zaitun"]
_COLLATED = ["apel", "bandung", "Ciamis", "Émile", "Zaitun"]


def _application():
    if not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["opop-selftest"])


# A message of each catalogue, looked up through variables so that lupdate does not take them for
# strings of this module.
_OURS = ("MainWindow", "&Keluar", "&Quit")
_QTBASE = ("QPlatformTheme", "Save")


def _translations(app) -> str:
    from PySide6.QtCore import QCoreApplication

    from opop_desktop.gui.app import install_translators

    context, source, wanted = _OURS
    qt_context, qt_source = _QTBASE
    try:
        assert install_translators(app, "en"), "terjemahan Inggris tidak termuat"
        english = QCoreApplication.translate(context, source)
        assert english == wanted, f"terjemahan Inggris salah: {english!r}"
        assert install_translators(app, "id"), "terjemahan Qt (qtbase_id) tidak termuat"
        indonesian = QCoreApplication.translate(qt_context, qt_source)
        assert indonesian != qt_source, "terjemahan Qt (qtbase_id) tidak dipakai"
    finally:
        install_translators(app, "id")
    return f"en: {english}, qtbase_id: {indonesian}"


def _icons() -> int:
    from PySide6.QtGui import QIcon, QImageReader

    from opop_desktop.core import paths

    assert b"svg" in QImageReader.supportedImageFormats(), "plugin gambar SVG tidak ada"
    icons = sorted(paths.resource("icons").glob("*.svg"))
    assert icons, "tidak ada ikon SVG"
    for icon in icons:
        image = QIcon(str(icon)).pixmap(32, 32).toImage()
        assert not image.isNull(), f"ikon {icon.name} tidak tergambar"
    return len(icons)


def _window(app, database: Path) -> str:
    """The application's own main window, every screen built, over the self-test's demo data."""
    import time

    from opop_desktop.core.db import open_database
    from opop_desktop.gui.context import AppContext
    from opop_desktop.gui.look import apply_look
    from opop_desktop.gui.main_window import MainWindow
    from opop_desktop.gui.tasks import TaskRunner

    apply_look(app)
    db = open_database(str(database))
    ctx = AppContext(db=db, tasks=TaskRunner(db))
    try:
        window = MainWindow(ctx)
        window.show()
        app.processEvents()
        shot = window.grab()
        screens = window.nav.count()
        window.close()
        deadline = time.monotonic() + 30
        while not ctx.tasks.idle and time.monotonic() < deadline:  # let the screens' loads finish
            app.processEvents()
            time.sleep(0.01)
    finally:
        ctx.tasks.shutdown()
        db.dispose()
    assert not shot.isNull() and shot.width() >= 800, "jendela utama tidak tergambar"
    return f"jendela utama {app.platformName()} {shot.width()}×{shot.height()}, {screens} layar"


def _pdf_page(pdf: Path) -> str:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    error = document.load(str(pdf))
    assert error == QPdfDocument.Error.None_, f"PDF tidak terbuka: {error}"
    image = document.render(0, QSize(300, 460))
    assert not image.isNull(), "halaman PDF tidak tergambar"
    dark = sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
               if QColor(image.pixel(x, y)).lightness() < 128)
    assert dark > 50, "halaman PDF kosong"
    return f"{document.pageCount()} halaman, {dark} titik tinta"


def _collation() -> None:
    import functools

    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale("id_ID"))
    ordered = sorted(_UNSORTED, key=functools.cmp_to_key(collator.compare))
    assert ordered == _COLLATED, f"urutan ICU salah: {ordered}"


def check(pdf: Path, database: Path) -> str:
    """Run every Qt check; ``pdf`` was printed from the demo ``database`` earlier in the self-test.
    Returns a summary."""
    app = _application()
    translated = _translations(app)
    icons = _icons()
    window = _window(app, database)
    page = _pdf_page(pdf)
    _collation()
    return f"{window}, {icons} ikon SVG, PDF {page}, {translated}, urutan ICU benar"
