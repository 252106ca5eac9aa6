from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from opop_desktop.core.demo import generate_demo
from opop_desktop.core.demo.venue_day import DEMO_PIN, DEMO_PASSWORD
from opop_desktop.core.services import accounts
from opop_desktop.gui.context import AppContext
from opop_desktop.gui.login import to_current
from opop_desktop.gui.main_window import MainWindow
from opop_desktop.gui.tasks import TaskRunner

def report(name, view):
    h = view.horizontalHeader()
    vw = view.viewport().width()
    print(name, "viewport", vw, "scrollmax", view.horizontalScrollBar().maximum())
    for c in range(view.model().columnCount()):
        print("   ", c, repr(view.model().headerData(c, Qt.Horizontal)), h.sectionViewportPosition(c), h.sectionSize(c))

def test_m(qtbot, db):
    with db.session() as s:
        generate_demo(s, scale="small", seed=5)
        user = accounts.authenticate(s, "koordinator", DEMO_PASSWORD)
    ctx = AppContext(db=db, tasks=TaskRunner(db))
    ctx.users.set_user(to_current(user))
    win = MainWindow(ctx); qtbot.addWidget(win); win.resize(1366, 740); win.show()
    for key in ("penilaian", "hasil", "kehadiran", "peserta"):
        win.show_screen(key)
        for _ in range(20):
            ctx.tasks.wait_idle(); qtbot.wait(30)
        sc = win.screen_by_key(key) if hasattr(win, "screen_by_key") else next(s for s in win.screens if s.key == key)
        view = {"penilaian": lambda: sc.sheet_page.view, "hasil": lambda: sc.rank_view, "kehadiran": lambda: sc.view, "peserta": lambda: sc.table}[key]()
        report(key, view)
    ctx.tasks.shutdown()
