"""The application's look: Qt's Fusion style in the programme's colours (West Java green with a
gold accent), one header style for every screen, state colours as a second cue beside the state
icons, and the application icon."""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from .icons import app_icon

GREEN = "#1f6e43"        # the programme's colour (as on the printed documents, core/pdf/layout.py)
GREEN_DARK = "#17553a"
INK = "#1f3b4d"          # text and icons
PAPER = "#f6f7f5"        # window background
STATE_COLOURS = {"ok": "#1b7a3a", "warning": "#8a4f00", "error": "#b00020", "info": "#1d5fa8"}

STYLESHEET = f"""
QFrame[screenHeader="true"] {{ border: none; border-bottom: 2px solid {GREEN}; }}
#screenTitle {{ font-size: 15pt; font-weight: 600; color: {GREEN_DARK}; }}
QListWidget#navigation {{ background: #ffffff; border: 1px solid #c9d3cf; }}
QListWidget#navigation::item:selected {{ background: {GREEN}; color: #ffffff; }}
""" + "".join(f'QLabel[state="{state}"] {{ color: {colour}; font-weight: 600; }}\n'
              for state, colour in STATE_COLOURS.items())


def palette() -> QPalette:
    pal = QPalette()
    colours = {
        QPalette.Window: PAPER, QPalette.WindowText: INK, QPalette.Base: "#ffffff",
        QPalette.AlternateBase: "#eef3f0", QPalette.Text: INK, QPalette.Button: "#e9eeeb",
        QPalette.ButtonText: INK, QPalette.Highlight: GREEN, QPalette.HighlightedText: "#ffffff",
        QPalette.ToolTipBase: "#fffbe8", QPalette.ToolTipText: INK, QPalette.Link: GREEN_DARK,
        QPalette.PlaceholderText: "#6b7c85", QPalette.BrightText: "#ffffff",
    }
    for role, colour in colours.items():
        pal.setColor(role, QColor(colour))
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        pal.setColor(QPalette.Disabled, role, QColor("#8c979d"))
    return pal


def apply_look(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setPalette(palette())
    app.setStyleSheet(STYLESHEET)
    app.setWindowIcon(app_icon())


def fit_to_screen(window: QWidget) -> None:
    """Shrink a window's size from its form to the screen's free area: 1366×768 at 150 % scaling
    leaves about 910×510 points, less than the 1280×720 a form asks for."""
    free = QWidget.screen(window).availableGeometry()  # MainWindow.screen(key) names a page
    window.resize(min(window.width(), free.width()), min(window.height(), free.height()))
