#!/usr/bin/env python3
"""Screenshots of the user guides (docs/img/*.png) and of every screen (docs/screens/*.png), taken
from the real application window.

    python installer/make_screenshots.py                    # or: make screenshots (both sets)
    python installer/make_screenshots.py --set screens      # docs/screens only
    python installer/make_screenshots.py --set guides --only kehadiran,penilaian-juri --out /tmp/shots

A temporary data folder gets a small demo programme (core/demo, fixed seed), a province
installation and an admin account; the main window is shown at 1366×768, each shot signs in the
user the guide is written for, opens the screen (MainWindow.show_screen), waits until the worker
thread is idle and saves ``window.grab()``. Without a display it re-executes itself under
``xvfb-run`` (real X11 rendering: fonts, styles); without xvfb-run it falls back to Qt's offscreen
platform. Images are stored with a 256-colour palette to keep the repository small.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
CHILD_FLAG = "OPOP_SCREENSHOTS_UNDER_XVFB"
WIDTH, HEIGHT = 1366, 768
ALL_CHANGES = ("pesantren", "attendance", "scores", "setup", "results", "sync", "accounts")
ADMIN = ("admin", "Admin Provinsi (contoh)", "rahasia-provinsi")


def reexec_under_xvfb() -> None:
    """No display: run this same script again inside a virtual X server."""
    if os.environ.get("DISPLAY") or os.environ.get(CHILD_FLAG) or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        print("xvfb-run tidak ada: memakai platform offscreen Qt.", file=sys.stderr)
        return
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", **{CHILD_FLAG: "1"})
    cmd = [xvfb, "-a", "-s", f"-screen 0 {WIDTH}x{HEIGHT}x24", sys.executable, str(Path(__file__).resolve()),
           *sys.argv[1:]]
    os.execvpe(xvfb, cmd, env)


@dataclass
class Shot:
    name: str          # docs/img/<name>.png
    username: str      # who is signed in ("" = nobody)
    screen: str        # MainWindow.show_screen key
    before: Callable | None = None   # (studio) -> None: data the shot needs, before signing in
    prepare: Callable | None = None  # (studio) -> None: tabs, selections, clicks
    grab: Callable | None = None     # (studio) -> QWidget to grab instead of the main window


class Studio:
    """The demo database, the application context and the window, plus the waiting helpers."""

    def __init__(self, workdir: Path):
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        self.workdir = workdir
        self.db_file = workdir / "data" / "opop.sqlite3"
        os.environ["OPOP_DATA_DIR"] = str(workdir / "data")
        # The user's own preferences (language, paper) must neither leak in nor be changed.
        for fmt in (QSettings.NativeFormat, QSettings.IniFormat):
            QSettings.setPath(fmt, QSettings.UserScope, str(workdir / "settings"))
        from opop_desktop import APP_NAME, ORG_NAME
        self.app = QApplication.instance() or QApplication([sys.argv[0], "-platform",
                                                            os.environ.get("QT_QPA_PLATFORM", "xcb")])
        self.app.setApplicationName(APP_NAME)
        self.app.setOrganizationName(ORG_NAME)
        from opop_desktop.gui.app import install_translators
        from opop_desktop.gui.look import apply_look
        apply_look(self.app)
        install_translators(self.app, "id")
        self.db = self._demo_database(self.db_file)
        from opop_desktop.gui.context import AppContext
        from opop_desktop.gui.tasks import TaskRunner
        self.ctx = AppContext(db=self.db, tasks=TaskRunner(self.db))
        self.busy = False
        self.ctx.tasks.busy_changed.connect(self._busy)
        from opop_desktop.gui.main_window import MainWindow
        self.window = MainWindow(self.ctx)
        self.window.resize(WIDTH, HEIGHT)
        self.window.move(0, 0)
        self.window.show()
        self.settle()

    def _busy(self, busy: bool) -> None:
        self.busy = busy

    @staticmethod
    def _demo_database(path: Path):
        from opop_desktop.core.db import open_database
        from opop_desktop.core.demo import generate_demo
        from opop_desktop.core.services import accounts, backup, installation

        path.parent.mkdir(parents=True, exist_ok=True)
        db = open_database(str(path))
        with db.session() as s:
            generate_demo(s, scale="small", seed=1)
            installation.initialise(s, role="province", regency_code=None, name="Laptop Dinas Provinsi",
                                    year=date.today().year)
            username, full_name, password = ADMIN
            accounts.create_user(s, username=username, full_name=full_name, role="admin", password=password)
        backup.make_backup(db, reason="manual")  # so the Cadangan list shows an entry
        return db

    def user(self, username: str):
        from sqlalchemy import select

        from opop_desktop.core.models import UserAccount
        from opop_desktop.core.services.accounts import signed_in
        from opop_desktop.gui.login import to_current
        if not username:
            return None
        with self.db.session() as s:
            if username == "juri":  # the first juror of the first panel
                account = s.scalars(select(UserAccount).where(UserAccount.role == "juror")
                                    .order_by(UserAccount.username)).first()
            else:
                account = s.scalars(select(UserAccount).where(UserAccount.username == username)).one()
            return to_current(signed_in(account))

    def settle(self, timeout: float = 60.0) -> None:
        """Process events until the worker thread has been idle for a few rounds (async loads,
        chained loads such as panel → juror → grid, repaints)."""
        from PySide6.QtCore import QEventLoop
        deadline = time.monotonic() + timeout
        quiet = 0
        while quiet < 5 and time.monotonic() < deadline:
            self.app.processEvents(QEventLoop.AllEvents, 50)
            if self.busy:
                self.ctx.tasks.wait_idle(timeout)
                quiet = 0
            else:
                quiet += 1
            time.sleep(0.03)
        self.app.processEvents()

    def screen(self, key: str):
        return self.window.screen(key)

    def close(self) -> None:
        self.window.close()
        self.db.dispose()


# ---------------------------------------------------------------------- per-shot preparation
def tab(screen_key: str, index: int) -> Callable:
    def prepare(st: Studio) -> None:
        st.screen(screen_key).tabs.setCurrentIndex(index)
    return prepare


def select_first_row(view_attr: str, screen_key: str) -> Callable:
    def prepare(st: Studio) -> None:
        view = getattr(st.screen(screen_key), view_attr)
        if view.model().rowCount():
            view.selectRow(0)
    return prepare


NEW_JUROR = ("juri-baru", "Dr. Rina Kartika, M.M.", "246810")
SCORED_SO_FAR = 5  # the new juror has scored this many pesantren when the shot is taken


def juror_mid_session(st: Studio) -> None:
    """Every demo sheet is already locked; a juror added to the first panel who has scored the
    first few pesantren shows what a juror sees during the audition (drafts, progress, Kirim &
    kunci still open), and gives the paper-entry shot a sheet that nobody has keyed yet."""
    if getattr(st, "new_juror", None):
        return
    from sqlalchemy import select

    from opop_desktop.core.models import UserAccount
    from opop_desktop.core.services import accounts, setup
    from opop_desktop.core.services.accounts import SYSTEM_ACTOR, signed_in
    from opop_desktop.core.services.rubric import active_rubric
    from opop_desktop.core.services.scoring import SheetKey, set_score
    username, name, pin = NEW_JUROR
    with st.db.session() as s:
        panel = setup.list_panels(s)[0]
        juror = setup.create_juror(s, SYSTEM_ACTOR, name=name, institution="Universitas Siliwangi")
        setup.assign_juror(s, SYSTEM_ACTOR, panel_id=panel.id, juror_id=juror.id)
        accounts.create_user(s, username=username, full_name=name, role="juror", pin=pin, juror_id=juror.id,
                             actor=SYSTEM_ACTOR)
        actor = signed_in(s.scalars(select(UserAccount).where(UserAccount.username == username)).one())
        criteria = active_rubric(s, panel.stage_id).criteria
        scored = 0
        for slot in setup.panel_slots(s, panel.id):
            if scored >= SCORED_SO_FAR:
                break
            key = SheetKey(panel.stage_id, panel.id, juror.id, slot.pesantren_id)
            try:
                for i, crit in enumerate(criteria):
                    set_score(s, actor, key, crit.code, str(6 + (scored + i) % 4 + (0.5 if i % 3 == 0 else 0)))
            except Exception:  # noqa: BLE001 - an absent pesantren: the juror skips it too
                continue
            scored += 1
    st.new_juror = (panel.id, juror.id)


def results_through_the_states(st: Studio) -> None:
    """The coordinator reviews the open variance flags, checks and seals the venue, and merges
    both kab/kota — so Status & pleno shows the states a plenary starts from."""
    if getattr(st, "states_done", False):
        return
    from sqlalchemy import select

    from opop_desktop.core.models import UserAccount, Venue
    from opop_desktop.core.services import results_states as states
    from opop_desktop.core.services.accounts import signed_in
    st.window.show_screen("hasil")
    st.settle()
    flag_keys = [f.key for f in st.screen("hasil").flag_model.rows]
    with st.db.session() as s:
        actor = signed_in(s.scalars(select(UserAccount).where(UserAccount.username == "koordinator")).one())
        for key in flag_keys:
            states.acknowledge(s, 1, key, decision="accepted", reason="sudah dikonfirmasi dengan juri",
                               actor=actor)
        venues = s.scalars(select(Venue).order_by(Venue.name)).all()
        for venue in venues:
            states.verify_venue(s, 1, venue.id, actor=actor)
            states.seal_venue(s, 1, venue.id, actor=actor)
        codes = sorted({c.strip() for v in venues for c in (v.regency_codes or "").split(",") if c.strip()})
        for code in codes:
            states.merge(s, 1, regency_code=code, actor=actor)
    st.states_done = True


def venue_bundle_in_quarantine(st: Studio) -> None:
    """A venue laptop of Garut (its own database, device and keys) receives a full copy from the
    province, corrects a locked score that the province corrected too, and sends its results up.
    The province does not know the laptop yet: the bundle waits in Karantina."""
    if getattr(st, "venue_bundle", None):
        return
    from sqlalchemy import select

    from opop_desktop.core.models import ScoreSheet, UserAccount
    from opop_desktop.core.services.accounts import signed_in
    from opop_desktop.core.services.scoring import correct_score
    from opop_desktop.core.sync.sandbox import Node
    bundles = st.workdir / "bundel"
    bundles.mkdir(exist_ok=True)
    province = Node(str(st.db_file), role="province", name="Laptop Dinas Provinsi")
    venue = Node(str(st.workdir / "garut-1.sqlite3"), role="venue", name="Laptop Garut-1", regency="32.05")
    try:
        venue.trust(province)
        venue.import_(province.export(bundles / "salinan-provinsi.opop").path)

        def correct(node: Node, username: str, value: str, reason: str) -> None:
            with node.db.session() as s:
                sheet = s.scalars(select(ScoreSheet).where(ScoreSheet.status == "locked")
                                  .order_by(ScoreSheet.id)).first()
                actor = signed_in(s.scalars(select(UserAccount).where(UserAccount.username == username)).one())
                correct_score(s, actor, sheet.id, "PSR", value, reason=reason)
        correct(province, ADMIN[0], "8", "salah ketik saat entri")
        correct(venue, "koordinator", "6,5", "dicocokkan dengan lembar kertas juri")
        up = venue.export(bundles / "garut-1-hasil.opop", to_province=True).path
        province.import_(up)  # unknown device → quarantine
        st.venue_bundle = up
        st.venue_fingerprint = venue.fingerprint
    finally:
        venue.close()
        province.close()


def trust_venue_and_preview(st: Studio) -> None:
    venue_bundle_in_quarantine(st)
    if not getattr(st, "venue_trusted", False):
        from opop_desktop.core.sync import importer
        with st.db.session() as s:
            importer.trust_quarantined(s, st.venue_fingerprint)
        st.venue_trusted = True
    scr = st.screen("sinkronisasi")
    scr.tabs.setCurrentIndex(1)
    scr.preview([str(st.venue_bundle)])


def merged_with_conflict(st: Studio) -> None:
    scr = st.screen("sinkronisasi")
    if not getattr(st, "venue_merged", False):
        scr.tabs.setCurrentIndex(1)
        scr.preview([str(st.venue_bundle)])
        st.settle()
        scr.merge()
        st.settle()
        st.venue_merged = True
    scr.tabs.setCurrentIndex(3)
    st.settle()
    if scr.conflict_model.rowCount():
        scr.conflict_view.selectRow(0)
    scr.reason.setText("dicocokkan dengan lembar kertas juri")


def checkin_in_progress(st: Studio) -> None:
    """Type a partial name in the search box, as the officer would, to show the match list."""
    scr = st.screen("kehadiran")
    if scr.model.rowCount():
        scr.view.selectRow(min(3, scr.model.rowCount() - 1))
    scr.search.setText("Nurul")
    scr.run_search()


def juror_grid_focus(st: Studio) -> None:
    page = st.screen("penilaian").sheet_page
    page.view.setFocus()
    if page.model.rowCount():
        page.view.setCurrentIndex(page.view.first_entry_cell() if page.model.can_edit
                                  else page.model.index(0, 2))


def paper_entry_sheet(st: Studio) -> None:
    """The officer keys the new juror's paper sheet of a pesantren the juror has not scored."""
    scr = st.screen("penilaian")
    scr.tabs.setCurrentIndex(1)
    st.settle()
    page = scr.paper_page
    panel_id, juror_id = st.new_juror
    page.panel_combo.setCurrentIndex(max(0, page.panel_combo.findData(panel_id)))
    st.settle()
    page.juror_combo.setCurrentIndex(max(0, page.juror_combo.findData(juror_id)))
    st.settle()
    if page.pesantren_combo.count() > SCORED_SO_FAR + 2:
        page.pesantren_combo.setCurrentIndex(SCORED_SO_FAR + 2)
    st.settle()
    for i, edit in enumerate(page.fields.values()):
        if i < 4:
            edit.setText(["8", "7,5", "9", "8,5"][i])
    edits = list(page.fields.values())
    if len(edits) > 4:
        edits[4].setFocus()


