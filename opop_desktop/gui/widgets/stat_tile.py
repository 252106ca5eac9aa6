"""A big number with a caption underneath (the Beranda funnel; other dashboards may reuse it)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from opop_desktop.core.formats import count_text


class StatTile(QFrame):
    """Designer forms create it with its parent and set ``caption`` (setCaption)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        self.setMinimumWidth(130)
        lay = QVBoxLayout(self)
        self.number = QLabel("–")
        self.number.setAlignment(Qt.AlignCenter)
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignCenter)
        self.caption.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setAlignment(Qt.AlignCenter)
        self.detail.setWordWrap(True)
        self.detail.setEnabled(False)  # greyed: secondary information
        lay.addWidget(self.number)
        lay.addWidget(self.caption)
        lay.addWidget(self.detail)
        self.value: int | None = None

    def setCaption(self, text: str) -> None:  # noqa: N802 - Qt's naming, so Designer forms can set it
        self.caption.setText(text)
        self.setAccessibleName(f"{text}: {fmt_count(self.value)}")

    def set_value(self, value: int | None, detail: str = "") -> None:
        self.value = value
        self.number.setText(count_text(value))
        self.detail.setText(detail)
        self.setAccessibleName(f"{self.caption.text()}: {count_text(value)}")
