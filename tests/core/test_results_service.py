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
