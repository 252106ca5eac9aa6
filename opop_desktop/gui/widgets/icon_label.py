"""An icon drawn at its widget's size on every paint, so it stays sharp at 100 %, 150 % and on a
screen with another scaling (a pixmap made once would be blurred or tiny there)."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPainter
from PySide6.QtWidgets import QWidget


class IconLabel(QWidget):
    def __init__(self, size: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFixedSize(QSize(size, size))
        self._icon = QIcon()

    def set_icon(self, icon: QIcon) -> None:
        self._icon = icon
        self.setVisible(not icon.isNull())
        self.update()

    def icon(self) -> QIcon:
        return self._icon

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        if not self._icon.isNull():
            painter = QPainter(self)
            self._icon.paint(painter, self.rect())
            painter.end()
