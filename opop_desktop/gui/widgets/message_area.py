"""The status line of a screen: one short sentence, in a box whose height never changes.

Errors used to arrive as six-line texts and push the table down mid-typing. The area is two
lines high whatever it shows; a longer text is drawn cut with "…" and shown whole as a tooltip
(``text()`` keeps the whole text)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

LINES = 2
STYLES = {"info": "", "warning": "color: #9a5b00; font-weight: bold;", "error": "color: #b00020;"}


class MessageArea(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self.setFixedHeight(QFontMetrics(self.font()).lineSpacing() * LINES + 4)
        self.kind = "info"
        self.say(text)

    def say(self, text: str, kind: str = "info") -> None:
        self.kind = kind
        self.setStyleSheet(STYLES.get(kind, ""))
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, _event) -> None:
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
