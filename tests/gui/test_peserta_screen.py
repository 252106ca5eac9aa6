"""Peserta screen: table over a real SQLite database, instant search, filters, sorting."""
from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPoint, Qt

from opop_desktop.core.models import Pesantren
from opop_desktop.core.regions import gazetteer
from opop_desktop.core.services.registrants import PesantrenRow
from opop_desktop.gui.context import AppContext
from opop_desktop.gui.screens.peserta import PesertaScreen
from opop_desktop.gui.tasks import TaskRunner
from opop_desktop.gui.widgets.pesantren_filter import haystack

GARUT, KOTA_BANDUNG = "32.05", "32.73"


def _district(regency: str, index: int = 0) -> str:
    return sorted(d.code for d in gazetteer().districts_of(regency))[index]


@pytest.fixture
def filled_db(db, programme):
    specs = [
        ("Al-Falah", "510032050001", GARUT, 0, "Keripik Singkong", "start-up"),
        ("Darussalam", "510032050002", GARUT, 1, "Kopi Arabika", "scale-up"),
        ("Miftahul Huda", None, GARUT, 1, "Dodol Garut", "scale-up"),
        ("Persis Bandung", "510032730001", KOTA_BANDUNG, 0, "Konveksi Kerudung", "start-up"),
    ]
    with db.session() as s:
        for i, (name, nspp, regency, d, product, track) in enumerate(specs, start=1):
            s.add(Pesantren(programme_year_id=programme.id, reg_number=f"OPOP-2019-{i:05d}", nspp=nspp,
                            name=name, name_key=name.lower(), regency_code=regency,
                            district_code=_district(regency, d), product=product, track=track))
    return db


