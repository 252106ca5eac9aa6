"""The first-start wizard's pages (gui/startup.py), each laid out by its Designer form: where the
laptop is used (role, kab/kota, name, demo data) and the first admin account.

The role has no default: which office a laptop serves decides what it may write, so the person
chooses. The kab/kota list is searched by typing part of the name."""
from __future__ import annotations

import re

from PySide6.QtWidgets import QWizardPage

from opop_desktop.core.security import MIN_PASSWORD_LENGTH

from .forms.ui_first_start_admin_page import Ui_AdminPage
from .forms.ui_first_start_role_page import Ui_RolePage

USERNAME_RE = re.compile(r"^[a-z0-9._-]{3,32}$")


class RolePage(QWizardPage):
    ROLES = ("venue", "regency", "province")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = Ui_RolePage()
        self.form.setupUi(self)
        form = self.form
        self.role_buttons = {"venue": form.venue_button, "regency": form.regency_button,
                             "province": form.province_button}
        self.regency_combo, self.device_name, self.problem = form.regency_combo, form.device_name, form.problem
        self.demo_box, self.demo_button = form.demo_box, form.demo_button
        self.regency_combo.make_searchable(self.tr("ketik untuk mencari, mis. Garut"))
        self.regency_combo.code_changed.connect(lambda *_: self._changed())
        for button in self.role_buttons.values():
            button.toggled.connect(lambda *_: self._changed())
        self.demo_button.clicked.connect(self.try_demo)
        self._changed()

    def role(self) -> str | None:
        return next((role for role, button in self.role_buttons.items() if button.isChecked()), None)

    def set_role(self, role: str) -> None:
        self.role_buttons[role].setChecked(True)

    def try_demo(self) -> None:
        self.set_role("province")
        self.demo_box.setChecked(True)
        self.wizard().next()

    def _changed(self) -> None:
        needs_regency = self.role() != "province"
        self.regency_combo.setEnabled(needs_regency)
        if self.role() is None:
            self.problem.set_state("info", self.tr("Pilih di mana laptop ini dipakai."))
        elif needs_regency and not self.regency_combo.code():
            self.problem.set_state("info", self.tr("Pilih kabupaten/kota laptop ini."))
        else:
            self.problem.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.role() == "province" or (self.role() is not None and bool(self.regency_combo.code()))


class AdminPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = Ui_AdminPage()
        self.form.setupUi(self)
        form = self.form
        self.username, self.full_name = form.username, form.full_name
        self.password, self.password2, self.problem = form.password, form.password2, form.problem
        for edit in (self.username, self.full_name, self.password, self.password2):
            edit.textChanged.connect(lambda *_: self.completeChanged.emit())

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return all(e.text().strip() for e in (self.username, self.full_name, self.password, self.password2))

    def problem_text(self) -> str:
        if not USERNAME_RE.match(self.username.text().strip().lower()):
            return self.tr("Nama pengguna: 3–32 huruf kecil, angka, titik, garis bawah atau tanda hubung.")
        if len(self.password.text()) < MIN_PASSWORD_LENGTH:
            return self.tr("Kata sandi minimal {0} karakter.").format(MIN_PASSWORD_LENGTH)
        if self.password.text() != self.password2.text():
            return self.tr("Kedua kata sandi tidak sama. Ketik ulang.")
        return ""

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        text = self.problem_text()
        self.problem.set_state("error" if text else "", text)
        return not text
