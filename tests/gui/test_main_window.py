from __future__ import annotations

from opop_desktop.gui.main_window import MainWindow
from opop_desktop.gui.tasks import TaskRunner


def test_main_window_lists_all_screens(qtbot, db, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    keys = [win.nav.item(i).data(0x0100) for i in range(win.nav.count())]
    assert keys == ["beranda", "peserta", "persiapan", "kehadiran", "penilaian", "hasil", "sinkronisasi",
                    "cetak", "pengaturan"]
    win.show_screen("hasil")
    assert win.stack.currentWidget().key == "hasil"


def test_task_runner_returns_on_gui_thread(qtbot, db):
    runner = TaskRunner(db)
    got = []
    with qtbot.waitSignal(runner.changed, timeout=5000):
        runner.run(lambda s, ctx: 41 + 1, on_done=got.append, changes={"x"})
    assert got == [42]
    runner.shutdown()
