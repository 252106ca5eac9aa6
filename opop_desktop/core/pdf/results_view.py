"""The ranking (core/services/results.rank) arranged for paper and spreadsheets: tables per
group and track with one column per juror, overrides with their reasons, jurors in scope.

Used by the Rekapitulasi, Berita Acara and Laporan Juri PDFs and the Rekap workbook, so the
numbers on every document come from the same tabulation.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..catalogue import render
from ..labels import track_label
from ..models import Juror, PanelJuror, Venue
from ..regions import gazetteer
from ..tabulation.totals import round_half_up
from . import data

FLAG_LABELS = {"juror_far": "selisih juri", "flat_profile": "nilai datar", "missing_criterion": "kriteria kosong",
               "soft_conflict": "konflik ringan", "sheet_pending": "lembar belum final"}
OUTCOME_LABELS = {"selected": "Lolos", "not_selected": "Tidak lolos", "plenary": "Sidang pleno"}


def num(value) -> Decimal | None:
    """Exact fraction → Decimal rounded half-up to 2 places (None stays None)."""
    return None if value is None else round_half_up(value, 2)


@dataclass
class RecapRow:
    pesantren_id: str
    rank_label: str
    name: str
    reg_number: str
    nspp: str
    regency_code: str
    regency_name: str
    district_name: str
    field_name: str
    track: str
    juror_totals: list[Decimal | None]  # in the order of RecapTable.jurors
    score: Decimal
    mean: Decimal
    juror_count: int
    flags: list[str]
    outcome: str
    overridden: bool
    rank: int = 0
    tie: bool = False

    @property
    def selected(self) -> bool:
        return self.outcome == "selected"

    @property
    def flag_text(self) -> str:
        return ", ".join(FLAG_LABELS.get(f, f) for f in dict.fromkeys(self.flags))

    @property
    def outcome_text(self) -> str:
        text = OUTCOME_LABELS.get(self.outcome, self.outcome)
        return f"{text} (pleno)" if self.overridden else text


@dataclass
class RecapTable:
    title: str  # "Kecamatan Cileunyi — Scale-up"
    group_label: str
    track: str
    quota: int | None
    threshold: Decimal | None
    jurors: list[tuple[str, str]]  # (juror id, name)
    rows: list[RecapRow]
    needs_plenary: bool = False
    warnings: list[str] = field(default_factory=list)


@dataclass
class OverrideLine:
    name: str
    regency_name: str
    old: str
    new: str
    reason: str
    chair: str
    members: str


@dataclass
class ResultsView:
    stage_name: str
    programme_name: str
    scope_label: str
    aggregate: str
    tables: list[RecapTable]
    excluded: list[tuple[str, str]]  # (name, reason)
    overrides: list[OverrideLine]
    open_flags: int
    jurors: list[Juror]
    juror_stats: dict  # juror id → JurorStats
    venues: list[Venue]
    result: object  # the RankingResult itself, for callers that need more


def load(session: Session, scope: data.Scope) -> ResultsView:
    """Rank the scope's stage and keep the part the scope covers."""
    from ..services.results import latest_overrides, rank

    ctx = data.stage_context(session, scope.stage_number)
    panel_filter = None
    if scope.panel_id:
        panel = data.find_panel(session, ctx.stage, scope.panel_id)
        panel_filter = panel.id
        result = rank(session, scope.stage_number, venue_id=panel.venue_id)
        venues = [session.get(Venue, panel.venue_id)]
    elif scope.venue_id:
        result = rank(session, scope.stage_number, venue_id=scope.venue_id)
        venues = [session.get(Venue, scope.venue_id)]
    else:
        if scope.regency_code and scope.regency_code not in gazetteer().regencies:
            from ..errors import UsageError
            raise UsageError("files.regency_code_unknown", code=scope.regency_code)
        result = rank(session, scope.stage_number, regency_code=scope.regency_code)
        venues = session.scalars(select(Venue).where(Venue.stage_id == ctx.stage.id)).all()
        if scope.regency_code:
            venues = [v for v in venues if scope.regency_code in (v.regency_codes or "").split(",")] or venues
    jurors_by_id = {j.id: j for j in session.scalars(select(Juror))}
    stats = {s.juror_id: s for s in result.jurors}
    tables: list[RecapTable] = []
    in_scope: set[str] = set()
    for g in result.groups:
        rows = [r for r in g.rows if panel_filter is None or panel_filter in r.panel_ids]
        if not rows:
            continue
        juror_ids = list(dict.fromkeys(j for r in rows for j in r.juror_totals))
        if panel_filter:
            order = [pj.juror_id for pj in session.scalars(select(PanelJuror).where(PanelJuror.panel_id == panel_filter))]
            juror_ids = [j for j in order if j in juror_ids] + [j for j in juror_ids if j not in order]
        juror_ids.sort(key=lambda j: jurors_by_id[j].name if j in jurors_by_id else j)
        recap_rows = []
        for r in rows:
            in_scope.add(r.pesantren_id)
            recap_rows.append(RecapRow(
                r.pesantren_id, r.rank_label or str(r.rank), r.name, r.reg_number, r.nspp or "", r.regency_code,
                r.regency_name, r.district_name, r.field_name, r.track,
                [num(r.juror_totals.get(j)) for j in juror_ids], num(r.score_exact), num(r.mean_exact),
                r.juror_count, list(r.flags), r.outcome, r.overridden, r.rank, r.tie))
        tables.append(RecapTable(f"{g.label} — {track_label(g.track)}", g.label, g.track, g.quota, g.threshold,
                                 [(j, jurors_by_id[j].name if j in jurors_by_id else j) for j in juror_ids],
                                 recap_rows, g.needs_plenary, [render(w, "id") for w in g.warnings]))
    overrides = []
    for pid, o in latest_overrides(session, ctx.stage.id).items():
        row = result.row(pid)
        if row is None or pid not in in_scope:
            continue
        overrides.append(OverrideLine(row.name, row.regency_name, OUTCOME_LABELS.get(o.old_outcome, o.old_outcome),
                                      OUTCOME_LABELS.get(o.new_outcome, o.new_outcome), o.reason, o.chair, o.members))
    juror_ids_in_scope = sorted({j for t in tables for j, _n in t.jurors},
                                key=lambda j: jurors_by_id[j].name if j in jurors_by_id else j)
    excluded = [(e.pesantren_name, render(e.reason, "id")) for e in result.excluded]
    open_flags = sum(1 for f in result.open_flags if f.pesantren_id in in_scope)
    return ResultsView(ctx.stage.name, ctx.programme_name, scope.describe(session), result.aggregate, tables,
                       excluded, overrides, open_flags, [jurors_by_id[j] for j in juror_ids_in_scope if j in jurors_by_id],
                       stats, [v for v in venues if v is not None], result)
