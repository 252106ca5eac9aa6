"""The one way to ask for a file name: dialogs that never open the files they list.

Qt's stock icon provider asks QMimeDatabase for each listed file, and QMimeDatabase opens any file
whose name says nothing (``opop.db``, ``opop.sqlite3-wal``, ``-shm``) to sniff its content. On
Linux and macOS closing that descriptor drops every SQLite lock this process holds on the file, so
an ``opop`` command run beside the app thinks it is alone and deletes the WAL under the app.
These dialogs therefore use Qt's own dialog with an icon provider that looks at names only.
Windows keeps its native dialog: its file locks belong to a handle, not to the process.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle, QWidget

USE_NATIVE = sys.platform == "win32"


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """A folder icon or a file icon, decided by the directory entry alone (never the content)."""

    def __init__(self):
        super().__init__()
        style = QApplication.style()
        self._folder = style.standardIcon(QStyle.SP_DirIcon)
        self._file = style.standardIcon(QStyle.SP_FileIcon)
        self._drive = style.standardIcon(QStyle.SP_DriveHDIcon)

    def icon(self, what):  # noqa: D401 - Qt override (IconType or QFileInfo)
        if isinstance(what, QFileInfo):
            if what.isRoot():
                return self._drive
            return self._folder if what.isDir() else self._file
        return self._drive if what == QAbstractFileIconProvider.Drive else (
            self._folder if what == QAbstractFileIconProvider.Folder else self._file)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QApplication.translate("file_dialogs", "Folder")
        suffix = info.suffix()
        return QApplication.translate("file_dialogs", "Berkas {0}").format(suffix.upper()) if suffix else \
            QApplication.translate("file_dialogs", "Berkas")


def make_dialog(parent: QWidget | None, title: str, directory: str = "", name_filter: str = "",
                *, mode: QFileDialog.FileMode = QFileDialog.ExistingFile, save: bool = False) -> QFileDialog:
    dlg = QFileDialog(parent, title, directory, name_filter)
    dlg.setFileMode(mode)
    if save:
        dlg.setAcceptMode(QFileDialog.AcceptSave)
    if not USE_NATIVE:
        dlg.setOption(QFileDialog.DontUseNativeDialog, True)
        dlg._icons = NameOnlyIconProvider()  # the dialog does not own it: keep it alive
        dlg.setIconProvider(dlg._icons)
    return dlg


def _run(dlg: QFileDialog) -> list[str]:
    try:
        return dlg.selectedFiles() if dlg.exec() == QFileDialog.Accepted else []
    finally:
        dlg.deleteLater()


def open_file(parent: QWidget | None, title: str, directory: str = "", name_filter: str = "") -> str:
    files = _run(make_dialog(parent, title, directory, name_filter))
    return files[0] if files else ""


def open_files(parent: QWidget | None, title: str, directory: str = "", name_filter: str = "") -> list[str]:
    return _run(make_dialog(parent, title, directory, name_filter, mode=QFileDialog.ExistingFiles))


def save_file(parent: QWidget | None, title: str, path: str = "", name_filter: str = "") -> str:
    files = _run(make_dialog(parent, title, path, name_filter, mode=QFileDialog.AnyFile, save=True))
    return files[0] if files else ""
