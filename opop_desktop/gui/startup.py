"""First start: who this laptop is (role, kab/kota), the first admin account, or demo data.

``first_start(ctx)`` shows the wizard only while the installation is not initialised and returns
False when the user cancels it (the application then quits). Everything the wizard writes
(demo data, installation settings, first admin) happens in one transaction on the worker thread.

The wizard and its pages (gui/first_start_pages.py) are laid out by Designer forms. Every
Alt+letter is used once in the whole wizard (both pages and its buttons). Demo data is confirmed
first and its accounts are shown afterwards.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QWizard

from opop_desktop.core.clock import today_wib
from opop_desktop.core.db import set_setting
from opop_desktop.core.services import installation

from . import messages
from .context import AppContext, CurrentUser
from .forms.ui_first_start_wizard import Ui_FirstStartWizard
from .look import fit_to_screen
from .tasks import Cancelled
from .widgets.demo import confirm_demo, show_demo_accounts


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


class FirstStartWizard(QWizard):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.result_data: FirstStartResult | None = None
        self._handle = None
        self.form = Ui_FirstStartWizard()
        self.form.setupUi(self)
        fit_to_screen(self)
        self.role_page, self.admin_page = self.form.role_page, self.form.admin_page
        self.setButtonText(QWizard.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.CancelButton, self.tr("Batal"))
        self.setButtonText(QWizard.FinishButton, self.tr("&Mulai"))

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
