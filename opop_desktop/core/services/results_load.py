"""Reading one stage out of the database into the pure tabulation inputs.

Entrants are the pesantren of the stage: slotted in a panel of one of its venues, checked in,
or scored. Attendance and scores are append-only chains; only their heads count. A province
has 9,000 pesantren and 315,000 score rows, so everything is read as plain rows
(core/plain_sql.py), never as ORM objects, from a Session or from a read-only sqlite3
connection (`opop rank` answers without loading SQLAlchemy).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from operator import attrgetter

from ..errors import no_programme_year, no_stage
from ..plain_sql import Source, plain_iter, plain_rows, string_agg
from ..regions import gazetteer
from ..tabulation import CriterionSpec, EntrantInput, SheetInput, SoftConflict, TabulationInput


@dataclass(frozen=True)
class StageRow:
    """A stage's ranking defaults, as stored (the columns of models.Stage that ranking reads)."""

    id: str
    programme_year_id: str
    number: int
    group_by: str
    quota_scale_up: int | None
    quota_start_up: int | None
    quota_all_tracks: int | None
    pass_threshold: Decimal | None
    aggregate: str
    tie_breaks: str


@dataclass
class StageData:
    """A stage's tabulation input plus the panel names the services show."""

    stage: StageRow
    data: TabulationInput
    panel_names: dict[str, str] = field(default_factory=dict)


class _Pairs(dict):
    """"PSR=7.5" → ("PSR", Decimal("7.5")), each distinct pair parsed once (a province has a
    few hundred distinct pairs among 315,000). The code is all before the pair's last "="."""

    def __init__(self):
        super().__init__()
        # One Decimal per value text, whatever the criterion: the engine's dicts keyed by value
        # then find it by identity, not by comparing equal Decimals (90,000 compares at 1,500).
        self._decimals: dict[str, Decimal] = {}

    def decimals(self):
        """Every value parsed so far (of the current pairs and of those a later one replaced)."""
        return self._decimals.values()

    def __missing__(self, pair: str) -> tuple[str, Decimal]:
        code, _, text = pair.rpartition("=")
        number = self._decimals.get(text)
        if number is None:
            number = self._decimals[text] = Decimal(text)
        value = self[pair] = (code, number)
        return value


def stage_row(source: Source, number: int) -> StageRow:
    """Stage ``number`` of the current programme year (the flagged one, else the latest year)."""
    found = (plain_rows(source, "SELECT id FROM programme_year WHERE is_current")
             or plain_rows(source, "SELECT id FROM programme_year ORDER BY year DESC"))
    if not found:
        raise no_programme_year()
    rows = plain_rows(source, "SELECT id, programme_year_id, number, group_by, quota_scale_up, quota_start_up, "
                              "quota_all_tracks, pass_threshold, aggregate, tie_breaks FROM stage "
                              "WHERE programme_year_id = :py AND number = :n", py=found[0][0], n=number)
    if not rows:
        raise no_stage(number)
    *head, threshold, aggregate, ties = rows[0]
    return StageRow(*head, None if threshold is None else Decimal(threshold), aggregate, ties)


def attendance_heads(source: Source, stage_id: str) -> dict[str, str]:
    """pesantren_id → present|absent from the head(s) of the attendance chain.

    Two concurrent heads (an unresolved sync conflict) count as present when either says so:
    excluding a pesantren that was scored would lose data silently."""
    rows = plain_rows(source, "SELECT id, pesantren_id, status, supersedes_id, merges_id FROM attendance "
                              "WHERE stage_id = :stage", stage=stage_id)
    gone = {r[3] for r in rows if r[3]} | {r[4] for r in rows if r[4]}
    out: dict[str, str] = {}
    for rid, pesantren_id, status, _s, _m in rows:
        if rid in gone:
            continue
        if out.get(pesantren_id) != "present":
            out[pesantren_id] = status
    return out


_SEP = "\x1f"  # between the "code=value" texts of a sheet
_PAIR = "e.criterion_code || '=' || e.value"
# Neither read scans the table (migration 0007): the pairs come from the sheet_id index alone,
# which holds the code and the value too; the replaced versions are found through the
# supersedes_id index and a partial index of the rows that name a merged version, then read by id.
REPLACED_PAIRS_SQL = f"""
    SELECT e.sheet_id, {_PAIR} FROM score_entry e
     WHERE e.id IN (SELECT supersedes_id FROM score_entry WHERE supersedes_id IS NOT NULL
                    UNION SELECT merges_id FROM score_entry WHERE merges_id IS NOT NULL)"""


