"""Score entry rules: parsing, refusal (never rounding), versions, permissions, locking, corrections."""
from __future__ import annotations

from decimal import Decimal

import pytest
from audition_day import CODES, JUROR_PINS, build_day, full_sheet
from sqlalchemy import select

from opop_desktop.core.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from opop_desktop.core.models import AuditEntry, ScoreEntry, ScoreSheet
from opop_desktop.core.services import attendance, progress, scoring
from opop_desktop.core.services.scoring import SheetKey


pytestmark = pytest.mark.day(n_pesantren=3, n_jurors=2)


def _key(day, juror=0, pesantren=0):
    return SheetKey(day.stage_id, day.panel_id, day.jurors[juror], day.pesantren[pesantren])


def _fill(s, day, juror, pesantren, values=None):
    for code, text in (values or full_sheet()).items():
        scoring.set_score(s, day.juror_user(juror), _key(day, juror, pesantren), code, text)


@pytest.mark.parametrize("text, value", [("7,5", "7.5"), ("7.5", "7.5"), (" 8 ", "8"), ("10", "10"), (9, "9"),
                                         (Decimal("6.5"), "6.5")])
def test_parse_score_accepts_comma_and_point(text, value):
    assert scoring.parse_score(text) == Decimal(value)


@pytest.mark.parametrize("text, message", [
    ("7,3", "Nilai 7,3 untuk PSR ditolak: isi 1–10, kelipatan 0,5."),
    ("10,5", "Nilai 10,5 untuk PSR ditolak: isi 1–10, kelipatan 0,5."),
    ("0", "Nilai 0 untuk PSR ditolak"),
    ("7.25", "Nilai 7,25 untuk PSR ditolak"),
    ("tujuh", "'tujuh' bukan angka"),
    ("7,5.1", "bukan angka yang sah"),
    ("", "Nilai kosong"),
    ("nan", "bukan angka"),
])
def test_bad_values_are_refused_with_the_allowed_range_never_rounded(db, day, text, message):
    with db.session() as s:
        with pytest.raises(ValidationError) as info:
            scoring.set_score(s, day.juror_user(0), _key(day), "PSR", text)
        assert message in str(info.value)
        assert s.scalars(select(ScoreEntry)).all() == []


def test_each_cell_is_a_new_version_superseding_the_head(db, day):
    juror = day.juror_user(0)
    with db.session() as s:
        first = scoring.set_score(s, juror, _key(day), "psr", "7,5")
        assert first.changed and first.value == Decimal("7.5") and first.total == Decimal("15.00")
        assert not first.complete and first.status == "draft"
    with db.session() as s:
        second = scoring.set_score(s, juror, first.sheet_id, "PSR", "8")
        same = scoring.set_score(s, juror, first.sheet_id, "PSR", "8.0")
        assert second.changed and not same.changed
        entries = s.scalars(select(ScoreEntry).order_by(ScoreEntry.device_seq)).all()
        assert [(e.value, e.kind) for e in entries] == [(Decimal("7.5"), "entry"), (Decimal("8"), "entry")]
        assert entries[1].supersedes_id == entries[0].id and entries[1].entered_by == "juri1"
        assert scoring.sheet_values(s, first.sheet_id) == {"PSR": Decimal("8")}
        audit_rows = s.scalars(select(AuditEntry).where(AuditEntry.action == "score.set")).all()
        assert [(a.old_json, a.new_json) for a in audit_rows] == [("", '{"PSR":"7.5"}'), ('{"PSR":"7.5"}',
                                                                                          '{"PSR":"8"}')]


def test_weighted_total_is_exact(db, day):
    with db.session() as s:
        _fill(s, day, 0, 0, {"PSR": "9", "PTN": "8,5", "PRF": "7", "INV": "6,5", "UNK": "10", "KUA": "5",
                             "SDM": "1"})
        grid = scoring.juror_grid(s, day.juror_user(0), day.panel_id, day.jurors[0])
        # 20×9 + 20×8.5 + 15×7 + 15×6.5 + 10×10 + 10×5 + 10×1 = 712.5 → / 10
        assert grid.rows[0].total == Decimal("71.25") and grid.rows[0].complete
        assert [r.pesantren_id for r in grid.rows] == day.pesantren
        assert grid.rubric.codes == CODES and (grid.scored, grid.to_score) == (1, 2)


def test_jurors_see_and_edit_only_their_own_sheets(db, day):
    with db.session() as s:
        _fill(s, day, 1, 0)
        other_sheet = scoring.find_sheet(s, _key(day, 1, 0)).id
        with pytest.raises(PermissionDenied, match="sendiri"):
            scoring.juror_grid(s, day.juror_user(0), day.panel_id, day.jurors[1])
        with pytest.raises(PermissionDenied, match="sendiri"):
            scoring.set_score(s, day.juror_user(0), other_sheet, "PSR", "5")
        with pytest.raises(PermissionDenied, match="sendiri"):
            scoring.set_score(s, day.juror_user(0), _key(day, 1, 1), "PSR", "5")
        with pytest.raises(PermissionDenied, match="Petugas"):
            scoring.set_score(s, day.users["off1"], _key(day, 0, 0), "PSR", "5")
        with pytest.raises(PermissionDenied):
            scoring.lock_sheets(s, day.juror_user(0), day.panel_id, day.jurors[1], JUROR_PINS[0])
        # Officers and coordinators may look (progress board, corrections), but the grid is read-only for officers.
        g = scoring.juror_grid(s, day.users["off1"], day.panel_id, day.jurors[1])
        assert g.rows[0].complete and not any(r.editable for r in g.rows)


