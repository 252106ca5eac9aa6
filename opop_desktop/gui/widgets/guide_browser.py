"""The help viewer's text browser: Markdown guides with their screenshots, and their sections."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser

IMAGE_MARGIN = 40  # pixels kept free beside a screenshot so it never needs a horizontal scroll bar


def heading_anchor(heading: str) -> str:
    """The anchor GitHub gives a Markdown heading: "Jika laptop mati: entri kertas ganda" →
    "jika-laptop-mati-entri-kertas-ganda" (so the same links work there and here)."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


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

    def headings(self) -> dict[str, int]:
        """Anchor → position of each heading of the shown guide."""
        found = {}
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel():
                found.setdefault(heading_anchor(block.text()), block.position())
            block = block.next()
        return found

    def go_to_heading(self, anchor: str) -> bool:
        """Scroll so the heading ``anchor`` is the first line shown; False when the guide has none."""
        position = self.headings().get(anchor)
        if position is None:
            return False
        block = self.document().findBlock(position)
        cursor = QTextCursor(block)
        self.setTextCursor(cursor)
        top = self.document().documentLayout().blockBoundingRect(block).top()
        self.verticalScrollBar().setValue(int(top))
        return True
