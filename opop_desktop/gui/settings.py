"""User preferences kept by Qt (QSettings): language, paper size, backups kept."""
from __future__ import annotations

from PySide6.QtCore import QSettings

from opop_desktop import APP_SLUG, ORG_NAME


def settings() -> QSettings:
    return QSettings(ORG_NAME, APP_SLUG)


def load_language() -> str:
    return str(settings().value("language", "id"))


def save_language(code: str) -> None:
    settings().setValue("language", code)


def paper_size() -> str:
    return str(settings().value("paper", "A4"))