@pytest.fixture
def screen(qtbot, filled_db):
    ctx = AppContext(db=filled_db, tasks=TaskRunner(filled_db))
    widget = PesertaScreen(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.activate()
    qtbot.waitUntil(lambda: widget.proxy.source_count() == 4, timeout=5000)
    yield widget
    ctx.tasks.shutdown()


def shown_names(screen) -> list[str]:
    return sorted(screen.proxy.row_at(r).name for r in range(screen.proxy.rowCount()))


def test_table_shows_rows_from_database(screen):
    assert screen.proxy.rowCount() == 4
    assert screen.count_label.text() == "4 dari 4 pesantren"
    names = {screen.table.model().index(r, 2).data() for r in range(4)}
    assert names == {"Al-Falah", "Darussalam", "Miftahul Huda", "Persis Bandung"}
    assert not screen.hint.isVisible()


def test_search_narrows_by_name_nspp_and_product(screen, qtbot):
    qtbot.keyClicks(screen.search, "dar")
    assert shown_names(screen) == ["Darussalam"]
    assert screen.count_label.text() == "1 dari 4 pesantren"
    screen.search.setText("51003273")  # NSPP prefix of Kota Bandung
    assert shown_names(screen) == ["Persis Bandung"]
    screen.search.setText("GARUT dodol")  # product words, any case, all must match
    assert shown_names(screen) == ["Miftahul Huda"]
    screen.search.setText("OPOP-2019-00002")
    assert shown_names(screen) == ["Darussalam"]
    screen.search.setText("tidak ada yang cocok")
    assert screen.proxy.rowCount() == 0
    assert screen.hint.isVisible()
    screen.search.clear()
    assert screen.proxy.rowCount() == 4


def test_regency_and_dependent_district_filter(screen):
    assert not screen.district_combo.isEnabled()
    screen.regency_combo.set_code(GARUT)
    assert shown_names(screen) == ["Al-Falah", "Darussalam", "Miftahul Huda"]
    assert screen.district_combo.isEnabled()
    offered = {screen.district_combo.itemData(i) for i in range(1, screen.district_combo.count())}
    assert offered == {d.code for d in gazetteer().districts_of(GARUT)}
    screen.district_combo.set_code(_district(GARUT, 1))
    assert shown_names(screen) == ["Darussalam", "Miftahul Huda"]
    screen.track_combo.set_code("scale-up")
    screen.search.setText("kopi")
    assert shown_names(screen) == ["Darussalam"]
    # Another kab/kota drops the kecamatan filter (its list no longer offers it).
    screen.regency_combo.set_code(KOTA_BANDUNG)
    assert screen.district_combo.code() is None
    screen.search.clear()
    screen.track_combo.set_code(None)
    assert shown_names(screen) == ["Persis Bandung"]
    screen.reset_filters()
    assert screen.proxy.rowCount() == 4


def test_sorting_by_clicking_header(screen, qtbot):
    name_col = 2
    header = screen.table.horizontalHeader()
    x = header.sectionViewportPosition(name_col) + header.sectionSize(name_col) // 2

    def column():
        return [screen.table.model().index(r, name_col).data() for r in range(4)]

    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(x, header.height() // 2))
    first = column()
    assert first in (sorted(first), sorted(first, reverse=True))
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(x, header.height() // 2))
    assert column() == list(reversed(first))


def test_empty_database_shows_hint(qtbot, db, programme, ctx):
    widget = PesertaScreen(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.activate()
    qtbot.waitUntil(lambda: widget.hint.isVisible(), timeout=5000)
    assert "Impor pendaftar" in widget.hint.text()
    assert widget.count_label.text() == "0 dari 0 pesantren"


def test_models_pass_modeltester(screen, qtmodeltester):
    qtmodeltester.check(screen.model)
    screen.search.setText("a")
    qtmodeltester.check(screen.proxy)


def _generated_rows(n: int, seed: int = 7) -> list[PesantrenRow]:
    rnd = random.Random(seed)
    g = gazetteer()
    districts = list(g.districts.values())
    words = ["Al", "Falah", "Huda", "Darul", "Ulum", "Nurul", "Iman", "Hidayah", "Salam", "Barokah"]
    products = ["Kopi", "Keripik", "Sabun", "Batik", "Dodol", "Madu", "Ikan Asin", "Jamur"]
    fields = ["Minuman", "Kerajinan", "Perikanan", "Pertanian", ""]
    rows = []
    for i in range(n):
        d = rnd.choice(districts)
        rows.append(PesantrenRow(
            id=str(i), reg_number=f"OPOP-2026-{i:05d}", nspp=f"5100{i:08d}" if i % 5 else None,
            name=f"{rnd.choice(words)} {rnd.choice(words)} {i}", leader="", phone="", address="",
            regency_code=d.regency_code, regency_name=g.regency_name(d.regency_code),
            district_code=d.code, district_name=d.name, village_code=None,
            product=rnd.choice(products), product_field=rnd.choice(fields),
            track=rnd.choice(["start-up", "scale-up"]), status="registered", registered_on=None))
    return rows


def test_filter_stays_correct_over_9000_rows(qtbot, db, ctx):
    widget = PesertaScreen(ctx)
    qtbot.addWidget(widget)
    rows = _generated_rows(9000)
    widget.set_rows(rows)
    assert widget.count_label.text() == "9.000 dari 9.000 pesantren"

    def expected(text, regency=None, track=None, field=None):
        terms = text.lower().split()
        return sorted(r.id for r in rows if all(t in haystack(r) for t in terms)
                      and (regency is None or r.regency_code == regency)
                      and (track is None or r.track == track)
                      and (field is None or r.product_field == field))

    def shown():
        return sorted(widget.proxy.row_at(i).id for i in range(widget.proxy.rowCount()))

    typed = ""
    for ch in "huda kopi":  # keystroke by keystroke, as the officer types
        typed += ch
        widget.search.setText(typed)
        assert shown() == expected(typed)
    widget.regency_combo.set_code(GARUT)
    widget.track_combo.set_code("scale-up")
    assert shown() == expected(typed, GARUT, "scale-up")
    assert 0 < widget.proxy.rowCount() < 9000
    widget.field_combo.set_code("Minuman")
    assert shown() == expected(typed, GARUT, "scale-up", "Minuman")
    widget.table.sortByColumn(2, Qt.DescendingOrder)  # sorting keeps the filter
    assert shown() == expected(typed, GARUT, "scale-up", "Minuman")
    names = [widget.proxy.row_at(i).name.casefold() for i in range(widget.proxy.rowCount())]
    assert names == sorted(names, reverse=True)
    for _ in range(len(typed)):  # backspace back to nothing
        typed = typed[:-1]
        widget.search.setText(typed)
        assert shown() == expected(typed, GARUT, "scale-up", "Minuman")
    widget.reset_filters()
    assert widget.proxy.rowCount() == 9000
    widget.set_rows(rows[:100])  # a reload keeps the chosen order
    names = [widget.proxy.row_at(i).name.casefold() for i in range(100)]
    assert names == sorted(names, reverse=True)


def test_kab_kota_laptop_starts_on_its_own_regency(qtbot, filled_db):
    from opop_desktop.core.services import installation
    with filled_db.session() as s:
        installation.initialise(s, role="regency", regency_code=KOTA_BANDUNG, name=None, year=2019)
    ctx = AppContext(db=filled_db, tasks=TaskRunner(filled_db))
    widget = PesertaScreen(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.activate()
    qtbot.waitUntil(lambda: widget.proxy.source_count() == 4, timeout=5000)
    assert widget.regency_combo.code() == KOTA_BANDUNG
    assert shown_names(widget) == ["Persis Bandung"]
    widget.reset_filters()
    assert widget.proxy.rowCount() == 4
    ctx.tasks.shutdown()


def test_admin_decision_by_keyboard_is_saved_audited_and_shown(screen, qtbot, filled_db):
    from sqlalchemy import select

    from opop_desktop.core.models import AdminDecision, AuditEntry
    from opop_desktop.gui.context import CurrentUser

    assert not screen.decide_button.isEnabled()  # nobody signed in
    screen.ctx.users.set_user(CurrentUser("u1", "admin1", "Admin Provinsi", "admin"))
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key_Home, Qt.ControlModifier)
    qtbot.keyClick(screen.table, Qt.Key_Down, Qt.ShiftModifier)  # two rows selected
    assert len(screen.selected_rows()) == 2 and screen.decide_button.isEnabled()
    names = sorted(r.name for r in screen.selected_rows())
    seen = {}

    def fill(dlg):
        dlg.show()
        qtbot.waitExposed(dlg)
        dlg.failed.setFocus()
        qtbot.keyClick(dlg.failed, Qt.Key_Space)
        assert dlg.failed.isChecked()
        seen["blocked"] = not dlg.buttons.button(dlg.buttons.StandardButton.Save).isEnabled()
        seen["why"] = (dlg.hint.state, dlg.hint.text())  # the warning badge and its words
        dlg.reason.setFocus()
        qtbot.keyClicks(dlg.reason, "Berkas tidak lengkap")
        seen["allowed"] = dlg.buttons.button(dlg.buttons.StandardButton.Save).isEnabled()
        qtbot.keyClick(dlg.reason, Qt.Key_Return)
        return dlg.result() == dlg.DialogCode.Accepted

    screen.open_dialog = fill
    qtbot.keyClick(screen, Qt.Key_D, Qt.ControlModifier)
    assert seen == {"blocked": True, "why": ("warning", "Alasan wajib diisi untuk 'tidak lolos'."), "allowed": True}
    qtbot.waitUntil(lambda: "0 lolos, 2 tidak lolos" in screen.status_line.text(), timeout=5000)
    assert screen.status_line.state == "ok"
    with filled_db.session() as s:
        decisions = s.scalars(select(AdminDecision)).all()
        assert sorted(d.decision for d in decisions) == ["failed", "failed"]
        assert all(d.actor == "admin1" and d.reason == "Berkas tidak lengkap" for d in decisions)
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "registrant.admin_decide")).all()
        assert len(audit) == 2 and {a.actor for a in audit} == {"admin1"}
    qtbot.waitUntil(lambda: sorted(screen.proxy.row_at(r).name for r in range(screen.proxy.rowCount())
                                   if screen.proxy.row_at(r).status == "admin_failed") == names, timeout=5000)


def test_language_switch_retranslates_in_place_and_keeps_search_and_filters(qtbot, filled_db):
    """English and back through the main window: the same widgets get the new texts (form,
    column titles, "all" entries, category labels, counts); typed search and filters stay."""
    from opop_desktop.gui.context import CurrentUser
    from opop_desktop.gui.main_window import MainWindow

    ctx = AppContext(db=filled_db, tasks=TaskRunner(filled_db))
    ctx.users.set_user(CurrentUser("u1", "admin1", "Admin Provinsi", "admin"))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    assert win.show_screen("peserta")
    screen = win.screen("peserta")
    qtbot.waitUntil(lambda: screen.proxy.source_count() == 4, timeout=5000)
    search, table, regency, status = screen.search, screen.table, screen.regency_combo, screen.status_combo
    regency.set_code(GARUT)
    status.set_code("registered")
    qtbot.keyClicks(search, "dar")
    assert shown_names(screen) == ["Darussalam"]

    def title(col):
        return screen.proxy.headerData(col, Qt.Horizontal)

    assert status.currentText() == "Terdaftar"
    assert (title(2), regency.itemText(0), screen.count_label.text()) == (
        "Nama pesantren", "Semua kab/kota", "1 dari 4 pesantren")
    win.switch_language("en")
    try:
        assert win.screen("peserta") is screen
        assert (screen.search, screen.table, screen.regency_combo) == (search, table, regency)
        assert screen.form.header.text() == "Participants"
        assert screen.import_button.text() == "&Import registrants…"
        assert (title(2), regency.itemText(0), screen.count_label.text()) == (
            "Pesantren name", "All regencies/cities", "1 of 4 pesantren")
        assert (status.currentText(), status.code()) == ("Registered", "registered")
        assert (search.text(), regency.code(), shown_names(screen)) == ("dar", GARUT, ["Darussalam"])
    finally:
        win.switch_language("id")
    assert screen.form.header.text() == "Peserta" and screen.import_button.text() == "&Impor pendaftar…"
    assert (title(2), regency.itemText(0), status.currentText()) == ("Nama pesantren", "Semua kab/kota", "Terdaftar")
    assert (search.text(), regency.code(), shown_names(screen)) == ("dar", GARUT, ["Darussalam"])
    ctx.tasks.wait_idle()
    ctx.tasks.shutdown()
