"""Kehadiran: check representatives in at the venue.

A USB barcode/QR scanner types the participant card's code + Enter into the search box: an
exact NSPP / registration-number match is checked in at once; anything else lists matches to
pick from. Enter selects the box's text at once, so the next card's code replaces it even while
the search runs; a check-in clears it, an unknown code stays selected; both flash. Officers record up to two representatives, mark absent, record late arrival (an
absent pesantren that turns up) and correct a mistaken record with a reason. Live counts:
expected, present, absent, still awaited.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QTableView, QVBoxLayout,
)

from opop_desktop.core import permissions
from opop_desktop.core.clock import now_utc, wib_time
from opop_desktop.core.errors import ValidationError
from opop_desktop.core.pdf.qr import parse_card_payload
from opop_desktop.core.services import attendance
from opop_desktop.core.services.venue_views import venue_choices

from .. import messages
from ..login import to_actor
from ..messages import error_text
from ..widgets.message_area import MessageArea
from ..table_model import Column, RowTableModel
from ..widgets.flash import flash
from .base import Screen

RIGHT = Qt.AlignRight | Qt.AlignVCenter


class CheckInDialog(QDialog):
    """Representatives (up to 2), late flag; time and officer are shown, recorded by the service."""

    def __init__(self, name: str, officer: str, parent=None, *, correction: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Koreksi kehadiran") if correction else self.tr("Catat kehadiran"))
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{name}</b>"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Hadir"), "present")
        self.status.addItem(self.tr("Tidak hadir"), "absent")
        self.rep1, self.rep2 = QLineEdit(), QLineEdit()
        self.late = QCheckBox(self.tr("Datang &terlambat"))
        self.reason = QLineEdit()
        if correction:
            form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("Perwakilan &1:"), self.rep1)
        form.addRow(self.tr("Perwakilan &2:"), self.rep2)
        form.addRow(self.late)
        if correction:
            form.addRow(self.tr("&Alasan koreksi:"), self.reason)
        form.addRow(self.tr("Waktu:"), QLabel(wib_time(now_utc())))
        form.addRow(self.tr("Petugas:"), QLabel(officer))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def reps(self) -> list[str]:
        return [t for t in (self.rep1.text().strip(), self.rep2.text().strip()) if t]


class KehadiranScreen(Screen):
    key = "kehadiran"
    watches = frozenset({"attendance", "setup", "pesantren"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.venue_combo = QComboBox()
        self.venue_combo.setObjectName("venue_combo")
        self.counts_label = QLabel()
        self.counts_label.setObjectName("attendance_counts")
        self.counts: attendance.AttendanceCounts | None = None
        top = QHBoxLayout()
        venue_label = QLabel(self.tr("&Lokasi:"))
        venue_label.setBuddy(self.venue_combo)
        top.addWidget(venue_label)
        top.addWidget(self.venue_combo, 1)
        top.addWidget(self.counts_label, 2)
        self.search = QLineEdit()
        self.search.setObjectName("checkin_search")
        self.search.setPlaceholderText(self.tr("Nama, NSPP atau nomor pendaftaran — atau pindai kartu peserta"))
        self.search.setClearButtonEnabled(True)
        search_row = QHBoxLayout()
        search_label = QLabel(self.tr("&Cari / pindai:"))
        search_label.setBuddy(self.search)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        self.show_combo = QComboBox()
        for label, status in ((self.tr("Semua"), None), (self.tr("Belum datang"), "awaited"),
                              (self.tr("Hadir"), "present"), (self.tr("Tidak hadir"), "absent")):
            self.show_combo.addItem(label, status)
        show_label = QLabel(self.tr("Tam&pilkan:"))
        show_label.setBuddy(self.show_combo)
        search_row.addWidget(show_label)
        search_row.addWidget(self.show_combo)
        self._all_rows: list[attendance.AttendanceRow] = []
        self.hits_model = RowTableModel([Column("name", self.tr("Pesantren")), Column("nspp", self.tr("NSPP")),
                                         Column("reg_number", self.tr("No. pendaftaran"))])
        self.hits_view = QTableView()
        self.hits_view.setModel(self.hits_model)
        self.hits_view.setSelectionBehavior(QTableView.SelectRows)
        self.hits_view.setMaximumHeight(140)
        self.hits_view.verticalHeader().setVisible(False)
        self.hits_view.horizontalHeader().setStretchLastSection(True)
        self.hits_view.setVisible(False)
        self.model = RowTableModel([
            Column("position", self.tr("No."), align=RIGHT),
            Column("name", self.tr("Pesantren"), tooltip=lambda r: r.name),
            Column("nspp", self.tr("NSPP")), Column("reg_number", self.tr("No. pendaftaran")),
            Column("panel_name", self.tr("Panel")), Column("status", self.tr("Status"), fmt=self.status_text),
            Column("reps", self.tr("Perwakilan")), Column("checked_at", self.tr("Jam"), fmt=wib_time),
            Column("officer", self.tr("Petugas")), Column("reason", self.tr("Keterangan"))])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectRows)
        self.view.setSelectionMode(QTableView.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        # Every column in view at 1366×768: the name takes what is left (full name as tooltip).
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setStretchLastSection(False)
        self.checkin_button = QPushButton(self.tr("&Hadir…"))
        self.absent_button = QPushButton(self.tr("&Tidak hadir"))
        self.correct_button = QPushButton(self.tr("K&oreksi…"))
        self.status_line = MessageArea()
        self.status_line.setObjectName("status_line")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_line, 1)
        for b in (self.checkin_button, self.absent_button, self.correct_button):
            buttons.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(search_row)
        lay.addWidget(self.hits_view)
        lay.addWidget(self.view, 1)
        lay.addLayout(buttons)
        self.setTabOrder(self.venue_combo, self.search)
        self.setTabOrder(self.search, self.show_combo)
        self.setTabOrder(self.show_combo, self.hits_view)
        self.setTabOrder(self.hits_view, self.view)
        self.setTabOrder(self.view, self.checkin_button)
        self.setTabOrder(self.checkin_button, self.absent_button)
        self.setTabOrder(self.absent_button, self.correct_button)

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

    def title(self) -> str:
        return self.tr("Kehadiran")

    def _user_changed(self, _user) -> None:
        self._on_changed({"attendance"})

    def status_text(self, status: str) -> str:
        return {"present": self.tr("Hadir"), "absent": self.tr("Tidak hadir"),
                "awaited": self.tr("Belum datang")}.get(status, status)

    def say(self, text: str, *, error: bool = False) -> None:
        self.status_line.say(text, "error" if error else "info")

    def stage_id(self) -> str | None:
        return self._venues.get(self.venue_combo.currentData())

    def venue_id(self) -> str | None:
        return self.venue_combo.currentData()

    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        scope = permissions.scope_of(self.ctx.user)
        self.ctx.tasks.run(lambda s, _t: [(v.id, v.stage_id, self.tr("Tahap {0} — {1}").format(v.stage_number, v.name))
                                          for v in venue_choices(s, scope)],
                           on_done=self._fill_venues, on_error=lambda e: self.say(error_text(e), error=True))

    def _fill_venues(self, venues) -> None:
        keep = self.venue_combo.currentData()
        self._venues = {vid: sid for vid, sid, _ in venues}
        self.venue_combo.blockSignals(True)
        self.venue_combo.clear()
        for vid, _sid, label in venues:
            self.venue_combo.addItem(label, vid)
        self.venue_combo.setCurrentIndex(max(0, self.venue_combo.findData(keep)) if venues else -1)
        self.venue_combo.blockSignals(False)
        if not venues:
            self.say(self.tr("Belum ada lokasi audisi. Koordinator mengatur lokasi dan panel lebih dulu."))
        self.load_rows()

    def load_rows(self) -> None:
        stage, venue = self.stage_id(), self.venue_id()
        if not stage:
            self.model.set_rows([])
            return

        def op(s, _t):
            rows = attendance.list_attendance(s, stage, venue)
            return rows, attendance.counts(s, stage, venue)
        self.ctx.tasks.run(op, on_done=self._show_rows, on_error=lambda e: self.say(error_text(e), error=True))

    def _show_rows(self, loaded) -> None:
        rows, counts = loaded
        keep = self._selected()
        for r in rows:
            r.reps = ", ".join(n for n in (r.rep1_name, r.rep2_name) if n)
            if r.late and r.status == "present":
                r.reason = r.reason or self.tr("terlambat")
        self._all_rows = rows
        self._apply_filter(keep)
        self.counts = counts
        self.counts_label.setText(self.tr("Diharapkan {0} · Hadir {1} · Tidak hadir {2} · Belum datang {3}").format(
            counts.expected, counts.present, counts.absent, counts.awaited))

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
            self._refused(self.tr("Silakan masuk terlebih dahulu (menu Pengguna → Masuk)."))
            return
        try:
            code = parse_card_payload(text)
        except ValidationError as err:
            self._refused(err.message)
            return
        self.ctx.tasks.run(lambda s, _t: attendance.search_pesantren(s, code, stage_id=stage, venue_id=venue),
                           on_done=lambda hits: self._searched(text, hits),
                           on_error=lambda e: self._refused(error_text(e)))

    def _refused(self, message: str) -> None:
        self.say(message, error=True)
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
            self.say(self.tr("{0} pesantren cocok; pilih lalu Enter.").format(len(hits)))
        else:
            self._refused(self.tr("Tidak ada pesantren yang cocok dengan '{0}' di lokasi ini.").format(text))

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
        self.ctx.tasks.run(op, on_done=lambda res: self.say(done_text(res)),
                           on_error=lambda e: self.say(error_text(e), error=True), changes={"attendance"})

    def check_in(self, pesantren_id: str, reps: list[str], late: bool) -> None:
        stage, venue, actor = self.stage_id(), self.venue_id(), to_actor(self.ctx.user)
        self._run(lambda s, _t: attendance.check_in(s, actor, stage_id=stage, pesantren_id=pesantren_id, reps=reps,
                                                    late=late, venue_id=venue),
                  lambda res: res.message)

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
