"""Results services on a real SQLite database: ranking from stored sheets."""
from __future__ import annotations

from results_golden import EXPECTED_MEAN, seed_golden

from opop_desktop.core.services.results import rank, result_dict


def _by_letter(ids, result):
    """The golden pesantren's letters by id, and each ranked row as the golden table writes it."""
    back = {v: k for k, v in ids["pesantren"].items()}
    return back, {back[r.pesantren_id]: (r.group_key, r.track, r.rank_label, format(r.score, "f"), r.outcome)
                  for r in result.rows}


def test_rank_from_database_matches_golden(db, programme):
    with db.session() as s:
        ids = seed_golden(s)
    with db.session() as s:
        result = rank(s, 1)
    back, got = _by_letter(ids, result)
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


def test_rank_reads_only_chain_heads_and_drops_conflicting_criteria(db, programme):
    """Corrections supersede, a resolution merges two heads, and two unresolved heads of one
    criterion leave the sheet incomplete — read from the stored version chains."""
    from decimal import Decimal

    from sqlalchemy import select

    from opop_desktop.core.models import ScoreEntry

    with db.session() as s:
        ids = seed_golden(s)
        sheets = ids["sheets"]
        first, second = "s-T-J4b", "s-T-J5b"  # two locked sheets of T

        def head(sheet, code):
            return s.scalars(select(ScoreEntry).where(ScoreEntry.sheet_id == sheets[sheet],
                                                      ScoreEntry.criterion_code == code)).one()

        # A correction of `first`: PSR 10 supersedes the stored value.
        old = head(first, "PSR")
        s.add(ScoreEntry(sheet_id=sheets[first], criterion_code="PSR", value=Decimal(10), supersedes_id=old.id))
        # `second` gets two concurrent heads for PTN (a sync conflict nobody resolved yet).
        s.add(ScoreEntry(sheet_id=sheets[second], criterion_code="PTN", value=Decimal(1)))
        s.flush()
    with db.session() as s:
        result = rank(s, 1)
    incomplete = {e.sheet_id for e in result.excluded if e.reason_code == "sheet_incomplete"}
    assert sheets[second] in incomplete and sheets[first] not in incomplete
    flag = next(f for f in result.flags if f.kind == "missing_criterion" and f.sheet_id == sheets[second])
    assert "PTN" in str(flag.message)

    with db.session() as s:
        heads = s.scalars(select(ScoreEntry).where(ScoreEntry.sheet_id == sheets[second],
                                                   ScoreEntry.criterion_code == "PTN")).all()
        a, b = heads
        s.add(ScoreEntry(sheet_id=sheets[second], criterion_code="PTN", value=Decimal(6),
                         supersedes_id=a.id, merges_id=b.id))
        s.flush()
    with db.session() as s:
        settled = rank(s, 1)
    assert sheets[second] not in {e.sheet_id for e in settled.excluded}
    # The ranking's reading of every sheet equals the one-sheet reader's (score_query).
    from opop_desktop.core.models import ScoreSheet
    from opop_desktop.core.services.rubric import active_rubric
    from opop_desktop.core.services.score_query import current_values
    from opop_desktop.core.tabulation.totals import sheet_total

    with db.session() as s:
        criteria = active_rubric(s, ids["stage"]).criteria
        for sheet_id in (sheets[first], sheets[second]):
            sheet = s.get(ScoreSheet, sheet_id)
            values = current_values(s, [sheet_id])[sheet_id]
            row = settled.row(sheet.pesantren_id)
            assert row.juror_totals[sheet.juror_id] == sheet_total(criteria, values)
        assert current_values(s, [sheets[first]])[sheets[first]]["PSR"] == 10


