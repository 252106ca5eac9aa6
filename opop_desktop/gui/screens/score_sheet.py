"""The juror's sheet of Penilaian (ui/score_sheet_page.ui): panel and juror, the score grid,
the status line, Koreksi and Kirim & kunci; and the correction dialog (ui/correction_dialog.ui).

Every accepted cell is committed at once in its own transaction (one task per cell). Messages
are given as functions of the current language where they can be, so a language switch rewrites
the status line in place.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from opop_desktop.core import permissions
from opop_desktop.core.services import accounts, score_cell, scoring, setup
from opop_desktop.core.services.scoring import SheetKey
from opop_desktop.core.services.venue_views import juror_panels

from .. import messages
from ..forms.ui_correction_dialog import Ui_CorrectionDialog
from ..forms.ui_score_sheet_page import Ui_ScoreSheetPage
from ..icons import icon
from ..login import to_actor
from ..messages import error_text
from ..score_grid import COMMENT
from ..widgets.text_dialog import ask_text

if TYPE_CHECKING:
    from .penilaian import PenilaianScreen


def load_choices(actor):
    """(panels [(id, label)], jurors {panel_id: [(juror_id, name)]}) the actor may open."""
    def op(session, _task):
        if actor.role == "juror":
            panels = juror_panels(session, actor.juror_id)
        else:
            panels = setup.list_panels(session, regency_code=permissions.scope_of(actor))
        jurors = {}
        for p in panels:
            js = [(pj.juror.id, pj.juror.name) for pj in setup.panel_jurors(session, p.id)]
            if actor.role == "juror":
                js = [j for j in js if j[0] == actor.juror_id]
            jurors[p.id] = js
        return [(p.id, f"{p.venue_name} — {p.name}") for p in panels], jurors
    return op


class CorrectionDialog(QDialog):
    """New value + reason for a coordinator's correction of one cell."""

    def __init__(self, what: str, current: str, parent=None):
        super().__init__(parent)
        self.form = Ui_CorrectionDialog()
        self.form.setupUi(self)
        self.form.what.setText(what)
        self.value, self.reason = self.form.value, self.form.reason
        self.value.setText(current)
        self.value.selectAll()


