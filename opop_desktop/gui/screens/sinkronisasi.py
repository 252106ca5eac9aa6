"""Sinkronisasi: export bundles, import with a preview, quarantine and trust, conflicts with
their resolution, sequence gaps per device, backups."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView, QTableView

from opop_desktop.core import permissions
from opop_desktop.core.clock import wib_datetime
from opop_desktop.core.regions import gazetteer
from opop_desktop.core.services import backup
from opop_desktop.core.sync import conflicts, export, importer, receipts, workflow

from .. import messages
from ..forms.ui_sinkronisasi import Ui_SinkronisasiScreen
from ..icons import icon, state_icon
from ..login import actor_label
from ..tasks import Cancelled
from ..table_model import Column, RowTableModel
from ..widgets import file_dialogs
from .base import Screen


# Who an export is for, before the kab/kota whose set-up bundle it can also be.
RECIPIENTS = ("province", "all", "regency")
# An import's outcome as a state badge beside its words.
STATUS_STATES = {"preview": "info", "merged": "ok", "already": "ok", "quarantined": "warning",
                 "receipt": "ok"}


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
    reason: str  # why the file was not (or would not be) merged
    state: str = "info"  # the status's badge (gui/icons.py STATES): shown with the words


@dataclass
class VersionRow:
    key: str
    subject: object  # a text or a Message, shown as text
    version_id: str
    value: str
    who: str
    laptop: str
    when: str


def _table(view: QTableView, model: RowTableModel) -> QTableView:
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
        form = self.use_form(Ui_SinkronisasiScreen)
        self.tabs = form.tabs
        self._build_export(form)
        self._build_import(form)
        self._build_quarantine(form)
        self._build_conflicts(form)
        self._build_gaps_and_backups(form)
        self.retranslate_texts()
        self.ctx.users.user_changed.connect(self._apply_role)  # a bound method: dropped with the screen
        self._apply_role(self.ctx.user)

    def retranslate_texts(self) -> None:
        names = {"province": self.tr("Provinsi (hasil)"), "all": self.tr("Semua data (salinan lengkap)"),
                 "regency": self.tr("Kab/kota (hasil dari laptop lokasi ini)")}
        for i, who in enumerate(RECIPIENTS):
            self.recipient.setItemText(i, names[who])
        for i, (code, reg) in enumerate(sorted(gazetteer().regencies.items()), start=len(RECIPIENTS)):
            self.recipient.setItemText(i, self.tr("Penyiapan untuk {0} {1}").format(code, reg.name))
        self.preview_model.set_titles([self.tr("Berkas"), self.tr("Dari"), self.tr("Jenis"), self.tr("Baru"),
                                       self.tr("Sama"), self.tr("Diperbarui"), self.tr("Konflik"),
                                       self.tr("Status"), self.tr("Keterangan")])
        self.quarantine_model.set_titles([self.tr("Perangkat"), self.tr("Id perangkat"),
                                          self.tr("Sidik jari"), self.tr("Alasan")])
        self.conflict_model.set_titles([self.tr("Konflik"), self.tr("Nilai"), self.tr("Oleh"),
                                        self.tr("Laptop"), self.tr("Waktu"), self.tr("Versi")])
        self.gaps_model.set_titles([self.tr("Perangkat"), self.tr("Diterima")])
        self.backup_model.set_titles([self.tr("Cadangan"), self.tr("Ukuran"), self.tr("Waktu")])
        self.export_status.retranslate()
        self.import_status.retranslate()

    def title(self) -> str:
        return self.tr("Sinkronisasi")

    # ------------------------------------------------------------ export
    def _build_export(self, form) -> None:
        self.recipient, self.full, self.seal = form.recipient, form.full, form.seal
        self.export_button, self.export_status = form.export_button, form.export_status
        for who in RECIPIENTS:
            self.recipient.addItem("", who)
        for code in sorted(gazetteer().regencies):
            self.recipient.addItem("", code)
        self.export_button.setIcon(icon("export"))
        self.export_button.clicked.connect(self._ask_export)

    def _ask_export(self) -> None:
        path = file_dialogs.save_file(self, self.tr("Simpan bundel"), "", self.tr("Bundel OPOP (*.opop)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        who = self.recipient.currentData()
        kwargs = dict(full=self.full.isChecked(), seal=self.seal.isChecked(),
                      to_province=who == "province", to_regency=who == "regency",
                      for_regency=None if who in ("province", "regency", "all") else who)

        actor = self.ctx.actor

        def op(session, _ctx):
            return export.export_bundle(session, Path(path), actor=actor, **kwargs)

        def done(res):
            def text():
                out = self.tr("Bundel ditulis: {0} ({1} rekaman).").format(res.path, sum(res.counts.values()))
                if res.held_back:
                    out += "\n" + self.tr("Tidak dikirim (perangkat ini tidak berwenang mengirimnya): {0}.").format(
                        ", ".join(f"{k} {n}" for k, n in sorted(res.held_back.items())))
                return out
            self.export_status.set_state("warning" if res.held_back else "ok", text)
        self.ctx.tasks.run_with_progress(self, self.tr("Menulis bundel…"), op, on_done=done,
                                         changes={"sync"})

    # ------------------------------------------------------------ import
    def _build_import(self, form) -> None:
        self.choose_button, self.merge_button = form.choose_button, form.merge_button
        self.preview_view, self.import_status = form.preview_view, form.import_status
        self.choose_button.setIcon(icon("folder"))
        self.merge_button.setIcon(icon("import"))
        self.choose_button.clicked.connect(self._ask_files)
        self.merge_button.clicked.connect(self.merge)
        self.preview_model = RowTableModel([Column(attr) for attr in (
            "file", "origin", "kind", "new", "identical", "updated", "conflicts")]
            + [Column("status", icon=lambda r: state_icon(r.state)), Column("reason")])
        _table(self.preview_view, self.preview_model)

    def _ask_files(self) -> None:
        files = file_dialogs.open_files(self, self.tr("Pilih bundel"), "", self.tr("Bundel OPOP (*.opop)"))
        if files:
            self.preview(files)

    def _status_text(self, status: str) -> str:
        return {"preview": self.tr("siap digabung"), "merged": self.tr("digabungkan"),
                "already": self.tr("sudah pernah digabung"), "quarantined": self.tr("dikarantina"),
                "receipt": self.tr("tanda terima")}.get(status, status)

    def _row(self, f: workflow.FileResult) -> PreviewRow:
        o = f.outcome
        if o is None:  # refused before merging, or not reached before Batal
            cancelled = f.reason == workflow.CANCELLED
            return PreviewRow(Path(f.file).name, "", "", 0, 0, 0, 0,
                              self.tr("dibatalkan") if cancelled else self.tr("ditolak"), str(f.reason),
                              "warning" if cancelled else "error")
        c = o.counts.values()
        status, state = self._status_text(o.status), STATUS_STATES.get(o.status, "info")
        if not f.merged and o.status in workflow.MERGED + ("preview",):
            status, state = self.tr("tidak digabungkan"), "error"
        return PreviewRow(Path(f.file).name, o.origin_name or o.origin_device, o.kind, sum(x.new for x in c),
                          sum(x.identical for x in c), sum(x.updated for x in c), o.conflicts, status,
                          str(f.reason), state)

    def _import(self, files: list[str], dry_run: bool, title: str, on_done, changes=frozenset()) -> None:
        """The one import workflow off the UI thread; Batal stops between files (files merged by
        then stay merged and are shown as such)."""
        db, actor, who, finished = self.ctx.db, self.ctx.actor, actor_label(self.ctx.user), []

        def op(_session, tctx):
            def progress(done, total, text):
                if not tctx.cancelled:
                    tctx.progress(done, total, text)
            run = workflow.import_files(db, files, actor=actor, who=who, dry_run=dry_run, progress=progress,
                                        cancelled=lambda: tctx.cancelled)
            finished.append(run)
            return run

        def failed(err):
            if isinstance(err, Cancelled) and finished:
                on_done(finished[0])
            elif not isinstance(err, Cancelled):
                messages.show_error(self, err)
        # The workflow opens a unit of work per file itself; the task's own session stays unused
        # and read-only, so it never holds the write lock those need.
        self.ctx.tasks.run_with_progress(self, title, op, on_done=on_done, on_error=failed, changes=changes,
                                         read_only=True)

    def preview(self, files: list[str]) -> None:
        def done(run):
            self.preview_model.set_rows([self._row(f) for f in run.files])
            self.files = [f.file for f in run.files if f.outcome is not None]  # merged or quarantined
            self.merge_button.setEnabled(bool(self.files))
            self.import_status.set_state("info", lambda: self.tr("Pratinjau: periksa lalu tekan Gabungkan."))
        self._import(list(files), True, self.tr("Memeriksa bundel…"), done)

    def merge(self) -> None:
        def done(run):
            self.preview_model.set_rows([self._row(f) for f in run.files])
            self.merge_button.setEnabled(False)

            def text():
                lines = [str(run.backup or ""),
                         self.tr("{0} dari {1} berkas digabungkan.").format(len(run.merged), len(run.files))]
                if run.cancelled:
                    lines.append(self.tr("Dibatalkan: berkas yang belum diproses tidak digabungkan."))
                if run.receipts:
                    lines.append(self.tr("Tanda terima: {0}").format(", ".join(run.receipts)))
                return "\n".join(line for line in lines if line)
            self.import_status.set_state("warning" if run.not_merged else "ok", text)
        self._import(list(self.files), False, self.tr("Menggabungkan bundel…"), done,
                     changes={"sync", "scores", "attendance", "setup", "results", "pesantren"})  # statuses derived

    # ------------------------------------------------------------ quarantine
    def _build_quarantine(self, form) -> None:
        self.quarantine_view, self.trust_button = form.quarantine_view, form.trust_button
        self.quarantine_model = RowTableModel([Column(attr) for attr in (
            "device_name", "origin_device", "fingerprint")] + [
            Column("reason", icon=lambda _r: state_icon("warning"))])
        _table(self.quarantine_view, self.quarantine_model)
        self.trust_button.setIcon(icon("key"))
        self.trust_button.clicked.connect(self.trust_selected)

    def trust_selected(self) -> None:
        row = _selected(self.quarantine_view, self.quarantine_model)
        if row is None:
            return
        text = self.tr("Percayai perangkat {0}?\n\nBandingkan sidik jari ini dengan yang tampil di laptop "
                       "pengirim (mis. lewat telepon):\n\n{1}").format(row.device_name, row.fingerprint)
        if not messages.confirm(self, text):
            return
        fp, actor, who = row.fingerprint, self.ctx.actor, actor_label(self.ctx.user)

        def op(session, _ctx):
            return importer.trust_quarantined(session, fp, actor=actor, who=who)
        self.ctx.tasks.run(op, on_done=lambda files: (self.tabs.setCurrentIndex(1), self.preview(files)),
                           changes={"sync"})

    # ------------------------------------------------------------ conflicts
    def _build_conflicts(self, form) -> None:
        self.conflict_view, self.reason, self.new_value = form.conflict_view, form.reason, form.new_value
        self.pick_button, self.value_button = form.pick_button, form.value_button
        self.conflict_model = RowTableModel([Column(attr) for attr in (
            "subject", "value", "who", "laptop", "when", "version_id")])
        _table(self.conflict_view, self.conflict_model)
        self.pick_button.clicked.connect(lambda: self.resolve(use_value=False))
        self.value_button.clicked.connect(lambda: self.resolve(use_value=True))

    def resolve(self, use_value: bool) -> None:
        row = _selected(self.conflict_view, self.conflict_model)
        if row is None:
            messages.show_error(self, self.tr("Pilih salah satu versi pada daftar konflik."))
            return
        reason, value = self.reason.text().strip(), self.new_value.text().strip()
        actor, who = self.ctx.actor, actor_label(self.ctx.user)

        def op(session, _ctx):
            return conflicts.resolve_conflict(session, row.key, reason=reason, actor=actor, who=who,
                                              pick=None if use_value else row.version_id,
                                              value=value if use_value else None)

        def done(_new_id):
            self.reason.clear()
            self.new_value.clear()
        self.ctx.tasks.run(op, on_done=done, on_error=lambda e: messages.show_error(self, e),
                           changes={"sync", "scores", "attendance", "pesantren"})

    # ------------------------------------------------------------ gaps and backups
    def _build_gaps_and_backups(self, form) -> None:
        self.gaps_model = RowTableModel([Column("name"), Column("text")])
        _table(form.gaps_view, self.gaps_model)
        self.backup_view = form.backup_view
        self.backup_model = RowTableModel([Column("name"), Column("size"),
                                           Column("created", fmt=lambda d: wib_datetime(d, seconds=True))])
        _table(self.backup_view, self.backup_model)
        self.backup_button, self.restore_button = form.backup_button, form.restore_button
        self.backup_button.setIcon(icon("backup"))
        self.restore_button.setIcon(icon("refresh"))
        self.backup_button.clicked.connect(self.make_backup)
        self.restore_button.clicked.connect(self.restore_selected)

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
                           on_done=lambda r: (messages.info(self, str(r.note)), self.refresh()),
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
            on_done=lambda r: messages.info(self, self.tr("Dipulihkan dari {0}.").format(
                Path(r.source).name)),
            on_error=lambda e: messages.show_error(self, e),
            changes={"sync", "scores", "attendance", "setup", "results", "pesantren", "accounts"},
        )

    # ------------------------------------------------------------ loading
    def refresh(self) -> None:
        db = self.ctx.db

        def op(session, _ctx):
            quarantine = importer.quarantined(session)
            versions = []
            for item in conflicts.list_conflicts(session):
                for ver in item.versions:
                    versions.append(VersionRow(item.key, item.subject, ver.version_id, ver.value, ver.who,
                                               ver.device_name or ver.device,
                                               wib_datetime(ver.when)))
            return quarantine, versions, receipts.gaps(session), backup.list_backups(db)

        def done(result):
            quarantine, versions, gaps, backups = result
            self.quarantine_model.set_rows(quarantine)
            self.conflict_model.set_rows(versions)
            self.gaps_model.set_rows(gaps)
            self.backup_model.set_rows(backups)
        self.ctx.tasks.run(op, on_done=done)
