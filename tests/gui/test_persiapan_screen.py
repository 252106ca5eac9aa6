"""Persiapan screen over a real audition day (tests/audition_day.py): venues and panels through
the dialogs, juror assignment with soft / hard conflicts, the order of appearance, the rubric
(refused and accepted edits), accounts, and the read-only view of a juror."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from audition_day import add_pesantren
from opop_desktop.core.services import accounts, rubric, setup
from opop_desktop.core.services import conflicts_of_interest as coi
from opop_desktop.core.services.accounts import SYSTEM_ACTOR
from opop_desktop.gui import messages
from opop_desktop.gui.screens.persiapan import PersiapanScreen
from opop_desktop.gui.setup import dialogs

from venue_gui import close_ctx, make_ctx, sign_in_as


pytestmark = pytest.mark.day(n_pesantren=3, n_jurors=1)


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error",
                        lambda _parent, err: shown.append(err if isinstance(err, str)
                                                          else messages.error_text(err)))
    return shown


def open_screen(qtbot, db, day, username):
    ctx = make_ctx(db, day, username)
    w = PersiapanScreen(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 700)
    w.show()
    w.activate()
    qtbot.waitUntil(lambda: w.venues_tab.panel_model.rowCount() == 1
                    and w.venues_tab.detail.slot_model.rowCount() == 3, timeout=10000)
    return ctx, w


@pytest.fixture
def admin_screen(qtbot, db, day):
    ctx, w = open_screen(qtbot, db, day, "admin")
    yield w
    close_ctx(qtbot, ctx)


def fill_with(tab, fill):
    """Replace the modal exec: fill the real dialog's widgets, then accept."""
    def run(dlg):
        fill(dlg)
        return True
    tab.open_dialog = run


def test_add_venue_and_panel_through_dialogs(qtbot, qtmodeltester, admin_screen, db, day):
    tab = admin_screen.venues_tab
    qtmodeltester.check(tab.venue_model)
    qtmodeltester.check(tab.panel_model)

    def venue(dlg):
        assert isinstance(dlg, dialogs.VenueDialog)
        dlg.name.setText("Gedung Dakwah Tasikmalaya")
        dlg.address.setText("Jl. Otista 1")
        dlg.check_regency("32.06")
        dlg.check_regency("32.78")
    fill_with(tab, venue)
    tab.add_venue_button.click()
    qtbot.waitUntil(lambda: tab.venue_model.rowCount() == 2 and tab.venue() is not None
                    and tab.venue().name == "Gedung Dakwah Tasikmalaya", timeout=10000)
    assert tab.venue_model.index(0, 2).data() or tab.venue_model.index(1, 2).data()
    row = tab.venue_model.rows.index(tab.venue())
    assert "Tasikmalaya" in tab.venue_model.index(row, 2).data()
    assert tab.panel_model.rowCount() == 0

    fill_with(tab, lambda dlg: dlg.name.setText("Aula Utama"))
    tab.add_panel_button.click()
    qtbot.waitUntil(lambda: tab.panel_model.rowCount() == 1 and tab.panel() is not None, timeout=10000)
    assert tab.panel().name == "Aula Utama"
    with db.session() as s:
        venues = {v.name: v for v in setup.list_venues(s, day.stage_id)}
        v = venues["Gedung Dakwah Tasikmalaya"]
        assert v.regency_codes == ["32.06", "32.78"] and v.address == "Jl. Otista 1"
        assert [p.name for p in setup.list_panels(s, venue_id=v.id)] == ["Aula Utama"]


def _juror_with_conflict(db, day, severity):
    with db.session() as s:
        j = setup.create_juror(s, SYSTEM_ACTOR, name=f"Juri {severity}", institution="IPB", element="media")
        coi.add_conflict(s, SYSTEM_ACTOR, juror_id=j.id, pesantren_id=day.pesantren[0], kind="alumnus",
                           severity=severity, note="lulusan 2010")
        return j.id


def _choose_juror(juror_id):
    def fill(dlg):
        assert isinstance(dlg, dialogs.AssignJurorDialog)
        dlg.juror.setCurrentIndex(dlg.juror.findData(juror_id))
    return fill


def test_soft_conflict_warns_and_is_recorded(qtbot, qtmodeltester, admin_screen, db, day, errors):
    juror_id = _juror_with_conflict(db, day, "soft")
    detail = admin_screen.venues_tab.detail
    qtmodeltester.check(detail.juror_model)
    fill_with(detail, _choose_juror(juror_id))
    detail.assign_button.click()
    qtbot.waitUntil(lambda: detail.juror_model.rowCount() == 2, timeout=10000)
    assert "Konflik kepentingan ringan" in detail.status_line.text()
    assert "Pondok Pesantren Uji 0" in detail.status_line.text()
    row = next(r for r in detail.juror_model.rows if r.juror_id == juror_id)
    assert "alumni" in row.warning
    assert errors == []
    with db.session() as s:
        pj = next(p for p in setup.panel_jurors(s, day.panel_id) if p.juror.id == juror_id)
        assert "ringan" in pj.warning


