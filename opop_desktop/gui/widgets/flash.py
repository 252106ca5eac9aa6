"""A short coloured flash on an input box, so an officer looking at the queue (not the screen)
still catches whether a scan was taken or refused out of the corner of an eye."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

FLASH_MS = 700
_COLOURS = {"ok": "#c8e6c9", "error": "#ffcdd2"}


def flash(widget: QWidget, outcome: str) -> None:
    """Tint ``widget`` green ("ok") or red ("error") for a moment; the ``flash`` property says
    which, for tests and style sheets."""
    widget.setProperty("flash", outcome)
    widget.setStyleSheet(f"background-color: {_COLOURS[outcome]};")
    token = object()
    widget._flash_token = token

    def fade() -> None:
        if getattr(widget, "_flash_token", None) is token:  # a later flash owns the colour now
            widget.setProperty("flash", "")
            widget.setStyleSheet("")

    QTimer.singleShot(FLASH_MS, widget, fade)