# The usual rubric, status and source of a sheet come back as NULL (the columns are NOT NULL):
# 45,000 sheets then make three strings fewer each.
_USUAL_STATUS, _USUAL_SOURCE = "locked", "laptop"


def sheet_pairs_sql(source: Source) -> str:
    """The stage's sheets, each with its "code=value" texts (every version) in one aggregate;
    the rubric (when it is ``:rubric``), status and source as NULL when they are the usual ones."""
    return f"""
        SELECT s.id, s.pesantren_id, s.juror_id, s.panel_id, NULLIF(s.rubric_id, :rubric),
               NULLIF(s.status, '{_USUAL_STATUS}'), NULLIF(s.source, '{_USUAL_SOURCE}'),
               (SELECT {string_agg(source, _PAIR, _SEP)} FROM score_entry e WHERE e.sheet_id = s.id)
          FROM score_sheet s WHERE s.stage_id = :stage"""


def stage_sheets(source: Source, stage_id: str, juror_names: dict[str, str],
                 panel_names: dict[str, str]) -> tuple[list[SheetInput], frozenset[Decimal]]:
    """The sheets of the stage, each with its current criterion values (criterion → Decimal)
    and the names of its juror and panel ("" when unknown); and every value they hold (each
    distinct value text is parsed once, so the values are known without going over the sheets).

    Current = heads of the supersedes/merges chains; several heads for one criterion are an
    unresolved conflict and count as no value (score_query.current_values, the same rule)."""
    # "PSR=7.5␟PTN=8␟…": each code travels with its own value in ONE aggregate per sheet (two
    # aggregates need not list their rows in the same order), every version included, joined by
    # the unit separator (a code may hold a comma; none holds a control character). The
    # versions a correction or a merge replaced are few (2% of cells): they are read apart, as
    # the same "code=value" texts, and taken out of their sheet's list one occurrence each.
    replaced: dict[str, list[str]] = defaultdict(list)
    for sheet_id, text in plain_rows(source, REPLACED_PAIRS_SQL):
        replaced[sheet_id].append(text)
    usual_rubric = next(iter(plain_rows(source, "SELECT id FROM rubric WHERE stage_id = :stage", stage=stage_id)),
                        (None,))[0]
    rows = plain_iter(source, sheet_pairs_sql(source), stage=stage_id, rubric=usual_rubric)
    pairs_seen = _Pairs()
    parsed = pairs_seen.__getitem__
    juror_name, panel_name, replaced_in = juror_names.get, panel_names.get, replaced.get
    # The driver makes a new str for every value read; 45,000 sheets name a few thousand
    # pesantren, jurors and panels and one rubric, and would hold 16 MB of copies.
    one = {}.setdefault
    out = []
    add = out.append
    for sid, pesantren_id, juror_id, panel_id, rubric_id, status, origin, both in rows:
        values: dict[str, Decimal] = {}
        if both:
            pairs = both.split(_SEP)
            gone = replaced_in(sid)
            if gone:
                for text in gone:
                    pairs.remove(text)
            values = dict(map(parsed, pairs))
            if len(values) != len(pairs):  # a criterion with several heads: no value
                codes = [parsed(p)[0] for p in pairs]
                values = {c: v for c, v in values.items() if codes.count(c) == 1}
        # Positional: SheetInput(sheet_id, pesantren_id, juror_id, panel_id, rubric_id, status,
        # source, values, juror_name, panel_name), 45,000 times, each repeated text one object.
        add(SheetInput(sid, one(pesantren_id, pesantren_id), one(juror_id, juror_id), one(panel_id, panel_id),
                       one(rubric_id, rubric_id) if rubric_id else usual_rubric,
                       one(status, status) if status else _USUAL_STATUS,
                       one(origin, origin) if origin else _USUAL_SOURCE, values,
                       juror_name(juror_id, ""), panel_name(panel_id, "")))
    return out, frozenset(pairs_seen.decimals())


