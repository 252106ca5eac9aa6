"""Beranda: the funnel of the current programme year, this installation, and what to do next."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from opop_desktop.core import permissions
from opop_desktop.core.errors import NotFoundError
from opop_desktop.core.labels import INSTALL_ROLE_LABELS
from opop_desktop.core.regions import gazetteer

from ..widgets.demo import run_demo
from ..widgets.stat_tile import StatTile, fmt_count
from .base import Screen


@dataclass
class BerandaData:
    info: object  # installation.InstallationInfo
    funnel: object | None  # registrants.FunnelCounts; None when there is no programme year yet
    scope_regency: str | None  # counts limited to this kab/kota (a kab/kota laptop)


def load_beranda(session, _task) -> BerandaData:
    from opop_desktop.core.services import installation
    from opop_desktop.core.services.registrants import funnel_counts
    info = installation.describe(session)
    scope = info.regency_code if info.role == "regency" and info.regency_code else None
    try:
        funnel = funnel_counts(session, regency_code=scope)
    except NotFoundError:
        funnel = None
    return BerandaData(info, funnel, scope)


class BerandaScreen(Screen):
    key = "beranda"
    watches = frozenset({"pesantren", "setup", "attendance", "results", "scores", "sync"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.data: BerandaData | None = None
        lay = QVBoxLayout(self)
        self.heading = QLabel("<h2>{0}</h2>".format(self.tr("Beranda")))
        lay.addWidget(self.heading)
        self.scope_label = QLabel()
        lay.addWidget(self.scope_label)

        tiles = QHBoxLayout()
        self.tiles = {
            "registered": StatTile(self.tr("Terdaftar")),
            "admin_passed": StatTile(self.tr("Lolos administrasi")),
            "came_1": StatTile(self.tr("Hadir audisi tahap 1")),
            "passed_1": StatTile(self.tr("Lolos tahap 1")),
            "passed_2": StatTile(self.tr("Lolos tahap 2")),
            "passed_3": StatTile(self.tr("Juara (tahap 3)")),
        }
        for i, tile in enumerate(self.tiles.values()):
            if i:
                arrow = QLabel("→")
                arrow.setAccessibleName(self.tr("lalu"))
                tiles.addWidget(arrow)
            tiles.addWidget(tile, 1)
        lay.addLayout(tiles)

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("nextStepHint")
        lay.addWidget(self.hint)
        buttons = QHBoxLayout()
        self.go_peserta = QPushButton(self.tr("Buka layar &Peserta"))
        self.go_peserta.clicked.connect(lambda: self._show_screen("peserta"))
        self.demo_button = QPushButton(self.tr("Coba dengan &data contoh"))
        self.demo_button.clicked.connect(self.make_demo)
        buttons.addWidget(self.go_peserta)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        lay.addLayout(buttons)

        box = QGroupBox(self.tr("Laptop ini"))
        form = QFormLayout(box)
        self.device_label = QLabel()
        self.role_label = QLabel()
        self.regency_label = QLabel()
        self.programme_label = QLabel()
        form.addRow(self.tr("Perangkat:"), self.device_label)
        form.addRow(self.tr("Peran:"), self.role_label)
        form.addRow(self.tr("Kabupaten/Kota:"), self.regency_label)
        form.addRow(self.tr("Tahun program:"), self.programme_label)
        lay.addWidget(box)
        lay.addStretch(1)
        self._show_hint(None)
        ctx.users.user_changed.connect(self._apply_role)  # a bound method: dropped with the screen

    def title(self) -> str:
        return self.tr("Beranda")

    def refresh(self) -> None:
        self.ctx.tasks.run(load_beranda, on_done=self.show_data)

    def show_data(self, data: BerandaData) -> None:
        self.data = data
        info, f = data.info, data.funnel
        self.device_label.setText(f"{info.name} ({info.device_id})" if info.name else info.device_id)
        role = INSTALL_ROLE_LABELS.get(info.role, info.role)
        self.role_label.setText(QCoreApplication.translate("labels", role))
        self.regency_label.setText(gazetteer().regency_name(info.regency_code) if info.regency_code
                                   else self.tr("— (semua kab/kota)"))
        self.programme_label.setText(info.programme_name or self.tr("belum ada"))
        self.heading.setText("<h2>{0}</h2>".format(
            self.tr("Beranda — {0}").format(info.programme_name) if info.programme_name
            else self.tr("Beranda")))
        self.scope_label.setText(
            self.tr("Angka untuk {0}.").format(gazetteer().regency_name(data.scope_regency))
            if data.scope_regency else self.tr("Angka untuk seluruh data di laptop ini."))
        if f is None:
            for tile in self.tiles.values():
                tile.set_value(None)
        else:
            t = self.tiles
            t["registered"].set_value(f.registered)
            t["admin_passed"].set_value(f.admin_passed, self.tr("{0} tidak lolos").format(
                fmt_count(f.admin_failed)) if f.admin_failed else "")
            t["came_1"].set_value(f.came_1, self.tr("dari {0} diundang; {1} tidak hadir").format(
                fmt_count(f.invited_1), fmt_count(f.absent_1)) if f.invited_1 else "")
            t["passed_1"].set_value(f.passed_1)
            t["passed_2"].set_value(f.passed_2)
            t["passed_3"].set_value(f.passed_3)
        self._show_hint(f)

    def _show_hint(self, f) -> None:
        empty = f is None or f.registered == 0
        info = self.data.info if self.data else None
        no_year = info is not None and not info.programme_name
        self.demo_button.setVisible(empty)
        self._apply_role()
        if no_year and info.role != "province":
            text = self.tr("Belum ada tahun program di laptop ini. Impor bundel persiapan dari "
                           "provinsi atau kab/kota di layar Sinkronisasi, atau coba data contoh.")
        elif empty:
            text = self.tr("Belum ada peserta — impor berkas pendaftar di layar Peserta atau "
                           "coba data contoh.")
        elif not f.admin_passed and not f.admin_failed:
            text = self.tr("Langkah berikutnya: seleksi administrasi pendaftar, lalu undang yang "
                           "lolos ke audisi tahap 1.")
        elif not f.invited_1:
            text = self.tr("Langkah berikutnya: atur lokasi audisi dan panel, lalu undang peserta "
                           "tahap 1.")
        elif not f.passed_1:
            text = self.tr("Langkah berikutnya: catat kehadiran dan nilai juri di layar Kehadiran "
                           "dan Penilaian.")
        else:
            text = self.tr("Lihat peringkat dan rekapitulasi di layar Hasil.")
        self.hint.setText(text)

    def _apply_role(self, _user=None) -> None:
        self.go_peserta.setVisible(permissions.allowed(self.ctx.user, "screen.peserta"))

    def make_demo(self) -> None:
        self.demo_button.setEnabled(False)
        run_demo(self.ctx, self, on_done=lambda _s: self.demo_button.setEnabled(True),
                 on_error=self._demo_failed)

    def _demo_failed(self, err) -> None:
        from .. import messages
        from ..tasks import Cancelled
        self.demo_button.setEnabled(True)
        if not isinstance(err, Cancelled):
            messages.show_error(self, err)

    def _show_screen(self, key: str) -> None:
        window = self.window()
        if hasattr(window, "show_screen"):
            window.show_screen(key)
