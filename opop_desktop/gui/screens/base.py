"""Base class of the main window's screens."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..context import AppContext


class Screen(QWidget):
    """A page of the navigation column. Subclasses set ``key`` and implement ``title()``.

    ``watches`` lists change tags (see TaskRunner.changed) that make the screen refresh."""

    key = ""
    watches: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.tasks.changed.connect(self._on_changed)
        ctx.users.user_changed.connect(self._on_user_changed)  # a bound method: dropped with the screen

    def title(self) -> str:
        raise NotImplementedError

    def _on_changed(self, changes) -> None:
        if self.watches & set(changes):
            self._stale = True
            if self.isVisible():
                self.refresh()
                self._stale = False

    def _on_user_changed(self, _user) -> None:
        # What a screen lists can depend on who is signed in (a coordinator's kab/kota): the
        # previous user's rows must not stay for the next one.
        self._stale = True
        if self.isVisible():
            self.refresh()
            self._stale = False

    def activate(self) -> None:
        """Called when the user navigates here."""
        if self._stale:
            self.refresh()
            self._stale = False

    def refresh(self) -> None:
        """Reload data (through ctx.tasks). Default: nothing to load."""


class PlaceholderScreen(Screen):
    """A screen whose issue has not landed yet: say so instead of hiding it."""

    def __init__(self, ctx: AppContext, key: str, title: str, later: str, parent=None):
        super().__init__(ctx, parent)
        self.key = key
        self._title = title
        lay = QVBoxLayout(self)
        head = QLabel(f"<h2>{title}</h2>")
        body = QLabel(later)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        lay.addWidget(head)
        lay.addWidget(body, 1)

    def title(self) -> str:
        return self._title
