"""Demo data from the GUI (Beranda's empty state; the first-start wizard runs its own): asked
for first, refused by core on a laptop that has been set up, and followed by the list of demo
accounts so the person can sign in as a juror or officer straight away."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHeaderView

from ..forms.ui_demo_accounts_dialog import Ui_DemoAccountsDialog
from ..look import fit_to_screen
from ..table_model import Column, RowTableModel

DEMO_CHANGES = frozenset({"pesantren", "setup", "attendance", "scores", "results", "accounts"})


def confirm_demo(parent) -> bool:
    from .. import messages
    return messages.confirm(parent, QCoreApplication.translate(
        "demo", "Isi laptop ini dengan data contoh? Peserta, juri, akun dan nilai contoh semuanya fiktif "
        "dan hanya untuk mencoba; jangan dipakai pada laptop yang akan dibawa ke lokasi audisi."),
        QCoreApplication.translate("demo", "Data contoh"))


def demo_op(scale: str = "small", seed: int = 1, actor: str = "sistem"):
    def op(session, task):
        from opop_desktop.core.demo import generate_demo
        return generate_demo(session, scale=scale, seed=seed, progress=task.progress, actor=actor)
    return op


def run_demo(ctx, parent, *, on_done=None, on_error=None, scale: str = "small", seed: int = 1):
    """Off the UI thread with progress and Batal; screens refresh through the change tags."""
    title = QCoreApplication.translate("demo", "Membuat data contoh…")
    from ..login import actor_label
    return ctx.tasks.run_with_progress(parent, title, demo_op(scale, seed, actor_label(ctx.user)), on_done=on_done,
                                       on_error=on_error, changes=DEMO_CHANGES)


class DemoAccountsDialog(QDialog):
    """The demo accounts (username, role, password or PIN) and which juror's sheet is empty."""

    def __init__(self, summary, parent=None):
        super().__init__(parent)
        self.form = Ui_DemoAccountsDialog()
        self.form.setupUi(self)
        fit_to_screen(self)
        roles = {"coordinator": self.tr("Koordinator"), "officer": self.tr("Petugas"), "juror": self.tr("Juri")}
        self.model = RowTableModel([
            Column("username", self.tr("Nama pengguna")),
            Column("role", self.tr("Peran"), fmt=lambda r: roles.get(r, r)),
            Column("secret", self.tr("Kata sandi / PIN")),
            Column("note", self.tr("Keterangan"))], self)
        self.model.set_rows(summary.accounts)
        self.view = self.form.view
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.form.intro.setText(self.tr("Data contoh {0} siap. Masuk dengan salah satu akun di bawah (menu "
                                        "Pengguna → Ganti pengguna).").format(summary.programme_name))
        empty = summary.venue_day.empty_juror if summary.venue_day else ""
        self.empty_label = self.form.empty_label
        self.empty_label.setVisible(bool(empty))
        if empty:
            self.empty_label.setText(self.tr("Juri {0} belum menilai: masuk sebagai {0} untuk mencoba lembar "
                                             "penilaian yang masih kosong.").format(empty))


def show_demo_accounts(parent, summary) -> None:
    DemoAccountsDialog(summary, parent).exec()
