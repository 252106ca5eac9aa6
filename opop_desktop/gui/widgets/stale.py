"""Refresh-when-visible for tab pages that are not screens themselves (screens use Screen)."""
from __future__ import annotations


class StaleRefresh:
    """Mixin for a QWidget with a ``refresh()``: data changes mark it stale; it reloads now when
    visible, otherwise the next time its owner calls ``refresh_if_stale()``."""

    _stale = True

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh_if_stale()

    def refresh_if_stale(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
