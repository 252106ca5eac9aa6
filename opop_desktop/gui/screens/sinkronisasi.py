"""Sinkronisasi: export bundles, import with a preview, quarantine and trust, conflicts with
their resolution, sequence gaps per device, backups."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget,
)
from sqlalchemy import select

from opop_desktop.core import permissions
from opop_desktop.core.models import SyncQuarantine
from opop_desktop.core.regions import gazetteer
from opop_desktop.core.services import backup
from opop_desktop.core.sync import conflicts, export, importer, receipts

from .. import messages
from ..table_model import Column, RowTableModel
from .base import Screen


@dataclass
class PreviewRow:
    file: str
    origin: str
    kind: str
    new: int
    identical: int
    updated: int
    conflicts: int
    status: str


@dataclass
class VersionRow:
    key: str
    subject: str
    version_id: str
    value: str
    who: str
    laptop: str
    when: str


def _table(model: RowTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.horizontalHeader().setStretchLastSection(True)
    model.modelReset.connect(view.resizeColumnsToContents)
    return view


def _selected(view: QTableView, model: RowTableModel):
    rows = view.selectionModel().selectedRows()
    return model.row(rows[0].row()) if rows else None


class SinkronisasiScreen(Screen):
    key = "sinkronisasi"
    watches = frozenset({"sync", "scores", "attendance", "setup", "results"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.files: list[str] = []
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel("<h2>" + self.tr("Sinkronisasi") + "</h2>"))
        self.tabs = QTabWidget()
        lay.addWidget(self.tabs, 1)
        self._build_export()
        self._build_import()
        self._build_quarantine()
        self._build_conflicts()
        self._build_gaps_and_backups()

    def title(self) -> str:
        return self.tr("Sinkronisasi")

    # ------------------------------------------------------------ export
    def _build_export(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.recipient = QComboBox()
        self.recipient.addItem(self.tr("Provinsi (hasil)"), "province")
        self.recipient.addItem(self.tr("Semua data (salinan lengkap)"), "all")
        for code, reg in sorted(gazetteer().regencies.items()):
            self.recipient.addItem(self.tr("Penyiapan untuk {0} {1}").format(code, reg.name), code)
        form.addRow(self.tr("&Penerima:"), self.recipient)
        self.full = QCheckBox(self.tr("Kirim semua rekaman (bukan hanya yang baru)"))
        form.addRow("", self.full)
        self.seal = QCheckBox(self.tr("Segel (enkripsi) untuk provinsi"))
        form.addRow("", self.seal)
        self.export_button = QPushButton(self.tr("&Ekspor bundel…"))
        self.export_button.clicked.connect(self._ask_export)
        form.addRow("", self.export_button)
        self.export_status = QLabel("")
        self.export_status.setWordWrap(True)
        form.addRow(self.export_status)
        self.tabs.addTab(page, self.tr("Ekspor"))

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan bundel"), "", self.tr("Bundel OPOP (*.opop)")
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        who = self.recipient.currentData()
        kwargs = dict(full=self.full.isChecked(), seal=self.seal.isChecked(),
                      to_province=who == "province", for_regency=None if who in ("province", "all") else who)

        def op(session, _ctx):
            return export.export_bundle(session, Path(path), **kwargs)

        def done(res):
            self.export_status.setText(self.tr("Bundel ditulis: {0} ({1} rekaman).").format(
                res.path, sum(res.counts.values())))
        self.ctx.tasks.run_with_progress(self, self.tr("Menulis bundel…"), op, on_done=done,
                                         changes={"sync"})

    # ------------------------------------------------------------ import
    def _build_import(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("&Pilih bundel…"))
        self.choose_button.clicked.connect(self._ask_files)
        self.merge_button = QPushButton(self.tr("&Gabungkan"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        row.addWidget(self.choose_button)
        row.addWidget(self.merge_button)
        row.addStretch(1)
        v.addLayout(row)
        self.preview_model = RowTableModel(
            [
                Column("file", self.tr("Berkas")),
                Column("origin", self.tr("Dari")),
                Column("kind", self.tr("Jenis")),
                Column("new", self.tr("Baru")),
                Column("identical", self.tr("Sama")),
                Column("updated", self.tr("Diperbarui")),
                Column("conflicts", self.tr("Konflik")),
                Column("status", self.tr("Status")),
            ]
        )
        self.preview_view = _table(self.preview_model)
        v.addWidget(self.preview_view, 1)
        self.import_status = QLabel("")
        self.import_status.setWordWrap(True)
        v.addWidget(self.import_status)
        self.tabs.addTab(page, self.tr("Impor"))

    def _ask_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Pilih bundel"), "", self.tr("Bundel OPOP (*.opop)")
        )
        if files:
            self.preview(files)

    def _status_text(self, status: str) -> str:
        return {"preview": self.tr("siap digabung"), "merged": self.tr("digabungkan"),
                "already": self.tr("sudah pernah digabung"), "quarantined": self.tr("dikarantina"),
                "receipt": self.tr("tanda terima")}.get(status, status)

    def _rows(self, outcomes) -> list[PreviewRow]:
        rows = []
        for o in outcomes:
            if isinstance(o, tuple):  # (file, error message)
                rows.append(
                    PreviewRow(Path(o[0]).name, "", "", 0, 0, 0, 0, self.tr("ditolak: {0}").format(o[1]))
                )
                continue
            c = o.counts.values()
            rows.append(
                PreviewRow(
                    Path(o.file).name,
                    o.origin_name or o.origin_device,
                    o.kind,
                    sum(x.new for x in c),
                    sum(x.identical for x in c),
                    sum(x.updated for x in c),
                    o.conflicts,
                    self._status_text(o.status),
                )
            )
        return rows

    def _run_files(self, files: list[str], dry_run: bool):
        db = self.ctx.db

        def op(session, tctx):
            note = None if dry_run else backup.make_backup(db, reason="before-import").note
            out = []
            for n, f in enumerate(files):
                tctx.check()
                tctx.progress(n, len(files), Path(f).name)
                try:
                    out.append(importer.import_bundle(session, Path(f), dry_run=dry_run))
                except Exception as exc:  # noqa: BLE001 - shown per file in the table
                    if dry_run:
                        out.append((f, messages.error_text(exc)))
                    else:
                        raise
            return note, out
        return op

    def preview(self, files: list[str]) -> None:
        self.files = list(files)

        def done(result):
            self.preview_model.set_rows(self._rows(result[1]))
            ok = [o for o in result[1] if not isinstance(o, tuple)]
            self.merge_button.setEnabled(bool(ok))
            self.files = [o.file for o in ok]
            self.import_status.setText(self.tr("Pratinjau: periksa lalu tekan Gabungkan."))
        self.ctx.tasks.run_with_progress(
            self, self.tr("Memeriksa bundel…"), self._run_files(self.files, True), on_done=done
        )

    def merge(self) -> None:
        def done(result):
            note, outcomes = result
            self.preview_model.set_rows(self._rows(outcomes))
            self.merge_button.setEnabled(False)
            receipts_ = [o.receipt_path for o in outcomes if o.receipt_path]
            self.import_status.setText(
                f"{note or ''}\n" + self.tr("Tanda terima: {0}").format(", ".join(receipts_))
            )
        self.ctx.tasks.run_with_progress(
            self,
            self.tr("Menggabungkan bundel…"),
            self._run_files(self.files, False),
            on_done=done,
            changes={"sync", "scores", "attendance", "setup", "results"},
        )

    # ------------------------------------------------------------ quarantine
    def _build_quarantine(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        self.quarantine_model = RowTableModel([
            Column("device_name", self.tr("Perangkat")), Column("origin_device", self.tr("Id perangkat")),
            Column("fingerprint", self.tr("Sidik jari")), Column("reason", self.tr("Alasan"))])
        self.quarantine_view = _table(self.quarantine_model)
        v.addWidget(self.quarantine_view, 1)
        self.trust_button = QPushButton(self.tr("&Percayai perangkat"))
        self.trust_button.clicked.connect(self.trust_selected)
        v.addWidget(self.trust_button)
        self.tabs.addTab(page, self.tr("Karantina"))

    def trust_selected(self) -> None:
        row = _selected(self.quarantine_view, self.quarantine_model)
        if row is None:
            return
        text = self.tr("Percayai perangkat {0}?\n\nBandingkan sidik jari ini dengan yang tampil di laptop "
                       "pengirim (mis. lewat telepon):\n\n{1}").format(row.device_name, row.fingerprint)
        if not messages.confirm(self, text):
            return
        fp = row.fingerprint

        def op(session, _ctx):
            return importer.trust_quarantined(session, fp)
        self.ctx.tasks.run(op, on_done=lambda files: (self.tabs.setCurrentIndex(1), self.preview(files)),
                           changes={"sync"})

    # ------------------------------------------------------------ conflicts
    def _build_conflicts(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        self.conflict_model = RowTableModel(
            [
                Column("subject", self.tr("Konflik")),
                Column("value", self.tr("Nilai")),
                Column("who", self.tr("Oleh")),
                Column("laptop", self.tr("Laptop")),
                Column("when", self.tr("Waktu")),
                Column("version_id", self.tr("Versi")),
            ]
        )
        self.conflict_view = _table(self.conflict_model)
        v.addWidget(self.conflict_view, 1)
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("wajib, mis. dicocokkan dengan lembar kertas"))
        form.addRow(self.tr("&Alasan:"), self.reason)
        self.new_value = QLineEdit()
        form.addRow(self.tr("Nilai &baru (opsional):"), self.new_value)
        v.addLayout(form)
        row = QHBoxLayout()
        self.pick_button = QPushButton(self.tr("Pakai versi &terpilih"))
        self.pick_button.clicked.connect(lambda: self.resolve(use_value=False))
        self.value_button = QPushButton(self.tr("Simpan &nilai baru"))
        self.value_button.clicked.connect(lambda: self.resolve(use_value=True))
        row.addWidget(self.pick_button)
        row.addWidget(self.value_button)
        row.addStretch(1)
        v.addLayout(row)
        self.tabs.addTab(page, self.tr("Konflik"))

    def resolve(self, use_value: bool) -> None:
        row = _selected(self.conflict_view, self.conflict_model)
        if row is None:
            messages.show_error(self, self.tr("Pilih salah satu versi pada daftar konflik."))
            return
        reason, value = self.reason.text().strip(), self.new_value.text().strip()
        actor = self.ctx.user.username if self.ctx.user else ""

        def op(session, _ctx):
            return conflicts.resolve_conflict(session, row.key, reason=reason, actor=actor,
                                              pick=None if use_value else row.version_id,
                                              value=value if use_value else None)

        def done(_new_id):
            self.reason.clear()
            self.new_value.clear()
        self.ctx.tasks.run(op, on_done=done, on_error=lambda e: messages.show_error(self, e),
                           changes={"sync", "scores", "attendance"})

    # ------------------------------------------------------------ gaps and backups
    def _build_gaps_and_backups(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        v.addWidget(QLabel(self.tr("Nomor urut yang diterima per perangkat:")))
        self.gaps_model = RowTableModel(
            [Column("name", self.tr("Perangkat")), Column("text", self.tr("Diterima"))]
        )
        v.addWidget(_table(self.gaps_model), 1)
        self.tabs.addTab(page, self.tr("Celah"))
        page = QWidget()
        v = QVBoxLayout(page)
        self.backup_model = RowTableModel(
            [
                Column("name", self.tr("Cadangan")),
                Column("size", self.tr("Ukuran")),
                Column("created", self.tr("Waktu"), fmt=lambda d: d.strftime("%d-%m-%Y %H:%M:%S")),
            ]
        )
        self.backup_view = _table(self.backup_model)
        v.addWidget(self.backup_view, 1)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Buat &cadangan"))
        self.backup_button.clicked.connect(self.make_backup)
        self.restore_button = QPushButton(self.tr("&Pulihkan cadangan terpilih"))
        self.restore_button.clicked.connect(self.restore_selected)
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        v.addLayout(row)
        self.tabs.addTab(page, self.tr("Cadangan"))
        self.ctx.users.user_changed.connect(self._apply_role)  # a bound method: dropped with the screen
        self._apply_role(self.ctx.user)

    def _apply_role(self, user) -> None:
        """An officer exports the venue's bundle and makes backups; importing, trusting devices,
        resolving conflicts and restoring are for admins and coordinators."""
        for button, action in ((self.merge_button, "sync.import"), (self.trust_button, "sync.import"),
                               (self.pick_button, "sync.resolve")):
            index = next(i for i in range(self.tabs.count()) if self.tabs.widget(i).isAncestorOf(button))
            self.tabs.setTabVisible(index, permissions.allowed(user, action))
        self.export_button.setEnabled(permissions.allowed(user, "sync.export"))
        self.backup_button.setEnabled(permissions.allowed(user, "backup.create"))
        self.restore_button.setEnabled(permissions.allowed(user, "backup.restore"))

    def make_backup(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.run(lambda _s, _c: backup.make_backup(db, reason="manual", actor=actor),
                           on_done=lambda r: (messages.info(self, r.note), self.refresh()),
                           on_error=lambda e: messages.show_error(self, e))

    def restore_selected(self) -> None:
        """Check the chosen backup first (nothing changes when it is refused), then confirm with
        what it holds, then restore."""
        row = _selected(self.backup_view, self.backup_model)
        if row is None:
            return
        db = self.ctx.db
        self.ctx.tasks.run(lambda _s, _c: backup.check_backup(db, row.path),
                           on_done=lambda found: self._confirm_restore(row, found),
                           on_error=lambda e: messages.show_error(self, e))

    def _confirm_restore(self, row, found) -> None:
        held = ""
        if found is not None:
            held = self.tr(" Isi cadangan: program {0}, skema {1}.").format(
                ", ".join(str(y) for y in found.programme_years) or "-", found.revision)
        if not messages.confirm(self, self.tr("Pulihkan {0}? Basis data saat ini dicadangkan dulu.").format(
                row.name) + held):
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.ctx.tasks.run(
            lambda _s, _c: backup.restore_backup(db, row.path, actor),
            on_done=lambda r: messages.info(self, self.tr("Dipulihkan dari {0}.").format(Path(r.source).name)),
            on_error=lambda e: messages.show_error(self, e),
            changes={"sync", "scores", "attendance", "setup", "results", "pesantren", "accounts"},
        )

    # ------------------------------------------------------------ loading
    def refresh(self) -> None:
        db = self.ctx.db

        def op(session, _ctx):
            quarantine = session.scalars(select(SyncQuarantine).order_by(SyncQuarantine.received_at)).all()
            versions = []
            for item in conflicts.list_conflicts(session):
                for ver in item.versions:
                    versions.append(VersionRow(item.key, item.subject, ver.version_id, ver.value, ver.who,
                                               ver.device_name or ver.device,
                                               ver.when.strftime("%d-%m-%Y %H:%M") if ver.when else ""))
            return quarantine, versions, receipts.gaps(session), backup.list_backups(db)

        def done(result):
            quarantine, versions, gaps, backups = result
            self.quarantine_model.set_rows(quarantine)
            self.conflict_model.set_rows(versions)
            self.gaps_model.set_rows(gaps)
            self.backup_model.set_rows(backups)
        self.ctx.tasks.run(op, on_done=done)
