"""The title row every screen starts with: the screen's icon and its name, in one style
(the ``screenHeader`` rules of gui/look.py)."""
from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from .icon_label import IconLabel

ICON_SIZE = 28  # device-independent points; Qt picks the pixels for 100 % and 150 %


class ScreenHeader(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("screenHeader", True)  # styled in gui/look.py; forms set their own object name
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 6)
        self.icon_label = IconLabel(ICON_SIZE)
        self.icon_label.hide()
        self.title_label = QLabel()
        self.title_label.setObjectName("screenTitle")
        self.title_label.setWordWrap(True)
        lay.addWidget(self.icon_label)
        lay.addWidget(self.title_label, 1)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's naming, so Designer forms can set it
        self.title_label.setText(text)
        self.setAccessibleName(text)

    def text(self) -> str:
        return self.title_label.text()

    def set_icon(self, icon: QIcon) -> None:
        self.icon_label.set_icon(icon)