class ScoreSheetPage(QWidget):
    """Panel + juror selectors, the grid, status line, Koreksi and Kirim & kunci."""

    def __init__(self, screen: "PenilaianScreen"):
        super().__init__()
        self.screen = screen
        self.ctx = screen.ctx
        self.own_pending = 0
        self._deferred_changes: set[str] = set()
        self._jurors: dict[str, list[tuple[str, str]]] = {}
        self.form = Ui_ScoreSheetPage()
        self.form.setupUi(self)
        f = self.form
        self.panel_combo, self.juror_combo, self.progress_label = f.panel_combo, f.juror_combo, f.juror_progress
        self.grid_panel, self.status_line = f.grid_panel, f.status_line
        self.correct_button, self.lock_button = f.correct_button, f.lock_button
        self.model, self.view, self.criterion_help = self.grid_panel.model, self.grid_panel.view, \
            self.grid_panel.criterion_help
        # Set after every committed score: a selectable label re-lays its text out on each change
        # (about 1 ms a cell), and this line only reports.
        self.status_line.label.setTextInteractionFlags(Qt.NoTextInteraction)
        self.correct_button.setIcon(icon("edit"))
        self.lock_button.setIcon(icon("lock"))
        # The grid sits in its own form: its place in the tab chain is set here.
        self.setTabOrder(self.juror_combo, self.view)
        self.setTabOrder(self.view, self.correct_button)

        self.panel_combo.currentIndexChanged.connect(self._panel_changed)
        self.juror_combo.currentIndexChanged.connect(lambda _i: (self.status_line.clear(), self.load_grid()))
        self.model.refused.connect(lambda _r, _c, msg: self.say(msg, error=True))
        self.model.commit_requested.connect(self._commit)
        self.correct_button.clicked.connect(self.correct_current)
        self.lock_button.clicked.connect(self.lock_sheet)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.view.editor_closed.connect(self._reload_if_idle)

    def retranslate(self) -> None:
        """The language changed: the form, the grid's header and words, and the lines set here."""
        self.form.retranslateUi(self)
        self.grid_panel.retranslate()
        self.status_line.retranslate()
        self._show_progress()

    # ------------------------------------------------------------------ typing in progress
    def busy(self) -> bool:
        """A cell is being typed or this page's commits are still running."""
        return self.own_pending > 0 or self.view.is_editing()

    def defer(self, changes) -> None:
        """Reloading now would reset the grid under the typist's fingers: wait until idle."""
        self._deferred_changes |= set(changes)

    def _reload_if_idle(self) -> None:
        if self._deferred_changes and not self.busy():
            changes, self._deferred_changes = self._deferred_changes, set()
            self.screen.reload_for(changes)

    # ------------------------------------------------------------------ helpers
    def actor(self):
        return to_actor(self.ctx.user)

    def say(self, text: str | Callable[[], str], *, error: bool = False) -> None:
        """The status line, with its state's icon; a function of the language for ``text`` makes
        it follow a language switch."""
        self.status_line.set_state("error" if error else "info", text)

    def panel_id(self) -> str | None:
        return self.panel_combo.currentData()

    def juror_id(self) -> str | None:
        return self.juror_combo.currentData()

    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        actor = self.actor()
        if actor is None:
            self.panel_combo.clear()
            self.juror_combo.clear()
            self.model.set_grid(None, can_edit=False)
            self.say(lambda: self.tr("Silakan masuk terlebih dahulu (menu Pengguna → Masuk)."))
            self._update_buttons()
            return
        self.ctx.tasks.run(load_choices(actor), on_done=self._fill_choices,
                           on_error=lambda e: self.say(error_text(e), error=True))

    def _fill_choices(self, result) -> None:
        panels, self._jurors = result
        keep = self.panel_id()
        self.panel_combo.blockSignals(True)
        self.panel_combo.clear()
        for pid, label in panels:
            self.panel_combo.addItem(label, pid)
        i = self.panel_combo.findData(keep)
        self.panel_combo.setCurrentIndex(i if i >= 0 else (0 if panels else -1))
        self.panel_combo.blockSignals(False)
        if not panels:
            self.say(lambda: self.tr("Belum ada panel yang dapat Anda buka."))
        self._panel_changed()

    def _panel_changed(self, *_args) -> None:
        keep = self.juror_id()
        actor = self.actor()
        self.juror_combo.blockSignals(True)
        self.juror_combo.clear()
        for jid, name in self._jurors.get(self.panel_id(), []):
            self.juror_combo.addItem(name, jid)
        i = self.juror_combo.findData(keep)
        self.juror_combo.setCurrentIndex(i if i >= 0 else (0 if self.juror_combo.count() else -1))
        self.juror_combo.setEnabled(actor is not None and actor.role != "juror")
        self.juror_combo.blockSignals(False)
        self.load_grid()

    def load_grid(self) -> None:
        if self.panel_id() and self.juror_id():
            self.open_grid(self.panel_id(), self.juror_id())
        else:
            self.model.set_grid(None, can_edit=False)
            self._update_buttons()

    def open_grid(self, panel_id: str, juror_id: str) -> None:
        """Load the grid of (panel, juror); the service refuses another juror's sheet."""
        actor = self.actor()
        if actor is None:
            return
        self.ctx.tasks.run(lambda s, _t: scoring.juror_grid(s, actor, panel_id, juror_id),
                           on_done=self._show_grid, on_error=self._grid_failed)

    def _show_grid(self, grid) -> None:
        actor = self.actor()
        if self.busy() and self.model.grid is not None and grid.juror_id == self.model.grid.juror_id \
                and grid.panel_id == self.model.grid.panel_id:
            # Loaded before the typist's last keys: showing it would reset the cell being typed.
            self.defer({"scores"})
            return
        cur = self.view.currentIndex()
        self.model.set_grid(grid, can_edit=actor is not None and actor.role == "juror")
        if cur.isValid() and cur.row() < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(cur.row(), cur.column()))
        elif self.model.can_edit:
            self.view.setCurrentIndex(self.view.first_entry_cell())
        self.view.fit_columns()
        self._show_progress()
        if self.status_line.text():
            pass  # keep the message of what just happened ("Koreksi tersimpan.", a refusal, ...)
        elif grid.locked:
            self.say(lambda: self.tr("Lembar sudah dikunci; hanya koordinator yang dapat mengoreksi."))
        elif actor is not None and actor.role == "officer":
            self.say(lambda: self.tr("Petugas hanya melihat; nilai dari kertas dientri di tab Entri kertas."))
        self._update_buttons()

    def _grid_failed(self, err) -> None:
        self.model.set_grid(None, can_edit=False)
        self.progress_label.clear()
        self.say(error_text(err), error=True)
        self._update_buttons()

    def _show_progress(self) -> None:
        g = self.model.grid
        if g is None:
            self.progress_label.clear()
            return
        scored = sum(r.complete for r in self.model.rows if not r.absent)
        total = sum(not r.absent for r in self.model.rows)
        self.progress_label.setText(self.tr("Dinilai {0} dari {1} · belum {2}").format(scored, total, total - scored))

    def _update_buttons(self) -> None:
        actor = self.actor()
        g = self.model.grid
        manage = actor is not None and actor.can_manage
        idx = self.view.currentIndex()
        on_sheet = (g is not None and idx.isValid() and self.model.criterion_at(idx.column()) is not None
                    and not self.model.rows[idx.row()].absent)
        self.correct_button.setVisible(manage)
        self.correct_button.setEnabled(manage and on_sheet)
        self.lock_button.setEnabled(g is not None and actor is not None and actor.role in ("juror", "admin", "coordinator")
                                    and not g.locked)

    # ------------------------------------------------------------------ writing
    def _commit(self, row: int, code: str, value) -> None:
        actor = self.actor()
        g = self.model.grid
        r = self.model.rows[row]
        key = r.sheet_id or SheetKey(g.stage_id, g.panel_id, g.juror_id, r.pesantren_id)
        self.own_pending += 1
        if code == COMMENT:
            op = lambda s, _t: scoring.set_comment(s, actor, key, value)  # noqa: E731
        else:
            op = lambda s, _t: score_cell.enter_cell(s, actor, key, code, value)  # noqa: E731
        self.ctx.tasks.run(op, on_done=lambda res: self._committed(g, row, code, res),
                           on_error=lambda err: self._commit_failed(g, row, code, err), changes={"scores"})

    def _committed(self, grid, row, code, result) -> None:
        self.own_pending -= 1
        self._reload_if_idle()
        if self.model.grid is not grid:
            return  # another sheet is on screen now; it was loaded from the database anyway
        self.model.commit_done(row, code, result)
        self._show_progress()
        if code != COMMENT:
            shown = self.model.data(self.model.index(row, self.model.column_of(code)))
            self.say(lambda: self.tr("Tersimpan: {0} = {1}").format(code, shown))

    def _commit_failed(self, grid, row, code, err) -> None:
        self.own_pending -= 1
        self._reload_if_idle()
        if self.model.grid is not grid:
            self.say(error_text(err), error=True)
            return
        self.model.commit_failed(row, code, error_text(err))
        self.say(error_text(err), error=True)
        self._show_progress()

    def ask_pin(self) -> str | None:
        return ask_text(self, self.tr("Kirim & kunci"),
                        self.tr("PIN juri {0} (6 angka):").format(self.juror_combo.currentText()),
                        secret=True, digits=6)

    def confirm_lock(self, sheets: int) -> bool:
        return messages.confirm(self, self.tr(
            "Kirim dan kunci {0} lembar penilaian?\n\nSetelah dikunci nilai tidak dapat diubah; hanya "
            "koordinator yang dapat mengoreksi dengan alasan.").format(sheets), self.tr("Kirim & kunci"))

    def lock_sheet(self) -> None:
        """Completeness first (nothing to type a PIN for), then the warning, then the PIN."""
        g = self.model.grid
        actor = self.actor()
        if g is None or actor is None:
            return
        missing = scoring.missing_for_lock(g)
        if missing:
            self.say(lambda: str(scoring.incomplete_message(missing)), error=True)
            return
        to_lock = sum(1 for r in self.model.rows if not r.absent and r.status == "draft")
        if not self.confirm_lock(to_lock):
            return
        pin = self.ask_pin()
        if pin is None:
            return

        def pin_checked(outcome) -> None:
            if outcome.user is None:
                self.say(lambda m=outcome.message: str(m), error=True)
                return
            self.ctx.tasks.run(lambda s, _t: scoring.lock_sheets(s, actor, g.panel_id, g.juror_id, pin),
                               on_done=self._locked, on_error=lambda e: self.say(error_text(e), error=True),
                               changes={"scores"})

        # The PIN is checked in its own transaction first, so a wrong PIN's failure count is
        # kept (and throttles the next try) even though nothing gets locked.
        self.ctx.tasks.run(lambda s, _t: accounts.check_juror_pin(s, g.juror_id, pin),
                           on_done=pin_checked, on_error=lambda e: self.say(error_text(e), error=True),
                           changes={"accounts"})

    def _locked(self, result) -> None:
        self.say(lambda: self.tr("{0} lembar dikunci.").format(result.locked))
        self.load_grid()

    def ask_correction(self, what: str, current: str) -> tuple[str, str] | None:
        dlg = CorrectionDialog(what, current, self)
        if dlg.exec() != QDialog.Accepted:
            return None
        return dlg.value.text(), dlg.reason.text()

    def correct_current(self) -> None:
        idx = self.view.currentIndex()
        crit = self.model.criterion_at(idx.column()) if idx.isValid() else None
        actor = self.actor()
        g = self.model.grid
        if crit is None or actor is None or g is None:
            return
        r = self.model.rows[idx.row()]
        answer = self.ask_correction(self.tr("{0}, kriteria {1} — {2}").format(r.name, crit.code, crit.name),
                                     self.model.data(idx))
        if answer is None:
            return
        value, reason = answer
        key = r.sheet_id or SheetKey(g.stage_id, g.panel_id, g.juror_id, r.pesantren_id)
        op = (lambda s, _t: scoring.correct_score(s, actor, key, crit.code, value, reason=reason)) if r.sheet_id else \
            (lambda s, _t: scoring.set_score(s, actor, key, crit.code, value, reason=reason))
        self.ctx.tasks.run(op, on_done=self._corrected, on_error=lambda e: self.say(error_text(e), error=True),
                           changes={"scores"})

    def _corrected(self, _result) -> None:
        self.say(lambda: self.tr("Koreksi tersimpan."))
        self.load_grid()
