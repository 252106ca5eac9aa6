"""Akun pengguna (admins only): list, add (juror → juror record + 6-digit PIN; others a password
typed twice), reset password/PIN, deactivate / reactivate."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from opop_desktop.core.models import ROLES
from opop_desktop.core.regions import gazetteer
from opop_desktop.core.services import accounts, setup

from ..forms.ui_secret_dialog import Ui_SecretDialog
from ..forms.ui_setup_accounts import Ui_AccountsTab
from ..forms.ui_user_dialog import Ui_UserDialog
from ..icons import icon
from ..table_model import Column, RowTableModel
from ..widgets.combos import RegencyCombo
from .common import SetupTab, make_view, role_label, select_where, selected
from .dialogs import use_form


class SecretFields:
    """Password twice, or a 6-digit PIN (the form's password/password2/pin rows); ``problem()``
    says what is wrong before the service does."""

    def __init__(self, form):
        self.password, self.password2, self.pin = form.password, form.password2, form.pin
        self.password_label, self.password2_label = form.password_caption, form.password2_caption
        self.pin_label = form.pin_caption

    def use_pin(self, pin: bool) -> None:
        for w in (self.password, self.password2, self.password_label, self.password2_label):
            w.setVisible(not pin)
        self.pin.setVisible(pin)
        self.pin_label.setVisible(pin)
        self.pin_mode = pin

    def problem(self) -> str:
        if self.pin_mode:
            pin = self.pin.text()
            if len(pin) == 6 and pin.isdigit():
                return ""
            return QCoreApplication.translate("SecretFields", "PIN harus tepat 6 angka.")
        if not self.password.text():
            return QCoreApplication.translate("SecretFields", "Kata sandi wajib diisi.")
        if self.password.text() != self.password2.text():
            return QCoreApplication.translate("SecretFields", "Kedua kata sandi tidak sama.")
        return ""

    def values(self) -> dict:
        return {"pin": self.pin.text()} if self.pin_mode else {"password": self.password.text()}


class _CheckedDialog(QDialog):
    """A form dialog that says what is wrong (under the fields) instead of closing."""

    def _use_form(self, form_class):
        self.form = use_form(self, form_class)
        self.problem_label = self.form.problem_label
        self.problem_label.setObjectName("problem_label")
        self.secret = SecretFields(self.form)
        return self.form

    def problem(self) -> str:
        return self.secret.problem()

    def accept(self) -> None:
        problem = self.problem()
        self.problem_label.set_state("error" if problem else "", problem)
        if not problem:
            super().accept()


class UserDialog(_CheckedDialog):
    def __init__(self, jurors, parent=None):
        super().__init__(parent)
        form = self._use_form(Ui_UserDialog)
        self.username, self.full_name, self.role = form.username, form.full_name, form.role
        self.juror, self.juror_label = form.juror, form.juror_label
        for code in ROLES:
            self.role.addItem(role_label(code), code)
        for j in jurors:
            self.juror.addItem(j.name, j.id)
        self.regency = RegencyCombo(all_label=self.tr("(tidak ada)"))
        form.regency_layout.addWidget(self.regency)
        form.regency_caption.setBuddy(self.regency)
        self.role.currentIndexChanged.connect(lambda _i: self._role_changed())
        self.juror.currentIndexChanged.connect(lambda _i: self._juror_chosen())
        self._role_changed()

    def is_juror(self) -> bool:
        return self.role.currentData() == "juror"

    def _role_changed(self) -> None:
        juror = self.is_juror()
        self.juror.setVisible(juror)
        self.juror_label.setVisible(juror)
        self.secret.use_pin(juror)
        self._juror_chosen()

    def _juror_chosen(self) -> None:
        if self.is_juror() and not self.full_name.text() and self.juror.currentIndex() >= 0:
            self.full_name.setText(self.juror.currentText())

    def problem(self) -> str:
        if not self.username.text().strip():
            return self.tr("Nama pengguna wajib diisi.")
        if self.is_juror() and self.juror.currentData() is None:
            return self.tr("Pilih data juri untuk akun juri (tambahkan juri di tab Lokasi & panel).")
        return self.secret.problem()

    def values(self) -> dict:
        return {"username": self.username.text().strip(), "full_name": self.full_name.text().strip(),
                "role": self.role.currentData(),
                "juror_id": self.juror.currentData() if self.is_juror() else None,
                "regency_code": self.regency.code(), **self.secret.values()}


class SecretDialog(_CheckedDialog):
    def __init__(self, user: accounts.UserInfo, parent=None):
        super().__init__(parent)
        form = self._use_form(Ui_SecretDialog)
        form.account_label.setText(self.tr("Akun: {0} ({1})").format(user.username, user.full_name))
        self.secret.use_pin(user.role == "juror")


class AccountsTab(SetupTab):
    changes = frozenset({"accounts"})

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.admin = False
        self.juror_names: dict[str, str] = {}
        self.form = Ui_AccountsTab()
        self.form.setupUi(self)
        self.only_admins = self.form.only_admins
        self.model = RowTableModel([
            Column("username"), Column("full_name"),
            Column("role", fmt=role_label),
            Column("juror_id", fmt=lambda j: self.juror_names.get(j, "") if j else ""),
            Column("regency_code", fmt=lambda c: gazetteer().regency_name(c) if c else ""),
            Column("active", fmt=lambda a: self.tr("Ya") if a else self.tr("Tidak"))])
        self.view = make_view(self.model, "users", stretch=1, view=self.form.view)
        self.add_button, self.secret_button = self.form.add_button, self.form.secret_button
        self.active_button = self.form.active_button
        self.form.buttons_row.insertWidget(0, self.status_line, 1)
        self.add_button.setIcon(icon("add"))
        self.secret_button.setIcon(icon("key"))
        self.add_button.clicked.connect(self.add)
        self.secret_button.clicked.connect(self.reset_secret)
        self.active_button.clicked.connect(self.toggle_active)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.retitle()
        self.set_admin(False)

    def column_titles(self):
        return [
            (self.model, [self.tr("Nama pengguna"), self.tr("Nama"), self.tr("Peran"), self.tr("Juri"),
                          self.tr("Kab/kota"), self.tr("Aktif")]),
        ]

    def retranslate_texts(self) -> None:
        self.update_buttons()

    def set_admin(self, admin: bool) -> None:
        changed = admin != self.admin
        self.admin = admin
        self.only_admins.setVisible(not admin)
        self.view.setVisible(admin)
        for b in (self.add_button, self.secret_button, self.active_button):
            b.setVisible(admin)
        if not admin:
            self.model.set_rows([])
        elif changed:
            self.reload()
        self.update_buttons()

    def update_buttons(self) -> None:
        user = selected(self.view, self.model)
        self.add_button.setEnabled(self.admin)
        self.secret_button.setEnabled(self.admin and user is not None)
        self.active_button.setEnabled(self.admin and user is not None)
        self.active_button.setText(self.tr("Akti&fkan") if user is not None and not user.active
                                   else self.tr("&Nonaktifkan"))

    def reload(self) -> None:
        if not self.admin:
            return
        actor = self.actor()
        self.load(lambda s, _t: (accounts.list_users(s, actor, include_inactive=True), setup.list_jurors(s)),
                  self._show)

    def _show(self, loaded) -> None:
        users, jurors = loaded
        keep = selected(self.view, self.model)
        self.juror_names = {j.id: j.name for j in jurors}
        self.model.set_rows(users)
        if keep is not None:
            select_where(self.view, self.model, "id", keep.id)
        self.update_buttons()

    def add(self) -> None:
        self.load(lambda s, _t: setup.list_jurors(s), self._ask_new)

    def _ask_new(self, jurors) -> None:
        dlg = UserDialog(jurors, self)
        if not self.open_dialog(dlg):
            return
        values, actor = dlg.values(), self.actor()
        self.change(lambda s, _t: accounts.create_user(s, actor=actor, **values),
                    lambda u: self.say(self.tr("Akun {0} dibuat.").format(u.username)))

    def reset_secret(self) -> None:
        user = selected(self.view, self.model)
        if user is None:
            return
        dlg = SecretDialog(user, self)
        if not self.open_dialog(dlg):
            return
        values, actor = dlg.secret.values(), self.actor()
        self.change(lambda s, _t: accounts.set_secret(s, actor, user.username, **values),
                    lambda u: self.say(self.tr("Kata sandi/PIN {0} diganti.").format(u.username)))

    def toggle_active(self) -> None:
        user = selected(self.view, self.model)
        if user is None:
            return
        if user.active and not self.confirm(self, self.tr("Nonaktifkan akun {0}?").format(user.username)):
            return
        actor = self.actor()
        self.change(lambda s, _t: accounts.set_active(s, actor, user.username, not user.active),
                    lambda u: self.say(self.tr("Akun {0} {1}.").format(
                        u.username, self.tr("diaktifkan") if u.active else self.tr("dinonaktifkan"))))