def cetak_attendance(st: Studio) -> None:
    scr = st.screen("cetak")
    doc = scr.document.findData("attendance")
    if doc >= 0:
        scr.document.setCurrentIndex(doc)
    venue = scr.scope_kind.findData("venue")
    if venue >= 0:
        scr.scope_kind.setCurrentIndex(venue)
    st.settle()
    if scr.scope_item.count():
        scr.generate()


def setup_first_panel(st: Studio) -> None:
    """Persiapan with the first venue and its first panel open: jurors and order of appearance."""
    tab_ = st.screen("persiapan").venues_tab
    for view in (tab_.venue_view, tab_.panel_view):
        st.settle()
        if view.model().rowCount():
            view.selectRow(0)
            view.setCurrentIndex(view.model().index(0, 0))


def ranking_busiest_group(st: Studio) -> None:
    """Show the group with the most pesantren (a kecamatan group often holds only one)."""
    scr = st.screen("hasil")
    scr.tabs.setCurrentIndex(0)
    best, best_rows = 0, -1
    for row in range(scr.group_list.count()):
        scr.group_list.setCurrentRow(row)
        if scr.rank_model.rowCount() > best_rows:
            best, best_rows = row, scr.rank_model.rowCount()
    scr.group_list.setCurrentRow(best)


