"""Rankings of a stage from the database: ``rank(...)`` and its JSON form.

    from opop_desktop.core.services.results import rank
    result = rank(session, 2, regency_code="32.04")     # RankingResult (core/tabulation/outputs.py)
    for g in result.groups:                             # one per (group, track)
        for row in g.rows: row.rank_label, row.name, row.score, row.selected, row.outcome

Defaults come from the Stage (group_by, quotas per track, pass threshold, aggregate, tie-break
order); every keyword overrides one of them. Acknowledged flags and plenary overrides already
stored for the stage are applied to the result. State transitions live in results_states.py.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..catalogue import render
from ..errors import UsageError
from ..gcpause import collector_paused
from ..plain_sql import Source, plain_rows, read_snapshot
from ..tabulation import AGGREGATES, ALL_TRACKS, GROUP_BYS, RankingResult, RankingRules, tabulate
from ..tabulation.totals import ratio_float, ratio_text
from .results_load import StageData, StageRow, load_stage, stage_row

DEFAULT_VARIANCE_LIMIT = Decimal(15)


def rules_for(stage: StageRow, *, group: str | None = None, quota: int | None = None,
              threshold: Decimal | None = None, aggregate: str | None = None,
              variance_limit: Decimal | None = None, per_track: bool | None = None) -> RankingRules:
    group = group or stage.group_by
    aggregate = aggregate or stage.aggregate or "mean"
    if group not in GROUP_BYS:
        raise UsageError("scoring.group_by_unknown", group=group, choices=list(GROUP_BYS))
    if aggregate not in AGGREGATES:
        raise UsageError("scoring.aggregate_unknown", aggregate=aggregate, choices=list(AGGREGATES))
    if quota is not None and quota < 1:
        raise UsageError("scoring.quota_invalid")
    if per_track is None:
        per_track = stage.quota_all_tracks is None
    if per_track:
        quotas = ({"scale-up": quota, "start-up": quota} if quota is not None else
                  {"scale-up": stage.quota_scale_up, "start-up": stage.quota_start_up})
    else:  # both tracks ranked together in each group
        quotas = {ALL_TRACKS: quota if quota is not None else stage.quota_all_tracks}
    ties = tuple(c.strip() for c in (stage.tie_breaks or "").split(",") if c.strip())
    return RankingRules(
        group_by=group, quota=quotas,
        threshold=Decimal(threshold) if threshold is not None else stage.pass_threshold,
        aggregate=aggregate, tie_breaks=ties,
        variance_limit=variance_limit if variance_limit is not None else DEFAULT_VARIANCE_LIMIT,
        stage_number=stage.number)


@dataclass(frozen=True)
class Acknowledgement:
    """The newest review of one variance flag (models.FlagAcknowledgement)."""

    flag_key: str
    decision: str
    reason: str
    actor: str


@dataclass(frozen=True)
class Override:
    """The newest plenary decision on one pesantren (models.PlenaryOverride)."""

    pesantren_id: str
    old_outcome: str
    new_outcome: str
    reason: str
    chair: str
    members: str


def latest_acks(source: Source, stage_id: str) -> dict[str, Acknowledgement]:
    rows = plain_rows(source, "SELECT flag_key, decision, reason, actor FROM flag_acknowledgement "
                              "WHERE stage_id = :stage ORDER BY at, device_seq", stage=stage_id)
    return {r[0]: Acknowledgement(*r) for r in rows}  # later ones win


def latest_overrides(source: Source, stage_id: str) -> dict[str, Override]:
    rows = plain_rows(source, "SELECT pesantren_id, old_outcome, new_outcome, reason, chair, members "
                              "FROM plenary_override WHERE stage_id = :stage ORDER BY at, device_seq",
                      stage=stage_id)
    return {r[0]: Override(*r) for r in rows}


def apply_acks(result: RankingResult, acks: dict[str, Acknowledgement]) -> None:
    if not acks:  # a province raises thousands of flags; before any review there is nothing to match
        return
    for f in result.flags:
        a = acks.get(f.key)
        if a is not None:
            f.acknowledged, f.ack_decision, f.ack_reason, f.ack_by = True, a.decision, a.reason, a.actor


def apply_overrides(result: RankingResult, overrides: dict[str, Override]) -> None:
    if not overrides:  # the outcomes stand as the engine set them
        return
    for row in result.rows:
        o = overrides.get(row.pesantren_id)
        if o is not None:
            row.outcome, row.overridden = o.new_outcome, True
    for g in result.groups:
        g.needs_plenary = any(r.outcome == "plenary" for r in g.rows)


def rank_loaded(source: Source, sd: StageData, rules: RankingRules) -> RankingResult:
    result = tabulate(sd.data, rules)
    result.panel_names = dict(sd.panel_names)
    apply_acks(result, latest_acks(source, sd.stage.id))
    apply_overrides(result, latest_overrides(source, sd.stage.id))
    return result


def rank(source: Source, stage_number: int, *, track: str | None = None, group: str | None = None,
         quota: int | None = None, threshold: Decimal | None = None, aggregate: str | None = None,
         regency_code: str | None = None, venue_id: str | None = None,
         variance_limit: Decimal | None = None, per_track: bool | None = None) -> RankingResult:
    """Rank stage ``stage_number`` of the current programme year (see module docstring).
    ``source``: a Session, or a read-only sqlite3 connection (core/plain_sql.py)."""
    with collector_paused(), read_snapshot(source):
        stage = stage_row(source, stage_number)
        rules = rules_for(stage, group=group, quota=quota, threshold=threshold, aggregate=aggregate,
                          per_track=per_track, variance_limit=variance_limit)
        sd = load_stage(source, stage, regency_code=regency_code, track=track, venue_id=venue_id)
        result = rank_loaded(source, sd, rules)
        del sd  # freed while the collector is still off: resumed, it would first walk 45,000 sheets
    return result


# ---------------------------------------------------------------- plain (JSON) form

class _Floats(dict):
    """Display Decimal → float, each distinct value converted once (a province's 63,000 criterion
    means take a few hundred values; 2-place values between 0 and 100 are 10,001 at most)."""

    def __missing__(self, value: Decimal) -> float:
        got = self[value] = float(value)
        return got


_float = _Floats().__getitem__


ROW_KEYS = ("pesantren_id", "nspp", "reg_number", "name", "group", "group_key", "track", "district", "regency",
            "field", "rank", "rank_label", "tie", "score", "score_exact", "mean", "criterion_means", "jurors",
            "panels", "z_score", "passes_threshold", "selected", "outcome", "overridden", "flags")


def row_values(row) -> tuple:
    """A ranked row's JSON values in ``ROW_KEYS`` order."""
    means = row.criterion_means
    return (
        row.pesantren_id, row.nspp, row.reg_number, row.name, row.group_label, row.group_key, row.track,
        row.district_name, row.regency_name, row.field_name, row.rank, row.rank_label, row.tie,
        ratio_float(*row.score_ratio), ratio_text(*row.score_ratio), ratio_float(*row.mean_ratio),
        dict(zip(means, map(_float, means.values()))),  # display-rounded
        row.juror_count, list(row.panel_ids), None if row.z_score is None else round(row.z_score, 3),
        row.passes_threshold, row.selected, row.outcome, row.overridden, list(row.flags))