def test_hard_conflict_is_refused_and_nothing_written(qtbot, admin_screen, db, day, errors):
    juror_id = _juror_with_conflict(db, day, "hard")
    detail = admin_screen.venues_tab.detail
    fill_with(detail, _choose_juror(juror_id))
    detail.assign_button.click()
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert "Penugasan ditolak" in errors[0] and "Juri hard" in errors[0]
    with db.session() as s:
        assert juror_id not in {p.juror.id for p in setup.panel_jurors(s, day.panel_id)}
    assert detail.juror_model.rowCount() == 1


def test_new_juror_created_and_assigned(qtbot, admin_screen, db, day):
    detail = admin_screen.venues_tab.detail

    def fill(dlg):
        dlg.name.setText("Dr. Siti Aminah")
        dlg.institution.setText("UIN Bandung")
        dlg.element.setCurrentIndex(dlg.element.findData("government"))
    fill_with(detail, fill)
    detail.new_juror_button.click()
    qtbot.waitUntil(lambda: detail.juror_model.rowCount() == 2, timeout=10000)
    row = detail.juror_model.rows[-1]
    assert detail.juror_model.index(1, 2).data() == "Pemerintah"
    with db.session() as s:
        j = next(j for j in setup.list_jurors(s) if j.id == row.juror_id)
        assert (j.name, j.institution, j.element) == ("Dr. Siti Aminah", "UIN Bandung", "government")


def test_add_pesantren_to_order_of_appearance_and_move(qtbot, qtmodeltester, admin_screen, db, day):
    with db.session() as s:
        extra = add_pesantren(s, day.programme_id, 7)
        far = add_pesantren(s, day.programme_id, 8, regency="32.73")  # Kota Bandung: not this venue
        extra_id, far_id = extra.id, far.id
    detail = admin_screen.venues_tab.detail
    qtmodeltester.check(detail.slot_model)
    offered = []

    def fill(dlg):
        assert isinstance(dlg, dialogs.AddPesantrenDialog)
        offered.extend(dlg.list.item(i).data(Qt.UserRole) for i in range(dlg.list.count()))
        qtbot.keyClicks(dlg.search, "uji 7")
        dlg.time_slot.setText("10:30")
    fill_with(detail, fill)
    detail.add_pesantren_button.click()
    qtbot.waitUntil(lambda: detail.slot_model.rowCount() == 4, timeout=10000)
    assert offered == [extra_id]  # the 3 already scheduled and the other kab/kota are not offered
    assert far_id not in offered
    last = detail.slot_model.rows[-1]
    assert (last.pesantren_id, last.position, last.time_slot) == (extra_id, 4, "10:30")

    detail.slot_view.selectRow(3)
    assert detail.up_button.isEnabled() and not detail.down_button.isEnabled()
    detail.up_button.click()
    qtbot.waitUntil(lambda: detail.slot_model.rowCount() == 4
                    and detail.slot_model.rows[2].pesantren_id == extra_id, timeout=10000)
    with db.session() as s:
        order = [x.pesantren_id for x in setup.panel_slots(s, day.panel_id)]
        assert order[2:] == [extra_id, day.pesantren[2]]


def _rubric_weights(db, day):
    with db.session() as s:
        info = rubric.active_rubric(s, day.stage_id)
        return info.version, {c.code: c.weight for c in info.criteria}


def _wait_rubric(qtbot, tab):
    qtbot.waitUntil(lambda: tab.model.rowCount() == 7, timeout=10000)


def test_rubric_weights_not_100_refused(qtbot, qtmodeltester, admin_screen, db, day, errors):
    tab = admin_screen.rubric_tab
    _wait_rubric(qtbot, tab)
    qtmodeltester.check(tab.model)
    before = _rubric_weights(db, day)
    assert tab.model.setData(tab.model.index(0, 3), "25")
    assert "105" in tab.total_label.text()
    tab.save_button.click()
    assert errors and "jumlah bobot 105, harus tepat 100" in errors[0]
    assert _rubric_weights(db, day) == before


