"""A status line that shows its state as an icon and words, never by colour alone, in a box whose
height never changes (the words are a MessageArea: two lines, the whole text in its tooltip)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ..icons import state_icon
from .icon_label import IconLabel
from .message_area import MessageArea

ICON_SIZE = 18


class StateLabel(QWidget):
    """``set_state("error", text)``: the error badge and the text; ``""`` clears the badge.
    The ``state`` property drives the colour in gui/look.py as a second cue."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.badge = IconLabel(ICON_SIZE)
        self.badge.hide()
        self.label = MessageArea()
        self.label.setObjectName("stateText")
        self.label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lay.addWidget(self.badge, 0, Qt.AlignTop)
        lay.addWidget(self.label, 1)
        self.state = ""
        self._text: str | Callable[[], str] = ""

    def set_state(self, state: str, text: str | Callable[[], str] | None = None) -> None:
        """``text`` may be a function giving the text in the current language: ``retranslate``
        calls it again after a language switch."""
        self.state = state
        if text is not None:
            self._text = text
            self.label.setText(text() if callable(text) else text)
        self.badge.set_icon(state_icon(state) if state else QIcon())
        self.label.setProperty("state", state)
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)

    def retranslate(self) -> None:
        self.set_state(self.state, self._text)

    def clear(self) -> None:
        self.set_state("", "")

    def setText(self, text: str) -> None:  # noqa: N802 - a drop-in for the QLabel it replaces
        self._text = text
        self.label.setText(text)

    def text(self) -> str:
        return self.label.text()

    def setWordWrap(self, on: bool) -> None:  # noqa: N802
        self.label.setWordWrap(on)
