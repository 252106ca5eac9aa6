"""The Sinkronisasi screen driven like a user: preview, merge, quarantine and trust, resolve a
conflict with a reason, export, backups."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from opop_desktop.core.models import AuditEntry
from opop_desktop.core.sync.sandbox import Node
from opop_desktop.core.sync.scenario import add_score, add_sheet, heads, set_up_province
from opop_desktop.gui import messages
from opop_desktop.gui.context import AppContext, CurrentUser
from opop_desktop.gui.screens.sinkronisasi import SinkronisasiScreen
from opop_desktop.gui.tasks import TaskRunner


@pytest.fixture
def world(tmp_path):
    prov = Node(str(tmp_path / "prov.sqlite3"), role="province", name="Provinsi")
    w = set_up_province(prov)
    down = prov.export(tmp_path / "down.opop", for_regency="32.04").path
    a, b, stranger = (Node(str(tmp_path / f"{n}.sqlite3"), role="venue", name=n, regency="32.04")
                      for n in ("Garut-1", "Garut-2", "Asing"))
    for v in (a, b, stranger):
        v.trust(prov)
        v.import_(down)
    prov.trust(a, b)
    b.trust(a)
    sheet = add_sheet(a, w, 0, 0)
    b.import_(a.export(tmp_path / "share.opop").path)
    add_score(a, sheet, "PSR", 7, who="Ani")
    add_score(b, sheet, "PSR", 9, who="Budi")
    add_sheet(stranger, w, 1, 1)
    files = [a.export(tmp_path / "a.opop", to_province=True).path,
             b.export(tmp_path / "b.opop", to_province=True).path,
             stranger.export(tmp_path / "s.opop", to_province=True).path]
    (tmp_path / "rusak.opop").write_bytes(b"PK\x03\x04 rusak")
    files.append(str(tmp_path / "rusak.opop"))
    yield prov, sheet, files, stranger
    for n in (prov, a, b, stranger):
        n.close()


def _statuses(screen):
    return [r.status for r in screen.preview_model.rows]


def test_preview_merge_trust_resolve_export_backup(qtbot, qtmodeltester, world, tmp_path, monkeypatch):
    prov, sheet, files, stranger = world
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    shown = []
    monkeypatch.setattr(messages, "info", lambda parent, text, title=None: shown.append(text))
    ctx = AppContext(db=prov.db, tasks=TaskRunner(prov.db))
    ctx.users.set_user(CurrentUser("u-admin", "admin", "Admin Provinsi", "admin"))
    screen = SinkronisasiScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()

    screen.preview(files)
    qtbot.waitUntil(lambda: len(screen.preview_model.rows) == 4, timeout=15000)
    st = _statuses(screen)
    assert st[:3] == ["siap digabung", "siap digabung", "dikarantina"] and st[3].startswith("ditolak")
    # Each status has its state badge beside the words (never colour alone).
    from PySide6.QtCore import Qt

    from opop_desktop.gui.icons import state_icon
    model = screen.preview_model
    badges = [model.data(model.index(r, 7), Qt.DecorationRole).cacheKey() for r in range(4)]
    assert badges == [state_icon(s).cacheKey() for s in ("info", "info", "warning", "error")]
    assert screen.preview_model.rows[0].new > 0 and screen.merge_button.isEnabled()
    qtmodeltester.check(screen.preview_model)
    assert heads(prov, sheet, "PSR") == []  # preview changed nothing

    screen.merge_button.click()
    qtbot.waitUntil(lambda: "digabungkan" in _statuses(screen), timeout=15000)
    assert heads(prov, sheet, "PSR") == [7, 9]  # both kept
    assert "Tanda terima" in screen.import_status.text()

    screen.refresh()
    qtbot.waitUntil(
        lambda: len(screen.quarantine_model.rows) == 1 and bool(screen.conflict_model.rows), timeout=15000
    )
    assert screen.quarantine_model.rows[0].fingerprint == stranger.fingerprint
    assert {r.who for r in screen.conflict_model.rows} == {"Ani", "Budi"}
    assert {r.laptop for r in screen.conflict_model.rows} == {"Garut-1", "Garut-2"}

    # Trust the quarantined laptop: its bundle comes back into the preview, ready to merge.
    screen.quarantine_view.selectRow(0)
    screen.trust_selected()
    qtbot.waitUntil(lambda: _statuses(screen) == ["siap digabung"], timeout=15000)
    screen.merge_button.click()
    qtbot.waitUntil(lambda: _statuses(screen) == ["digabungkan"], timeout=15000)

    # Resolve: a reason is required; then one head remains.
    screen.refresh()
    qtbot.waitUntil(lambda: bool(screen.conflict_model.rows), timeout=15000)
    errors = []
    monkeypatch.setattr(messages, "show_error", lambda parent, err: errors.append(err))
    screen.conflict_view.selectRow(0)
    screen.pick_button.click()
    qtbot.waitUntil(lambda: bool(errors), timeout=15000)
    screen.reason.setText("dicocokkan dengan lembar kertas")
    screen.conflict_view.selectRow(0)
    screen.pick_button.click()
    qtbot.waitUntil(lambda: len(heads(prov, sheet, "PSR")) == 1, timeout=15000)
    screen.refresh()
    qtbot.waitUntil(lambda: not screen.conflict_model.rows, timeout=15000)
    with prov.db.session() as s:  # trusting and resolving are audited with the person's name
        trusted = s.scalars(select(AuditEntry.actor).where(AuditEntry.action == "device.trust",
                                                           AuditEntry.entity_id == stranger.device_id)).all()
        resolved = s.execute(select(AuditEntry.actor, AuditEntry.reason)
                             .where(AuditEntry.action == "conflict.resolve")).all()
    assert trusted == ["admin (Admin Provinsi)"]
    assert resolved == [("admin (Admin Provinsi)", "dicocokkan dengan lembar kertas")]

    # Export to the province and see the backups made before each merge.
    screen.recipient.setCurrentIndex(1)  # everything
    out = tmp_path / "keluar.opop"
    screen.export_to(str(out))
    qtbot.waitUntil(lambda: "Bundel ditulis" in screen.export_status.text(), timeout=15000)
    assert out.exists()
    screen.refresh()
    qtbot.waitUntil(lambda: len(screen.backup_model.rows) >= 2, timeout=15000)
    assert all("before-import" in r.name for r in screen.backup_model.rows)
    assert any("diterima" in g.text for g in screen.gaps_model.rows)
    ctx.tasks.shutdown()


def test_venue_laptop_sends_results_to_its_regency(qtbot, tmp_path, db):
    """The 'Kab/kota' recipient writes an up bundle addressed to the kab/kota (incremental by its
    receipts), read back from the file's manifest."""
    import json
    import zipfile

    from opop_desktop.core.db import set_setting
    from opop_desktop.gui.context import AppContext
    from opop_desktop.gui.screens.sinkronisasi import SinkronisasiScreen
    from opop_desktop.gui.tasks import TaskRunner

    with db.session() as s:
        set_setting(s, "role", "venue")
        set_setting(s, "regency_code", "32.04")
    ctx = AppContext(db=db, tasks=TaskRunner(db))
    screen = SinkronisasiScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.activate()
    screen.recipient.setCurrentIndex(screen.recipient.findData("regency"))
    out = tmp_path / "ke-kabkota.opop"
    screen.export_to(str(out))
    qtbot.waitUntil(lambda: "ditulis" in screen.export_status.text(), timeout=10000)
    manifest = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    assert manifest["kind"] == "up" and manifest["recipient"] == {"regency": "32.04", "role": "regency"}
    ctx.tasks.shutdown()