def test_valid_rubric_edit_saves(qtbot, admin_screen, db, day, errors):
    tab = admin_screen.rubric_tab
    _wait_rubric(qtbot, tab)
    tab.model.setData(tab.model.index(0, 3), "25")
    tab.model.setData(tab.model.index(1, 3), "15")
    tab.model.setData(tab.model.index(1, 1), "Potensi pasar lokal")
    tab.save_button.click()
    qtbot.waitUntil(lambda: "disimpan" in tab.status_line.text(), timeout=10000)
    assert errors == []
    version, weights = _rubric_weights(db, day)
    assert version == 1 and weights["PSR"] == Decimal(25) and weights["PTN"] == Decimal(15)


def test_frozen_rubric_says_new_version_before_saving(qtbot, admin_screen, db, day):
    from opop_desktop.core.models import ScoreSheet
    with db.session() as s:  # a rubric with a score sheet is frozen (derived, nothing written to it)
        s.add(ScoreSheet(stage_id=day.stage_id, panel_id=day.panel_id, juror_id=day.jurors[0],
                         pesantren_id=day.pesantren[0], rubric_id=rubric.active_rubric(s, day.stage_id).id))
    tab = admin_screen.rubric_tab
    tab.reload()
    qtbot.waitUntil(lambda: tab.info is not None and tab.info.frozen, timeout=10000)
    assert "membuat versi 2" in tab.heading.text()
    asked = []
    tab.confirm = lambda _p, text: asked.append(text) or True
    tab.save_button.click()
    qtbot.waitUntil(lambda: "versi 2" in tab.status_line.text(), timeout=10000)
    assert "versi 2" in asked[0]
    assert _rubric_weights(db, day)[0] == 2


def test_admin_adds_officer_account(qtbot, qtmodeltester, admin_screen, db, day):
    tab = admin_screen.accounts_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 6, timeout=10000)
    qtmodeltester.check(tab.model)
    mismatch = []

    def fill(dlg):
        dlg.username.setText("petugas9")
        dlg.full_name.setText("Petugas Sembilan")
        dlg.role.setCurrentIndex(dlg.role.findData("officer"))
        dlg.secret.password.setText("sandi-kuat-99")
        dlg.secret.password2.setText("sandi-lain-99")
        dlg.accept()
        mismatch.append(dlg.problem_label.text())
        assert dlg.result() == 0  # not accepted while the two passwords differ
        dlg.secret.password2.setText("sandi-kuat-99")
    fill_with(tab, fill)
    tab.add_button.click()
    qtbot.waitUntil(lambda: "petugas9" in {u.username for u in tab.model.rows}, timeout=20000)
    assert mismatch == ["Kedua kata sandi tidak sama."]
    with db.session() as s:
        u = next(u for u in accounts.list_users(s) if u.username == "petugas9")
        assert (u.role, u.has_password, u.active) == ("officer", True, True)
        assert accounts.try_authenticate(s, "petugas9", "sandi-kuat-99").user is not None


def test_conflict_registry_add_edit_delete(qtbot, qtmodeltester, admin_screen, db, day, errors):
    tab = admin_screen.conflicts_tab
    qtmodeltester.check(tab.model)

    def fill(dlg):
        dlg.juror.setCurrentIndex(dlg.juror.findData(day.jurors[0]))
        dlg.target.setCurrentIndex(1)
        dlg.regency.set_code("32.05")
        dlg.district.set_code(day.district_codes[1])
        dlg.severity.setCurrentIndex(dlg.severity.findData("soft"))
        dlg.kind.setCurrentIndex(dlg.kind.findData("family"))
        dlg.note.setText("ipar")
    fill_with(tab, fill)
    tab.add_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10000)
    assert tab.model.index(0, 1).data().startswith("kecamatan ")
    assert tab.model.index(0, 2).data() == "keluarga"

    tab.view.selectRow(0)
    fill_with(tab, lambda dlg: dlg.severity.setCurrentIndex(dlg.severity.findData("hard")))
    tab.edit_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.model.rows[0].severity == "hard", timeout=10000)

    tab.view.selectRow(0)
    tab.ask_text = lambda *_: "salah input"
    tab.delete_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=10000)
    assert errors == []
    with db.session() as s:
        assert coi.list_conflicts(s) == []