def test_unassigned_juror_or_foreign_pesantren_is_refused(db):
    day = build_day(db, n_pesantren=1, n_jurors=2, assign=False)
    with db.session() as s:
        with pytest.raises(NotFoundError, match="tidak ditugaskan"):
            scoring.set_score(s, day.juror_user(0), _key(day), "PSR", "5")


def test_lock_needs_complete_sheets_and_the_pin(db, day):
    juror = day.juror_user(0)
    with db.session() as s:
        _fill(s, day, 0, 0)
        _fill(s, day, 0, 1, {c: "6" for c in CODES[:5]})
    with db.session() as s:
        with pytest.raises(ValidationError) as info:
            scoring.lock_sheets(s, juror, day.panel_id, day.jurors[0], JUROR_PINS[0])
        text = str(info.value)
        assert "no. 2 Pondok Pesantren Uji 1: KUA, SDM" in text and "no. 3 Pondok Pesantren Uji 2: PSR" in text
    with db.session() as s:
        attendance.mark_absent(s, day.users["off1"], stage_id=day.stage_id, pesantren_id=day.pesantren[2])
        _fill(s, day, 0, 1, {"KUA": "6", "SDM": "6"})
    with db.session() as s:
        with pytest.raises(PermissionDenied, match="PIN salah"):
            scoring.lock_sheets(s, juror, day.panel_id, day.jurors[0], JUROR_PINS[1])
    with db.session() as s:
        result = scoring.lock_sheets(s, juror, day.panel_id, day.jurors[0], JUROR_PINS[0])
        assert result.locked == 2
        assert {x.status for x in s.scalars(select(ScoreSheet))} == {"locked"}
        grid = scoring.juror_grid(s, juror, day.panel_id, day.jurors[0])
        assert grid.locked and not any(r.editable for r in grid.rows)


def test_after_locking_only_a_coordinator_corrects_with_a_reason(db, day):
    juror, koord = day.juror_user(0), day.users["koord"]
    with db.session() as s:
        for i in range(3):
            _fill(s, day, 0, i)
        scoring.lock_sheets(s, juror, day.panel_id, day.jurors[0], JUROR_PINS[0])
    with db.session() as s:
        sheet_id = scoring.find_sheet(s, _key(day)).id
        with pytest.raises(ConflictError, match="dikunci"):
            scoring.set_score(s, juror, sheet_id, "PSR", "9")
        with pytest.raises(ConflictError, match="dikunci"):
            scoring.set_comment(s, juror, sheet_id, "baru")
        with pytest.raises(ValidationError, match="alasan"):
            scoring.correct_score(s, koord, sheet_id, "PSR", "9", reason=" ")
        with pytest.raises(PermissionDenied):
            scoring.correct_score(s, day.users["off1"], sheet_id, "PSR", "9", reason="x")
        res = scoring.correct_score(s, koord, sheet_id, "PSR", "9", reason="salah baca lembar juri")
        assert res.changed and res.status == "locked" and res.total == Decimal("78.00")
        entries = s.scalars(select(ScoreEntry).where(ScoreEntry.sheet_id == sheet_id,
                                                     ScoreEntry.criterion_code == "PSR")
                            .order_by(ScoreEntry.device_seq)).all()
        assert [(e.value, e.kind) for e in entries] == [(Decimal("7.5"), "entry"), (Decimal("9"),
                                                                                    "correction")]
        assert entries[1].supersedes_id == entries[0].id and entries[1].reason == "salah baca lembar juri"
        audit_row = s.scalars(select(AuditEntry).where(AuditEntry.action == "score.correct")).one()
        assert audit_row.actor == "koord" and audit_row.reason == "salah baca lembar juri"


def test_comment_and_progress(db, day):
    juror = day.juror_user(0)
    with db.session() as s:
        _fill(s, day, 0, 0)
        scoring.set_comment(s, juror, _key(day), "  Produk menarik, kemasan perlu izin PIRT.  ")
        grid = scoring.juror_grid(s, juror, day.panel_id, day.jurors[0])
        assert grid.rows[0].comment == "Produk menarik, kemasan perlu izin PIRT."
        p = scoring.juror_progress(s, day.panel_id, day.jurors[0])
        assert (p.scored, p.to_score) == (1, 2)
        board = progress.venue_progress(s, day.venue_id)
        j1 = next(j for j in board.panels[0].jurors if j.juror_id == day.jurors[0])
        assert (j1.expected, j1.entered, j1.locked, j1.verified) == (3, 1, 0, 0)
        assert [m.position for m in j1.missing] == [1, 2, 3]
        sheets = scoring.list_sheets(s, stage_id=day.stage_id)
        assert len(sheets) == 1 and sheets[0].total == Decimal("75.00") and sheets[0].complete


def test_a_plain_tuple_names_a_sheet_and_coordinators_stay_in_their_kab_kota(db, day):
    with db.session() as s:
        r = scoring.set_score(s, day.juror_user(0), (day.stage_id, day.panel_id, day.jurors[0],
                                                     day.pesantren[0]),
                              "PSR", "6,5")
        assert r.value == Decimal("6.5")
    with db.session() as s:
        from opop_desktop.core.services import accounts
        from opop_desktop.core.services.accounts import SYSTEM_ACTOR
        accounts.create_user(s, username="koord-tasik", full_name="K", role="coordinator",
                             password="rahasia-123",
                             regency_code="32.78", actor=SYSTEM_ACTOR)
        other = accounts.authenticate(s, "koord-tasik", "rahasia-123")
        with pytest.raises(PermissionDenied, match="kab/kotanya sendiri"):
            scoring.correct_score(s, other, r.sheet_id, "PSR", "7", reason="coba")
        assert scoring.correct_score(s, day.users["koord"], r.sheet_id, "PSR", "7", reason="cek").changed
