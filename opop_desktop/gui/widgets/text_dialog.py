"""One line of text asked for in a small dialog: a reason, a time, a juror's PIN."""
from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from ..forms.ui_text_dialog import Ui_TextDialog


class TextDialog(QDialog):
    """``secret`` hides what is typed; ``digits`` limits it to that many digits (a PIN)."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str, *, secret: bool = False,
                 digits: int | None = None):
        super().__init__(parent)
        self.form = Ui_TextDialog()
        self.form.setupUi(self)
        self.setWindowTitle(title)
        self.form.prompt.setText(prompt)
        if secret:
            self.form.answer.setEchoMode(QLineEdit.Password)
        if digits:
            self.form.answer.setMaxLength(digits)
            self.form.answer.setValidator(
                QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{digits}}}"), self))

    def text(self) -> str:
        return self.form.answer.text()


def ask_text(parent: QWidget | None, title: str, prompt: str, **kwargs) -> str | None:
    dlg = TextDialog(parent, title, prompt, **kwargs)
    return dlg.text() if dlg.exec() == QDialog.Accepted else None
