"""Figures for the Hasil charts: the programme funnel and the scoring progress per venue."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import STATUSES, Panel, PanelJuror, PanelSlot, Pesantren, ScoreSheet, Venue
from ..tabulation import COUNTED_SHEET_STATUSES
from .programme import current_programme, stage_by_number
from .results_load import attendance_heads
from .results_states import latest

# (step label, predicate on the funnel status). Status is the furthest point reached, so a
# pesantren invited to stage 2 has also come to and passed stage 1.
_IDX = {s: i for i, s in enumerate(STATUSES)}
FUNNEL_STEPS = [
    ("Terdaftar", lambda s: True),
    ("Lolos administrasi", lambda s: s not in ("registered", "admin_failed")),
    ("Hadir tahap 1", lambda s: _IDX.get(s, 0) >= _IDX["present_1"] and s != "absent_1"),
    ("Lolos tahap 1", lambda s: _IDX.get(s, 0) >= _IDX["passed_1"] and s != "failed_1"),
    ("Lolos tahap 2", lambda s: _IDX.get(s, 0) >= _IDX["passed_2"] and s != "failed_2"),
    ("Juara", lambda s: s == "passed_3"),
]


@dataclass
class FunnelStep:
    label: str
    count: int


@dataclass
class VenueProgress:
    venue_id: str
    name: str
    pesantren: int  # slotted in its panels
    present: int
    sheets_expected: int  # present pesantren × jurors of their panel
    sheets_final: int  # locked or verified
    state: str  # latest result state (draft when none)

    @property
    def percent(self) -> float:
        return 100.0 * self.sheets_final / self.sheets_expected if self.sheets_expected else 0.0


def funnel(session: Session, regency_code: str | None = None) -> list[FunnelStep]:
    prog = current_programme(session)
    q = select(Pesantren.status, func.count()).where(Pesantren.programme_year_id == prog.id)
    if regency_code:
        q = q.where(Pesantren.regency_code == regency_code)
    counts = Counter(dict(session.execute(q.group_by(Pesantren.status)).all()))
    return [FunnelStep(label, sum(n for s, n in counts.items() if pred(s))) for label, pred in FUNNEL_STEPS]


def venue_progress(session: Session, stage_number: int) -> list[VenueProgress]:
    stage = stage_by_number(session, stage_number)
    venues = session.scalars(select(Venue).where(Venue.stage_id == stage.id).order_by(Venue.name)).all()
    if not venues:
        return []
    panels = session.scalars(select(Panel).where(Panel.venue_id.in_([v.id for v in venues]))).all()
    venue_of = {p.id: p.venue_id for p in panels}
    jurors = Counter(session.scalars(select(PanelJuror.panel_id).where(PanelJuror.panel_id.in_(list(venue_of)))))
    slots = session.execute(select(PanelSlot.panel_id, PanelSlot.pesantren_id)
                            .where(PanelSlot.panel_id.in_(list(venue_of)))).all()
    present = {p for p, s in attendance_heads(session, stage.id).items() if s == "present"}
    final = session.execute(select(ScoreSheet.panel_id, func.count()).where(
        ScoreSheet.stage_id == stage.id, ScoreSheet.status.in_(list(COUNTED_SHEET_STATUSES)))
        .group_by(ScoreSheet.panel_id)).all()
    stats: dict[str, dict] = defaultdict(lambda: dict(pes=0, present=0, expected=0, final=0))
    for panel_id, pid in slots:
        st = stats[venue_of[panel_id]]
        st["pes"] += 1
        if pid in present:
            st["present"] += 1
            st["expected"] += jurors[panel_id]
    for panel_id, n in final:
        if panel_id in venue_of:
            stats[venue_of[panel_id]]["final"] += n
    out = []
    for v in venues:
        st = stats[v.id]
        snap = latest(session, stage.id, "venue", v.id)
        out.append(VenueProgress(v.id, v.name, st["pes"], st["present"], st["expected"], st["final"],
                                 snap.state if snap else "draft"))
    return out
