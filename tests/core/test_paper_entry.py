"""Paper fallback: blind double entry — equal, different, resolved; only verified sheets count."""
from __future__ import annotations

from decimal import Decimal

import pytest
from audition_day import CODES, full_sheet
from sqlalchemy import select

from opop_desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from opop_desktop.core.models import AuditEntry, PaperEntry, ScoreEntry, ScoreSheet
from opop_desktop.core.services import paper_entry, progress, scoring
from opop_desktop.core.services.scoring import COUNTING_STATUSES, SheetKey

VALUES = {"PSR": "8", "PTN": "7,5", "PRF": "6", "INV": "7", "UNK": "9", "KUA": "8,5", "SDM": "7"}


pytestmark = pytest.mark.day(n_pesantren=2, n_jurors=1)


def _key(day, pesantren=0):
    return SheetKey(day.stage_id, day.panel_id, day.jurors[0], day.pesantren[pesantren])


def _counted(s, day):
    return scoring.list_sheets(s, stage_id=day.stage_id, statuses=COUNTING_STATUSES)


def test_equal_entries_verify_the_sheet(db, day):
    with db.session() as s:
        first = paper_entry.key_in(s, day.users["off1"], _key(day), VALUES, comment="tulisan juri rapi")
        assert (first.entry_no, first.status) == (1, "entered_once")
        assert s.scalars(select(ScoreEntry)).all() == []  # nothing counts after one keying
        assert _counted(s, day) == []
        # Blind: the progress the second officer sees carries no values.
        prog = paper_entry.progress(s, _key(day))
        assert (prog.next_entry_no, prog.entered_by) == (2, ["off1"]) and not hasattr(prog, "values")
        # The first entry's values are not written to the audit log before comparison either.
        assert "7.5" not in s.scalars(select(AuditEntry).where(AuditEntry.action == "paper.entry1")).one().new_json
    with db.session() as s:
        second = paper_entry.key_in(s, day.users["off2"], _key(day), {**VALUES, "PTN": "7.5"})
        assert (second.entry_no, second.status, second.differences) == (2, "verified", [])
        sheet = s.get(ScoreSheet, second.sheet_id)
        assert (sheet.source, sheet.status, sheet.comment) == ("paper", "verified", "tulisan juri rapi")
        entries = s.scalars(select(ScoreEntry).where(ScoreEntry.sheet_id == sheet.id)).all()
        assert {e.kind for e in entries} == {"paper"} and len(entries) == 7
        counted = _counted(s, day)
        assert len(counted) == 1 and counted[0].total == Decimal("75.00")  # (160+150+90+105+90+85+70)/10
        board = progress.venue_progress(s, day.venue_id).panels[0].jurors[0]
        assert (board.verified, board.locked, board.entered) == (1, 0, 1)


