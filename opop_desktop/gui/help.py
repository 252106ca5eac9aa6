"""The ``&Bantuan`` menu: the user guides (Markdown in ``docs/``, shown with their screenshots) and
"Tentang OPOP Desktop".

F1 opens the guide of the signed-in user's role. The guides are plain Markdown files so the same
text reads well on GitHub, in the installed folder and in the application's own viewer.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from opop_desktop import APP_NAME, __version__
from opop_desktop.core import paths

from . import messages
from .forms.ui_help_viewer import Ui_HelpViewer
from .icons import icon

# (role, file, title) in menu order; the title is translated in the "help" context.
GUIDES = [
    ("juror", "panduan-juri.md", QT_TRANSLATE_NOOP("help", "Panduan &Juri")),
    ("officer", "panduan-petugas.md", QT_TRANSLATE_NOOP("help", "Panduan &Petugas")),
    ("coordinator", "panduan-koordinator.md", QT_TRANSLATE_NOOP("help", "Panduan &Koordinator")),
    ("admin", "panduan-admin-provinsi.md", QT_TRANSLATE_NOOP("help", "Panduan &Admin Provinsi")),
]
# Nobody signed in yet: the guide for the laptop's place (first-start wizard), else the officer's.
INSTALLATION_ROLE_GUIDE = {"venue": "officer", "regency": "coordinator", "province": "admin"}
DEFAULT_ROLE = "officer"
# F1 opens the guide at the section about the screen in front of the user: role → screen → the
# heading's anchor (GitHub's, see widgets/guide_browser.heading_anchor). Screens not named open
# the guide at its top.
SECTIONS = {
    "juror": {"beranda": "masuk", "penilaian": "cara-mengisi-nilai"},
    "officer": {"beranda": "menyiapkan-laptop-lokasi-sekali-sebelum-hari-audisi",
                "persiapan": "menyiapkan-laptop-lokasi-sekali-sebelum-hari-audisi",
                "kehadiran": "cara-check-in-dengan-pemindai",
                "penilaian": "jika-laptop-juri-mati-entri-kertas-ganda",
                "hasil": "memantau-kemajuan", "cetak": "mencetak-sebelum-audisi",
                "sinkronisasi": "mengirim-hasil-ke-kabkota-akhir-hari", "pengaturan": "cadangan"},
    "coordinator": {"beranda": "menyiapkan-audisi", "persiapan": "menyiapkan-audisi",
                    "kehadiran": "memantau-hari-audisi",
                    "penilaian": "mengoreksi-nilai-yang-sudah-dikunci", "hasil": "meninjau-tanda-varians",
                    "sinkronisasi": "menggabungkan-bundel-dari-lokasi"},
    "admin": {"beranda": "memulai", "peserta": "mengimpor-pendaftar",
              "persiapan": "mengirim-penyiapan-ke-kabkota", "hasil": "membaca-peringkat",
              "sinkronisasi": "menggabungkan-bundel-dari-kabkota", "cetak": "sidang-pleno-dan-berita-acara",
              "pengaturan": "cadangan-dan-pemulihan"},
}


def docs_dir() -> Path:
    """The guides: ``<repo>/docs`` in a checkout, ``<_MEIPASS>/docs`` in the frozen bundle
    (installer/opop.spec ships them there); ``OPOP_DOCS`` overrides it."""
    override = os.environ.get("OPOP_DOCS")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "docs"
    beside_resources = paths.resources_dir().parent / "docs"
    if beside_resources.is_dir():
        return beside_resources
    return Path(__file__).resolve().parents[2] / "docs"


def guide_file(role: str | None) -> Path:
    name = next((f for r, f, _t in GUIDES if r == role), None) or \
        next(f for r, f, _t in GUIDES if r == DEFAULT_ROLE)
    return docs_dir() / name


def _tr(text: str) -> str:
    return QCoreApplication.translate("help", text)


def _plain(title: str) -> str:
    return title.replace("&&", "\0").replace("&", "").replace("\0", "&")


class HelpViewer(QDialog):
    """The guides beside each other: a list on the left, the chosen guide on the right."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = Ui_HelpViewer()
        self.form.setupUi(self)
        self.resize(1000, 660)  # fits 1366×768 with the taskbar
        self.guides, self.browser = self.form.guides, self.form.browser
        self.back_button = self.form.back_button
        self.guides.setObjectName("help_guides")
        self.browser.setObjectName("help_browser")
        for role, name, _title in GUIDES:
            item = QListWidgetItem(icon("document"), "")
            item.setData(Qt.UserRole, role)
            item.setData(Qt.UserRole + 1, name)
            self.guides.addItem(item)
        self._retranslate_texts()
        self.browser.setSearchPaths([str(docs_dir())])
        self.back_button.setIcon(icon("back"))
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.form.close_button.clicked.connect(self.close)
        self.guides.currentItemChanged.connect(self._guide_chosen)

    def _retranslate_texts(self) -> None:
        self.setWindowTitle(self.windowTitle().format(APP_NAME))
        for row, (_role, _name, title) in enumerate(GUIDES):
            self.guides.item(row).setText(_plain(_tr(title)))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.LanguageChange:
            self.form.retranslateUi(self)
            self._retranslate_texts()
        super().changeEvent(event)

    def _guide_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.open_file(docs_dir() / item.data(Qt.UserRole + 1))

    def open_role(self, role: str | None, screen: str | None = None) -> None:
        """Show the guide written for ``role`` (the officer's when nobody is signed in), at the
        section about ``screen`` when it has one."""
        path = guide_file(role)
        for row in range(self.guides.count()):
            if self.guides.item(row).data(Qt.UserRole + 1) == path.name:
                self.guides.blockSignals(True)
                self.guides.setCurrentRow(row)
                self.guides.blockSignals(False)
        self.open_file(path)
        shown = next((r for r, f, _t in GUIDES if f == path.name), DEFAULT_ROLE)
        anchor = SECTIONS.get(shown, {}).get(screen or "")
        if anchor:
            self.browser.go_to_heading(anchor)

    def open_file(self, path: Path) -> None:
        if not path.is_file():
            self.browser.setHtml("<p>" + self.tr("Panduan tidak ditemukan: {0}. Pasang ulang aplikasi atau "
                                                 "baca panduan di folder docs/ pada paket instalasi.")
                                 .format(path) + "</p>")
            return
        self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.MarkdownResource)