def stage_rubrics(source: Source, stage_id: str, rubric_ids: set[str]) -> dict[str, tuple[CriterionSpec, ...]]:
    """rubric_id → its criteria in sort order, for the stage's rubrics and those the sheets name."""
    ids = rubric_ids | {r[0] for r in plain_rows(source, "SELECT id FROM rubric WHERE stage_id = :stage",
                                                 stage=stage_id)}
    rubrics: dict[str, tuple[CriterionSpec, ...]] = {}
    for rid in ids:
        crits = plain_rows(source, "SELECT code, weight, name FROM criterion WHERE rubric_id = :rubric "
                                   "ORDER BY sort_order", rubric=rid)
        rubrics[rid] = tuple(CriterionSpec(code, Decimal(weight), name) for code, weight, name in crits)
    return rubrics


def load_stage(source: Source, stage: StageRow, *, regency_code: str | None = None,
               track: str | None = None, venue_id: str | None = None) -> StageData:
    g = gazetteer()
    panel_rows = plain_rows(source, "SELECT p.id, p.venue_id, p.name FROM panel p "
                                    "JOIN venue v ON v.id = p.venue_id WHERE v.stage_id = :stage",
                            stage=stage.id)
    venue_of_panel = {pid: vid for pid, vid, _n in panel_rows}
    panel_names = {pid: name for pid, _v, name in panel_rows}
    slots = plain_rows(source, "SELECT sl.panel_id, sl.pesantren_id FROM panel_slot sl "
                               "JOIN panel p ON p.id = sl.panel_id JOIN venue v ON v.id = p.venue_id "
                               "WHERE v.stage_id = :stage", stage=stage.id)
    jurors = dict(plain_rows(source, "SELECT id, name FROM juror"))
    sheets, score_values = stage_sheets(source, stage.id, jurors, panel_names)
    attendance = attendance_heads(source, stage.id)
    # Panels of sheets may belong to no venue of this stage in odd imports; name them anyway.
    odd = {s.panel_id for s in sheets} - set(panel_names)
    for pid in odd:
        for _id, vid, name in plain_rows(source, "SELECT id, venue_id, name FROM panel WHERE id = :id", id=pid):
            panel_names[pid] = name
            venue_of_panel[pid] = vid
    if odd:
        for sh in sheets:
            if sh.panel_id in odd:
                sh.panel_name = panel_names.get(sh.panel_id, "")

    ids = {p for _panel, p in slots} | set(map(attrgetter("pesantren_id"), sheets)) | set(attendance)
    if venue_id is not None:
        venues_of: dict[str, set[str]] = defaultdict(set)
        for panel_id, pesantren_id in slots:
            venues_of[pesantren_id].add(venue_of_panel[panel_id])
        for sh in sheets:
            if sh.panel_id in venue_of_panel:
                venues_of[sh.pesantren_id].add(venue_of_panel[sh.panel_id])
        ids = {i for i in ids if venue_id in venues_of.get(i, ())}

    pesantren = [p for p in plain_iter(
        source, "SELECT id, name, track, district_code, regency_code, product_field_id, nspp, reg_number "
                "FROM pesantren WHERE programme_year_id = :py", py=stage.programme_year_id) if p[0] in ids]
    if regency_code:
        pesantren = [p for p in pesantren if p[4] == regency_code]
    if track:
        pesantren = [p for p in pesantren if p[2] == track]
    keep = {p[0] for p in pesantren}
    fields = {fid: (code, name) for fid, code, name in plain_rows(source, "SELECT id, code, name FROM product_field")}

    entrants = []
    district_name, regency_name = g.district_name, g.regency_name
    for pid, name, p_track, district, regency, field_id, nspp, reg_number in pesantren:
        field_code, field_name = fields.get(field_id or "", ("", ""))
        entrants.append(EntrantInput(
            pesantren_id=pid, name=name, track=p_track, district_code=district,
            regency_code=regency, field_code=field_code, nspp=nspp,
            reg_number=reg_number, district_name=district_name(district),
            regency_name=regency_name(regency), field_name=field_name,
            attendance=attendance.get(pid)))

    sheet_inputs = [s for s in sheets if s.pesantren_id in keep]

    conflicts = [SoftConflict(*row) for row in plain_rows(
        source, "SELECT juror_id, pesantren_id, district_code, note FROM conflict_of_interest "
                "WHERE severity = 'soft'")]
    data = TabulationInput(entrants=entrants, sheets=sheet_inputs,
                           rubrics=stage_rubrics(source, stage.id, {s.rubric_id for s in sheet_inputs}),
                           soft_conflicts=conflicts, score_values=score_values)
    return StageData(stage=stage, data=data, panel_names=panel_names)
