"""Beranda: funnel counts of the current programme year, installation info, next-step hints."""
from __future__ import annotations

import pytest

from opop_desktop.core.models import Pesantren
from opop_desktop.core.regions import gazetteer
from opop_desktop.core.services import installation
from opop_desktop.gui.context import AppContext, CurrentUser
from opop_desktop.gui.screens.beranda import BerandaScreen
from opop_desktop.gui.tasks import TaskRunner

# Furthest funnel point reached by each pesantren.
STATUSES = (["registered"] * 3 + ["admin_failed"] * 2 + ["invited_1"] + ["absent_1"]
            + ["present_1"] + ["failed_1"] * 2 + ["passed_1"] * 3 + ["passed_2"] + ["passed_3"])


@pytest.fixture
def ctx(db):
    context = AppContext(db=db, tasks=TaskRunner(db))
    yield context
    context.tasks.shutdown()


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


def test_empty_database_hints_and_demo_button(qtbot, ctx, db):
    with db.session() as s:
        installation.initialise(s, role="province", regency_code=None, name=None, year=2019)
    screen = _screen(qtbot, ctx)
    assert screen.tiles["registered"].value == 0
    assert "Belum ada peserta" in screen.hint.text() and "data contoh" in screen.hint.text()
    assert not screen.demo_button.isHidden()
    assert screen.regency_label.text() == "— (semua kab/kota)"
    screen.demo_button.click()
    # The demo announces its changes; the visible Beranda reloads itself.
    qtbot.waitUntil(lambda: (screen.tiles["registered"].value or 0) > 0, timeout=30000)
    assert screen.demo_button.isHidden()
    assert screen.tiles["admin_passed"].value <= screen.tiles["registered"].value


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
