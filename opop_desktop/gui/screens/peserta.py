"""Peserta: the pesantren of the current programme year, with filters, instant search, import and
the administration decision (passed / failed with a reason) for the selected rows."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QMenu

from opop_desktop.core import permissions
from opop_desktop.core.formats import count_text
from opop_desktop.core.labels import STATUS_LABELS, TRACK_LABELS
from opop_desktop.core.models import STATUSES, TRACKS

from .. import messages
from ..admin_decision_dialog import AdminDecisionDialog
from ..forms.ui_peserta import Ui_PesertaScreen
from ..icons import icon
from ..login import to_actor
from ..table_model import Column, RowTableModel
from ..widgets.pesantren_filter import PesantrenFilterProxy
from .base import Screen


def label(text: str) -> str:
    """Display labels from core/labels.py, through the translator."""
    return QCoreApplication.translate("labels", text)


@dataclass
class PesertaData:
    rows: list  # PesantrenRow
    home_regency: str | None  # this laptop's kab/kota (kab/kota and venue laptops)


def exec_dialog(dlg: QDialog) -> bool:
    return dlg.exec() == QDialog.Accepted


def load_pesantren(session, scope: str | None = None) -> PesertaData:
    """The pesantren of the programme year; only those of ``scope`` (a coordinator's kab/kota)."""
    from opop_desktop.core.db import get_setting
    from opop_desktop.core.services.registrants import list_pesantren
    home = get_setting(session, "regency_code") if get_setting(session, "role") != "province" else ""
    return PesertaData(list_pesantren(session, regency_code=scope), home or None)


class PesertaScreen(Screen):
    key = "peserta"
    watches = frozenset({"pesantren", "setup", "attendance", "results"})

    NAME_COLUMN = 2
    HIDDEN_AT_START = (3, 10, 11)  # Pimpinan, No. HP, Tgl. daftar
    COLUMN_WIDTHS = (115, 105, 250, 150, 140, 120, 140, 120, 80, 140, 110, 90)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.model = RowTableModel(self._columns(), self)
        self.proxy = PesantrenFilterProxy(self.model, self)
        self._loaded = False
        self.open_dialog = exec_dialog  # tests fill the real dialog and accept it
        form = self.use_form(Ui_PesertaScreen)
        self.search, self.import_button, self.decide_button = form.search, form.import_button, form.decide_button
        self.regency_combo, self.district_combo = form.regency_combo, form.district_combo
        self.track_combo, self.field_combo, self.status_combo = form.track_combo, form.field_combo, form.status_combo
        self.reset_button, self.hint, self.table = form.reset_button, form.hint, form.table
        self.count_label, self.status_line = form.count_label, form.status_line
        self._connect()
        self.retranslate_texts()

    def title(self) -> str:
        return self.tr("Peserta")

    def _column_menu(self, pos) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for col in range(self.proxy.columnCount()):
            action = menu.addAction(str(self.proxy.headerData(col, Qt.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(col))
            action.setEnabled(col != self.NAME_COLUMN)
            action.toggled.connect(lambda on, c=col: header.setSectionHidden(c, not on))
        menu.exec(header.mapToGlobal(pos))

    def _columns(self) -> list[Column]:
        return [
            Column("reg_number"), Column("nspp"), Column("name", tooltip=lambda r: r.name), Column("leader"),
            Column("regency_name"), Column("district_name"), Column("product"), Column("product_field"),
            Column("track", fmt=lambda v: label(TRACK_LABELS.get(v, v or ""))),
            Column("status", fmt=lambda v: label(STATUS_LABELS.get(v, v or ""))),
            Column("phone"),
            Column("registered_on", fmt=lambda v: v.strftime("%d/%m/%Y") if v else ""),
        ]

    def retranslate_texts(self) -> None:
        self.model.set_titles([
            self.tr("No. daftar"), self.tr("NSPP"), self.tr("Nama pesantren"), self.tr("Pimpinan"),
            self.tr("Kab/Kota"), self.tr("Kecamatan"), self.tr("Produk"), self.tr("Bidang usaha"),
            self.tr("Kategori"), self.tr("Status"), self.tr("No. HP"), self.tr("Tgl. daftar")])
        self.regency_combo.set_all_label(self.tr("Semua kab/kota"))
        self.district_combo.set_all_label(self.tr("Semua kecamatan"))
        self.track_combo.set_all_label(self.tr("Semua kategori"))
        self.field_combo.set_all_label(self.tr("Semua bidang usaha"))
        self.status_combo.set_all_label(self.tr("Semua status"))
        self.track_combo.set_choices((t, label(TRACK_LABELS[t])) for t in TRACKS)
        self.status_combo.set_choices((s, label(STATUS_LABELS.get(s, s))) for s in STATUSES)
        self.status_line.retranslate()
        self._update_count()

    # ---------------------------------------------------------------- layout
    def _connect(self) -> None:
        self.search.textChanged.connect(self._on_search)
        self.import_button.setIcon(icon("import"))
        self.import_button.clicked.connect(self.open_import_wizard)
        self.decide_button.clicked.connect(self.decide_selected)
        for combo in (self.regency_combo, self.district_combo, self.track_combo, self.field_combo,
                      self.status_combo):
            combo.set_all_label("")  # named in the current language by retranslate_texts
        self.district_combo.follow(self.regency_combo)
        for key, combo in (("regency_code", self.regency_combo), ("district_code", self.district_combo),
                           ("track", self.track_combo), ("product_field", self.field_combo),
                           ("status", self.status_combo)):
            combo.code_changed.connect(lambda code, k=key: self._on_filter(k, code))
        self.reset_button.clicked.connect(self.reset_filters)
        self.hint.hide()

        self.table.setModel(self.proxy)
        self.table.sortByColumn(-1, Qt.AscendingOrder)  # keep load order until a header is clicked
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        for col, width in enumerate(self.COLUMN_WIDTHS):
            header.resizeSection(col, width)
        # At 1366×768 every shown column is in view: the name takes what is left, and leader,
        # phone and registration date start hidden (right-click a header to show them).
        header.setSectionResizeMode(self.NAME_COLUMN, QHeaderView.Stretch)
        for col in self.HIDDEN_AT_START:
            header.hideSection(col)
        header.setContextMenuPolicy(Qt.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        QShortcut(QKeySequence.Find, self, activated=self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+D"), self, activated=self.decide_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    # ---------------------------------------------------------------- data
    def refresh(self) -> None:
        scope = permissions.scope_of(self.ctx.user)
        self.ctx.tasks.run(lambda s, _t: load_pesantren(s, scope), on_done=self._loaded_data)

    def _loaded_data(self, data: PesertaData) -> None:
        first = not self._loaded
        self.set_rows(data.rows)
        if first and data.home_regency and any(r.regency_code == data.home_regency for r in data.rows):
            # A kab/kota laptop starts on its own kab/kota; "Hapus filter" shows everything.
            self.regency_combo.set_code(data.home_regency)

    def set_rows(self, rows) -> None:
        self._loaded = True
        fields = sorted({r.product_field for r in rows if r.product_field})
        self.field_combo.set_choices((f, f) for f in fields)
        self.proxy.set_rows(rows)
        self._update_count()

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _on_filter(self, key: str, code) -> None:
        self.proxy.set_filter(key, code)
        self._update_count()

    def reset_filters(self) -> None:
        self.search.clear()
        for combo in (self.regency_combo, self.district_combo, self.track_combo,
                      self.field_combo, self.status_combo):
            combo.set_code(None)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.proxy.source_count()
        self.count_label.setText(self.tr("{0} dari {1} pesantren").format(
            count_text(shown), count_text(total)))
        if self._loaded and total == 0:
            self.hint.setText(self.tr(
                "Belum ada peserta pada tahun program ini. Tekan \"Impor pendaftar…\" untuk "
                "memuat berkas Excel pendaftar dari kab/kota, atau buat data contoh di Beranda."))
            self.hint.show()
        elif total and shown == 0:
            self.hint.setText(self.tr("Tidak ada pesantren yang cocok dengan pencarian dan filter "
                                      "ini. Tekan \"Hapus filter\" untuk melihat semuanya."))
            self.hint.show()
        else:
            self.hint.hide()

    # ---------------------------------------------------------------- administration decision
    def selected_rows(self) -> list:
        sm = self.table.selectionModel()
        return [self.proxy.row_at(i.row()) for i in (sm.selectedRows() if sm else [])]

    def _may_decide(self) -> bool:
        return permissions.allowed(self.ctx.user, "registrants.admin_decide")

    def _on_user_changed(self, user) -> None:
        # Overrides the Screen's slot (a bound method, so Qt drops it with the screen); a lambda
        # here outlived the screen after a language switch and touched its deleted buttons.
        super()._on_user_changed(user)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.decide_button.setEnabled(self._may_decide() and bool(self.selected_rows()))

    def decide_selected(self) -> None:
        rows = self.selected_rows()
        if not rows or not self._may_decide():
            return
        dlg = AdminDecisionDialog([r.name for r in rows], self)
        if not self.open_dialog(dlg):
            return
        passed, reason = dlg.decision()
        actor = to_actor(self.ctx.user)
        ids = [r.id for r in rows]

        def op(session, _task):
            from opop_desktop.core.services.admin_selection import decide
            return [decide(session, actor, pid, passed=passed, reason=reason) for pid in ids]

        self.ctx.tasks.run(op, on_done=self._decided, on_error=lambda e: messages.show_error(self, e),
                           changes={"pesantren"})

    def _decided(self, results) -> None:
        passed = sum(r.decision == "passed" for r in results)
        failed = len(results) - passed
        self.status_line.set_state("ok", lambda: self.tr(
            "Keputusan administrasi disimpan: {0} lolos, {1} tidak lolos.").format(
            count_text(passed), count_text(failed)))

    # ---------------------------------------------------------------- import
    def open_import_wizard(self):
        from ..import_wizard import ImportWizard
        wizard = ImportWizard(self.ctx, self)
        wizard.setAttribute(Qt.WA_DeleteOnClose)
        wizard.open()
        return wizard
