"""The former name of StateLabel (widgets/state_label.py), kept importable while screens and forms
written against it are moved over: ``MessageArea(text)`` and ``say(text, kind)`` map onto
``StateLabel.set_state``. New code uses StateLabel."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from .state_label import StateLabel


class MessageArea(StateLabel):
    def __init__(self, text: str | QWidget | None = "", parent: QWidget | None = None):
        if isinstance(text, QWidget):  # as a promoted widget, uic passes the parent first
            text, parent = "", text
        super().__init__(parent)
        if text:
            self.set_state("", text)

    def say(self, text: str, kind: str = "info") -> None:
        self.set_state("" if kind == "info" else kind, text)
