"""A numpad typist copying paper sheets into the grid at 0 ms between keys and with small gaps:
every keystroke goes to whichever widget has the focus, and every stored value must land in its
own criterion — while the commits of earlier cells finish in the background."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from opop_desktop.core.services import scoring
from opop_desktop.gui.screens.penilaian import PenilaianScreen

from venue_gui import build_day, close_ctx, make_ctx

CODES = ["PSR", "PTN", "PRF", "INV", "UNK", "KUA", "SDM"]
ROWS = [
    ["7,5", "8", "9,5", "10", "6", "7", "8,5"],
    ["5", "6,5", "7", "8", "9", "10", "1"],
    ["10", "9", "8,5", "7", "6", "5,5", "4"],
]


@pytest.fixture
def day(db):
    return build_day(db, n_pesantren=3, n_jurors=1)


def key_stream(rows):
    """The keys of whole rows: each value then Enter, the comment cell skipped with Enter."""
    for row in rows:
        for text in row:
            yield from text
            yield Qt.Key_Return
        yield Qt.Key_Return  # comment left empty


def send(key) -> None:
    """One key press + release into whichever widget has the focus now (grid or cell editor)."""
    QTest.keyClick(QApplication.focusWidget(), key)


@pytest.mark.parametrize("gap_ms", [None, 0, 1, 5, 20])
def test_fast_typing_lands_every_value_in_its_criterion(qtbot, db, day, gap_ms):
    """``None``: every key is delivered before the event loop runs once (keys buffered by the
    window system, as a scanner or a busy laptop does); 0: the loop runs between keys; n: n ms."""
    ctx = make_ctx(db, day, "juri1")
    screen = PenilaianScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    screen.activateWindow()
    qtbot.waitExposed(screen)
    screen.activate()
    page = screen.sheet_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10000)
    page.view.setFocus()
    first_grid = page.model.grid
    for n, key in enumerate(key_stream(ROWS)):
        if n == 30:
            # Another part of the app changes data mid-row (a check-in, a bundle import): the
            # grid reloads only once the typist pauses.
            ctx.tasks.run(lambda _s, _t: None, changes={"attendance"})
        send(key)
        if gap_ms:
            qtbot.wait(gap_ms)
        elif gap_ms == 0:
            QApplication.processEvents()
    qtbot.waitUntil(lambda: page.own_pending == 0, timeout=20000)
    ctx.tasks.wait_idle()
    expected = [{c: Decimal(v.replace(",", ".")) for c, v in zip(CODES, row)} for row in ROWS]
    on_screen = [dict(page.model.rows[i].values) for i in range(3)]
    assert on_screen == expected
    with db.session() as s:
        stored = [scoring.sheet_values(s, page.model.rows[i].sheet_id) for i in range(3)]
    assert stored == expected
    qtbot.waitUntil(lambda: page.model.grid is not first_grid, timeout=10000)
    assert [dict(r.values) for r in page.model.rows] == expected
    close_ctx(qtbot, ctx)


def test_a_failed_cell_says_one_short_sentence_and_the_layout_stays(qtbot, db, day):
    """A real SQLite failure on commit (a trigger refuses the row, as a constraint would): the
    juror sees one short Indonesian sentence in the message area, never the English SQL, the cell
    keeps its old value, and nothing on the page moves."""
    import sqlite3

    ctx = make_ctx(db, day, "juri1")
    screen = PenilaianScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    screen.activateWindow()
    qtbot.waitExposed(screen)
    screen.activate()
    page = screen.sheet_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10000)
    page.view.setFocus()
    for key in ["7", Qt.Key_Return]:
        send(key)
    qtbot.waitUntil(lambda: page.own_pending == 0 and page.status_line.text().startswith("Tersimpan"), timeout=10000)
    before = (page.view.geometry(), page.status_line.height())
    raw = sqlite3.connect(str(db.url).split("///", 1)[1])
    raw.execute("CREATE TRIGGER refuse BEFORE INSERT ON score_entry "
                "BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: score_entry.id'); END")
    raw.commit()
    raw.close()
    for key in ["8", Qt.Key_Return]:
        send(key)
    qtbot.waitUntil(lambda: page.own_pending == 0 and not page.status_line.text().startswith("Tersimpan"),
                    timeout=10000)
    text = page.status_line.text()
    assert text.startswith("Perubahan ditolak") and "\n" not in text
    assert not any(word in text.lower() for word in ("sqlite", "unique", "insert", "constraint", "error"))
    assert page.model.value(0, "PTN") is None  # the old (empty) value is back
    assert (page.view.geometry(), page.status_line.height()) == before
    close_ctx(qtbot, ctx)
