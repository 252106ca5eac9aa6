"""Peserta: the pesantren of the current programme year, with filters, instant search, import and
the administration decision (passed / failed with a reason) for the selected rows."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu, QPushButton, QTableView,
    QVBoxLayout,
)

from opop_desktop.core import permissions
from opop_desktop.core.labels import STATUS_LABELS, TRACK_LABELS
from opop_desktop.core.models import STATUSES, TRACKS

from .. import messages
from ..admin_decision_dialog import AdminDecisionDialog
from ..login import to_actor
from ..table_model import Column, RowTableModel
from ..widgets.combos import CodeCombo, DistrictCombo, RegencyCombo
from ..widgets.pesantren_filter import PesantrenFilterProxy
from opop_desktop.core.formats import count_text
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

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.model = RowTableModel(self._columns(), self)
        self.proxy = PesantrenFilterProxy(self.model, self)
        self._loaded = False
        self.open_dialog = exec_dialog  # tests fill the real dialog and accept it
        self._build()

    def title(self) -> str:
        return self.tr("Peserta")

    NAME_COLUMN = 2
    HIDDEN_AT_START = (3, 10, 11)  # Pimpinan, No. HP, Tgl. daftar

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
            Column("reg_number", self.tr("No. daftar")),
            Column("nspp", self.tr("NSPP")),
            Column("name", self.tr("Nama pesantren"), tooltip=lambda r: r.name),
            Column("leader", self.tr("Pimpinan")),
            Column("regency_name", self.tr("Kab/Kota")),
            Column("district_name", self.tr("Kecamatan")),
            Column("product", self.tr("Produk")),
            Column("product_field", self.tr("Bidang usaha")),
            Column("track", self.tr("Kategori"), fmt=lambda v: label(TRACK_LABELS.get(v, v or ""))),
            Column("status", self.tr("Status"), fmt=lambda v: label(STATUS_LABELS.get(v, v or ""))),
            Column("phone", self.tr("No. HP")),
            Column("registered_on", self.tr("Tgl. daftar"),
                   fmt=lambda v: v.strftime("%d/%m/%Y") if v else ""),
        ]

    # ---------------------------------------------------------------- layout
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        head = QHBoxLayout()
        heading = QLabel("<h2>{0}</h2>".format(self.tr("Peserta")))
        head.addWidget(heading)
        head.addStretch(1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama, NSPP, no. daftar, produk… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self.search.textChanged.connect(self._on_search)
        head.addWidget(self.search)
        self.import_button = QPushButton(self.tr("&Impor pendaftar…"))
        self.import_button.clicked.connect(self.open_import_wizard)
        head.addWidget(self.import_button)
        self.decide_button = QPushButton(self.tr("&Keputusan administrasi…"))
        self.decide_button.setToolTip(self.tr("Lolos / tidak lolos seleksi administrasi untuk pesantren "
                                              "terpilih (Ctrl+D)"))
        self.decide_button.clicked.connect(self.decide_selected)
        head.addWidget(self.decide_button)
        lay.addLayout(head)

        filters = QHBoxLayout()
        self.regency_combo = RegencyCombo(self.tr("Semua kab/kota"))
        self.district_combo = DistrictCombo(self.tr("Semua kecamatan"))
        self.district_combo.follow(self.regency_combo)
        self.track_combo = CodeCombo(self.tr("Semua kategori"))
        self.track_combo.set_choices((t, label(TRACK_LABELS[t])) for t in TRACKS)
        self.field_combo = CodeCombo(self.tr("Semua bidang usaha"))
        self.status_combo = CodeCombo(self.tr("Semua status"))
        self.status_combo.set_choices((s, label(STATUS_LABELS.get(s, s))) for s in STATUSES)
        for key, combo, tip in (
            ("regency_code", self.regency_combo, self.tr("Kabupaten/Kota")),
            ("district_code", self.district_combo, self.tr("Kecamatan")),
            ("track", self.track_combo, self.tr("Kategori usaha")),
            ("product_field", self.field_combo, self.tr("Bidang usaha")),
            ("status", self.status_combo, self.tr("Status")),
        ):
            combo.setToolTip(tip)
            combo.setAccessibleName(tip)
            combo.code_changed.connect(lambda code, k=key: self._on_filter(k, code))
            filters.addWidget(combo, 1)
        self.reset_button = QPushButton(self.tr("Hapus filter"))
        self.reset_button.clicked.connect(self.reset_filters)
        filters.addWidget(self.reset_button)
        lay.addLayout(filters)

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("emptyHint")
        self.hint.hide()
        lay.addWidget(self.hint)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.AscendingOrder)  # keep load order until a header is clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(False)
        for col, width in enumerate((115, 105, 250, 150, 140, 120, 140, 120, 80, 140, 110, 90)):
            header.resizeSection(col, width)
        # At 1366×768 every shown column is in view: the name takes what is left, and leader,
        # phone and registration date start hidden (right-click a header to show them).
        header.setSectionResizeMode(self.NAME_COLUMN, QHeaderView.Stretch)
        for col in self.HIDDEN_AT_START:
            header.hideSection(col)
        header.setContextMenuPolicy(Qt.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        lay.addWidget(self.table, 1)

        foot = QHBoxLayout()
        self.count_label = QLabel()
        foot.addWidget(self.count_label)
        foot.addStretch(1)
        self.status_line = QLabel()
        self.status_line.setObjectName("status_line")
        foot.addWidget(self.status_line)
        lay.addLayout(foot)
        QShortcut(QKeySequence.Find, self, activated=self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+D"), self, activated=self.decide_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_count()
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
        from opop_desktop.core import permissions
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
        self.status_line.setText(self.tr("Keputusan administrasi disimpan: {0} lolos, {1} tidak lolos.").format(
            count_text(passed), count_text(len(results) - passed)))

    # ---------------------------------------------------------------- import
    def open_import_wizard(self):
        from ..import_wizard import ImportWizard
        wizard = ImportWizard(self.ctx, self)
        wizard.setAttribute(Qt.WA_DeleteOnClose)
        wizard.open()
        return wizard
