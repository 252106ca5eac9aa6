"""Beranda: funnel counts of the current programme year, installation info, next-step hints."""
from __future__ import annotations

import pytest

from opop_desktop.core.models import Pesantren
from opop_desktop.core.regions import gazetteer
from opop_desktop.core.services import installation
from opop_desktop.gui.context import CurrentUser
from opop_desktop.gui.screens.beranda import BerandaScreen
from opop_desktop.gui.widgets.demo import DemoAccountsDialog

# Furthest funnel point reached by each pesantren.
STATUSES = (["registered"] * 3 + ["admin_failed"] * 2 + ["invited_1"] + ["absent_1"]
            + ["present_1"] + ["failed_1"] * 2 + ["passed_1"] * 3 + ["passed_2"] + ["passed_3"])


def _screen(qtbot, ctx) -> BerandaScreen:
    screen = BerandaScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.activate()
    qtbot.waitUntil(lambda: screen.data is not None, timeout=5000)
    return screen


def test_funnel_counts_and_installation(qtbot, ctx, db, programme):
    district = sorted(d.code for d in gazetteer().districts_of("32.05"))[0]
    with db.session() as s:
        installation.initialise(s, role="venue", regency_code="32.05", name="Laptop Garut-1", year=2019)
        for i, status in enumerate(STATUSES):
            s.add(Pesantren(programme_year_id=programme.id, reg_number=f"R{i}", name=f"P{i}",
                            name_key=f"p{i}", regency_code="32.05", district_code=district, status=status))
    screen = _screen(qtbot, ctx)
    values = {key: tile.value for key, tile in screen.tiles.items()}
    assert values == {"registered": 15, "admin_passed": 10, "came_1": 8, "passed_1": 5,
                      "passed_2": 2, "passed_3": 1}
    assert screen.tiles["registered"].number.text() == "15"
    assert "2 tidak lolos" in screen.tiles["admin_passed"].detail.text()
    assert "dari 10 diundang; 1 tidak hadir" in screen.tiles["came_1"].detail.text()
    assert screen.role_label.text() == "Lokasi audisi"
    assert screen.regency_label.text() == "Kabupaten Garut"
    assert "Laptop Garut-1" in screen.device_label.text()
    assert screen.programme_label.text() == "OPOP 2019"
    assert "OPOP 2019" in screen.heading.text()
    assert screen.demo_button.isHidden()
    assert "Hasil" in screen.hint.text()


def test_big_numbers_use_indonesian_thousands(qtbot, ctx, db):
    screen = _screen(qtbot, ctx)
    screen.tiles["registered"].set_value(1287)
    assert screen.tiles["registered"].number.text() == "1.287"


def test_empty_database_hints_and_demo_button(qtbot, ctx, db, monkeypatch):
    with db.session() as s:
        installation.initialise(s, role="province", regency_code=None, name=None, year=2019)
    screen = _screen(qtbot, ctx)
    assert screen.tiles["registered"].value == 0
    assert "Belum ada peserta" in screen.hint.text() and "data contoh" in screen.hint.text()
    assert not screen.demo_button.isHidden()
    assert screen.regency_label.text() == "— (semua kab/kota)"
    answers, shown = [False, True], []
    monkeypatch.setattr(screen, "confirm_demo", lambda: answers.pop(0))
    monkeypatch.setattr(screen, "show_accounts", shown.append)
    screen.demo_button.click()  # "No": nothing happens
    ctx.tasks.wait_idle()
    assert screen.demo_button.isEnabled() and not shown
    with db.session() as s:
        assert s.query(Pesantren).count() == 0
    screen.demo_button.click()
    # The demo announces its changes; the visible Beranda reloads itself.
    qtbot.waitUntil(lambda: (screen.tiles["registered"].value or 0) > 0, timeout=30000)
    assert screen.demo_button.isHidden()
    assert screen.tiles["admin_passed"].value <= screen.tiles["registered"].value
    # The accounts are shown: coordinator, officers, jurors, one of them with an empty sheet.
    summary = shown[0]
    dialog = DemoAccountsDialog(summary, screen)
    qtbot.addWidget(dialog)
    rows = [(r.username, r.role, r.secret) for r in dialog.model.rows]
    assert ("koordinator", "coordinator", "opop2019") in rows and ("juri-1", "juror", "123456") in rows
    assert summary.venue_day.empty_juror in dialog.empty_label.text()


def test_no_demo_on_a_laptop_set_up_for_the_field(qtbot, ctx, db):
    with db.session() as s:
        installation.initialise(s, role="venue", regency_code="32.05", name="Laptop Garut-1", year=2019)
    screen = _screen(qtbot, ctx)
    assert screen.tiles["registered"].value in (0, None)
    assert screen.demo_button.isHidden() and "data contoh" not in screen.hint.text()
    assert "lokasi audisi" in screen.data.demo_refusal


def test_beranda_in_main_window_opens_peserta(qtbot, ctx, db, programme):
    from opop_desktop.gui.main_window import MainWindow
    ctx.users.set_user(CurrentUser("u-admin", "admin", "Admin", "admin"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    beranda = window.screen("beranda")
    qtbot.waitUntil(lambda: beranda.data is not None, timeout=5000)
    beranda.go_peserta.click()
    assert window.stack.currentWidget().key == "peserta"


def test_kab_kota_laptop_without_programme_year_points_to_sync(qtbot, ctx, db):
    with db.session() as s:
        installation.initialise(s, role="regency", regency_code="32.05", name=None, year=2019)
    screen = _screen(qtbot, ctx)
    assert screen.programme_label.text() == "belum ada"
    assert "Sinkronisasi" in screen.hint.text()
    assert "Kabupaten Garut" in screen.scope_label.text()


def test_failed_administration_is_shown_from_the_decisions(qtbot, ctx, db, programme):
    from opop_desktop.core.services.accounts import SYSTEM_ACTOR
    from opop_desktop.core.services.admin_selection import decide

    district = sorted(d.code for d in gazetteer().districts_of("32.05"))[0]
    with db.session() as s:
        installation.initialise(s, role="province", regency_code=None, name="Provinsi", year=2019)
        made = []
        for i in range(4):
            p = Pesantren(programme_year_id=programme.id, reg_number=f"R{i}", name=f"P{i}", name_key=f"p{i}",
                          regency_code="32.05", district_code=district)
            s.add(p)
            s.flush()
            made.append(p.id)
        decide(s, SYSTEM_ACTOR, made[0], passed=False, reason="Berkas tidak lengkap")
        decide(s, SYSTEM_ACTOR, made[1], passed=True)
    screen = _screen(qtbot, ctx)
    assert screen.tiles["admin_passed"].value == 1
    assert "1 tidak lolos" in screen.tiles["admin_passed"].detail.text()