def row_dict(row) -> dict[str, Any]:
    return dict(zip(ROW_KEYS, row_values(row)))


def result_dict(result: RankingResult, lang: str | None = "id") -> dict[str, Any]:
    """The whole ranking as plain JSON data (snapshots store exactly this). Its sentences (flags,
    exclusions, warnings) are in ``lang``: Indonesian in stored snapshots, as they always were;
    None is the chosen language (the CLI's JSON)."""
    return {
        "stage": result.stage_number, "group_by": result.group_by, "aggregate": result.aggregate,
        "quota": result.quota, "threshold": None if result.threshold is None else str(result.threshold),
        "variance_limit": str(result.variance_limit),
        "tie_breaks": list(result.tie_breaks), "criteria": list(result.criteria),
        "rows": [row_dict(r) for r in result.rows],
        "groups": [{
            "key": g.key, "label": g.label, "track": g.track, "quota": g.quota,
            "needs_plenary": g.needs_plenary, "mixed_panels": g.mixed_panels,
            "warnings": [render(w, lang) for w in g.warnings],
            "pesantren": [r.pesantren_id for r in g.rows],
            "cusp": None if g.cusp is None else {
                "line": g.cusp.line, "inside": [r.pesantren_id for r in g.cusp.inside],
                "outside": [r.pesantren_id for r in g.cusp.outside]},
        } for g in result.groups],
        "excluded": [{"pesantren_id": e.pesantren_id, "name": e.pesantren_name,
                      "reason_code": e.reason_code, "reason": render(e.reason, lang), "sheet_id": e.sheet_id}
                     for e in result.excluded],
        "flags": [{"key": f.key, "kind": f.kind, "pesantren_id": f.pesantren_id,
                   "name": f.pesantren_name, "message": render(f.message, lang), "acknowledged": f.acknowledged,
                   "decision": f.ack_decision, "reason": f.ack_reason, "by": f.ack_by}
                  for f in result.flags],
        "warnings": [render(w, lang) for w in result.warnings],
    }