def test_juror_sees_read_only_tabs(qtbot, db, day):
    ctx, w = open_screen(qtbot, db, day, "juri1")
    try:
        assert w.permission_label.text() == "Masuk sebagai admin atau koordinator untuk mengubah persiapan."
        v = w.venues_tab
        for b in (v.add_venue_button, v.add_panel_button, v.detail.assign_button, v.detail.new_juror_button,
                  v.detail.add_pesantren_button, w.conflicts_tab.add_button, w.rubric_tab.save_button):
            assert not b.isEnabled(), b.text()
        qtbot.waitUntil(lambda: w.rubric_tab.model.rowCount() == 7, timeout=10000)
        assert not (w.rubric_tab.model.flags(w.rubric_tab.model.index(0, 3)) & Qt.ItemIsEditable)
        assert w.accounts_tab.only_admins.isVisibleTo(w.accounts_tab)
        assert not w.accounts_tab.view.isVisibleTo(w.accounts_tab)
        assert w.accounts_tab.model.rowCount() == 0

        sign_in_as(ctx, day, "koord")  # "Ganti pengguna" to a coordinator: set-up opens up
        assert w.permission_label.text() == ""
        assert v.add_venue_button.isEnabled() and v.detail.assign_button.isEnabled()
        assert not w.rubric_tab.save_button.isEnabled()  # the rubric stays with the admins
        assert not w.accounts_tab.view.isVisibleTo(w.accounts_tab)
    finally:
        close_ctx(qtbot, ctx)


def test_admin_resets_a_juror_pin_and_deactivates_an_officer(qtbot, admin_screen, db, day):
    tab = admin_screen.accounts_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 6, timeout=10000)
    tab.view.selectRow(next(i for i, u in enumerate(tab.model.rows) if u.username == "juri1"))

    def fill(dlg):
        assert dlg.secret.pin.isVisibleTo(dlg) and not dlg.secret.password.isVisibleTo(dlg)
        dlg.secret.pin.setText("12345")
        dlg.accept()
        assert dlg.problem_label.text() == "PIN harus tepat 6 angka."
        dlg.secret.pin.setText("987654")
    fill_with(tab, fill)
    tab.secret_button.click()
    qtbot.waitUntil(lambda: "diganti" in tab.status_line.text(), timeout=20000)
    with db.session() as s:
        assert accounts.try_authenticate(s, "juri1", "987654").user is not None

    tab.view.selectRow(next(i for i, u in enumerate(tab.model.rows) if u.username == "off3"))
    tab.confirm = lambda *_: True
    tab.active_button.click()
    qtbot.waitUntil(lambda: any(u.username == "off3" and not u.active for u in tab.model.rows), timeout=10000)
    assert tab.active_button.text() == "Akti&fkan"
    with db.session() as s:
        assert "off3" not in {u.username for u in accounts.list_users(s)}


def test_unsaved_rubric_edits_survive_a_refresh(qtbot, admin_screen, db, day):
    tab = admin_screen.rubric_tab
    _wait_rubric(qtbot, tab)
    tab.model.setData(tab.model.index(0, 3), "30")
    admin_screen.refresh()  # what another set-up change triggers
    qtbot.waitUntil(lambda: admin_screen.ctx.tasks.idle, timeout=30000)
    assert tab.model.rows[0].weight == "30" and "110" in tab.total_label.text()
    tab.reset_button.click()  # "Muat ulang" drops the edit
    qtbot.waitUntil(lambda: bool(tab.model.rows) and tab.model.rows[0].weight == "20", timeout=10000)


def test_time_slot_edited_and_moves_with_the_position(qtbot, admin_screen, db, day):
    detail = admin_screen.venues_tab.detail
    detail.slot_view.selectRow(0)
    detail.ask_text = lambda *_: "08:00"
    detail.time_button.click()
    qtbot.waitUntil(lambda: detail.slot_model.rowCount() == 3
                    and detail.slot_model.rows[0].time_slot == "08:00", timeout=10000)
    detail.slot_view.selectRow(0)
    detail.down_button.click()
    qtbot.waitUntil(lambda: detail.slot_model.rows[0].pesantren_id == day.pesantren[1], timeout=10000)
    with db.session() as s:
        slots = setup.panel_slots(s, day.panel_id)
        assert [(x.pesantren_id, x.time_slot) for x in slots[:2]] == [(day.pesantren[1], "08:00"),
                                                                      (day.pesantren[0], "")]


def test_rubric_cell_typed_with_the_keyboard(qtbot, admin_screen):
    tab = admin_screen.rubric_tab
    _wait_rubric(qtbot, tab)
    admin_screen.tabs.setCurrentWidget(tab)
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(2, 3))
    qtbot.keyClick(tab.view, "1")  # typing on a cell opens its editor with that key
    editor = tab.view.findChild(QLineEdit)
    assert editor is not None and editor.text() == "1"
    qtbot.keyClicks(editor, "2,5")
    qtbot.keyClick(editor, Qt.Key_Return)  # the delegate commits on the next event-loop turn
    qtbot.waitUntil(lambda: tab.model.rows[2].weight == "12,5", timeout=5000)
    assert "97,5" in tab.total_label.text()