def help_viewer(st: Studio):
    from opop_desktop.gui.help import current_screen_key, show_guide
    viewer = show_guide(st.window, "juror", current_screen_key(st.window))
    viewer.resize(1000, 660)
    return viewer


def login_dialog(st: Studio):
    from opop_desktop.gui.login import LoginDialog
    dlg = LoginDialog(st.ctx, st.window)
    dlg.set_username("petugas-1")
    dlg.secret.setText("opop2019")
    dlg.show()
    st.login = dlg
    return dlg


SHOTS = [
    Shot("beranda", "admin", "beranda"),
    Shot("masuk", "", "beranda", grab=login_dialog),
    Shot("peserta", "admin", "peserta"),
    Shot("persiapan", "koordinator", "persiapan", prepare=setup_first_panel),
    Shot("kehadiran", "petugas-1", "kehadiran", prepare=checkin_in_progress),
    # Before the results are sealed: a sealed venue's sheets are no longer corrected on two laptops.
    Shot("sinkronisasi-karantina", "koordinator", "sinkronisasi", before=venue_bundle_in_quarantine,
         prepare=tab("sinkronisasi", 2)),
    Shot("sinkronisasi-impor", "koordinator", "sinkronisasi", prepare=trust_venue_and_preview),
    Shot("sinkronisasi-konflik", "koordinator", "sinkronisasi", prepare=merged_with_conflict),
    Shot("hasil-peringkat", "koordinator", "hasil", prepare=ranking_busiest_group),
    Shot("hasil-tanda", "koordinator", "hasil", prepare=tab("hasil", 1)),
    Shot("hasil-pleno", "admin", "hasil", before=results_through_the_states, prepare=tab("hasil", 4)),
    Shot("hasil-grafik", "admin", "hasil", prepare=tab("hasil", 5)),
    Shot("sinkronisasi-ekspor", "koordinator", "sinkronisasi", prepare=tab("sinkronisasi", 0)),
    Shot("sinkronisasi-cadangan", "admin", "sinkronisasi", prepare=tab("sinkronisasi", 5)),
    # From here on the first panel has a juror still scoring (juror_mid_session).
    Shot("penilaian-juri", NEW_JUROR[0], "penilaian", before=juror_mid_session, prepare=juror_grid_focus),
    Shot("penilaian-kertas", "petugas-1", "penilaian", before=juror_mid_session, prepare=paper_entry_sheet),
    Shot("papan-kemajuan", "koordinator", "penilaian", before=juror_mid_session, prepare=tab("penilaian", 2)),
    Shot("cetak", "petugas-1", "cetak", prepare=cetak_attendance),
    Shot("pengaturan", "admin", "pengaturan"),
    Shot("bantuan", "juri", "beranda", grab=help_viewer),
]


