"""The one widget for a state or message: an icon and words, never colour alone, in a box whose
height never changes.

Errors used to arrive as six-line texts and push the table below down mid-typing. The words are
two lines high whatever they say; a longer text is drawn cut with "…" and shown whole as a
tooltip (``text()`` keeps the whole text). ``set_state("error", text)`` shows the error badge and
the text; the state ``""`` is a plain message without a badge."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QIcon, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from ..icons import state_icon
from .icon_label import IconLabel

ICON_SIZE = 18
LINES = 2


class FittedText(QLabel):
    """The words of a StateLabel: ``LINES`` lines at most, cut at word boundaries."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self.setFixedHeight(QFontMetrics(self.font()).lineSpacing() * LINES + 4)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect().adjusted(2, 2, -2, 0), int(self.alignment()),
                                  self.palette(), self.isEnabled(), self.fitted(), self.foregroundRole())
        painter.end()

    def fitted(self) -> str:
        """The text as drawn: cut at word boundaries to the area's lines at its current width."""
        rest = " ".join(self.text().split())
        fm = QFontMetrics(self.font())
        width = max(self.contentsRect().width() - 4, 50)
        lines = []
        while rest and len(lines) < LINES:
            if len(lines) == LINES - 1:
                lines.append(fm.elidedText(rest, Qt.ElideRight, width))
                break
            cut = len(rest)
            while cut > 0 and fm.horizontalAdvance(rest[:cut]) > width:
                space = rest.rfind(" ", 0, cut)
                cut = space if space > 0 else cut - 1
            cut = max(cut, 1)
            lines.append(rest[:cut])
            rest = rest[cut:].lstrip()
        return "\n".join(lines)


class _Holder(QWidget):
    """Holds the words outside any layout. A new text makes QLabel ask its layout for room again,
    and each layout above it in turn, up to the window: about 2 ms of re-layout with nothing
    moving (the words' box has a fixed height and takes the width it is given), after every
    committed grid cell. Here the request stops at this widget; the words follow its size."""

    def __init__(self, label: QLabel):
        super().__init__()
        label.setParent(self)
        self.label = label
        self.setSizePolicy(label.sizePolicy())
        self.setFixedHeight(label.minimumHeight())

    def resizeEvent(self, _event) -> None:  # noqa: N802 - Qt override
        self.label.setGeometry(self.rect())


class StateLabel(QWidget):
    """The state badge (``badge``) beside the words (``label``). The ``state`` property of the
    words drives their colour in gui/look.py as a second cue."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.badge = IconLabel(ICON_SIZE)
        self.badge.hide()
        self.label = FittedText()
        self.label.setObjectName("stateText")
        self.label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lay.addWidget(self.badge, 0, Qt.AlignTop)
        lay.addWidget(_Holder(self.label), 1)
        self.state = ""
        self._text: str | Callable[[], str] = ""

    def set_state(self, state: str, text: str | Callable[[], str] | None = None) -> None:
        """``state``: "", "ok", "info", "warning", "error" or "locked". ``text`` may be a function
        giving the text in the current language: ``retranslate`` calls it again after a language
        switch; None keeps the text shown."""
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

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name: a plain message, no badge
        self.set_state("", text)

    def text(self) -> str:
        return self.label.text()

    def fitted(self) -> str:
        return self.label.fitted()
