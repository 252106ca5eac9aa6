"""The ``&Bantuan`` menu: the user guides (Markdown in ``docs/``, shown with their screenshots) and
"Tentang OPOP Desktop".

F1 opens the guide of the signed-in user's role. The guides are plain Markdown files so the same
text reads well on GitHub, in the installed folder and in the application's own viewer.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QTextBrowser,
    QVBoxLayout, QWidget,
)

from opop_desktop import APP_NAME, __version__
from opop_desktop.core import paths

from . import messages

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
IMAGE_MARGIN = 40  # pixels kept free beside a screenshot so it never needs a horizontal scroll bar


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


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that shrinks screenshots to the visible width (they are 1366 px wide)."""

    def loadResource(self, kind: int, url: QUrl):
        if kind == QTextDocument.ImageResource:
            target = url if url.isLocalFile() else self.source().resolved(url)
            image = QImage(target.toLocalFile())
            if not image.isNull():
                width = max(320, self.viewport().width() - IMAGE_MARGIN)
                if image.width() > width:
                    image = image.scaledToWidth(width, Qt.SmoothTransformation)
                return image
        return super().loadResource(kind, url)


class HelpViewer(QDialog):
    """The guides beside each other: a list on the left, the chosen guide on the right."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bantuan — {0}").format(APP_NAME))
        self.resize(1000, 660)  # fits 1366×768 with the taskbar
        self.guides = QListWidget()
        self.guides.setObjectName("help_guides")
        self.guides.setFixedWidth(210)
        for role, name, title in GUIDES:
            item = QListWidgetItem(_plain(_tr(title)))
            item.setData(Qt.UserRole, role)
            item.setData(Qt.UserRole + 1, name)
            self.guides.addItem(item)
        self.browser = GuideBrowser()
        self.browser.setObjectName("help_browser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(docs_dir())])
        self.back_button = QPushButton(self.tr("< &Kembali"))
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        buttons = QDialogButtonBox()
        buttons.addButton(self.back_button, QDialogButtonBox.ActionRole)
        close = buttons.addButton(self.tr("&Tutup"), QDialogButtonBox.RejectRole)
        close.clicked.connect(self.close)
        body = QHBoxLayout()
        body.addWidget(self.guides)
        body.addWidget(self.browser, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(body, 1)
        lay.addWidget(buttons)
        self.setTabOrder(self.guides, self.browser)
        self.guides.currentItemChanged.connect(self._guide_chosen)

    def _guide_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.open_file(docs_dir() / item.data(Qt.UserRole + 1))

    def open_role(self, role: str | None) -> None:
        """Show the guide written for ``role`` (the officer's when nobody is signed in)."""
        path = guide_file(role)
        for row in range(self.guides.count()):
            if self.guides.item(row).data(Qt.UserRole + 1) == path.name:
                self.guides.blockSignals(True)
                self.guides.setCurrentRow(row)
                self.guides.blockSignals(False)
        self.open_file(path)

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


def show_guide(window, role: str | None) -> HelpViewer:
    viewer = help_viewer(window)
    viewer.open_role(role)
    viewer.show()
    viewer.raise_()
    viewer.activateWindow()
    return viewer


def show_guide_for_current_user(window) -> None:
    """F1: the signed-in user's guide; before anyone signs in, the guide for the role this laptop
    was set up for (read on the worker thread like every other database access)."""
    user = window.ctx.user
    if user is not None:
        show_guide(window, user.role)
        return
    from opop_desktop.core.db import get_setting
    window.ctx.tasks.run(lambda session, _task: get_setting(session, "role", ""),
                         on_done=lambda role: show_guide(window, INSTALLATION_ROLE_GUIDE.get(role, DEFAULT_ROLE)),
                         on_error=lambda _err: show_guide(window, DEFAULT_ROLE))


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


def add_help_menu(window) -> None:
    """The ``&Bantuan`` menu of the main window: the guide for my role (F1), each guide, Tentang."""
    stale = getattr(window, "help_viewer", None)
    if stale is not None:  # the menu is rebuilt after a language switch: so is the viewer
        stale.deleteLater()
        window.help_viewer = None
    menu = window.menuBar().addMenu(QCoreApplication.translate("help", "&Bantuan"))
    mine = QAction(QCoreApplication.translate("help", "Panduan untuk &peran saya"), window)
    mine.setObjectName("help_for_role")
    mine.setShortcut(QKeySequence(QKeySequence.HelpContents))
    if mine.shortcut().isEmpty():  # platforms without a standard help key
        mine.setShortcut(QKeySequence("F1"))
    mine.triggered.connect(lambda: show_guide_for_current_user(window))
    menu.addAction(mine)
    menu.addSeparator()
    for role, _name, title in GUIDES:
        act = QAction(_tr(title), window)
        act.triggered.connect(lambda _=False, r=role: show_guide(window, r))
        menu.addAction(act)
    menu.addSeparator()
    about = QAction(QCoreApplication.translate("help", "&Tentang {0}").format(APP_NAME), window)
    about.triggered.connect(lambda: show_about(window))
    menu.addAction(about)
    window.help_menu = menu
    window.help_action = mine
