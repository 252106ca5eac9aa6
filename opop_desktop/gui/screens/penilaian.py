"""Penilaian (ui/penilaian.ui): the juror's score grid, paper entry (blind double entry) and the
progress board, one tab each.

A juror sees only their own sheets (the juror selector is fixed to them); admins, coordinators
and officers choose the panel and juror. "Kirim & kunci" checks the sheet is complete, warns that
locked values cannot be changed, then asks the juror's PIN; afterwards only a coordinator/admin
changes a value through "Koreksi", with a reason (screens/score_sheet.py).
"""
from __future__ import annotations

from opop_desktop.core import permissions

from ..forms.ui_penilaian import Ui_PenilaianScreen
from ..paper_entry import PaperEntryWidget
from ..progress_board import ProgressBoardWidget
from .base import Screen
from .score_sheet import ScoreSheetPage


class PenilaianScreen(Screen):
    key = "penilaian"
    watches = frozenset({"scores", "attendance", "setup", "accounts"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        form = self.use_form(Ui_PenilaianScreen)
        self.tabs = form.tabs
        self.sheet_page = ScoreSheetPage(self)
        self.paper_page = PaperEntryWidget(ctx)
        self.board_page = ProgressBoardWidget(ctx)
        self._pages = (self.sheet_page, self.paper_page, self.board_page)
        for tab, page in zip((form.sheet_tab, form.paper_tab, form.board_tab), self._pages):
            tab.layout().addWidget(page)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())
        ctx.users.user_changed.connect(self._user_changed)
        self._apply_role()

    def retranslate_texts(self) -> None:
        for page in self._pages:
            page.retranslate()

    def title(self) -> str:
        return self.tr("Penilaian")

    def _apply_role(self) -> None:
        user = self.ctx.user
        juror = user is not None and user.role == "juror"
        # A juror works only on their own grid; paper entry and the board are the venue staff's.
        self.tabs.setTabVisible(1, permissions.allowed(user, "paper.enter"))
        self.tabs.setTabVisible(2, permissions.allowed(user, "paper.enter"))
        if juror:
            self.tabs.setCurrentIndex(0)

    def _user_changed(self, _user) -> None:
        # The previous person's sheet must not stay on screen while the new one loads.
        self.sheet_page.model.set_grid(None, can_edit=False)
        self.sheet_page.status_line.clear()
        self.sheet_page.progress_label.clear()
        self._apply_role()
        self._stale = True
        if self.isVisible():
            self.refresh()
            self._stale = False

    def _on_changed(self, changes) -> None:
        page = self.sheet_page
        if page.busy():
            self.board_page.mark_stale()
            # This page's own commits are already on screen; anything else waits until idle.
            if not (page.own_pending and set(changes) <= {"scores"}):
                page.defer(changes)
            return
        super()._on_changed(changes)

    def reload_for(self, changes) -> None:
        super()._on_changed(changes)

    def refresh(self) -> None:
        self.sheet_page.refresh()
        self.paper_page.mark_stale()
        self.board_page.mark_stale()
        self._refresh_current()

    def _refresh_current(self) -> None:
        page = self._pages[self.tabs.currentIndex()] if self.tabs.currentIndex() >= 0 else None
        if hasattr(page, "refresh_if_stale"):
            page.refresh_if_stale()
