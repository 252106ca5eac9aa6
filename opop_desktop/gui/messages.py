"""All user-facing dialogs go through here, so wording and behaviour stay consistent."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from opop_desktop.core.errors import OpopError
from opop_desktop.core.failures import DatabaseGone, failure_message, is_expected

log = logging.getLogger(__name__)


# Literal calls (not a wrapper) so lupdate can see the context and the text.
translate = QCoreApplication.translate


def language() -> str:
    from .settings import load_language
    return load_language()


def error_text(err: BaseException) -> str:
    """One short sentence in the user's language for any error; the details go to the log file."""
    if isinstance(err, OpopError) and not isinstance(err, DatabaseGone):
        return str(err)
    if is_expected(err):
        log.warning("%s: %s", type(err).__name__, err, exc_info=err)
    else:
        log.error("unexpected error", exc_info=err)
    return failure_message(err, language())


def show_error(parent: QWidget | None, err: BaseException | str) -> None:
    text = err if isinstance(err, str) else error_text(err)
    QMessageBox.warning(parent, translate("messages", "Kesalahan"), text)


def info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.information(parent, title or translate("messages", "Informasi"), text)


def confirm(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    answer = QMessageBox.question(parent, title or translate("messages", "Konfirmasi"), text,
                                  QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    return answer == QMessageBox.Yes
