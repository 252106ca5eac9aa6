"""All user-facing dialogs go through here, so wording and behaviour stay consistent."""
from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from opop_desktop.core import logs
from opop_desktop.core.errors import OpopError
from opop_desktop.core.failures import DatabaseGone, failure_message, is_expected

from .forms.ui_unexpected_error_dialog import Ui_UnexpectedErrorDialog

log = logging.getLogger(__name__)


# Literal calls (not a wrapper) so lupdate can see the context and the text.
translate = QCoreApplication.translate


def error_text(err: BaseException) -> str:
    """One short sentence in the user's language for any error; the details go to the log file."""
    if isinstance(err, OpopError) and not isinstance(err, DatabaseGone):
        return str(err)
    if is_expected(err):
        log.warning("%s: %s", type(err).__name__, err, exc_info=err)
    else:
        log.error("unexpected error", exc_info=err)
    return failure_message(err)


def details(err: BaseException) -> str:
    """What 'Salin detail' copies: the error with its traceback and where the log is."""
    return (f"{type(err).__name__}: {err}\n\n" + "".join(traceback.format_exception(err))
            + f"\nLog: {logs.log_path()}\n")


def show_error(parent: QWidget | None, err: BaseException | str) -> None:
    if isinstance(err, str):
        QMessageBox.warning(parent, translate("messages", "Kesalahan"), err)
        return
    text = error_text(err)
    if is_expected(err):
        QMessageBox.warning(parent, translate("messages", "Kesalahan"), text)
    else:
        show_unexpected(parent, err, text)


class UnexpectedErrorDialog(QDialog):
    """For an error nobody foresaw: a short sentence, where the log is, and a button that copies
    the details for the coordinator (the dialog stays open after copying)."""

    def __init__(self, parent: QWidget | None, err: BaseException, text: str | None = None):
        super().__init__(parent)
        self.form = Ui_UnexpectedErrorDialog()
        self.form.setupUi(self)
        self._details = details(err)
        self.text, self.where, self.copy_button = self.form.text, self.form.where, self.form.copy_button
        self.text.set_state("error", text or failure_message(err))
        self.where.setText(self.tr("Rincian tersimpan di berkas log:\n{0}").format(logs.log_path()))
        self.copy_button.clicked.connect(self.copy_details)
        self.form.close_button.clicked.connect(self.reject)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self._details)
        self.copy_button.setText(self.tr("Tersalin"))


def show_unexpected(parent: QWidget | None, err: BaseException, text: str | None = None) -> None:
    dlg = UnexpectedErrorDialog(parent, err, text)
    dlg.exec()
    dlg.deleteLater()


def info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.information(parent, title or translate("messages", "Informasi"), text)


def confirm(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    answer = QMessageBox.question(parent, title or translate("messages", "Konfirmasi"), text,
                                  QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    return answer == QMessageBox.Yes