def test_rank_reads_a_criterion_code_that_holds_a_comma(db, programme):
    """A criterion code is any text of up to 8 characters: one with a comma is still one
    criterion (a sheet's values are read joined by a separator no code holds)."""
    from sqlalchemy import update

    from opop_desktop.core.models import ScoreEntry
    from opop_desktop.core.models.audition import Criterion

    with db.session() as s:
        ids = seed_golden(s)
        s.execute(update(Criterion).where(Criterion.code == "UNK").values(code="U,NK"))
        s.execute(update(ScoreEntry).where(ScoreEntry.criterion_code == "UNK").values(criterion_code="U,NK"))
    with db.session() as s:
        result = rank(s, 1)
    _, got = _by_letter(ids, result)
    assert got == EXPECTED_MEAN
    assert not [e for e in result.excluded if e.reason_code == "sheet_incomplete"]
    assert "U,NK" in result.rows[0].criterion_means


def test_rank_on_postgresql_matches_golden(pg_url):
    """The plain-SQL stage reader (string_agg of chain heads) on the provincial PostgreSQL master."""
    from opop_desktop.core.db import open_database
    from opop_desktop.core.services.programme import create_programme_year

    database = open_database(pg_url)
    try:
        with database.session() as s:
            create_programme_year(s, 2019)
            ids = seed_golden(s)
        with database.session() as s:
            result = rank(s, 1)
        _, got = _by_letter(ids, result)
        assert got == EXPECTED_MEAN
    finally:
        database.dispose()


def test_rank_on_a_sqlite3_reader_is_the_session_rank(db, db_path, programme):
    """`opop rank` reads through a read-only sqlite3 connection: the same result, to the JSON,
    as through a Session, with acknowledged flags and a plenary override applied."""
    from contextlib import closing
    from decimal import Decimal

    from opop_desktop.core.dbfile import open_sqlite_reader
    from opop_desktop.core.services import results_states

    with db.session() as s:
        ids = seed_golden(s)
    with db.session() as s:
        flag = rank(s, 1, variance_limit=Decimal(1)).flags[0]
        results_states.acknowledge(s, 1, flag.key, decision="accepted", reason="dicek", actor="ketua")
        results_states.override(s, 1, ids["pesantren"]["F"], new_outcome="selected", reason="kunjungan",
                                chair="Ketua", members="A, B", actor="ketua")
    options = [{}, {"variance_limit": Decimal(1)}, {"aggregate": "median", "group": "regency", "quota": 2},
               {"track": "scale-up", "threshold": Decimal("76.5")}, {"regency_code": "32.04"},
               {"per_track": False, "quota": 1}]
    with closing(open_sqlite_reader(str(db_path))) as reader, db.session() as s:
        for kw in options:
            plain, through_orm = result_dict(rank(reader, 1, **kw)), result_dict(rank(s, 1, **kw))
            assert plain == through_orm, kw
        acked = [f for f in rank(reader, 1, variance_limit=Decimal(1)).flags if f.acknowledged]
        assert [(f.key, f.ack_by) for f in acked] == [(flag.key, "ketua")]
        assert rank(reader, 1).row(ids["pesantren"]["F"]).overridden
        assert reader.in_transaction is False  # the snapshot read is closed again


def test_rank_reads_score_entries_from_indexes_alone(db_path, programme):
    """Neither of the ranking's two reads of score_entry scans the table (321,000 entries in a
    province): a sheet's pairs come from the sheet_id index that holds the code and the value,
    and the replaced versions are found through the supersedes_id index and the partial index of
    merged versions, then read by id."""
    import sqlite3
    from contextlib import closing

    from opop_desktop.core.services.results_load import REPLACED_PAIRS_SQL, sheet_pairs_sql

    with closing(sqlite3.connect(db_path)) as con:
        def plan(sql, **params):
            return [r[-1] for r in con.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
        sheets = plan(sheet_pairs_sql(con), stage="x", rubric="r")
        replaced = plan(REPLACED_PAIRS_SQL)
    assert "SEARCH e USING COVERING INDEX ix_score_entry_sheet_values (sheet_id=?)" in sheets
    assert not [step for step in replaced if step.startswith("SCAN")], replaced
    assert any("COVERING INDEX ix_score_entry_merges_id" in step for step in replaced), replaced
    assert any("COVERING INDEX ix_score_entry_supersedes_id" in step for step in replaced), replaced
