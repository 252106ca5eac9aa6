"""Kehadiran: check representatives in at the venue.

A USB barcode/QR scanner types the participant card's code + Enter into the search box: an
exact NSPP / registration-number match is checked in at once; anything else lists matches to
pick from. Enter selects the box's text at once, so the next card's code replaces it even while
the search runs; a check-in clears it, an unknown code stays selected; both flash. Officers
record up to two representatives, mark absent, record late arrival (an absent pesantren that
turns up) and correct a mistaken record with a reason. Live counts: expected, present, absent,
still awaited. The layout is ui/kehadiran.ui and ui/check_in_dialog.ui.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView

from opop_desktop.core import permissions
from opop_desktop.core.clock import now_utc, wib_time
from opop_desktop.core.errors import ValidationError
from opop_desktop.core.pdf.qr import parse_card_payload
from opop_desktop.core.services import attendance
from opop_desktop.core.services.venue_views import venue_choices

from .. import messages
from ..forms.ui_check_in_dialog import Ui_CheckInDialog
from ..forms.ui_kehadiran import Ui_KehadiranScreen
from ..icons import icon
from ..login import to_actor
from ..messages import error_text
from ..table_model import Column, RowTableModel
from ..widgets.flash import flash
from .base import Screen

RIGHT = Qt.AlignRight | Qt.AlignVCenter
# The "Tampilkan" choices of the form, in order: every expected pesantren, or one status.
SHOWN_STATUSES = (None, "awaited", "present", "absent")
NAME_CHARS = 32  # a representative's name field


class CheckInDialog(QDialog):
    """Representatives (up to 2), late flag; time and officer are shown, recorded by the service.
    A correction also asks for the status and a reason."""

    STATUSES = ("present", "absent")  # the status choices of the form, in order

    def __init__(self, name: str, officer: str, parent=None, *, correction: bool = False):
        super().__init__(parent)
        self.form = Ui_CheckInDialog()
        self.form.setupUi(self)
        self.setWindowTitle(self.tr("Koreksi kehadiran") if correction else self.tr("Catat kehadiran"))
        self.status, self.rep1, self.rep2 = self.form.status, self.form.rep1, self.form.rep2
        self.late, self.reason = self.form.late, self.form.reason
        # Room for a full name, in characters so it grows with the font and scaling.
        self.rep1.setMinimumWidth(self.rep1.fontMetrics().averageCharWidth() * NAME_CHARS)
        for i, status in enumerate(self.STATUSES):
            self.status.setItemData(i, status)
        self.form.name_label.setText(name)
        self.form.time_label.setText(wib_time(now_utc()))
        self.form.officer_label.setText(officer)
        self.form.dialog_form.setRowVisible(self.status, correction)
        self.form.dialog_form.setRowVisible(self.reason, correction)
        self.form.buttons.accepted.connect(self.accept)
        self.form.buttons.rejected.connect(self.reject)

    def reps(self) -> list[str]:
        return [t for t in (self.rep1.text().strip(), self.rep2.text().strip()) if t]


class KehadiranScreen(Screen):
    key = "kehadiran"
    watches = frozenset({"attendance", "setup", "pesantren"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        form = self.use_form(Ui_KehadiranScreen)
        self.venue_combo, self.counts_label, self.search = form.venue_combo, form.attendance_counts, form.checkin_search
        self.show_combo, self.hits_view, self.view = form.show_combo, form.hits_view, form.attendance_view
        self.checkin_button, self.absent_button = form.checkin_button, form.absent_button
        self.correct_button, self.status_line = form.correct_button, form.status_line
        self.counts: attendance.AttendanceCounts | None = None
        for i, status in enumerate(SHOWN_STATUSES):
            self.show_combo.setItemData(i, status)
        self._all_rows: list[attendance.AttendanceRow] = []
        self._venue_rows: list[tuple[str, str, int, str]] = []  # venue id, stage id, stage number, name
        self.hits_model = RowTableModel([Column("name"), Column("nspp"), Column("reg_number")], self)
        self.hits_view.setModel(self.hits_model)
        self.model = RowTableModel([
            Column("position", align=RIGHT), Column("name", tooltip=lambda r: r.name), Column("nspp"),
            Column("reg_number"), Column("panel_name"), Column("status", fmt=self.status_text), Column("reps"),
            Column("checked_at", fmt=wib_time), Column("officer"), Column("note")], self)
        self.view.setModel(self.model)
        # Every column in view at 1366×768: the name takes what is left (full name as tooltip).
        for header, name_column in ((self.view.horizontalHeader(), 1), (self.hits_view.horizontalHeader(), 0)):
            header.setSectionResizeMode(QHeaderView.ResizeToContents)
            header.setSectionResizeMode(name_column, QHeaderView.Stretch)
        self.checkin_button.setIcon(icon("user-check"))

        self._venues: dict[str, str] = {}  # venue id → stage id
        self.venue_combo.currentIndexChanged.connect(lambda _i: self.load_rows())
        self.search.returnPressed.connect(self.run_search)
        self.show_combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.hits_view.activated.connect(self._hit_chosen)
        self.view.activated.connect(lambda _i: self.check_in_selected())
        self.checkin_button.clicked.connect(self.check_in_selected)
        self.absent_button.clicked.connect(self.mark_absent_selected)
        self.correct_button.clicked.connect(self.correct_selected)
        ctx.users.user_changed.connect(self._user_changed)  # a bound method: dropped with the screen
        self.retranslate_texts()

    def retranslate_texts(self) -> None:
        self.hits_model.set_titles([self.tr("Pesantren"), self.tr("NSPP"), self.tr("No. pendaftaran")])
        for row in self._all_rows:
            row.note = self._note(row)
        self.model.set_titles([
            self.tr("No."), self.tr("Pesantren"), self.tr("NSPP"), self.tr("No. pendaftaran"), self.tr("Panel"),
            self.tr("Status"), self.tr("Perwakilan"), self.tr("Jam"), self.tr("Petugas"), self.tr("Keterangan")])
        for i, (_vid, _sid, number, name) in enumerate(self._venue_rows):
            self.venue_combo.setItemText(i, self.tr("Tahap {0} — {1}").format(number, name))
        self._show_counts()
        self.status_line.retranslate()

    def title(self) -> str:
        return self.tr("Kehadiran")

    def _user_changed(self, _user) -> None:
        self._on_changed({"attendance"})

    def status_text(self, status: str) -> str:
        return {"present": self.tr("Hadir"), "absent": self.tr("Tidak hadir"),
                "awaited": self.tr("Belum datang")}.get(status, status)

    def say(self, text, state: str = "info") -> None:
        """The status line: ``text`` (or a function giving it in the current language, so a
        language switch rewrites it) beside the icon of ``state`` (gui/icons.py STATES)."""
        self.status_line.set_state(state, text)

    def stage_id(self) -> str | None:
        return self._venues.get(self.venue_combo.currentData())

    def venue_id(self) -> str | None:
        return self.venue_combo.currentData()

    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        scope = permissions.scope_of(self.ctx.user)
        self.ctx.tasks.run(lambda s, _t: [(v.id, v.stage_id, v.stage_number, v.name) for v in venue_choices(s, scope)],
                           on_done=self._fill_venues, on_error=lambda e: self.say(error_text(e), "error"))

    def _fill_venues(self, venues) -> None:
        keep = self.venue_combo.currentData()
        self._venue_rows = venues
        self._venues = {vid: sid for vid, sid, _number, _name in venues}
        self.venue_combo.blockSignals(True)
        self.venue_combo.clear()
        for vid, _sid, number, name in venues:
            self.venue_combo.addItem(self.tr("Tahap {0} — {1}").format(number, name), vid)
        self.venue_combo.setCurrentIndex(max(0, self.venue_combo.findData(keep)) if venues else -1)
        self.venue_combo.blockSignals(False)
        if not venues:
            self.say(lambda: self.tr("Belum ada lokasi audisi. Koordinator mengatur lokasi dan panel lebih dulu."),
                     "warning")
        self.load_rows()

    def load_rows(self) -> None:
        stage, venue = self.stage_id(), self.venue_id()
        if not stage:
            self.model.set_rows([])
            return

        def op(s, _t):
            rows = attendance.list_attendance(s, stage, venue)
            return rows, attendance.counts(s, stage, venue)
        self.ctx.tasks.run(op, on_done=self._show_rows, on_error=lambda e: self.say(error_text(e), "error"))

    def _note(self, row: attendance.AttendanceRow) -> str:
        """The Keterangan column: the recorded reason, else "terlambat" for a late arrival."""
        return row.reason or (self.tr("terlambat") if row.late and row.status == "present" else "")

    def _show_rows(self, loaded) -> None:
        rows, counts = loaded
        keep = self._selected()
        for r in rows:
            r.reps = ", ".join(n for n in (r.rep1_name, r.rep2_name) if n)
            r.note = self._note(r)
        self._all_rows = rows
        self._apply_filter(keep)
        self.counts = counts
        self._show_counts()

    def _show_counts(self) -> None:
        c = self.counts
        if c is not None:
            self.counts_label.setText(self.tr("Diharapkan {0} · Hadir {1} · Tidak hadir {2} · Belum datang {3}").format(
                c.expected, c.present, c.absent, c.awaited))

    def _apply_filter(self, keep: attendance.AttendanceRow | None = None) -> None:
        """Show every expected pesantren, or only those still awaited / present / absent."""
        keep = keep or self._selected()
        wanted = self.show_combo.currentData()
        rows = [r for r in self._all_rows if wanted is None or r.status == wanted]
        self.model.set_rows(rows)
        for i, r in enumerate(rows):
            if keep is not None and r.pesantren_id == keep.pesantren_id:
                self.view.selectRow(i)

    def _selected(self) -> attendance.AttendanceRow | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.row(rows[0].row()) if rows else None

    # ------------------------------------------------------------------ search and scan
    def run_search(self) -> None:
        text = self.search.text().strip()
        stage, venue, actor = self.stage_id(), self.venue_id(), to_actor(self.ctx.user)
        # Selected now, not when the search returns: a scanner types the next code at once.
        self.search.selectAll()
        if not text or not stage:
            return
        if actor is None:
            self._refused(lambda: self.tr("Silakan masuk terlebih dahulu (menu Pengguna → Masuk)."))
            return
        try:
            code = parse_card_payload(text)
        except ValidationError as err:
            self._refused(err.message)
            return
        self.ctx.tasks.run(lambda s, _t: attendance.search_pesantren(s, code, stage_id=stage, venue_id=venue),
                           on_done=lambda hits: self._searched(text, hits),
                           on_error=lambda e: self._refused(error_text(e)))

    def _refused(self, message) -> None:
        self.say(message, "error")
        flash(self.search, "error")

    def _searched(self, text: str, hits) -> None:
        if len(hits) == 1 and hits[0].exact:
            # A scanner (or a typed code): check in at once, ready for the next card — unless
            # the next card is already being typed into the box.
            if self.search.text().strip() == text:
                self.search.clear()
            flash(self.search, "ok")
            self.hits_view.setVisible(False)
            self.check_in(hits[0].id, [], False)
            return
        self.hits_model.set_rows(hits)
        self.hits_view.setVisible(bool(hits))
        if hits:
            self.hits_view.selectRow(0)
            self.say(lambda: self.tr("{0} pesantren cocok; pilih lalu Enter.").format(len(hits)))
        else:
            self._refused(lambda: self.tr("Tidak ada pesantren yang cocok dengan '{0}' di lokasi ini.").format(text))

    def _hit_chosen(self, index) -> None:
        hit = self.hits_model.row(index.row())
        answer = self.ask_checkin(hit.name)
        if answer is not None:
            self.check_in(hit.id, *answer)

    # ------------------------------------------------------------------ actions
    def ask_checkin(self, name: str) -> tuple[list[str], bool] | None:
        dlg = CheckInDialog(name, self.ctx.user.username if self.ctx.user else "", self)
        return (dlg.reps(), dlg.late.isChecked()) if dlg.exec() == QDialog.Accepted else None

    def ask_correction(self, row) -> tuple[str, str, list[str]] | None:
        dlg = CheckInDialog(row.name, self.ctx.user.username if self.ctx.user else "", self, correction=True)
        dlg.rep1.setText(row.rep1_name)
        dlg.rep2.setText(row.rep2_name)
        if dlg.exec() != QDialog.Accepted:
            return None
        return dlg.status.currentData(), dlg.reason.text(), dlg.reps()

    def confirm_absent(self, name: str) -> bool:
        return messages.confirm(self, self.tr("Tandai {0} tidak hadir?").format(name))

    def _run(self, op, done_text) -> None:
        self.ctx.tasks.run(op, on_done=lambda res: self.say(lambda: done_text(res), "ok"),
                           on_error=lambda e: self.say(error_text(e), "error"), changes={"attendance"})

    def check_in(self, pesantren_id: str, reps: list[str], late: bool) -> None:
        stage, venue, actor = self.stage_id(), self.venue_id(), to_actor(self.ctx.user)
        self._run(lambda s, _t: attendance.check_in(s, actor, stage_id=stage, pesantren_id=pesantren_id, reps=reps,
                                                    late=late, venue_id=venue),
                  lambda res: str(res.message))

    def check_in_selected(self) -> None:
        row = self._selected()
        if row is None:
            return
        answer = self.ask_checkin(row.name)
        if answer is not None:
            self.check_in(row.pesantren_id, *answer)

    def mark_absent_selected(self) -> None:
        row = self._selected()
        stage, venue, actor = self.stage_id(), self.venue_id(), to_actor(self.ctx.user)
        if row is None or not self.confirm_absent(row.name):
            return
        self._run(lambda s, _t: attendance.mark_absent(s, actor, stage_id=stage, pesantren_id=row.pesantren_id,
                                                       venue_id=venue),
                  lambda res: self.tr("{0} tercatat tidak hadir.").format(res.name))

    def correct_selected(self) -> None:
        row = self._selected()
        stage, actor = self.stage_id(), to_actor(self.ctx.user)
        if row is None:
            return
        answer = self.ask_correction(row)
        if answer is None:
            return
        status, reason, reps = answer
        self._run(lambda s, _t: attendance.correct(s, actor, stage_id=stage, pesantren_id=row.pesantren_id,
                                                   status=status, reason=reason, reps=reps),
                  lambda res: self.tr("Kehadiran {0} dikoreksi.").format(res.name))
