"""pytest-qt: the Hasil screen shows the golden ranking; charts render with data."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from results_golden import seed_golden

from opop_desktop.gui.charts import FunnelChart, JurorDistributionChart, VenueProgressChart, quartiles
from opop_desktop.gui.context import CurrentUser


@pytest.fixture
def screen(qtbot, db, programme, ctx):
    from opop_desktop.gui.screens.hasil import HasilScreen

    with db.session() as s:
        seed_golden(s)
    ctx.users.set_user(CurrentUser("u-admin", "admin", "Admin", "admin"))
    scr = HasilScreen(ctx)
    qtbot.addWidget(scr)
    scr.resize(1366, 768)
    scr.refresh()
    qtbot.waitUntil(lambda: scr.data is not None, timeout=10000)
    yield scr


def _cells(model, rows=None):
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(rows if rows is not None else model.rowCount())]


def test_hasil_shows_golden_ranking(screen, qtmodeltester):
    assert screen.select_group("32.04.10", "start-up")
    table = _cells(screen.rank_model)
    # rank, name, kecamatan, score (decimal comma), outcome, 7 criterion means, jurors, z, flags
    assert [row[:4] for row in table] == [
        ["1", "Pesantren Enjang", "Margaasih", "90,00"],
        ["2", "Pesantren Baitul Hikmah", "Margaasih", "75,00"],
        ["3", "Pesantren Al-Amin", "Margaasih", "75,00"],
    ]
    headers = [screen.rank_model.headerData(c, Qt.Horizontal) for c in range(screen.rank_model.columnCount())]
    assert headers[5:12] == ["PSR", "PTN", "PRF", "INV", "UNK", "KUA", "SDM"]
    assert table[1][6] == "8,00" and table[2][6] == "7,00"  # PTN means decided the tie
    assert [row[4] for row in table] == ["Lolos", "Lolos", "Tidak lolos"]
    qtmodeltester.check(screen.rank_model)

    assert screen.select_group("32.04.11", "start-up")
    ranks = [row[0] for row in _cells(screen.rank_model)]
    assert ranks == ["1", "2", "3=", "3=", "5"]
    assert screen.select_group("32.04.10", "scale-up")
    assert {row[4] for row in _cells(screen.rank_model)} == {"Pleno"}
    assert "pleno" in screen.group_note.text()
    assert "menunggu keputusan pleno" in screen.message.text()
    from opop_desktop.gui.icons import state_icon

    # The group waiting for the plenary carries the warning icon in the list, not a colour.
    marked = {screen.group_list.item(i).data(Qt.UserRole)[1]:
              screen.group_list.item(i).icon().cacheKey() == state_icon("warning").cacheKey()
              for i in range(screen.group_list.count())
              if screen.group_list.item(i).data(Qt.UserRole)[0] == "32.04.10"}
    assert marked == {"start-up": False, "scale-up": True}


def test_hasil_flags_cusp_status_and_charts(screen):
    assert screen.flag_model.rowCount() == len(screen.data.result.flags) > 0
    assert "belum ditinjau" in screen.flag_summary.text()
    assert screen.cusp_model.rowCount() > 0
    excluded = _cells(screen.excluded_model)
    assert ["Pesantren Vila", "Tidak hadir"] in [row[:2] for row in excluded]
    assert ["Pesantren Wali", "Lembar belum final"] in [row[:2] for row in excluded]
    assert screen.status_model.index(0, 2).data() == "Draf"
    assert screen.juror_chart.series_count() == 1 and screen.funnel_chart.series_count() == 1
    assert screen.progress_chart.series_count() == 1


def test_hasil_filters_reload(screen, qtbot):
    screen.track_combo.setCurrentIndex(screen.track_combo.findData("scale-up"))
    qtbot.waitUntil(lambda: all(r.track == "scale-up" for r in screen.data.result.rows), timeout=10000)
    assert screen.group_list.count() == 2


def test_charts_render_with_data(qtbot):
    funnel = FunnelChart()
    qtbot.addWidget(funnel)
    steps = [SimpleNamespace(label=l, count=n) for l, n in
             [("Terdaftar", 120), ("Lolos administrasi", 100), ("Hadir tahap 1", 90),
              ("Lolos tahap 1", 70), ("Lolos tahap 2", 8), ("Juara", 1)]]
    funnel.set_data(steps, [SimpleNamespace(label=s.label, count=s.count // 4) for s in steps], "Garut")
    funnel.resize(700, 400)
    assert funnel.series_count() == 1 and len(funnel.chart().series()[0].barSets()) == 2
    assert not funnel.grab().isNull()

    jurors = JurorDistributionChart()
    qtbot.addWidget(jurors)
    jurors.set_data([SimpleNamespace(name="Juri A", count=4, totals=[60.0, 70.0, 72.0, 90.0]),
                     SimpleNamespace(name="Juri B (keras)", count=3, totals=[40.0, 45.0, 50.0])])
    jurors.resize(700, 400)
    boxes = jurors.chart().series()[0].boxSets()
    assert len(boxes) == 2 and boxes[1].at(2) == 45.0  # median of the harsh juror
    assert not jurors.grab().isNull()

    progress = VenueProgressChart()
    qtbot.addWidget(progress)
    progress.set_data([SimpleNamespace(name="Aula", sheets_final=30, sheets_expected=40, percent=75.0)])
    assert progress.series_count() == 1 and not progress.grab().isNull()
    progress.set_data([])
    assert progress.series_count() == 0


def test_quartiles():
    assert quartiles([60, 70, 72, 90]) == (60, 65, 71, 81, 90)
    assert quartiles([40, 45, 50]) == (40, 40, 45, 50, 50)


def test_acknowledge_and_seal_from_the_screen(screen, qtbot, monkeypatch):
    from opop_desktop.gui import messages
    from opop_desktop.gui.screens import hasil_dialogs

    def fake_exec(dlg):
        dlg.reason.setText("dicek dengan juri")
        return hasil_dialogs.AcknowledgeDialog.Accepted
    monkeypatch.setattr(hasil_dialogs.AcknowledgeDialog, "exec", fake_exec)
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    errors = []
    monkeypatch.setattr(messages, "show_error", lambda parent, err: errors.append(err))
    screen.show()
    total = len(screen.data.result.flags)
    for _ in range(total):
        before = len(screen.data.result.open_flags)
        row = next(i for i, f in enumerate(screen.flag_model.rows) if not f.acknowledged)
        screen.flag_view.selectRow(row)
        screen.acknowledge_selected()
        qtbot.waitUntil(lambda: screen.data is not None and len(screen.data.result.open_flags) == before - 1,
                        timeout=10000)
    assert screen.data.result.open_flags == [] and errors == []
    screen.status_view.selectRow(0)
    screen.venue_action("verify")
    qtbot.waitUntil(lambda: screen.status_model.rowCount() and screen.data.status[0].state == "verified", timeout=10000)
    screen.status_view.selectRow(0)
    screen.venue_action("seal")
    qtbot.waitUntil(lambda: screen.data.status[0].state == "sealed", timeout=10000)
    assert errors == [] and screen.status_model.index(0, 2).data() == "Disegel"
