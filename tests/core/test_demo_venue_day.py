"""The demo audition day: venues (one serving two kab/kota), panels of 3–7 jurors, accounts,
~4% absent, locked/verified complete sheets except one juror who has not scored yet, conflicts
that are respected, and the demo accounts listed."""
from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from opop_desktop.core.demo import generate_demo
from opop_desktop.core.demo.venue_day import DEMO_PIN
from opop_desktop.core.models import (
    Attendance, ConflictOfInterest, PanelJuror, PanelSlot, PaperEntry, Pesantren, ScoreSheet, Venue,
)
from opop_desktop.core.services import accounts, audit, progress, scoring


def test_small_demo_day_is_complete_and_consistent(session):
    summary = generate_demo(session, scale="small", seed=3).venue_day
    venues = session.scalars(select(Venue)).all()
    assert summary.venues == len(venues) >= 1
    assert any(len(v.regency_codes.split(",")) == 2 for v in venues)
    jurors_per_panel = Counter(pj.panel_id for pj in session.scalars(select(PanelJuror)))
    assert len(jurors_per_panel) == summary.panels and all(3 <= n <= 7 for n in jurors_per_panel.values())

    invited = session.scalars(select(Pesantren).where(Pesantren.status.in_(("present_1", "absent_1")))).all()
    slots = session.scalars(select(PanelSlot)).all()
    assert len(slots) == len(invited) == summary.present + summary.absent
    statuses = Counter(a.status for a in session.scalars(select(Attendance)))
    assert statuses["absent"] == summary.absent and 0 < summary.absent <= 0.12 * len(slots)

    # Every present pesantren has a complete, counting sheet from every juror of its panel —
    # except the one juror left with an empty sheet to try.
    sheets = scoring.list_sheets(session)
    assert len(sheets) == summary.sheets_locked + summary.sheets_paper
    assert all(x.complete and x.status in scoring.COUNTING_STATUSES for x in sheets)
    assert {x.source for x in sheets} == {"laptop", "paper"}
    absent_ids = {a.pesantren_id for a in session.scalars(select(Attendance).where(Attendance.status == "absent"))}
    assert not absent_ids & {x.pesantren_id for x in sheets}
    paper = session.scalars(select(ScoreSheet).where(ScoreSheet.source == "paper")).all()
    assert all(len(session.scalars(select(PaperEntry).where(PaperEntry.sheet_id == s.id)).all()) == 2 for s in paper)
    totals = sorted(x.total for x in sheets)
    assert totals[0] < 60 < totals[-1]  # a spread around the stage-1 threshold

    # Hard conflicts never sit on the juror's own panel; soft ones do and carry a warning.
    panel_of = {s.pesantren_id: s.panel_id for s in slots}
    assigned = {(pj.juror_id, pj.panel_id): pj for pj in session.scalars(select(PanelJuror))}
    for c in session.scalars(select(ConflictOfInterest)):
        pj = assigned.get((c.juror_id, panel_of.get(c.pesantren_id)))
        if c.severity == "hard":
            assert pj is None
        else:
            assert pj is not None and "ringan" in pj.warning

    users = {u.username: u for u in accounts.list_users(session)}
    empty = users[summary.empty_juror]
    assert not [x for x in sheets if x.juror_id == empty.juror_id]
    empty_panel = next(pj.panel_id for pj in session.scalars(select(PanelJuror)) if pj.juror_id == empty.juror_id)
    present_there = [s for s in slots if s.panel_id == empty_panel and s.pesantren_id not in absent_ids]
    board = progress.venue_progress(session, venues[0].id)
    assert board.expected - board.counted == len(present_there) > 0
    assert {(a.username, a.role) for a in summary.accounts} == {(u.username, u.role) for u in users.values()}
    assert all(a.secret == DEMO_PIN for a in summary.accounts if a.role == "juror")
    juror_user = next(u for u in accounts.list_users(session) if u.role == "juror")
    assert accounts.authenticate(session, juror_user.username, DEMO_PIN).juror_id == juror_user.juror_id
    assert audit.verify(session).ok
