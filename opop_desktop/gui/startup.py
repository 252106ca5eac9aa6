"""First start: who this laptop is (role, kab/kota), the first admin account, or demo data.

``first_start(ctx)`` shows the wizard only while the installation is not initialised and returns
False when the user cancels it (the application then quits). Everything the wizard writes
(demo data, installation settings, first admin) happens in one transaction on the worker thread.

The role has no default: which office a laptop serves decides what it may write, so the person
chooses. The kab/kota list is searched by typing part of the name. Every Alt+letter is used once
in the whole wizard (both pages and its buttons). Demo data is confirmed first and its accounts
are shown afterwards.
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QRadioButton,
    QVBoxLayout, QWizard, QWizardPage,
)

from opop_desktop.core.clock import today_wib
from opop_desktop.core.db import set_setting
from opop_desktop.core.services import installation

from . import messages
from .context import AppContext, CurrentUser
from .tasks import Cancelled
from .widgets.combos import RegencyCombo
from .widgets.demo import confirm_demo, show_demo_accounts

USERNAME_RE = re.compile(r"^[a-z0-9._-]{3,32}$")
MIN_PASSWORD = 8


def accounts_service():
    """core/services/accounts.py when it is installed (it creates real accounts), else None."""
    try:
        mod = importlib.import_module("opop_desktop.core.services.accounts")
    except ModuleNotFoundError:
        return None
    return mod if hasattr(mod, "create_user") else None


@dataclass
class FirstStartChoice:
    role: str  # venue | regency | province
    regency_code: str | None
    device_name: str
    username: str
    full_name: str
    password: str
    demo: bool


@dataclass
class FirstStartResult:
    info: object  # installation.InstallationInfo
    user: CurrentUser | None
    demo: object | None  # DemoSummary when demo data was generated


def first_start_op(choice: FirstStartChoice, year: int | None = None):
    """Worker-side operation writing the choice; demo data first so its programme year is kept."""
    def op(session, task):
        demo = None
        if choice.demo:
            from opop_desktop.core.demo import generate_demo
            demo = generate_demo(session, scale="small", seed=1, progress=task.progress,
                                 actor=f"{choice.username} ({choice.full_name})")
        info = installation.initialise(
            session, role=choice.role,
            regency_code=choice.regency_code if choice.role != "province" else None,
            name=choice.device_name or None, year=year or today_wib().year)
        user = None
        accounts = accounts_service()
        if accounts is None:
            # No account service yet: remember who the first admin is meant to be.
            set_setting(session, "first_admin", f"{choice.username}\t{choice.full_name}")
        elif not accounts.has_admin(session):
            made = accounts.create_user(
                session, username=choice.username, full_name=choice.full_name, role="admin",
                password=choice.password, regency_code=info.regency_code or None)
            user = CurrentUser(made.id, made.username, made.full_name, made.role,
                               regency_code=made.regency_code)
        task.check()
        return FirstStartResult(info, user, demo)
    return op


class RolePage(QWizardPage):
    ROLES = ("venue", "regency", "province")

    def __init__(self, wizard: "FirstStartWizard"):
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Selamat datang di OPOP Desktop"))
        self.setSubTitle(self.tr("Beberapa pertanyaan singkat tentang laptop ini. Semuanya dapat "
                                 "diubah nanti di layar Pengaturan."))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Laptop ini dipakai di:")))
        self.role_group = QButtonGroup(self)
        texts = {
            "venue": self.tr("Lokasi &audisi (petugas dan juri, tanpa internet)"),
            "regency": self.tr("Kantor ka&bupaten/kota (koordinator)"),
            "province": self.tr("Kantor &provinsi (admin program)"),
        }
        self.role_buttons = {}
        for i, role in enumerate(self.ROLES):
            button = QRadioButton(texts[role])
            self.role_group.addButton(button, i)
            self.role_buttons[role] = button
            lay.addWidget(button)
        self.role_group.idToggled.connect(lambda *_: self._changed())
        form = QFormLayout()
        self.regency_combo = RegencyCombo()
        self.regency_combo.make_searchable(self.tr("ketik untuk mencari, mis. Garut"))
        self.regency_combo.code_changed.connect(lambda *_: self._changed())
        form.addRow(self.tr("Kabupa&ten/Kota:"), self.regency_combo)
        self.device_name = QLineEdit()
        self.device_name.setPlaceholderText(self.tr("mis. Laptop Garut-1"))
        form.addRow(self.tr("&Nama laptop ini:"), self.device_name)
        lay.addLayout(form)
        self.problem = QLabel()
        lay.addWidget(self.problem)
        lay.addSpacing(12)
        self.demo_box = QCheckBox(self.tr("Isi dengan &data contoh (±60 pesantren di 2 kab/kota, "
                                          "untuk mencoba aplikasi)"))
        lay.addWidget(self.demo_box)
        self.demo_button = QPushButton(self.tr("&Coba dengan data contoh"))
        self.demo_button.setToolTip(self.tr("Laptop diatur sebagai kantor provinsi dan diisi data "
                                            "contoh; tinggal membuat akun admin."))
        self.demo_button.clicked.connect(self.try_demo)
        lay.addWidget(self.demo_button)
        lay.addStretch(1)
        self._changed()

    def role(self) -> str | None:
        checked = self.role_group.checkedId()
        return self.ROLES[checked] if checked >= 0 else None

    def set_role(self, role: str) -> None:
        self.role_buttons[role].setChecked(True)

    def try_demo(self) -> None:
        self.set_role("province")
        self.demo_box.setChecked(True)
        self.wiz.next()

    def _changed(self) -> None:
        needs_regency = self.role() != "province"
        self.regency_combo.setEnabled(needs_regency)
        if self.role() is None:
            self.problem.setText(self.tr("Pilih di mana laptop ini dipakai."))
        elif needs_regency and not self.regency_combo.code():
            self.problem.setText(self.tr("Pilih kabupaten/kota laptop ini."))
        else:
            self.problem.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.role() == "province" or (self.role() is not None and bool(self.regency_combo.code()))


class AdminPage(QWizardPage):
    def __init__(self, wizard: "FirstStartWizard"):
        super().__init__(wizard)
        self.setTitle(self.tr("Akun admin pertama"))
        self.setSubTitle(self.tr("Akun ini dipakai untuk masuk dan membuat akun petugas, "
                                 "koordinator dan juri. Simpan kata sandinya dengan baik."))
        form = QFormLayout(self)
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("huruf kecil, angka, titik, garis bawah"))
        self.full_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.Password)
        form.addRow(self.tr("Nama pen&gguna:"), self.username)
        form.addRow(self.tr("Nama l&engkap:"), self.full_name)
        form.addRow(self.tr("Kata &sandi:"), self.password)
        form.addRow(self.tr("&Ulangi kata sandi:"), self.password2)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        form.addRow(self.problem)
        for edit in (self.username, self.full_name, self.password, self.password2):
            edit.textChanged.connect(lambda *_: self.completeChanged.emit())

    def isComplete(self) -> bool:
        return all(e.text().strip() for e in (self.username, self.full_name, self.password, self.password2))

    def problem_text(self) -> str:
        if not USERNAME_RE.match(self.username.text().strip().lower()):
            return self.tr("Nama pengguna: 3–32 huruf kecil, angka, titik, garis bawah atau tanda hubung.")
        if len(self.password.text()) < MIN_PASSWORD:
            return self.tr("Kata sandi minimal {0} karakter.").format(MIN_PASSWORD)
        if self.password.text() != self.password2.text():
            return self.tr("Kedua kata sandi tidak sama. Ketik ulang.")
        return ""

    def validatePage(self) -> bool:
        text = self.problem_text()
        self.problem.setText(text)
        return not text


class FirstStartWizard(QWizard):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.result_data: FirstStartResult | None = None
        self._handle = None
        self.setWindowTitle(self.tr("OPOP Desktop — mulai pertama"))
        self.setWizardStyle(QWizard.ClassicStyle)
        self.setButtonText(QWizard.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.CancelButton, self.tr("Batal"))
        self.setButtonText(QWizard.FinishButton, self.tr("&Mulai"))
        self.resize(640, 480)
        self.role_page = RolePage(self)
        self.admin_page = AdminPage(self)
        self.addPage(self.role_page)
        self.addPage(self.admin_page)

    def choice(self) -> FirstStartChoice:
        rp, ap = self.role_page, self.admin_page
        return FirstStartChoice(
            role=rp.role(), regency_code=rp.regency_combo.code() if rp.role() != "province" else None,
            device_name=rp.device_name.text().strip(), username=ap.username.text().strip().lower(),
            full_name=ap.full_name.text().strip(), password=ap.password.text(),
            demo=rp.demo_box.isChecked())

    def accept(self) -> None:
        """Finish: write everything on the worker thread, close only when it succeeded."""
        # Overriding accept() bypasses QWizard's own check of the last page: do it here.
        if self._handle is not None or not self.validateCurrentPage():
            return
        choice = self.choice()
        if choice.demo and not self.confirm_demo():
            return
        title = self.tr("Membuat data contoh…") if choice.demo else self.tr("Menyiapkan laptop ini…")
        self.button(QWizard.FinishButton).setEnabled(False)
        self._handle = self.ctx.tasks.run_with_progress(
            self, title, first_start_op(choice), on_done=self._done, on_error=self._failed,
            changes={"setup", "pesantren", "accounts"})

    def confirm_demo(self) -> bool:
        return confirm_demo(self)

    def _done(self, result: FirstStartResult) -> None:
        self._handle = None
        self.result_data = result
        if result.user is not None:
            self.ctx.users.set_user(result.user)
        super().accept()

    def _failed(self, err: BaseException) -> None:
        self._handle = None
        self.button(QWizard.FinishButton).setEnabled(True)
        if not isinstance(err, Cancelled):
            messages.show_error(self, err)

    def reject(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            return
        super().reject()


def first_start(ctx: AppContext) -> bool:
    """Returns False when the user cancelled the first start (the app then quits)."""
    # A single settings read before any window exists; no need for the worker thread here.
    with ctx.db.session() as s:
        if installation.is_initialised(s):
            return True
    wizard = FirstStartWizard(ctx)
    if wizard.exec() != QDialog.Accepted:
        return False
    if wizard.result_data is not None and wizard.result_data.demo is not None:
        show_demo_accounts(None, wizard.result_data.demo)
    return True