def test_different_entries_are_shown_side_by_side_and_settled_by_a_third_person(db, day):
    with db.session() as s:
        paper_entry.key_in(s, day.users["off1"], _key(day), VALUES)
        res = paper_entry.key_in(s, day.users["off2"], _key(day), {**VALUES, "PSR": "6", "SDM": "9"})
        assert res.status == "mismatch"
        assert [(d.code, d.first, d.second) for d in res.differences] == [
            ("PSR", Decimal("8"), Decimal("6")), ("SDM", Decimal("7"), Decimal("9"))]
        assert "PSR 8 ≠ 6" in str(res.message)
        assert _counted(s, day) == []  # a mismatch does not count
        with pytest.raises(ConflictError, match="menunggu penyelesaian"):
            paper_entry.key_in(s, day.users["off3"], _key(day), VALUES)
        sheet_id = res.sheet_id
    with db.session() as s:
        with pytest.raises(PermissionDenied, match="orang ketiga"):
            paper_entry.resolve(s, day.users["off1"], sheet_id, {"PSR": "8", "SDM": "7"}, reason="cek kertas")
        with pytest.raises(ValidationError, match="Alasan"):
            paper_entry.resolve(s, day.users["off3"], sheet_id, {"PSR": "8", "SDM": "7"}, reason="")
        with pytest.raises(ValidationError, match="SDM"):
            paper_entry.resolve(s, day.users["off3"], sheet_id, {"PSR": "8"}, reason="cek kertas")
        with pytest.raises(ValidationError, match="ditolak"):
            paper_entry.resolve(s, day.users["off3"], sheet_id, {"PSR": "8,2", "SDM": "7"},
                                reason="cek kertas")
    with db.session() as s:
        done = paper_entry.resolve(s, day.users["off3"], sheet_id, {"psr": "8", "SDM": "9"},
                                   reason="dicek ke lembar asli bersama juri")
        assert done.status == "verified"
        values = scoring.sheet_values(s, sheet_id)
        assert values == {**{c: scoring.parse_score(v) for c, v in VALUES.items()}, "SDM": Decimal("9")}
        kinds = {e.criterion_code: e.kind for e in s.scalars(select(ScoreEntry).where(ScoreEntry.sheet_id == sheet_id))}
        assert kinds["PSR"] == "resolution" and kinds["SDM"] == "resolution" and kinds["PTN"] == "paper"
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "paper.resolve")).one()
        assert entry.actor == "off3" and entry.reason == "dicek ke lembar asli bersama juri"
        assert len(_counted(s, day)) == 1


def test_the_second_keying_must_be_another_person_and_complete(db, day):
    with db.session() as s:
        with pytest.raises(ValidationError) as info:
            paper_entry.key_in(s, day.users["off1"], _key(day), {"PSR": "8", "PTN": "11", "XYZ": "3"})
        text = str(info.value)
        assert "PRF kosong" in text and "Nilai 11 untuk PTN ditolak" in text and "XYZ" in text
        paper_entry.key_in(s, day.users["off1"], _key(day), VALUES)
        with pytest.raises(PermissionDenied, match="petugas lain"):
            paper_entry.key_in(s, day.users["off1"], _key(day), VALUES)
        with pytest.raises(PermissionDenied):
            paper_entry.key_in(s, day.juror_user(0), _key(day, 1), VALUES)
        assert len(s.scalars(select(PaperEntry)).all()) == 1


def test_paper_sheets_are_not_editable_in_the_juror_grid_and_locked_sheets_refuse_paper(db, day):
    with db.session() as s:
        paper_entry.key_in(s, day.users["off1"], _key(day), VALUES)
        with pytest.raises(ConflictError, match="kertas"):
            scoring.set_score(s, day.juror_user(0), _key(day), "PSR", "5")
        for code, value in full_sheet().items():
            scoring.set_score(s, day.juror_user(0), _key(day, 1), code, value)
        scoring.lock_sheets(s, day.juror_user(0), day.panel_id, day.jurors[0], "111111",
                            pesantren_ids=[day.pesantren[1]])
        with pytest.raises(ConflictError, match="dikunci"):
            paper_entry.key_in(s, day.users["off1"], _key(day, 1), VALUES)


def test_a_draft_laptop_sheet_can_be_replaced_by_paper(db, day):
    """The laptop died half-way: the printed sheet is keyed twice and supersedes the partial draft."""
    with db.session() as s:
        for code in CODES[:3]:
            scoring.set_score(s, day.juror_user(0), _key(day), code, "5")
        paper_entry.key_in(s, day.users["off1"], _key(day), VALUES)
        paper_entry.key_in(s, day.users["off2"], _key(day), VALUES)
        sheet = scoring.find_sheet(s, _key(day))
        assert (sheet.source, sheet.status) == ("paper", "verified")
        assert scoring.sheet_values(s, sheet.id)["PSR"] == Decimal("8")
        psr = s.scalars(select(ScoreEntry).where(ScoreEntry.sheet_id == sheet.id,
                                                 ScoreEntry.criterion_code == "PSR")
                        .order_by(ScoreEntry.device_seq)).all()
        assert [e.kind for e in psr] == ["entry", "paper"] and psr[1].supersedes_id == psr[0].id
