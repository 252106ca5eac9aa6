"""First-start wizard: role, kab/kota, first admin, demo data; cancelling quits."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWizard
from sqlalchemy import func, select

from opop_desktop.core.db import get_setting
from opop_desktop.core.models import Pesantren
from opop_desktop.core.services import installation
from opop_desktop.gui.startup import FirstStartWizard, accounts_service, first_start

import pytest


def _wizard(qtbot, ctx) -> FirstStartWizard:
    wizard = FirstStartWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _fill_admin(wizard, password="rahasia-123", again=None):
    page = wizard.admin_page
    page.username.setText("Admin.Garut")
    page.full_name.setText("Asep Saepudin")
    page.password.setText(password)
    page.password2.setText(again if again is not None else password)


def _check_admin(db, ctx):
    with db.session() as s:
        accounts = accounts_service()
        if accounts is None:
            assert get_setting(s, "first_admin") == "admin.garut\tAsep Saepudin"
            return
        users = {u.username: u for u in accounts.list_users(s, include_inactive=True)}
        assert users["admin.garut"].role == "admin"
        assert users["admin.garut"].full_name == "Asep Saepudin"
        assert accounts.try_authenticate(s, "admin.garut", "rahasia-123").user is not None
    assert ctx.user is not None and ctx.user.username == "admin.garut"


def test_regency_laptop_with_first_admin(qtbot, ctx, db):
    wizard = _wizard(qtbot, ctx)
    page = wizard.role_page
    page.set_role("regency")
    assert not wizard.button(QWizard.NextButton).isEnabled()  # kab/kota still missing
    assert "kabupaten/kota" in page.problem.text()
    assert page.regency_combo.count() == 27  # the 27 kab/kota of West Java
    page.regency_combo.set_code("32.05")
    page.device_name.setText("Laptop Garut-1")
    assert wizard.button(QWizard.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    _fill_admin(wizard)
    wizard.button(QWizard.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result() == QDialog.Accepted, timeout=10000)
    with db.session() as s:
        assert installation.is_initialised(s)
        info = installation.describe(s)
    assert (info.role, info.regency_code, info.name) == ("regency", "32.05", "Laptop Garut-1")
    assert info.programme_name == ""  # a kab/kota laptop receives its year in the set-up bundle
    _check_admin(db, ctx)


def test_province_needs_no_regency(qtbot, ctx, db):
    wizard = _wizard(qtbot, ctx)
    wizard.role_page.regency_combo.set_code("32.05")
    wizard.role_page.set_role("province")
    assert not wizard.role_page.regency_combo.isEnabled()
    assert wizard.button(QWizard.NextButton).isEnabled()
    wizard.next()
    _fill_admin(wizard)
    wizard.button(QWizard.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result() == QDialog.Accepted, timeout=10000)
    with db.session() as s:
        info = installation.describe(s)
    assert (info.role, info.regency_code) == ("province", "")
    assert info.programme_name.startswith("OPOP ")


def test_passwords_must_match_and_be_long_enough(qtbot, ctx, db):
    wizard = _wizard(qtbot, ctx)
    wizard.role_page.set_role("province")
    wizard.next()
    _fill_admin(wizard, password="rahasia-123", again="rahasia-321")
    wizard.button(QWizard.FinishButton).click()
    assert wizard.isVisible() and "tidak sama" in wizard.admin_page.problem.text()
    _fill_admin(wizard, password="pendek")
    wizard.button(QWizard.FinishButton).click()
    assert "minimal 8" in wizard.admin_page.problem.text()
    with db.session() as s:
        assert not installation.is_initialised(s)


def test_try_with_demo_data(qtbot, ctx, db, monkeypatch):
    wizard = _wizard(qtbot, ctx)
    asked = []
    monkeypatch.setattr(wizard, "confirm_demo", lambda: asked.append(1) or len(asked) > 1)
    wizard.role_page.demo_button.click()
    assert wizard.currentPage() is wizard.admin_page
    assert wizard.role_page.role() == "province" and wizard.role_page.demo_box.isChecked()
    _fill_admin(wizard)
    wizard.button(QWizard.FinishButton).click()
    # "No" to the question: nothing is written, the wizard stays.
    assert asked == [1] and wizard.isVisible() and wizard.result_data is None
    with db.session() as s:
        assert not installation.is_initialised(s)
    wizard.button(QWizard.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result() == QDialog.Accepted, timeout=30000)
    assert wizard.result_data.demo is not None and wizard.result_data.demo.registrants > 0
    with db.session() as s:
        assert installation.is_initialised(s)
        assert s.scalar(select(func.count()).select_from(Pesantren)) == wizard.result_data.demo.registrants
    _check_admin(db, ctx)


def _close_wizard_when_shown():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, FirstStartWizard) and widget.isVisible():
            widget.reject()
            return
    QTimer.singleShot(20, _close_wizard_when_shown)


def test_first_start_cancel_returns_false(qtbot, ctx, db):
    QTimer.singleShot(0, _close_wizard_when_shown)
    assert first_start(ctx) is False
    with db.session() as s:
        assert not installation.is_initialised(s)


def test_first_start_skips_wizard_when_initialised(qtbot, ctx, db):
    with db.session() as s:
        installation.initialise(s, role="venue", regency_code="32.05", name=None, year=2019)
    assert first_start(ctx) is True  # returns without showing (exec would block here)


def test_no_role_is_preselected(qtbot, ctx):
    wizard = _wizard(qtbot, ctx)
    assert wizard.role_page.role() is None
    assert not any(b.isChecked() for b in wizard.role_page.role_buttons.values())
    assert not wizard.button(QWizard.NextButton).isEnabled()
    assert "Pilih di mana" in wizard.role_page.problem.text()


def test_kab_kota_found_by_typing_part_of_its_name(qtbot, ctx):
    wizard = _wizard(qtbot, ctx)
    page = wizard.role_page
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=5000)
    qtbot.keyClick(page.role_buttons["venue"], Qt.Key_Space)
    assert page.role() == "venue"
    page.regency_combo.setFocus()
    qtbot.waitUntil(page.regency_combo.hasFocus, timeout=5000)
    qtbot.keyClicks(QApplication.focusWidget(), "garut")
    assert page.regency_combo.code() is None  # typed, not picked yet
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    assert page.regency_combo.code() == "32.05"
    assert page.regency_combo.currentText() == "Kabupaten Garut"
    assert wizard.currentPage() is page, "Enter picks the kab/kota and stays on the page"
    assert wizard.button(QWizard.NextButton).isEnabled()
    # Ambiguous ("Bandung": Kabupaten, Kabupaten Bandung Barat, Kota) picks nothing.
    page.regency_combo.lineEdit().selectAll()
    qtbot.keyClicks(QApplication.focusWidget(), "Bandung")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert page.regency_combo.code() is None and not wizard.button(QWizard.NextButton).isEnabled()
    page.regency_combo.setFocus()
    qtbot.waitUntil(page.regency_combo.hasFocus, timeout=5000)
    page.regency_combo.lineEdit().selectAll()
    qtbot.keyClicks(QApplication.focusWidget(), "kota tasik")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert page.regency_combo.code() == "32.78"


def mnemonics(widget) -> list[str]:
    """The Alt+letters of every button and buddy label under ``widget``."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [b.text() for b in widget.findChildren(QAbstractButton)]
    texts += [lbl.text() for lbl in widget.findChildren(QLabel) if lbl.buddy() is not None]
    found = []
    for text in texts:
        plain = text.replace("&&", "")
        if "&" in plain:
            found.append(plain[plain.index("&") + 1].lower())
    return found


def test_each_mnemonic_once_in_the_wizard(qtbot, ctx):
    wizard = _wizard(qtbot, ctx)
    letters = mnemonics(wizard)
    assert len(letters) >= 12
    assert sorted(letters) == sorted(set(letters)), letters
