"""Backups in the GUI: Sinkronisasi → Cadangan checks a backup before restoring (an empty file is
refused, nothing changes), a coordinator restores a good one (audited with the name), and the
"backups kept" box of Pengaturan, typed with the keyboard, prunes old automatic backups."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from opop_desktop.core import paths
from opop_desktop.core.models import AuditEntry, Venue
from opop_desktop.core.services import backup
from opop_desktop.gui import messages
from opop_desktop.gui.screens.pengaturan import PengaturanScreen
from opop_desktop.gui.screens.sinkronisasi import SinkronisasiScreen

from venue_gui import build_day, close_ctx, make_ctx, sign_in_as


def _venue_name(db) -> str:
    with db.session() as s:
        return s.scalar(select(Venue.name))


def _select_backup(qtbot, screen, name: str) -> None:
    screen.refresh()
    qtbot.waitUntil(lambda: any(r.name == name for r in screen.backup_model.rows), timeout=10000)
    row = next(i for i, r in enumerate(screen.backup_model.rows) if r.name == name)
    screen.backup_view.selectRow(row)


def test_restore_checks_first_then_a_coordinator_restores(qtbot, db, monkeypatch):
    day = build_day(db, n_pesantren=1, n_jurors=1)
    good = Path(backup.make_backup(db, reason="manual").path)
    empty = good.with_name(good.name.replace("-manual", "-before-import"))
    empty.write_bytes(b"")  # what the old failed backup left behind
    with db.session() as s:
        s.scalar(select(Venue)).name = "Aula diganti"
    errors, asked, shown = [], [], []
    monkeypatch.setattr(messages, "show_error", lambda _p, err: errors.append(messages.error_text(err)))
    monkeypatch.setattr(messages, "confirm", lambda _p, text, title=None: asked.append(text) or True)
    monkeypatch.setattr(messages, "info", lambda _p, text, title=None: shown.append(text))
    ctx = make_ctx(db, day, "koord")
    screen = SinkronisasiScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.restore_button.isEnabled()

    _select_backup(qtbot, screen, empty.name)
    qtbot.mouseClick(screen.restore_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert "kosong (0 byte)" in errors[0] and "Tidak ada yang diubah" in errors[0]
    assert asked == [] and _venue_name(db) == "Aula diganti"

    _select_backup(qtbot, screen, good.name)
    qtbot.mouseClick(screen.restore_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=15000)
    assert "program 2019" in asked[0]
    assert _venue_name(db) == "Aula Garut"
    with db.session() as s:
        assert s.scalars(select(AuditEntry.actor).where(AuditEntry.action == "backup.restore")).all() == ["koord"]
    close_ctx(qtbot, ctx)


def test_an_officer_exports_and_backs_up_but_neither_imports_nor_restores(qtbot, db):
    day = build_day(db, n_pesantren=1, n_jurors=1)
    ctx = make_ctx(db, day, "off1")
    screen = SinkronisasiScreen(ctx)
    qtbot.addWidget(screen)

    def visible_tabs():
        return [screen.tabs.tabText(i) for i in range(screen.tabs.count()) if screen.tabs.isTabVisible(i)]
    assert visible_tabs() == ["Ekspor", "Celah", "Cadangan"]
    assert screen.export_button.isEnabled() and screen.backup_button.isEnabled()
    assert not screen.restore_button.isEnabled()
    sign_in_as(ctx, day, "koord")
    assert visible_tabs() == ["Ekspor", "Impor", "Karantina", "Konflik", "Celah", "Cadangan"]
    assert screen.restore_button.isEnabled()
    close_ctx(qtbot, ctx)


def test_backups_kept_typed_in_pengaturan_prunes_automatic_backups(qtbot, db):
    day = build_day(db, n_pesantren=1, n_jurors=1)
    ctx = make_ctx(db, day, "off1")
    screen = PengaturanScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.activate()
    assert not screen.keep.isEnabled()  # settings are not an officer's
    sign_in_as(ctx, day, "admin")
    assert screen.keep.isEnabled()
    ctx.tasks.wait_idle()
    screen.keep.setFocus()
    screen.keep.selectAll()
    qtbot.keyClicks(screen.keep, "2")
    qtbot.keyClick(screen.keep, Qt.Key_Return)
    qtbot.waitUntil(lambda: _kept(db) == 2, timeout=10000)
    for _ in range(4):
        backup.make_backup(db, reason="before-import")
    automatic = [f for f in paths.backups_dir().glob("*.sqlite3") if "before-import" in f.name]
    assert len(automatic) == 2
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "settings.backups_kept")).one()
        assert entry.actor == "admin"
    close_ctx(qtbot, ctx)


def _kept(db) -> int:
    with db.session() as s:
        return backup.backups_kept(s)
