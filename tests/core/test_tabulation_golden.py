"""Golden tests of the tabulation engine (hand-computed expectations in tabulation_data.py)."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from fractions import Fraction

import pytest

from opop_desktop.core.tabulation import (
    CriterionSpec, EntrantInput, RankingRules, SheetInput, TabulationInput, round_half_up, tabulate,
)

from results_golden import EXPECTED_MEAN, QUOTA, THRESHOLD, golden_input


def _run(**kw):
    rules = dict(group_by="district", quota=QUOTA, threshold=THRESHOLD, aggregate="mean")
    rules.update(kw)
    return tabulate(golden_input(), RankingRules(**rules))


def test_golden_mean_ranking():
    result = _run()
    got = {r.pesantren_id: (r.group_key, r.track, r.rank_label, format(r.score, "f"), r.outcome)
           for r in result.rows}
    assert got == EXPECTED_MEAN


def test_tie_broken_by_precedence_list():
    result = _run()
    b, a = result.row("B"), result.row("A")
    assert a.score_exact == b.score_exact == 75
    assert (b.rank, a.rank) == (2, 3) and not a.tie and not b.tie
    assert b.criterion_means_exact["PTN"] == 8 and a.criterion_means_exact["PTN"] == 7
    # With PSR first in the precedence list, A wins instead.
    flipped = _run(tie_breaks=("PSR", "PTN"))
    assert (flipped.row("A").rank, flipped.row("B").rank) == (2, 3)


def test_full_tie_shares_a_rank():
    result = _run()
    c, d, x = result.row("C"), result.row("D"), result.row("X")
    assert c.rank == d.rank == 3 and c.tie and d.tie and c.rank_label == "3="
    assert x.rank == 5  # competition ranking skips the shared place


def test_tie_across_quota_line_goes_to_plenary():
    result = _run()
    group = next(g for g in result.groups if g.key == "32.04.10" and g.track == "scale-up")
    assert group.needs_plenary and [r.outcome for r in group.rows] == ["plenary", "plenary"]
    assert not any(r.selected for r in group.rows)
    assert any("pleno" in str(w) for w in group.warnings)
    others = [g for g in result.groups if g is not group]
    assert not any(g.needs_plenary for g in others)


def test_trimmed_mean_and_median_with_five_jurors():
    t_mean, u_mean = _run().row("T"), _run().row("U")
    assert (t_mean.score_exact, u_mean.score_exact) == (77, 76)
    trimmed = _run(aggregate="trimmed")
    assert trimmed.row("T").score_exact == 75 and trimmed.row("U").score_exact == 76
    assert (trimmed.row("U").rank, trimmed.row("T").rank) == (1, 2)
    median = _run(aggregate="median")
    assert median.row("T").score_exact == 75 and median.row("U").rank == 1
    # Groups with fewer than 5 jurors are not trimmed: E keeps its plain mean.
    assert trimmed.row("E").score_exact == 90 and trimmed.row("W").score_exact == 75


def test_absent_pesantren_excluded_with_reason():
    result = _run()
    assert result.row("V") is None
    reasons = {(e.pesantren_id, e.reason_code) for e in result.excluded}
    assert ("V", "absent") in reasons


def test_unverified_paper_and_draft_sheets_excluded():
    result = _run()
    w = result.row("W")
    assert w.juror_count == 2 and w.score_exact == 75
    excluded = {e.sheet_id: e for e in result.excluded if e.pesantren_id == "W"}
    assert set(excluded) == {"s-W-J3", "s-W-J4"}
    assert "kertas" in str(excluded["s-W-J3"].reason) and "belum terverifikasi" in str(excluded["s-W-J3"].reason)
    assert excluded["s-W-J4"].reason_code == "sheet_not_final"
    assert {f.kind for f in result.flags if f.pesantren_id == "W"} >= {"sheet_pending"}


def test_two_tracks_in_one_group_ranked_separately():
    result = _run()
    groups = {(g.key, g.track): [r.pesantren_id for r in g.rows] for g in result.groups}
    assert groups[("32.04.10", "start-up")] == ["E", "B", "A"]
    assert groups[("32.04.10", "scale-up")] == ["F", "G"]
    assert groups[("32.04.11", "scale-up")] == ["W"]


def test_threshold_only_and_quota_override():
    result = _run(quota={})
    assert result.row("A").selected and result.row("F").selected  # everyone ≥ 60 passes
    assert not result.row("X").selected and not result.row("X").passes_threshold


def test_cusp_list_last_in_first_out():
    result = _run()
    g = next(g for g in result.groups if g.key == "32.04.11" and g.track == "start-up")
    assert [r.pesantren_id for r in g.cusp.inside] == ["H", "I"]
    assert [r.pesantren_id for r in g.cusp.outside] == ["C", "D", "X"]


def test_variance_flags():
    result = _run()
    far = [f for f in result.flags if f.kind == "juror_far"]
    assert [(f.pesantren_id, f.juror_id) for f in far] == [("T", "J5b")]  # 60 is exactly 15: no flag
    assert "25,00" in str(far[0].message) and "Juri J5b" in str(far[0].message)
    flat = {f.pesantren_id for f in result.flags if f.kind == "flat_profile"}
    assert {"T", "X", "W"} <= flat and "E" not in flat
    assert "juror_far" in result.row("T").flags


def test_missing_criterion_and_soft_conflict_flags():
    data = golden_input()
    values = dict(data.sheets[0].values)
    values.pop("SDM")
    broken = SheetInput(sheet_id="s-broken", pesantren_id="E", juror_id="J4", panel_id="P1",
                        rubric_id="R", status="locked", values=values)
    from opop_desktop.core.tabulation import SoftConflict
    data.sheets.append(broken)
    data.soft_conflicts.append(SoftConflict(juror_id="J2", district_code="32.04.11", note="alumnus"))
    result = tabulate(data, RankingRules(group_by="district", quota=QUOTA, threshold=THRESHOLD))
    miss = [f for f in result.flags if f.kind == "missing_criterion"]
    assert [(f.pesantren_id, f.sheet_id) for f in miss] == [("E", "s-broken")]
    assert "SDM" in str(miss[0].message)
    assert result.row("E").juror_count == 3  # the incomplete sheet is not counted
    soft = {f.pesantren_id for f in result.flags if f.kind == "soft_conflict"}
    assert soft == {"H", "I", "C", "D", "X", "W"}


def test_exact_comparison_no_false_tie():
    rubric = {"R": (CriterionSpec("PSR", Decimal(100)),)}
    entrants = [EntrantInput("p1", "Satu", "start-up", "d"), EntrantInput("p2", "Dua", "start-up", "d")]
    sheets = [SheetInput("a", "p1", "j", "P", "R", "locked", values={"PSR": Decimal("8.0125")}),
              SheetInput("b", "p2", "j", "P", "R", "locked", values={"PSR": Decimal("8.013")})]
    result = tabulate(TabulationInput(entrants, sheets, rubric), RankingRules(group_by="district"))
    r1, r2 = result.row("p1"), result.row("p2")
    assert r1.score == r2.score == Decimal("80.13")  # same on display ...
    assert r1.score_exact == Fraction("80.125") and r2.score_exact == Fraction("80.13")
    assert (r2.rank, r1.rank) == (1, 2) and not r1.tie  # ... but never a tie


@pytest.mark.parametrize("value,shown", [("80.125", "80.13"), ("80.124", "80.12"), ("0.005", "0.01"),
                                         ("2/3", "0.67"), ("-1.005", "-1.01")])
def test_round_half_up_for_display(value, shown):
    assert format(round_half_up(Fraction(value)), "f") == shown


def test_mixed_panels_warn_and_rank_per_panel():
    data = golden_input()
    # Move T and U (panel P2) into district 32.04.11 next to panel P1's pesantren.
    data.entrants = [replace(e, district_code="32.04.11") if e.pesantren_id in "TU" else e
                     for e in data.entrants]
    result = tabulate(data, RankingRules(group_by="district", quota=QUOTA, threshold=THRESHOLD))
    g = next(g for g in result.groups if g.key == "32.04.11" and g.track == "start-up")
    assert g.mixed_panels and any("panel" in str(w) for w in g.warnings)
    assert set(g.per_panel) == {"P1", "P2"}
    assert [(r.pesantren_id, r.rank) for r in g.per_panel["P2"]] == [("T", 1), ("U", 2)]
    assert [r.pesantren_id for r in g.per_panel["P1"]][:2] == ["H", "I"]


def test_juror_z_scores_are_diagnostic_only():
    result = _run()
    stats = {j.juror_id: j for j in result.jurors}
    j5 = stats["J5b"]
    assert j5.count == 2 and j5.mean == pytest.approx(88.0) and j5.sd == pytest.approx(12.0)
    # T's z under J5b is +1, under the others too (each saw T and U) except ... the mean of zs:
    t = result.row("T")
    assert t.z_score is not None and t.score_exact == 77  # raw score unchanged by z
