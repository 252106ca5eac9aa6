"""Base class of the main window's screens."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from ..icons import screen_icon


class Screen(QWidget):
    """A page of the navigation column. Subclasses set ``key`` and implement ``title()``.

    ``watches`` lists change tags (see TaskRunner.changed) that make the screen refresh.
    Every screen is laid out by a Designer form (``use_form``) and follows a language switch in
    place (``retranslate``): the form's texts, then what the screen wrote itself."""

    key = ""
    watches: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.form = None
        self._stale = True
        ctx.tasks.changed.connect(self._on_changed)
        ctx.users.user_changed.connect(self._on_user_changed)  # a bound method: dropped with the screen

    def use_form(self, form_class):
        """Lay the screen out from a compiled form of ``ui/`` (opop_desktop/gui/forms)."""
        self.form = form_class()
        self.form.setupUi(self)
        header = getattr(self.form, "header", None)
        if header is not None:
            header.set_icon(screen_icon(self.key))
        return self.form

    def retranslate(self) -> None:
        """The language changed: the form's own texts, then the texts the screen writes."""
        self.form.retranslateUi(self)
        self.retranslate_texts()

    def retranslate_texts(self) -> None:
        """Rewrite texts set in code (combo items, shown data) in the current language."""

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