# docs/screens: every screen of the navigation column and the dialogs everyone meets, each shown
# to a user who works with it, from the same demo data.
SCREEN_SHOTS = [
    Shot("beranda", "admin", "beranda"),
    Shot("peserta", "admin", "peserta"),
    Shot("persiapan", "koordinator", "persiapan", prepare=setup_first_panel),
    Shot("kehadiran", "petugas-1", "kehadiran", prepare=checkin_in_progress),
    Shot("penilaian", NEW_JUROR[0], "penilaian", before=juror_mid_session, prepare=juror_grid_focus),
    Shot("penilaian-kertas", "petugas-1", "penilaian", before=juror_mid_session, prepare=paper_entry_sheet),
    Shot("papan-kemajuan", "koordinator", "penilaian", before=juror_mid_session, prepare=tab("penilaian", 2)),
    Shot("hasil", "koordinator", "hasil", prepare=ranking_busiest_group),
    Shot("sinkronisasi", "koordinator", "sinkronisasi", prepare=tab("sinkronisasi", 0)),
    Shot("cetak", "petugas-1", "cetak", prepare=cetak_attendance),
    Shot("pengaturan", "admin", "pengaturan"),
    Shot("masuk", "", "beranda", grab=login_dialog),
    Shot("bantuan", "juri", "penilaian", grab=help_viewer),
]
SETS = {"guides": (SHOTS, ROOT / "docs" / "img"), "screens": (SCREEN_SHOTS, ROOT / "docs" / "screens")}


