"""Signing in and "Ganti pengguna" (switching users on a shared laptop without restarting).

The dialog checks the password or PIN on the worker thread with ``accounts.try_authenticate``,
which never raises for a wrong secret, so the failure counter (throttling) is committed and the
service's message ("... Coba lagi dalam 8 detik.") is shown under the fields.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QWidget

from opop_desktop.core.services import accounts
from opop_desktop.core.services.accounts import SignedInUser
from opop_desktop.core.services.venue_views import has_accounts

from .context import AppContext, CurrentUser
from .forms.ui_login import Ui_LoginDialog
from .icons import icon


def to_actor(user: CurrentUser | None) -> SignedInUser | None:
    """The services' actor for the GUI's signed-in user: the same object (``AppContext.actor``)."""
    return user


def actor_label(user: CurrentUser | None) -> str:
    """Who did it, for the audit log: the account and the person's name."""
    if user is None:
        return "tanpa akun"
    return f"{user.username} ({user.full_name})" if user.full_name else user.username


def to_current(user: SignedInUser) -> CurrentUser:
    return user


class LoginDialog(QDialog):
    """Username (editable list of accounts) + password or PIN. Accepts only after the service
    said yes; then ``ctx.users`` holds the new user."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, switching: bool = False):
        super().__init__(parent)
        self.ctx = ctx
        self.form = Ui_LoginDialog()
        self.form.setupUi(self)
        self.switching = switching
        self.username, self.secret, self.message = self.form.username, self.form.secret, self.form.message
        self.ok_button = self.form.ok_button
        self.username.setObjectName("login_username")
        self.secret.setObjectName("login_secret")
        self.message.setObjectName("login_message")
        self.ok_button.setIcon(icon("sign-in"))
        self.ok_button.clicked.connect(self.try_sign_in)
        self.form.cancel_button.clicked.connect(self.reject)
        self._retranslate_texts()
        self._busy = False
        row = lambda u: f"{u.full_name} ({QCoreApplication.translate('labels', u.role_label)})"  # noqa: E731
        ctx.tasks.run(lambda s, _t: [(u.username, row(u)) for u in accounts.sign_in_choices(s)],
                      on_done=self._fill_names, on_error=lambda _e: None)

    def _retranslate_texts(self) -> None:
        self.setWindowTitle(self.tr("Ganti pengguna") if self.switching else self.tr("Masuk"))
        user = self.ctx.user if self.switching else None
        self.form.current_user_label.setVisible(user is not None)
        if user is not None:
            self.form.current_user_label.setText(
                self.tr("Sekarang masuk sebagai: {0}").format(user.full_name or user.username))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.LanguageChange:
            self.form.retranslateUi(self)
            self._retranslate_texts()
        super().changeEvent(event)

    def _fill_names(self, names: list[tuple[str, str]]) -> None:
        typed = self.username.currentText()
        self.username.blockSignals(True)
        self.username.clear()
        for username, label in names:
            self.username.addItem(username, username)
            self.username.setItemData(self.username.count() - 1, label, Qt.ToolTipRole)
        self.username.setEditText(typed)
        self.username.blockSignals(False)
        self.secret.setFocus() if typed else self.username.setFocus()

    def set_username(self, username: str) -> None:
        self.username.setEditText(username)

    def try_sign_in(self) -> None:
        if self._busy:
            return
        username = self.username.currentText().strip()
        secret = self.secret.text()
        if not username or not secret:
            self.message.set_state("error", self.tr("Isi nama pengguna dan kata sandi/PIN."))
            return
        self._busy = True
        self.ok_button.setEnabled(False)
        self.ctx.tasks.run(lambda s, _t: accounts.try_authenticate(s, username, secret),
                           on_done=self._done, on_error=self._failed)

    def _done(self, outcome: accounts.AuthOutcome) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
        if outcome.user is None:
            self.message.set_state("error", lambda m=outcome.message: str(m))
            self.secret.clear()
            self.secret.setFocus()
            return
        self.message.clear()
        self.ctx.users.set_user(to_current(outcome.user))
        self.accept()

    def _failed(self, err: BaseException) -> None:
        from .messages import error_text
        self._busy = False
        self.ok_button.setEnabled(True)
        self.message.set_state("error", error_text(err))


def sign_in(ctx: AppContext, parent: QWidget | None = None, *, switching: bool = False) -> bool:
    """Show the sign-in dialog modally; True when someone signed in."""
    dlg = LoginDialog(ctx, parent, switching=switching)
    return dlg.exec() == QDialog.Accepted


def sign_out(ctx: AppContext) -> None:
    ctx.users.set_user(None)


def sign_in_at_start(ctx: AppContext, parent: QWidget | None = None) -> None:
    """After the first-start wizard: ask who is working when accounts exist and nobody is signed
    in yet (the dialog opens over the main window once the event loop runs). Cancelling leaves
    the application open without a user (menu Pengguna → Masuk)."""
    if ctx.user is not None:
        return

    def ask(exists: bool) -> None:
        if exists and ctx.user is None:
            sign_in(ctx, parent)
    ctx.tasks.run(lambda s, _t: has_accounts(s), on_done=ask, on_error=lambda _e: None)


def connect_user_menu(window) -> None:
    """The ``&Pengguna`` menu of the main window's form: Masuk, Ganti pengguna, Keluar akun."""
    form = window.form
    for act, name in ((form.sign_in_action, "sign-in"), (form.switch_user_action, "users"),
                      (form.sign_out_action, "sign-out")):
        act.setIcon(icon(name))
    form.sign_in_action.triggered.connect(lambda: sign_in(window.ctx, window))
    form.switch_user_action.triggered.connect(lambda: sign_in(window.ctx, window, switching=True))
    form.sign_out_action.triggered.connect(lambda: sign_out(window.ctx))

    def update(user) -> None:
        form.sign_in_action.setEnabled(user is None)
        form.sign_out_action.setEnabled(user is not None)

    window.ctx.users.user_changed.connect(update)
    update(window.ctx.user)
    window.user_menu = form.user_menu
    window.switch_user_action = form.switch_user_action
    window.sign_out_action = form.sign_out_action