def help_viewer(window) -> HelpViewer:
    """One viewer per main window, kept between uses (it remembers its place)."""
    viewer = getattr(window, "help_viewer", None)
    if viewer is None:
        viewer = HelpViewer(window)
        window.help_viewer = viewer
    return viewer


def show_guide(window, role: str | None, screen: str | None = None) -> HelpViewer:
    viewer = help_viewer(window)
    viewer.show()  # first: the section is found in the guide laid out at the viewer's width
    viewer.open_role(role, screen)
    viewer.raise_()
    viewer.activateWindow()
    return viewer


def show_guide_for_current_user(window) -> None:
    """F1: the signed-in user's guide at the section about the current screen; before anyone
    signs in, the guide for the role this laptop was set up for (read on the worker thread like
    every other database access)."""
    screen = current_screen_key(window)
    user = window.ctx.user
    if user is not None:
        show_guide(window, user.role, screen)
        return
    from opop_desktop.core.db import get_setting
    window.ctx.tasks.run(lambda session, _task: get_setting(session, "role", ""),
                         on_done=lambda role: show_guide(
                             window, INSTALLATION_ROLE_GUIDE.get(role, DEFAULT_ROLE), screen),
                         on_error=lambda _err: show_guide(window, DEFAULT_ROLE, screen))


def current_screen_key(window) -> str | None:
    row = window.nav.currentRow() if hasattr(window, "nav") else -1
    return window.screens[row].key if 0 <= row < len(getattr(window, "screens", ())) else None


def about_text() -> str:
    return QCoreApplication.translate("help", 
        "<h3>{0} {1}</h3>"
        "<p>Sistem audisi luring program One Pesantren One Product (OPOP) Jawa Barat: impor pendaftar, "
        "kehadiran, penilaian juri tanpa internet, rekapitulasi, sidang pleno, bundel sinkronisasi "
        "bertanda tangan, dan dokumen cetak.</p>"
        "<p>Data wilayah: kode Kemendagri Provinsi Jawa Barat dari set data <i>wilayah</i> oleh Cahya DSN, "
        "lisensi MIT (resources/regions/LICENSE). Huruf: DejaVu Sans (lisensi DejaVu Fonts). "
        "Antarmuka: Qt for Python (PySide6), lisensi LGPL v3.</p>"
        "<p>Data tersimpan di: {2}</p>").format(APP_NAME, __version__, paths.data_dir())


def show_about(window) -> None:
    messages.info(window, about_text(), QCoreApplication.translate("help", "Tentang {0}").format(APP_NAME))


def connect_help_menu(window) -> None:
    """The ``&Bantuan`` menu of the main window's form: the guide for my role (F1), each guide,
    Tentang OPOP Desktop."""
    form = window.form
    mine = form.help_action
    mine.setIcon(icon("help"))
    mine.setShortcut(QKeySequence(QKeySequence.HelpContents))
    if mine.shortcut().isEmpty():  # platforms without a standard help key
        mine.setShortcut(QKeySequence("F1"))
    mine.triggered.connect(lambda: show_guide_for_current_user(window))
    for role, _name, _title in GUIDES:
        act = getattr(form, f"guide_{role}_action")
        act.setIcon(icon("document"))
        act.triggered.connect(lambda _=False, r=role: show_guide(window, r))
    form.about_action.triggered.connect(lambda: show_about(window))
    window.help_menu = form.help_menu
    window.help_action = mine

