"""All user-facing dialogs go through here, so wording and behaviour stay consistent."""
from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from opop_desktop.core.errors import OpopError

log = logging.getLogger(__name__)


# Literal calls (not a wrapper) so lupdate can see the context and the text.
translate = QCoreApplication.translate


def error_text(err: BaseException) -> str:
    """Indonesian text for any error; unexpected ones say what to do next."""
    if isinstance(err, OpopError):
        return str(err)
    log.error("unexpected error: %s", "".join(traceback.format_exception(err)))
    return translate("messages", "Terjadi kesalahan tak terduga: {0}\nData tidak diubah. Jika berulang, "
                     "hubungi koordinator dan sertakan pesan ini.").format(err)


def show_error(parent: QWidget | None, err: BaseException | str) -> None:
    text = err if isinstance(err, str) else error_text(err)
    QMessageBox.warning(parent, translate("messages", "Kesalahan"), text)


def info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.information(parent, title or translate("messages", "Informasi"), text)


def confirm(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    answer = QMessageBox.question(parent, title or translate("messages", "Konfirmasi"), text,
                                  QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    return answer == QMessageBox.Yes
