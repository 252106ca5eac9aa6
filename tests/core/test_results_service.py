"""Results services on a real SQLite database: ranking from stored sheets."""
from __future__ import annotations

from results_golden import EXPECTED_MEAN, seed_golden

from opop_desktop.core.services.results import rank, result_dict


def test_rank_from_database_matches_golden(db, programme):
    with db.session() as s:
        ids = seed_golden(s)
    with db.session() as s:
        result = rank(s, 1)
    back = {v: k for k, v in ids["pesantren"].items()}
    got = {back[r.pesantren_id]: (r.group_key, r.track, r.rank_label, format(r.score, "f"), r.outcome)
           for r in result.rows}
    assert got == EXPECTED_MEAN
    assert {back[e.pesantren_id] for e in result.excluded if e.reason_code == "absent"} == {"V"}
    assert result.row(ids["pesantren"]["E"]).group_label == "Margaasih"
    as_json = result_dict(result)
    e_row = next(r for r in as_json["rows"] if r["pesantren_id"] == ids["pesantren"]["E"])
    assert e_row["score"] == 90.0 and e_row["rank"] == 1 and e_row["selected"] is True


def test_rank_overrides_and_filters(db, programme):
    with db.session() as s:
        ids = seed_golden(s)
    with db.session() as s:
        trimmed = rank(s, 1, aggregate="trimmed", track="start-up", group="regency", quota=3)
    assert {r.track for r in trimmed.rows} == {"start-up"}
    assert {r.group_key for r in trimmed.rows} == {"32.04"}
    assert trimmed.row(ids["pesantren"]["T"]).score_exact == 75
    top = [r for r in trimmed.rows if r.selected]
    assert len(top) == 3 and trimmed.groups[0].mixed_panels


def test_funnel_and_venue_progress(db, programme):
    from sqlalchemy import select

    from opop_desktop.core.models import Pesantren
    from opop_desktop.core.services.results_stats import funnel, venue_progress

    with db.session() as s:
        ids = seed_golden(s)
        rows = {p.reg_number: p for p in s.scalars(select(Pesantren))}
        rows["REG-A"].status, rows["REG-B"].status, rows["REG-E"].status = "failed_1", "invited_2", "passed_3"
        rows["REG-V"].status = "absent_1"
    with db.session() as s:
        steps = {f.label: f.count for f in funnel(s)}
        assert steps["Terdaftar"] == 14 and steps["Lolos administrasi"] == 14
        assert steps["Hadir tahap 1"] == 3 and steps["Lolos tahap 1"] == 2 and steps["Juara"] == 1
        assert funnel(s, "32.73")[0].count == 0
        (prog,) = venue_progress(s, 1)
        # 14 slotted, 12 present (V absent, U without check-in). Expected sheets: P1 has 11
        # present × 4 jurors, P2 has T × 5. Final sheets: 11 × 3 in P1 (V's too: they were
        # locked before V was marked absent), W's 2 counted ones, 10 in P2.
        assert prog.venue_id == ids["venue"] and prog.pesantren == 14 and prog.present == 12
        assert prog.sheets_expected == 11 * 4 + 1 * 5 and prog.sheets_final == 33 + 2 + 10
        assert prog.state == "draft" and 0 < prog.percent <= 100
