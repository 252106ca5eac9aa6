"""Hasil: rankings per group and track, variance flags, cusp lists, states and plenary, charts.
The layout is the Designer form ui/hasil.ui; this class fills it and acts on it."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QListWidgetItem, QTableView

from opop_desktop.core import permissions
from opop_desktop.core.clock import wib_datetime
from opop_desktop.core.formats import decimal_comma, score_text
from opop_desktop.core.regions import gazetteer

from .. import messages
from ..forms.ui_hasil import Ui_HasilScreen
from ..icons import icon, state_icon
from ..table_model import Column, RowTableModel
from .base import Screen
from .hasil_data import HasilData, View as _View, load_hasil, use_table
from .hasil_dialogs import AcknowledgeDialog, OverrideDialog

STAGES = (1, 2, 3)
# Data of the filter items the form lists (same order as in ui/hasil.ui).
TRACKS = (None, "start-up", "scale-up")
AGGREGATES = (None, "mean", "trimmed", "median")


class HasilScreen(Screen):
    key = "hasil"
    watches = frozenset({"results", "scores", "attendance", "pesantren", "setup"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.data: HasilData | None = None
        form = self.use_form(Ui_HasilScreen)
        self._take_widgets(form)
        for n in STAGES:
            self.stage_combo.addItem("", n)
        for r in gazetteer().regencies.values():
            self.regency_combo.addItem(r.name, r.code)
        for combo, values in ((self.track_combo, TRACKS), (self.aggregate_combo, AGGREGATES)):
            for i, value in enumerate(values):
                combo.setItemData(i, value)
        self.rank_model = RowTableModel([], self)
        self.flag_model = RowTableModel([Column(a) for a in (
            "state", "pesantren_name", "kind_label", "message", "ack_reason")], self)
        self.cusp_model = RowTableModel([Column("group_label"), Column("track"), Column("side"),
                                         Column("rank_label"), Column("name"), Column("score", fmt=score_text)], self)
        self.excluded_model = RowTableModel([Column(a) for a in ("pesantren_name", "reason_text", "reason")], self)
        self.status_model = RowTableModel([Column("scope_text"), Column("scope_label"), Column("state_text"),
                                           Column("seq"), Column("actor"), Column("at", fmt=wib_datetime)], self)
        for view, model in ((self.rank_view, self.rank_model), (self.flag_view, self.flag_model),
                            (self.cusp_view, self.cusp_model), (self.excluded_view, self.excluded_model),
                            (self.status_view, self.status_model)):
            use_table(view, model)
        self._connect()
        self.retranslate_texts()
        ctx.users.user_changed.connect(self._apply_role)  # a bound method: dropped with the screen
        self._apply_role()

    def _take_widgets(self, form) -> None:
        for name in ("stage_combo", "regency_combo", "track_combo", "field_combo", "aggregate_combo",
                     "reload_button", "message", "tabs", "group_list", "panel_combo", "group_note",
                     "rank_view", "override_button", "flag_summary", "ack_button", "flag_view",
                     "cusp_view", "excluded_view", "status_view", "verify_button", "seal_button",
                     "merge_button", "approve_button", "publish_button",
                     "funnel_chart", "progress_chart", "juror_chart"):
            setattr(self, name, getattr(form, name))
        self.reload_button.setIcon(icon("refresh"))

    def _connect(self) -> None:
        for combo in (self.stage_combo, self.regency_combo, self.track_combo, self.aggregate_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.field_combo.currentIndexChanged.connect(self._show_groups)
        self.reload_button.clicked.connect(self.refresh)
        self.group_list.currentRowChanged.connect(self._show_group)
        # Every group keeps a small icon's room, so the names line up whether marked or not.
        self.group_list.setIconSize(QSize(16, 16))
        blank = QPixmap(16, 16)
        blank.fill(Qt.transparent)
        self._no_mark = QIcon(blank)
        self.panel_combo.currentIndexChanged.connect(self._show_group)
        self.override_button.clicked.connect(self.override_selected)
        self.flag_view.doubleClicked.connect(lambda _index: self.acknowledge_selected())
        self.ack_button.clicked.connect(self.acknowledge_selected)
        self.verify_button.clicked.connect(lambda: self.venue_action("verify"))
        self.seal_button.clicked.connect(lambda: self.venue_action("seal"))
        self.merge_button.clicked.connect(lambda: self.scope_action("merge"))
        self.approve_button.clicked.connect(lambda: self.scope_action("approve"))
        self.publish_button.clicked.connect(lambda: self.scope_action("publish"))

    def retranslate_texts(self) -> None:
        self.flag_labels = {
            "juror_far": self.tr("Juri jauh dari median"), "flat_profile": self.tr("Profil datar"),
            "missing_criterion": self.tr("Kriteria kosong"), "soft_conflict": self.tr("Konflik ringan"),
            "sheet_pending": self.tr("Lembar belum final")}
        self.outcome_labels = {"selected": self.tr("Lolos"), "not_selected": self.tr("Tidak lolos"),
                               "plenary": self.tr("Pleno")}
        self.state_labels = {"draft": self.tr("Draf"), "verified": self.tr("Diperiksa"),
                             "sealed": self.tr("Disegel"), "merged": self.tr("Digabung"),
                             "approved": self.tr("Disahkan pleno"), "published": self.tr("Diumumkan")}
        for i, n in enumerate(STAGES):
            self.stage_combo.setItemText(i, self.tr("Tahap {0}").format(n))
        self.flag_model.set_titles([self.tr("Status"), self.tr("Pesantren"), self.tr("Tanda"),
                                    self.tr("Keterangan"), self.tr("Alasan tinjauan")])
        self.cusp_model.set_titles([self.tr("Kelompok"), self.tr("Jalur"), self.tr("Posisi"),
                                    self.tr("Peringkat"), self.tr("Nama"), self.tr("Nilai")])
        self.excluded_model.set_titles([self.tr("Pesantren"), self.tr("Sebab"), self.tr("Keterangan")])
        self.status_model.set_titles([self.tr("Lingkup"), self.tr("Nama"), self.tr("Status"), self.tr("Versi"),
                                      self.tr("Oleh"), self.tr("Waktu")])
        self.message.retranslate()
        if self.data is not None:
            self._show_data()
        else:
            self._show_group()

    def title(self) -> str:
        return self.tr("Hasil")

    # ---------------------------------------------------------------- data
    def refresh(self) -> None:
        self.message.set_state("info", lambda: self.tr("Memuat peringkat…"))
        op = load_hasil(self.stage_combo.currentData(), self.regency_combo.currentData(),
                        self.track_combo.currentData(), self.aggregate_combo.currentData())
        self.ctx.tasks.run(op, on_done=self._loaded, on_error=self._failed, read_only=True)

    def _failed(self, err) -> None:
        self.data = None
        self.message.set_state("error", messages.error_text(err))

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
        self.message.set_state("warning" if r.plenary_groups or r.open_flags else "ok", self._summary)
        self._show_data()

    def _summary(self) -> str:
        if self.data is None:
            return ""
        r = self.data.result
        notes = [self.tr("{0} pesantren diperingkat, {1} lolos, {2} dikecualikan, {3} tanda belum ditinjau.")
                 .format(len(r.rows), len(r.selected), len(r.excluded), len(r.open_flags))]
        if r.plenary_groups:
            notes.append(self.tr("{0} kelompok menunggu keputusan pleno (nilai sama di batas kuota).")
                         .format(len(r.plenary_groups)))
        return " ".join(notes)

    def _show_data(self) -> None:
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
        shown = self.group_list.currentItem()
        shown = tuple(shown.data(Qt.UserRole)) if shown is not None else None
        self.group_list.blockSignals(True)
        self.group_list.clear()
        # Kecamatan names repeat across kab/kota: name the kab/kota when several are shown.
        several = (self.data is not None and self.regency_combo.currentData() is None
                   and self.data.result.group_by == "district")
        for g in self._visible_groups():
            where = f" · {g.rows[0].regency_name.removeprefix('Kabupaten ')}" if several and g.rows else ""
            quota = self.tr(" (kuota {0})").format(g.quota) if g.quota else ""
            item = QListWidgetItem(f"{g.label}{where} — {g.track}{quota}")
            # The words are in the tooltip and under the ranking.
            flagged = g.needs_plenary or g.mixed_panels
            item.setIcon(state_icon("warning") if flagged else self._no_mark)
            if g.warnings:
                item.setToolTip("\n".join(str(w) for w in g.warnings))
            item.setData(Qt.UserRole, (g.key, g.track))
            self.group_list.addItem(item)
        self.group_list.blockSignals(False)
        # The group being read stays shown when the list is rebuilt (a reload, a language switch).
        if not (shown and self.select_group(*shown)) and self.group_list.count():
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
        self.group_note.setText("\n".join(str(w) for w in g.warnings) if g else "")

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
