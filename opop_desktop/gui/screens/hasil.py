"""Hasil: rankings per group and track, variance flags, cusp lists, states and plenary, charts."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QScrollArea, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from opop_desktop.core import permissions
from opop_desktop.core.clock import wib_datetime
from opop_desktop.core.formats import decimal_comma, score_text
from opop_desktop.core.regions import gazetteer

from .. import messages
from ..charts import FunnelChart, JurorDistributionChart, VenueProgressChart
from ..table_model import Column, RowTableModel
from ..widgets.message_area import MessageArea
from .base import Screen
from .hasil_data import HasilData, View as _View, load_hasil, make_table as _table
from .hasil_dialogs import AcknowledgeDialog, OverrideDialog


class HasilScreen(Screen):
    key = "hasil"
    watches = frozenset({"results", "scores", "attendance", "pesantren", "setup"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.data: HasilData | None = None
        self.flag_labels = {
            "juror_far": self.tr("Juri jauh dari median"), "flat_profile": self.tr("Profil datar"),
            "missing_criterion": self.tr("Kriteria kosong"), "soft_conflict": self.tr("Konflik ringan"),
            "sheet_pending": self.tr("Lembar belum final")}
        self.outcome_labels = {"selected": self.tr("Lolos"), "not_selected": self.tr("Tidak lolos"),
                               "plenary": self.tr("Pleno")}
        self.state_labels = {"draft": self.tr("Draf"), "verified": self.tr("Diperiksa"),
                             "sealed": self.tr("Disegel"), "merged": self.tr("Digabung"),
                             "approved": self.tr("Disahkan pleno"), "published": self.tr("Diumumkan")}
        self._build()
        ctx.users.user_changed.connect(self._apply_role)  # a bound method: dropped with the screen
        self._apply_role()

    def title(self) -> str:
        return self.tr("Hasil")

    # ---------------------------------------------------------------- layout
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(f"<h2>{self.tr('Hasil')}</h2>"))
        bar.addStretch(1)
        self.stage_combo = self._combo(bar, self.tr("&Tahap:"), [(self.tr("Tahap {0}").format(n), n) for n in (1, 2, 3)])
        regencies = [(self.tr("Semua kab/kota"), None)] + [(r.name, r.code) for r in gazetteer().regencies.values()]
        self.regency_combo = self._combo(bar, self.tr("&Kab/Kota:"), regencies)
        self.track_combo = self._combo(bar, self.tr("&Jalur:"), [(self.tr("Semua jalur"), None),
                                                                 (self.tr("Start-up"), "start-up"),
                                                                 (self.tr("Scale-up"), "scale-up")])
        self.field_combo = self._combo(bar, self.tr("&Bidang:"), [(self.tr("Semua bidang"), None)])
        self.aggregate_combo = self._combo(bar, self.tr("A&gregat:"), [
            (self.tr("Bawaan tahap"), None), (self.tr("Rata-rata"), "mean"),
            (self.tr("Rata-rata terpangkas"), "trimmed"), (self.tr("Median"), "median")])
        self.reload_button = QPushButton(self.tr("&Muat ulang"))
        self.reload_button.clicked.connect(self.refresh)
        bar.addWidget(self.reload_button)
        lay.addLayout(bar)
        for combo in (self.stage_combo, self.regency_combo, self.track_combo, self.aggregate_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.field_combo.currentIndexChanged.connect(self._show_groups)
        self.message = MessageArea()
        lay.addWidget(self.message)
        self.tabs = QTabWidget()
        lay.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_ranking(), self.tr("Peringkat"))
        self.tabs.addTab(self._build_flags(), self.tr("Tanda varians"))
        self.tabs.addTab(self._build_cusp(), self.tr("Daftar cusp"))
        self.tabs.addTab(self._build_excluded(), self.tr("Dikecualikan"))
        self.tabs.addTab(self._build_states(), self.tr("Status && pleno"))
        self.tabs.addTab(self._build_charts(), self.tr("Grafik"))

    def _combo(self, bar, text, items) -> QComboBox:
        label = QLabel(text)
        combo = QComboBox()
        for title, data in items:
            combo.addItem(title, data)
        label.setBuddy(combo)
        bar.addWidget(label)
        bar.addWidget(combo)
        return combo

    def _build_ranking(self) -> QWidget:
        self.group_list = QListWidget()
        self.group_list.setMinimumWidth(280)
        self.group_list.currentRowChanged.connect(self._show_group)
        self.panel_combo = QComboBox()
        self.panel_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.panel_combo.currentIndexChanged.connect(self._show_group)
        self.group_note = QLabel("")
        self.group_note.setWordWrap(True)
        self.rank_model = RowTableModel([], self)
        self.rank_view = _table(self.rank_model)
        self.override_button = QPushButton(self.tr("&Keputusan pleno…"))
        self.override_button.clicked.connect(self.override_selected)
        right = QWidget()
        rl = QVBoxLayout(right)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tampilan:")))
        top.addWidget(self.panel_combo)
        top.addStretch(1)
        top.addWidget(self.override_button)
        rl.addLayout(top)
        rl.addWidget(self.group_note)
        rl.addWidget(self.rank_view, 1)
        split = QSplitter()
        split.addWidget(self.group_list)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        return split

    def _build_flags(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.flag_model = RowTableModel([
            Column("state", self.tr("Status")), Column("pesantren_name", self.tr("Pesantren")),
            Column("kind_label", self.tr("Tanda")), Column("message", self.tr("Keterangan")),
            Column("ack_reason", self.tr("Alasan tinjauan"))], self)
        self.flag_view = _table(self.flag_model)
        self.flag_view.doubleClicked.connect(lambda _index: self.acknowledge_selected())
        row = QHBoxLayout()
        self.flag_summary = QLabel("")
        row.addWidget(self.flag_summary, 1)
        self.ack_button = QPushButton(self.tr("&Tinjau tanda…"))
        self.ack_button.clicked.connect(self.acknowledge_selected)
        row.addWidget(self.ack_button)
        lay.addLayout(row)
        lay.addWidget(self.flag_view, 1)
        return w

    def _build_cusp(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addWidget(QLabel(self.tr("Tiga terakhir yang lolos dan tiga pertama yang tidak lolos di setiap "
                                     "garis kuota/ambang, untuk ditinjau ulang.")))
        self.cusp_model = RowTableModel([
            Column("group_label", self.tr("Kelompok")), Column("track", self.tr("Jalur")),
            Column("side", self.tr("Posisi")), Column("rank_label", self.tr("Peringkat")),
            Column("name", self.tr("Nama")), Column("score", self.tr("Nilai"), fmt=score_text)], self)
        lay.addWidget(_table(self.cusp_model), 1)
        return w

    def _build_excluded(self) -> QWidget:
        self.excluded_model = RowTableModel([
            Column("pesantren_name", self.tr("Pesantren")), Column("reason_text", self.tr("Sebab")),
            Column("reason", self.tr("Keterangan"))], self)
        return _table(self.excluded_model)

    def _build_states(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.status_model = RowTableModel([
            Column("scope_text", self.tr("Lingkup")), Column("scope_label", self.tr("Nama")),
            Column("state_text", self.tr("Status")), Column("seq", self.tr("Versi")),
            Column("actor", self.tr("Oleh")),
            Column("at", self.tr("Waktu"), fmt=wib_datetime)], self)
        self.status_view = _table(self.status_model)
        buttons = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("&Periksa lokasi"))
        self.seal_button = QPushButton(self.tr("&Segel lokasi"))
        self.merge_button = QPushButton(self.tr("&Gabungkan"))
        self.approve_button = QPushButton(self.tr("Sa&hkan (pleno)"))
        self.publish_button = QPushButton(self.tr("&Umumkan"))
        self.verify_button.clicked.connect(lambda: self.venue_action("verify"))
        self.seal_button.clicked.connect(lambda: self.venue_action("seal"))
        self.merge_button.clicked.connect(lambda: self.scope_action("merge"))
        self.approve_button.clicked.connect(lambda: self.scope_action("approve"))
        self.publish_button.clicked.connect(lambda: self.scope_action("publish"))
        for b in (self.verify_button, self.seal_button, self.merge_button, self.approve_button, self.publish_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        lay.addWidget(self.status_view, 1)
        return w

    def _build_charts(self) -> QWidget:
        inner = QWidget()
        lay = QGridLayout(inner)
        self.funnel_chart = FunnelChart()
        self.progress_chart = VenueProgressChart()
        self.juror_chart = JurorDistributionChart()
        for chart in (self.funnel_chart, self.progress_chart, self.juror_chart):
            chart.setMinimumHeight(300)
        lay.addWidget(self.funnel_chart, 0, 0)
        lay.addWidget(self.progress_chart, 0, 1)
        lay.addWidget(self.juror_chart, 1, 0, 1, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    # ---------------------------------------------------------------- data
    def refresh(self) -> None:
        self.message.setText(self.tr("Memuat peringkat…"))
        op = load_hasil(self.stage_combo.currentData(), self.regency_combo.currentData(),
                        self.track_combo.currentData(), self.aggregate_combo.currentData())
        self.ctx.tasks.run(op, on_done=self._loaded, on_error=self._failed, read_only=True)

    def _failed(self, err) -> None:
        self.data = None
        self.message.say(messages.error_text(err), "error")

    def _loaded(self, data: HasilData) -> None:
        self.data = data
        current = self.field_combo.currentData()
        self.field_combo.blockSignals(True)
        self.field_combo.clear()
        self.field_combo.addItem(self.tr("Semua bidang"), None)
        for code, name in data.fields:
            self.field_combo.addItem(name, code)
        self.field_combo.setCurrentIndex(max(0, self.field_combo.findData(current)))
        self.field_combo.blockSignals(False)
        r = data.result
        notes = [self.tr("{0} pesantren diperingkat, {1} lolos, {2} dikecualikan, {3} tanda belum ditinjau.")
                 .format(len(r.rows), len(r.selected), len(r.excluded), len(r.open_flags))]
        if r.plenary_groups:
            notes.append(self.tr("{0} kelompok menunggu keputusan pleno (nilai sama di batas kuota).")
                         .format(len(r.plenary_groups)))
        self.message.setText(" ".join(notes))
        self._show_groups()
        self._show_flags()
        self._show_cusp()
        self._show_excluded()
        self._show_status()
        self._show_charts()

    def _visible_groups(self) -> list:
        if self.data is None:
            return []
        field = self.field_combo.currentData()
        groups = self.data.result.groups
        return [g for g in groups if not field or any(r.field_code == field for r in g.rows)]

    def _show_groups(self) -> None:
        self.group_list.blockSignals(True)
        self.group_list.clear()
        # Kecamatan names repeat across kab/kota: name the kab/kota when several are shown.
        several = (self.data is not None and self.regency_combo.currentData() is None
                   and self.data.result.group_by == "district")
        for g in self._visible_groups():
            mark = "⚠ " if g.needs_plenary or g.mixed_panels else ""
            where = f" · {g.rows[0].regency_name.removeprefix('Kabupaten ')}" if several and g.rows else ""
            quota = self.tr(" (kuota {0})").format(g.quota) if g.quota else ""
            item = QListWidgetItem(f"{mark}{g.label}{where} — {g.track}{quota}")
            if g.warnings:
                item.setToolTip("\n".join(g.warnings))
            item.setData(Qt.UserRole, (g.key, g.track))
            self.group_list.addItem(item)
        self.group_list.blockSignals(False)
        if self.group_list.count():
            self.group_list.setCurrentRow(0)
        self._show_group()

    def current_group(self):
        item = self.group_list.currentItem()
        if item is None or self.data is None:
            return None
        key = item.data(Qt.UserRole)
        return next((g for g in self.data.result.groups if (g.key, g.track) == tuple(key)), None)

    def select_group(self, key: str, track: str) -> bool:
        for i in range(self.group_list.count()):
            if tuple(self.group_list.item(i).data(Qt.UserRole)) == (key, track):
                self.group_list.setCurrentRow(i)
                return True
        return False

    def _rank_columns(self) -> list[Column]:
        # The outcome right after the score: at 1366×768 it is seen without scrolling, however
        # many criteria follow.
        cols = [Column("rank_label", self.tr("Peringkat")), Column("name", self.tr("Nama pesantren")),
                Column("district_name", self.tr("Kecamatan")),
                Column("score", self.tr("Nilai"), fmt=score_text, align=Qt.AlignRight | Qt.AlignVCenter),
                Column("outcome_text", self.tr("Hasil"))]
        for code in (self.data.result.criteria if self.data else ()):
            cols.append(Column(f"c_{code}", code, fmt=score_text, align=Qt.AlignRight | Qt.AlignVCenter))
        cols += [Column("juror_count", self.tr("Juri")),
                 Column("z_text", self.tr("z (diagnostik)")),
                 Column("flag_text", self.tr("Tanda"))]
        return cols

    def _show_group(self) -> None:
        g = self.current_group()
        panel = self.panel_combo.currentData()
        self.panel_combo.blockSignals(True)
        self.panel_combo.clear()
        self.panel_combo.addItem(self.tr("Gabungan kelompok"), None)
        if g is not None:
            for pid in g.per_panel:
                self.panel_combo.addItem(self.tr("Panel {0}").format(self.data.result.panel_names.get(pid, pid)), pid)
        self.panel_combo.setCurrentIndex(max(0, self.panel_combo.findData(panel)))
        self.panel_combo.setEnabled(bool(g and g.per_panel))
        self.panel_combo.blockSignals(False)
        rows = [] if g is None else g.per_panel.get(self.panel_combo.currentData(), g.rows)
        field = self.field_combo.currentData()
        views = [_View(r, flag_text=", ".join(self.flag_labels.get(k, k) for k in r.flags),
                       outcome_text=self.outcome_labels[r.outcome] + (" *" if r.overridden else ""),
                       z_text="" if r.z_score is None else
                       ("+" if r.z_score >= 0 else "−") + decimal_comma(abs(Decimal(str(r.z_score))), 2))
                 for r in rows if not field or r.field_code == field]
        self.rank_model.beginResetModel()
        self.rank_model.columns = self._rank_columns()
        self.rank_model.rows = views
        self.rank_model.endResetModel()
        self.group_note.setText("\n".join(g.warnings) if g else "")

    def _show_flags(self) -> None:
        flags = self.data.result.flags
        for f in flags:
            f.state = self.tr("✓ ditinjau") if f.acknowledged else self.tr("terbuka")
            f.kind_label = self.flag_labels.get(f.kind, f.kind)
        self.flag_model.set_rows(flags)
        self.flag_summary.setText(self.tr("{0} tanda, {1} belum ditinjau. Lokasi hanya dapat disegel bila "
                                          "semua tanda sudah ditinjau.").format(len(flags), len(self.data.result.open_flags)))

    def _show_cusp(self) -> None:
        rows = []
        for g in self.data.result.groups:
            if g.cusp is None:
                continue
            rows += [_View(r, side=self.tr("masuk")) for r in g.cusp.inside]
            rows += [_View(r, side=self.tr("keluar")) for r in g.cusp.outside]
        self.cusp_model.set_rows(rows)

    def _show_excluded(self) -> None:
        reasons = {"absent": self.tr("Tidak hadir"), "no_valid_sheet": self.tr("Belum ada nilai sah"),
                   "sheet_not_final": self.tr("Lembar belum final"), "sheet_incomplete": self.tr("Lembar tidak lengkap")}
        for e in self.data.result.excluded:
            e.reason_text = reasons.get(e.reason_code, e.reason_code)
        self.excluded_model.set_rows(self.data.result.excluded)

    def _show_status(self) -> None:
        scopes = {"venue": self.tr("Lokasi"), "regency": self.tr("Kab/Kota"), "province": self.tr("Provinsi")}
        for s in self.data.status:
            s.scope_text = scopes.get(s.scope, s.scope)
            s.state_text = self.state_labels.get(s.state, s.state)
        self.status_model.set_rows(self.data.status)

    def _show_charts(self) -> None:
        reg = self.regency_combo.currentData()
        self.funnel_chart.set_data(self.data.funnel_province, self.data.funnel_regency,
                                   self.regency_combo.currentText() if reg else "")
        self.progress_chart.set_data(self.data.progress)
        self.juror_chart.set_data(self.data.result.jurors)

    # ---------------------------------------------------------------- actions
    def _actor(self):
        """The signed-in user; the services check the role (nobody signed in is refused)."""
        return self.ctx.actor

    def _apply_role(self, _user=None) -> None:
        """Buttons for what the role may do; a coordinator sees only their kab/kota."""
        user = self.ctx.user
        for button, action in ((self.verify_button, "results.verify"), (self.seal_button, "results.seal"),
                               (self.merge_button, "results.merge"), (self.approve_button, "results.approve"),
                               (self.publish_button, "results.publish"),
                               (self.override_button, "results.override"),
                               (self.ack_button, "results.acknowledge")):
            button.setEnabled(permissions.allowed(user, action))
        scope = permissions.scope_of(user)
        if scope is not None:
            self.regency_combo.setCurrentIndex(max(0, self.regency_combo.findData(scope)))
        self.regency_combo.setEnabled(scope is None)

    def _selected(self, view: QTableView, model: RowTableModel):
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        return model.row(rows[0].row()) if rows else None

    def acknowledge_selected(self) -> None:
        flag = self._selected(self.flag_view, self.flag_model)
        if flag is None:
            messages.info(self, self.tr("Pilih satu tanda di tabel terlebih dahulu."))
            return
        dlg = AcknowledgeDialog(f"{flag.pesantren_name}: {flag.message}", self)
        if dlg.exec() != AcknowledgeDialog.Accepted:
            return
        decision, reason = dlg.values()
        stage, key, actor = self.stage_combo.currentData(), flag.key, self._actor()

        def op(session, _task):
            from opop_desktop.core.services.results_states import acknowledge
            return acknowledge(session, stage, key, decision=decision, reason=reason, actor=actor)
        self.ctx.tasks.run(op, changes={"results"})

    def override_selected(self) -> None:
        view = self._selected(self.rank_view, self.rank_model)
        if view is None:
            messages.info(self, self.tr("Pilih satu pesantren di tabel peringkat terlebih dahulu."))
            return
        r = view.row
        dlg = OverrideDialog(self.tr("{0} — peringkat {1}, nilai {2}, hasil saat ini: {3}.").format(
            r.name, r.rank_label, score_text(r.score), self.outcome_labels[r.outcome]), self)
        if dlg.exec() != OverrideDialog.Accepted:
            return
        values, stage, actor, pid = dlg.values(), self.stage_combo.currentData(), self._actor(), r.pesantren_id

        def op(session, _task):
            from opop_desktop.core.services.results_states import override
            return override(session, stage, pid, actor=actor, **values)
        self.ctx.tasks.run(op, changes={"results"})

    def venue_action(self, action: str) -> None:
        row = self._selected(self.status_view, self.status_model)
        if row is None or row.scope != "venue":
            messages.info(self, self.tr("Pilih satu lokasi di tabel status terlebih dahulu."))
            return
        text = (self.tr("Tandai hasil lokasi {0} sudah diperiksa?") if action == "verify" else
                self.tr("Segel hasil lokasi {0}? Setelah disegel, koreksi membuat versi baru."))
        if not messages.confirm(self, text.format(row.scope_label)):
            return
        stage, venue, actor = self.stage_combo.currentData(), row.scope_key, self._actor()

        def op(session, _task):
            from opop_desktop.core.services import results_states as st
            fn = st.verify_venue if action == "verify" else st.seal_venue
            return fn(session, stage, venue, actor=actor)
        self.ctx.tasks.run(op, changes={"results"})

    def scope_action(self, action: str) -> None:
        regency = self.regency_combo.currentData()
        where = self.regency_combo.currentText() if regency else self.tr("Provinsi Jawa Barat")
        texts = {"merge": self.tr("Gabungkan hasil lokasi yang sudah disegel untuk {0}?"),
                 "approve": self.tr("Sahkan hasil sidang pleno untuk {0}? Status setiap pesantren akan "
                                    "diperbarui (lolos/tidak lolos)."),
                 "publish": self.tr("Umumkan hasil yang sudah disahkan untuk {0}?")}
        if not messages.confirm(self, texts[action].format(where)):
            return
        stage, actor = self.stage_combo.currentData(), self._actor()

        def op(session, _task):
            from opop_desktop.core.services import results_states as st
            fn = {"merge": st.merge, "approve": st.approve, "publish": st.publish}[action]
            return fn(session, stage, regency_code=regency, actor=actor)
        self.ctx.tasks.run(op, changes={"results", "pesantren"} if action == "approve" else {"results"})
