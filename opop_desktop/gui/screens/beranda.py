"""Beranda: the funnel of the current programme year, this installation, and what to do next."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from opop_desktop.core import permissions
from opop_desktop.core.errors import NotFoundError
from opop_desktop.core.formats import count_text
from opop_desktop.core.labels import INSTALL_ROLE_LABELS
from opop_desktop.core.regions import gazetteer

from ..forms.ui_beranda import Ui_BerandaScreen
from ..icons import icon
from ..widgets.demo import confirm_demo, run_demo, show_demo_accounts
from .base import Screen

# The funnel's tiles, left to right (tile_<key> in ui/beranda.ui).
TILES = ("registered", "admin_passed", "came_1", "passed_1", "passed_2", "passed_3")


@dataclass
class BerandaData:
    info: object  # installation.InstallationInfo
    funnel: object | None  # registrants.FunnelCounts; None when there is no programme year yet
    scope_regency: str | None  # counts limited to this kab/kota (a kab/kota laptop)
    demo_refusal: str | None = None  # why demo data may not be loaded here


def load_beranda(session, _task) -> BerandaData:
    from opop_desktop.core.demo import demo_refusal
    from opop_desktop.core.services import installation
    from opop_desktop.core.services.registrants import funnel_counts
    info = installation.describe(session)
    scope = info.regency_code if info.role == "regency" and info.regency_code else None
    try:
        funnel = funnel_counts(session, regency_code=scope)
    except NotFoundError:
        funnel = None
    refusal = demo_refusal(session)  # only its presence is used: render it once, here
    return BerandaData(info, funnel, scope, None if refusal is None else str(refusal))


class BerandaScreen(Screen):
    key = "beranda"
    watches = frozenset({"pesantren", "setup", "attendance", "results", "scores", "sync"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.data: BerandaData | None = None
        form = self.use_form(Ui_BerandaScreen)
        self.heading = form.header
        self.scope_label, self.hint, self.demo_button = form.scope_label, form.hint, form.demo_button
        self.go_peserta = form.go_peserta
        self.device_label, self.role_label = form.device_label, form.role_label
        self.regency_label, self.programme_label = form.regency_label, form.programme_label
        self.tiles = {key: getattr(form, f"tile_{key}") for key in TILES}
        self.hint.setObjectName("nextStepHint")
        self.go_peserta.setIcon(icon("users"))
        self.demo_button.setIcon(icon("sample"))
        self.go_peserta.clicked.connect(lambda: self._show_screen("peserta"))
        self.demo_button.clicked.connect(self.make_demo)
        self._show_hint(None)
        ctx.users.user_changed.connect(self._apply_role)  # a bound method: dropped with the screen

    def retranslate_texts(self) -> None:
        if self.data is not None:
            self.show_data(self.data)
        else:
            self._show_hint(None)

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
        self.heading.setText(self.tr("Beranda — {0}").format(info.programme_name) if info.programme_name
                             else self.tr("Beranda"))
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
                count_text(f.admin_failed)) if f.admin_failed else "")
            t["came_1"].set_value(f.came_1, self.tr("dari {0} diundang; {1} tidak hadir").format(
                count_text(f.invited_1), count_text(f.absent_1)) if f.invited_1 else "")
            t["passed_1"].set_value(f.passed_1)
            t["passed_2"].set_value(f.passed_2)
            t["passed_3"].set_value(f.passed_3)
        self._show_hint(f)

    def _show_hint(self, f) -> None:
        empty = f is None or f.registered == 0
        info = self.data.info if self.data else None
        no_year = info is not None and not info.programme_name
        # A laptop set up for the field never offers fake data.
        demo = self.data is not None and self.data.demo_refusal is None
        self.demo_button.setVisible(empty and demo)
        self._apply_role()
        if no_year and info.role != "province":
            text = self.tr("Belum ada tahun program di laptop ini. Impor bundel persiapan dari "
                           "provinsi atau kab/kota di layar Sinkronisasi.")
        elif empty:
            text = self.tr("Belum ada peserta — impor berkas pendaftar di layar Peserta atau "
                           "coba data contoh.") if demo else \
                self.tr("Belum ada peserta — impor berkas pendaftar di layar Peserta.")
        elif not f.admin_passed and not f.admin_failed:
            text = self.tr("Langkah berikutnya: seleksi administrasi pendaftar di layar Peserta "
                           "(Keputusan administrasi…, Ctrl+D), lalu undang yang lolos ke audisi tahap 1.")
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
        if not self.confirm_demo():
            return
        self.demo_button.setEnabled(False)
        run_demo(self.ctx, self, on_done=self._demo_done, on_error=self._demo_failed)

    def confirm_demo(self) -> bool:
        return confirm_demo(self)

    def show_accounts(self, summary) -> None:
        show_demo_accounts(self, summary)

    def _demo_done(self, summary) -> None:
        self.demo_button.setEnabled(True)
        self.show_accounts(summary)

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