def save_png(widget, path: Path) -> int:
    """Grab ``widget`` and store it with a 256-colour palette (UI shots lose nothing visible)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage
    image = widget.grab().toImage()
    small = image.convertToFormat(QImage.Format_Indexed8, Qt.ThresholdDither | Qt.AvoidDither)
    if not small.save(str(path), "PNG", 0):
        raise SystemExit(f"Tidak dapat menulis {path}")
    return path.stat().st_size


def take(st: Studio, shot: Shot, out: Path) -> Path:
    if shot.before:
        shot.before(st)
        # Data written outside the task runner: tell the screens, as a merge or a sign-in would.
        st.ctx.tasks.changed.emit(frozenset(ALL_CHANGES))
    st.ctx.users.set_user(st.user(shot.username))
    st.settle()
    st.window.show_screen(shot.screen)
    st.settle()
    if shot.prepare:
        shot.prepare(st)
        st.settle()
    target = shot.grab(st) if shot.grab else st.window
    st.settle()
    path = out / f"{shot.name}.png"
    size = save_png(target, path)
    if target is not st.window:
        target.close()
    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
          f"{target.width()}×{target.height()}, {size / 1024:.0f} KB")
    return path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--set", choices=("all", *SETS), default="all", help="which screenshots (default: all)")
    p.add_argument("--out", default="",
                   help="folder for the PNG files (one set only; default: its docs folder)")
    p.add_argument("--only", default="", help="comma-separated shot names (default: all)")
    args = p.parse_args(argv)
    sets = list(SETS) if args.set == "all" else [args.set]
    if args.out and len(sets) > 1:
        p.error("--out needs --set guides or --set screens")
    wanted = {n.strip() for n in args.only.split(",") if n.strip()}
    unknown = wanted - {s.name for name in sets for s in SETS[name][0]}
    if unknown:
        p.error(f"unknown shots: {', '.join(sorted(unknown))}")
    reexec_under_xvfb()
    sys.path.insert(0, str(ROOT))
    started = time.monotonic()
    taken = 0
    for name in sets:
        shots, folder = SETS[name]
        out = Path(args.out) if args.out else folder
        out.mkdir(parents=True, exist_ok=True)
        # A fresh demo database per set: each set's shots change the data they show.
        with tempfile.TemporaryDirectory(prefix="opop-shots-") as tmp:
            st = Studio(Path(tmp))
            try:
                for shot in shots:
                    if not wanted or shot.name in wanted:
                        take(st, shot, out)
                        taken += 1
            finally:
                st.close()
    print(f"{taken} gambar dalam {time.monotonic() - started:.1f} s "
          f"(platform {os.environ.get('QT_QPA_PLATFORM', 'xcb')}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
